"""Small widgets the forms, editors, wizards and dialogs build the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget

#: the colour of a message that says what is wrong (also used for past deadlines)
PROBLEM_COLOUR = "#a40000"


def combo(items: list[tuple[object, str]]) -> QComboBox:
    """A combo box of (value, label) pairs."""
    box = QComboBox()
    for value, label in items:
        box.addItem(label, value)
    return box


def fit_rows(view: QListWidget, most: int | None = None) -> None:
    """A list as tall as its rows (at most ``most`` pixels): no blank block below them."""
    height = view.sizeHintForRow(0) * view.count() + 2 * view.frameWidth() + 2
    view.setMaximumHeight(height if most is None else min(most, height))


def problem_label() -> QLabel:
    """A red line that says why an input cannot be used."""
    label = QLabel()
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A red line under a field, hidden while the field is fine."""
    label = problem_label()
    label.hide()
    return label


class EnterActs(QObject):
    """Enter in a field does the field's own action and goes no further: in a dialog it would
    otherwise press the default button (Save, which closes the editor) and the next keys would
    land elsewhere. A completer's popup still takes Enter first to pick its entry."""

    def __init__(self, field: QObject, action: Callable[[], None]) -> None:
        super().__init__(field)
        self._action = action
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self._action()
            return True
        return False
