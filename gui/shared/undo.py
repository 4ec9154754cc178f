"""Undoable changes to the register (QUndoStack commands)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from core.errors import ValidationError
from core.store.organisation_ops import DeletedOrganisation
from core.store.register import DeletedTender, Register
from core.texts import FALLBACK, error_text

if TYPE_CHECKING:  # the import and merge code load with the first import or merge, not at start
    from core.exchange.import_rows import ImportReport
    from core.store.merge import MergeDone, MergePlan
    from core.store.workspace import Workspace


class RegisterCommand(QUndoCommand):
    """A change of the register: ``changed`` after each step; a step the register refuses
    says why through ``failed`` (in ``lang``) and drops the command from the stack."""

    def __init__(
        self,
        text: str,
        register: Register,
        changed: Callable[[], None],
        failed: Callable[[str], None],
        lang: str = FALLBACK,
    ) -> None:
        super().__init__(text)
        self._register = register
        self._changed = changed
        self._failed = failed
        self._lang = lang

    def attempt(self, step: Callable[[], None]) -> None:
        """Run ``step``; refused, say why and drop the command."""
        try:
            step()
        except ValidationError as exc:
            self._failed(error_text(exc, self._lang))
            self.setObsolete(True)
            return
        self._changed()


class DeleteTender(RegisterCommand):
    """Delete a tender; undo puts it back with its tenderers and decisions.

    If another tender took its reference meanwhile, undo says so through ``failed`` and the
    command is dropped from the stack.
    """

    def __init__(
        self,
        register: Register,
        tender_id: int,
        reference: str,
        changed: Callable[[], None],
        failed: Callable[[str], None],
        lang: str = FALLBACK,
        restored: Callable[[int], object] | None = None,
    ) -> None:
        text = QCoreApplication.translate("DeleteTender", "delete %1").replace("%1", reference)
        super().__init__(text, register, changed, failed, lang)
        self._tender_id = tender_id
        self._deleted: DeletedTender | None = None
        #: told the id of the tender an undo gave back (the page chooses it again)
        self._restored = restored

    def redo(self) -> None:
        """Delete (again)."""
        self._deleted = self._register.delete_tender(self._tender_id)
        self._changed()

    def undo(self) -> None:
        """Restore what the delete removed; the tender given back is then told ``restored``."""
        if self._deleted is not None:
            back: list[int] = []
            self.attempt(lambda: back.append(self._register.restore_tender(self._deleted)))
            if back and self._restored is not None:
                self._restored(back[0])


class DeleteTenders(RegisterCommand):
    """Delete several tenders as one step: one undo brings them all back.

    A tender that cannot come back (another took its reference meanwhile) is named through
    ``failed``; the others come back all the same. ``text`` names the step in the Edit menu.
    """

    def __init__(
        self,
        text: str,
        register: Register,
        tender_ids: list[int],
        changed: Callable[[], None],
        failed: Callable[[str], None],
        lang: str = FALLBACK,
    ) -> None:
        super().__init__(text, register, changed, failed, lang)
        self._ids = list(tender_ids)
        self._deleted: list[DeletedTender] = []

    def redo(self) -> None:
        """Delete (again), all in the order they were selected."""
        self._deleted = [self._register.delete_tender(i) for i in self._ids]
        self._changed()

    def undo(self) -> None:
        """Restore what the delete removed, every tender that can come back."""
        refused = []
        for deleted in reversed(self._deleted):
            try:
                self._register.restore_tender(deleted)
            except ValidationError as exc:
                refused.append(error_text(exc, self._lang))
        self._deleted = []
        self._changed()
        if refused:
            self._failed(" ".join(refused))
            self.setObsolete(True)


class DeleteOrganisation(RegisterCommand):
    """Delete an organisation no tender uses; undo puts it back with the same id.

    When a tender came to use it before a redo, or another organisation took its enterprise
    number before an undo, ``failed`` says why and the command is dropped from the stack.
    """

    def __init__(
        self,
        register: Register,
        org_id: int,
        name: str,
        changed: Callable[[], None],
        failed: Callable[[str], None],
        lang: str = FALLBACK,
    ) -> None:
        # shown in the Edit menu as "Undo delete ..."; a command is no QObject, so no self.tr
        text = QCoreApplication.translate("DeleteOrganisation", "delete %1").replace("%1", name)
        super().__init__(text, register, changed, failed, lang)
        self._org_id = org_id
        self._deleted: DeletedOrganisation | None = None

    def redo(self) -> None:
        """Delete (again)."""

        def delete() -> None:
            self._deleted = self._register.delete_organisation(self._org_id)

        self.attempt(delete)

    def undo(self) -> None:
        """Restore the organisation."""
        if self._deleted is not None:
            self.attempt(lambda: self._register.restore_organisation(self._deleted))


class MergeWorkspace(RegisterCommand):
    """Merge another workspace (``core.store.merge``) as one step: one undo gives the
    register back as it was, one redo merges again with the same choices.

    ``progress(done, total)`` is told as the tenders are written; a merge the register or
    the disk refuses says why through ``failed`` and is dropped from the stack (nothing of it
    was kept: it is one transaction).
    """

    def __init__(
        self,
        register: Register,
        plan: MergePlan,
        choices: Mapping[str, str],
        changed: Callable[[], None],
        failed: Callable[[str], None],
        lang: str = FALLBACK,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        # shown in the Edit menu as "Undo merge other.sqlite"
        text = QCoreApplication.translate("MergeWorkspace", "merge %1").replace(
            "%1", plan.other.name
        )
        super().__init__(text, register, changed, failed, lang)
        self._plan = plan
        self._choices = dict(choices)
        self._progress = progress
        self.done: MergeDone | None = None

    def redo(self) -> None:
        """Merge (again)."""

        def merge() -> None:
            from core.store.merge import apply_merge

            ws = self._register.ws
            self.done = apply_merge(ws, self._plan, self._choices, datetime.now(), self._progress)

        self._guarded(merge)

    def undo(self) -> None:
        """Give the register back as it was before the merge."""
        if self.done is not None:
            from core.store.merge import undo_merge

            done, self.done = self.done, None
            self._guarded(lambda: undo_merge(self._register.ws, done, datetime.now()))

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            self.attempt(step)
        except (OSError, sqlite3.Error) as exc:
            self._failed(
                QCoreApplication.translate(
                    "MergeWorkspace", "The register could not be written, nothing was changed: %1"
                ).replace("%1", str(exc))
            )
            self.setObsolete(True)


class ImportTenders(QUndoCommand):
    """An import of a file (``core.exchange.import_rows``), already written when pushed: one
    undo takes its tenders and the organisations it made out again, one redo imports the
    same file again with the same mapping (``again``)."""

    def __init__(
        self,
        ws: Workspace,
        report: ImportReport,
        name: str,
        changed: Callable[[], None],
        failed: Callable[[str], None],
        again: Callable[[], ImportReport],
    ) -> None:
        # shown in the Edit menu as "Undo import contracts.xlsx"
        super().__init__(
            QCoreApplication.translate("ImportTenders", "import %1").replace("%1", name)
        )
        self._ws = ws
        self._report: ImportReport | None = report
        self._changed = changed
        self._failed = failed
        self._again = again
        self._pushed = True

    def redo(self) -> None:
        """Nothing the first time (the import is written); later, import the file again."""
        if self._pushed:
            self._pushed = False
            self._changed()
            return
        self._guarded(self._redo)

    def _redo(self) -> None:
        report = self._again()
        if not report.written:
            raise ValueError(
                QCoreApplication.translate(
                    "ImportTenders", "the file changed since: %1 rows are now refused"
                ).replace("%1", str(len(report.rejected)))
            )
        self._report = report

    def undo(self) -> None:
        """Take the imported tenders and the organisations the import made out again."""
        if self._report is not None:
            report, self._report = self._report, None
            from core.exchange.import_rows import undo_import

            self._guarded(lambda: undo_import(self._ws, report))

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (OSError, ValueError, sqlite3.Error) as exc:
            self._failed(
                QCoreApplication.translate(
                    "ImportTenders", "The register could not be changed: %1"
                ).replace("%1", str(exc))
            )
            self.setObsolete(True)
            return
        self._changed()
