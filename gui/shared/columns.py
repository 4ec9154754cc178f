"""Columns that share a table's width: none narrower than its header, the rest by weight.

Each column gets at least the width of its header text (with the sort mark) and of a typical
entry, counted in characters of the table's font, so a header is never clipped in any
language or at any zoom; the width left over goes to the columns by their weights, not all to
one. The widths follow the table's size and font; a user may still drag a column wider.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class SharedWidths(QObject):
    """Keeps the columns of ``table`` at their share of its width.

    ``chars``: the typical entry of each column, in characters; ``weights``: each column's
    share of the width left over (0: it keeps its least width).
    """

    def __init__(self, table: QTableView, chars: tuple[int, ...], weights: tuple[int, ...]):
        super().__init__(table)
        self._table = table
        self._chars = chars
        self._weights = weights
        # least widths by column and fonts, until the titles change: the table is fitted
        # several times while the window comes up (each resize, show and font change), the
        # texts measured once
        self._least: dict[tuple, int] = {}
        # the header spans the rows (the viewport) and is resized with them, also when a scroll
        # bar comes or goes. The viewport is not asked for: the first plain QWidget that reaches
        # Python makes PySide6 look through every widget class, making each and its enums
        # (QWizard's, QCalendarWidget's ...: about 45 million instructions), before the first
        # page is painted
        table.installEventFilter(self)
        table.horizontalHeader().installEventFilter(self)
        table.horizontalHeader().model().headerDataChanged.connect(self._titles_changed)
        table.model().modelReset.connect(self.fit)

    def least(self, column: int) -> int:
        """The narrowest the column may be: its header text and sort mark, or its typical
        entry, whichever is wider.

        The header's width is Qt's own (``sectionSizeHint``: the text in bold, the style's
        margins and the sort mark) with 8 pixels to spare; the style is not asked from Python,
        which would make PySide6 build ``QStyle``'s 566 enum members before the first paint."""
        table, header = self._table, self._table.horizontalHeader()
        key = (column, header.font().key(), table.font().key())
        if key in self._least:
            return self._least[key]
        header.ensurePolished()
        heading = header.sectionSizeHint(column) + 8
        # counted in digits, the widest common characters: a date or an amount fits whole,
        # and one digit more for the cell's margins
        entry = table.fontMetrics().horizontalAdvance("0" * (self._chars[column] + 1))
        self._least[key] = max(heading, entry)
        return self._least[key]

    def _titles_changed(self) -> None:
        self._least.clear()
        self.fit()

    def fit(self) -> None:
        """Give each column its least width and its share of what is left."""
        header = self._table.horizontalHeader()
        count = min(header.count(), len(self._chars))
        least = [self.least(c) for c in range(count)]
        spare = max(0, header.width() - sum(least))  # the header is as wide as the rows
        total = sum(self._weights[:count]) or 1
        for column in range(count):
            header.resizeSection(column, least[column] + spare * self._weights[column] // total)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Fit again when the table's size or font changes, or its header's size (the rows')."""
        if event.type() == QEvent.Type.StyleChange:
            self._least.clear()  # the margins and the sort mark are the style's
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False
