"""What the editors of one record share: Save stores and closes, a refused or failed write is
said under the field it concerns, and closing with unsaved changes asks first.

An editor subclasses :class:`EditorDialog` and says whether it has unsaved changes, how it
saves, and (in its own words, so in its own translation context) what the question says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from core.errors import ValidationError
from core.store.workspace import WorkspaceError
from gui.shared.write_errors import write_problem

T = TypeVar("T")


def may_close(parent: QWidget, title: str, question: str, save: Callable[[], bool]) -> bool:
    """Ask about unsaved changes: Save (closes when the save worked), Discard or Cancel."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return True


class EditorDialog(QDialog):
    """A dialog that edits one record of the workspace; Ctrl+S saves and keeps it open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

    def is_dirty(self) -> bool:
        """Something was changed since the last save."""
        raise NotImplementedError

    def save(self) -> bool:
        """Store the record; False (with the message shown) when it cannot be stored."""
        raise NotImplementedError

    def unsaved_question(self) -> tuple[str, str]:
        """The title and the text of the question asked on closing with unsaved changes."""
        raise NotImplementedError

    def stored(
        self,
        write: Callable[[], T],
        errors: dict[str, QLabel],
        fallback: str,
        refusal: Callable[[ValidationError], str],
    ) -> T | None:
        """What ``write`` returns, or None when it was refused or the disk failed.

        A refusal is said under the field it names (else under ``fallback``) in the words of
        ``refusal``; a full disk or an unwritable file under ``fallback``. Any other error is
        a bug and is raised.
        """
        try:
            return write()
        except ValidationError as exc:
            label = errors[exc.field if exc.field in errors else fallback]
            label.setText(refusal(exc))
        except (OSError, sqlite3.Error, WorkspaceError) as exc:
            problem = write_problem(exc)
            if problem is None:
                raise
            label = errors[fallback]
            label.setText(problem)
        label.show()
        return None

    def _on_save(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Closing with unsaved changes asks first: save, discard or keep editing."""
        if self.is_dirty() and not may_close(self, *self.unsaved_question(), self.save):
            return
        super().reject()
