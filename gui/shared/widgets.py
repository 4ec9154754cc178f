"""Small widgets the forms, editors, wizards and dialogs build the same way."""

from __future__ import annotations

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
