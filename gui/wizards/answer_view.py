"""The pieces of an answer page: the verdict, plain notes, and sections folded until asked for.

An answer reads from the top: one sentence that says what to do (the verdict), the main
reason, then the details; what a user needs only to check (the excluded procedures, the
rules applied with their articles) is folded and opens with one click or Space.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.decisions.explain import Explained
from core.texts import finding_text
from core.texts import label as label_text
from core.texts.rule_values import procedures_of, rule_line, uncertain_note
from gui.shared.widgets import set_shown

# the colour of a note on a rule of medium or low confidence
UNCERTAIN_COLOUR = "#8a5a00"
# the colour of the details under a note (the grounds and articles of an excluded procedure)
DETAIL_COLOUR = "#555"


def verdict_label() -> QLabel:
    """The verdict: bold, a little larger than the text, wrapped, selectable."""
    label = wrapped()
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def wrapped(shown: str = "", tooltip: str = "", colour: str = "") -> QLabel:
    """A label that wraps its words and can be selected and copied."""
    label = QLabel(shown)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if tooltip:
        label.setToolTip(tooltip)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    return label


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls only when the window is too small."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class Lines(QWidget):
    """A list of plain notes, one wrapped label each (never clipped, never overlapping)."""

    def __init__(self, mark: str = "", colour: str = "", parent=None) -> None:
        super().__init__(parent)
        self._mark = mark
        self._colour = colour
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.labels: list[QLabel] = []
        self.details: list[QLabel | None] = []

    def set_lines(self, lines: list[tuple[str, str]]) -> None:
        """Show ``(text, tooltip)`` pairs; hidden when there are none. A text's lines after its
        first are its details: shown under it, indented and grey."""
        for label in (*self.labels, *(d for d in self.details if d is not None)):
            label.deleteLater()
        self.labels, self.details = [], []
        for shown, tooltip in lines:
            head, _, rest = shown.partition("\n")
            label = wrapped(f"{self._mark} {head}" if self._mark else head, tooltip, self._colour)
            self._layout.addWidget(label)
            self.labels.append(label)
            detail = wrapped(rest, colour=DETAIL_COLOUR) if rest else None
            if detail is not None:
                detail.setContentsMargins(
                    label.fontMetrics().horizontalAdvance("    ") * 2, 0, 0, 0
                )
                self._layout.addWidget(detail)
            self.details.append(detail)
        set_shown(self, bool(lines))

    def texts(self) -> list[str]:
        """What the notes say, as shown (a note's details after a line break)."""
        return [
            label.text() + (f"\n{detail.text()}" if detail is not None else "")
            for label, detail in zip(self.labels, self.details, strict=True)
        ]


class Foldable(QWidget):
    """A section folded by default: a button with its title opens and closes it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(22, 0, 0, 0)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._on_toggled)

    def set_title(self, title: str) -> None:
        """The button's text (with a count, say)."""
        self.toggle.setText(title)

    def is_open(self) -> bool:
        """True when the section is unfolded."""
        return self.toggle.isChecked()

    def set_open(self, unfolded: bool) -> None:
        """Unfold or fold the section."""
        self.toggle.setChecked(unfolded)

    def _on_toggled(self, unfolded: bool) -> None:
        self.body.setVisible(unfolded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)


class Explanation(QWidget):
    """What a decision rests on: remarks and uncertain rules as notes, the rules folded."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.remarks = Lines("•")
        self.uncertain_title = wrapped(colour=UNCERTAIN_COLOUR)
        self.uncertain = Lines("⚠", UNCERTAIN_COLOUR)
        self.rules = Foldable()
        self.rule_lines = Lines()
        self.rules.body_layout.addWidget(self.rule_lines)
        self.version = wrapped(colour="#555")
        self.rules.body_layout.addWidget(self.version)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remarks)
        layout.addWidget(self.uncertain_title)
        layout.addWidget(self.uncertain)
        layout.addWidget(self.rules)

    def show_result(self, result: Explained, lang: str) -> None:
        """Fill the notes and the folded rules from a decision result."""
        procedures = procedures_of(result)
        self.remarks.set_lines([(finding_text(f, lang), "") for f in result.findings])
        self.uncertain.set_lines(
            [(uncertain_note(a, lang, procedures), a.url) for a in result.flagged]
        )
        self.uncertain_title.setText(label_text(lang, "uncertain"))
        set_shown(self.uncertain_title, bool(result.flagged))
        self.rule_lines.set_lines(
            [
                (("⚠ " if a.flagged else "") + rule_line(a, lang, procedures), a.url)
                for a in result.applied
            ]
        )
        count = len(result.applied)
        title = QCoreApplication.translate("AnswerView", "Rules applied and their articles (%1)")
        self.rules.set_title(title.replace("%1", str(count)))
        pack = QCoreApplication.translate("AnswerView", "Rule pack: %1")
        self.version.setText(pack.replace("%1", result.rule_version))
        self.rules.set_open(False)

    def clear(self) -> None:
        """No answer: nothing to explain."""
        self.remarks.set_lines([])
        self.uncertain.set_lines([])
        self.uncertain_title.setVisible(False)
        self.rule_lines.set_lines([])
        self.rules.set_title("")

    def texts(self) -> list[str]:
        """Every text of the explanation, folded or not."""
        return [
            *self.remarks.texts(),
            self.uncertain_title.text(),
            *self.uncertain.texts(),
            *self.rule_lines.texts(),
            self.rules.toggle.text(),
            self.version.text(),
        ]


def shown_texts(widget: QWidget, tooltips: bool = False) -> list[str]:
    """Every text ``widget`` shows or holds, folded parts included (and their tooltips)."""
    found: list[str] = []
    for child in (widget, *widget.findChildren(QWidget)):
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            found.append(child.toPlainText())
        elif isinstance(child, QListWidget):
            for row in range(child.count()):
                found.append(child.item(row).text())
                if tooltips:
                    found.append(child.item(row).toolTip())
        if tooltips:
            found.append(child.toolTip())
    return [text for text in found if text]
