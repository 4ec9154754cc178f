"""What the tests do as a user at the keyboard, beyond typing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def leave(qtbot, line: QLineEdit) -> None:
    """Leave a field (Tab or a click elsewhere): the form says its problem, if any."""
    line.editingFinished.emit()
    qtbot.wait(1)  # the form acts once the focus has moved
