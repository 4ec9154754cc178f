"""A row of fields and buttons that goes on to a second line when the window is too narrow.

A page's search field, filters and buttons fit one line of a 1280-pixel screen at the first
text size; zoomed for a projector or a tired eye they do not, and a plain row of them would
make the window wider than the screen (its right part out of sight). This row keeps each item
at least at its minimum width, starts a new line where the next item would not fit, and shares
the room left on a line first to bring items to their preferred width, then by their stretch
(as ``QHBoxLayout.addWidget(widget, stretch)`` does).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowRow(QLayout):
    """Items left to right, wrapping to more lines as needed.

    It does not answer ``expandingDirections`` (only sideways) itself: the answer must be a
    ``Qt.Orientation``, and the register's first page is painted before PySide6 makes the
    ``Qt`` namespace (``gui.shared.roles``). Qt's answer, both ways, changes nothing where the
    row sits above a list that has the stretch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[QLayoutItem, int]] = []
        self.setContentsMargins(0, 0, 0, 0)

    # -- what QLayout asks -------------------------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)
        self._items.append((QWidgetItem(widget), stretch))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append((item, 0))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index)[0] if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        shown = self._shown()
        width = sum(item.sizeHint().width() for item, _ in shown)
        width += self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item, _ in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        shown = self._shown()
        width = max((item.minimumSize().width() for item, _ in shown), default=0)
        height = max((item.minimumSize().height() for item, _ in shown), default=0)
        return QSize(width, height)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing -----------------------------------------------------------------------------
    def _gap(self) -> int:
        """The spacing between items: the layout's own, else the style's.

        Once in a window, ``spacing()`` is already the style's (Qt asks it in C++); the style
        is asked from Python only for a row not yet placed, so ``QStyle`` (566 enum members
        PySide6 builds when the class is first named) is not loaded at the start."""
        if self.spacing() >= 0:
            return self.spacing()
        from PySide6.QtWidgets import QStyle

        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        return max(0, style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, stretch) for item, stretch in self._items if not item.isEmpty()]

    def lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The items of each line at ``width``: as many as fit at their minimum width."""
        gap, lines, used = self._gap(), [[]], 0
        for item, stretch in self._shown():
            need = item.minimumSize().width()
            if lines[-1] and used + gap + need > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + need
            lines[-1].append((item, stretch))
        return [line for line in lines if line]

    def _place(self, rect: QRect, move: bool) -> int:
        gap, y = self._gap(), rect.y()
        for line in self.lines(rect.width()):
            widths = _shared(line, rect.width() - gap * (len(line) - 1))
            height = max(item.sizeHint().height() for item, _ in line)
            x = rect.x()
            for (item, _), width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() if y > rect.y() else 0


def _shared(line: list[tuple[QLayoutItem, int]], room: int) -> list[int]:
    """Widths of a line's items: their minimum, then toward their preferred width, then the
    rest by stretch (an item never wider than its maximum)."""
    least = [item.minimumSize().width() for item, _ in line]
    wanted = [max(item.sizeHint().width(), low) for (item, _), low in zip(line, least, strict=True)]
    extra = room - sum(least)
    short = sum(w - low for w, low in zip(wanted, least, strict=True))
    if extra <= 0:
        widths = least
    elif extra < short:
        widths = [low + (w - low) * extra // short for w, low in zip(wanted, least, strict=True)]
    else:
        widths = wanted
    left = room - sum(widths)
    stretches = [stretch for _, stretch in line]
    total = sum(stretches)
    if left > 0 and total:
        widths = [w + left * s // total for w, s in zip(widths, stretches, strict=True)]
    return [min(w, item.maximumSize().width()) for w, (item, _) in zip(widths, line, strict=True)]
