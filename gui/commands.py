"""Undoable changes to the register (QUndoStack commands)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.store.register import DeletedTender, Register


class DeleteTender(QUndoCommand):
    """Delete a tender; undo puts it back with its tenderers and decisions."""

    def __init__(
        self, register: Register, tender_id: int, reference: str, changed: Callable[[], None]
    ) -> None:
        super().__init__(f"delete {reference}")
        self._register = register
        self._tender_id = tender_id
        self._changed = changed
        self._deleted: DeletedTender | None = None

    def redo(self) -> None:
        """Delete (again)."""
        self._deleted = self._register.delete_tender(self._tender_id)
        self._changed()

    def undo(self) -> None:
        """Restore what the delete removed."""
        if self._deleted is not None:
            self._register.restore_tender(self._deleted)
            self._changed()
