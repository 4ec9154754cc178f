"""Exporting PDF documents from the window: a menu of documents, a folder, work off the GUI thread.

The same path serves one tender (the editor's and the wizards' buttons) and a whole view of the
register: ``core.documents.export.export_view`` on its own read-only connection, with a
progress dialog that cancels, and a report of what was written, skipped and failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from core.names import DOCUMENTS
from core.rules.pack import RulePack
from core.settings import Settings
from core.store import search
from gui.shared import dialogs, worker

if TYPE_CHECKING:  # reportlab loads with the first export, not with the window
    from core.documents.export import ExportReport

LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
SHOWN_PROBLEMS = 20
#: the settings' default signatory of the letters, (name, function); set by the window
_signatory: tuple[str, str] = ("", "")


def use_settings(settings: Settings) -> None:
    """Sign the letters of an organisation that names no signatory as ``settings`` say."""
    global _signatory  # noqa: PLW0603 - one value for the app, as the installed language
    _signatory = (settings.signatory_name, settings.signatory_function)


class PdfExport(QObject):
    """Writes the documents of one tender or of a register view, and tells what happened.

    Signals:
        done(object): the ExportReport, once the work ended (also when cancelled).
    """

    done = Signal(object)

    def __init__(
        self, parent: QWidget, workspace_path: Path, pack_of: Callable[[], RulePack], issued: date
    ) -> None:
        """``pack_of()`` gives the rule pack when a document is written."""
        super().__init__(parent)
        self._parent = parent
        self._path = workspace_path
        self._pack_of = pack_of
        self._issued = issued
        self.job: worker.Job | None = None
        self.message: dialogs.QMessageBox | None = None

    def titles(self) -> dict[str, str]:
        """The documents as the menu names them."""
        return {
            "summary": self.tr("Tender summary"),
            "motivation": self.tr("Motivation of the procedure choice"),
            "draft-decision": self.tr("Draft decision on the procedure"),
            "advance-request": self.tr("Advance request (SME)"),
            "bid-compensation": self.tr("Bid compensation statement"),
            "ranking-notices": self.tr("Provisional ranking notices"),
            "bid-compensation-letters": self.tr("Bid compensation letters (to each tenderer)"),
            "bid-compensation-requests": self.tr("Bid compensation requests (SME)"),
        }

    def menu(
        self, lang: str, on_chosen: Callable[[str, str], None], kinds: Sequence[str] = ()
    ) -> QMenu:
        """A menu of documents, each with the three languages (the window's first)."""
        menu = QMenu(self._parent)
        titles = self.titles()
        order = [lang, *(code for code in LANGUAGE_NAMES if code != lang)]
        for kind in kinds or DOCUMENTS:
            sub = menu.addMenu(titles[kind])
            for code in order:
                action = sub.addAction(LANGUAGE_NAMES[code])
                action.triggered.connect(partial(on_chosen, kind, code))
        return menu

    def ask_folder(self) -> Path | None:
        """The folder to write to, starting where the user wrote last time."""
        settings = QSettings()
        start = str(settings.value("pdf/folder", str(Path.home())))
        chosen = dialogs.QFileDialog.getExistingDirectory(
            self._parent, self.tr("Folder for the PDF documents"), start
        )
        if not chosen:
            return None
        settings.setValue("pdf/folder", chosen)
        return Path(chosen)

    def choose_and_run(
        self, what: search.Query | Sequence[int], kind: str, lang: str
    ) -> worker.Job | None:
        """Ask for the folder, then export."""
        folder = self.ask_folder()
        return None if folder is None else self.run(what, kind, lang, folder)

    def run(
        self, what: search.Query | Sequence[int], kind: str, lang: str, folder: Path
    ) -> worker.Job:
        """Export off the GUI thread; a progress dialog shows when it takes a moment."""
        from PySide6.QtCore import Qt

        dialog = dialogs.QProgressDialog(
            self.tr("Writing the PDF documents…"), self.tr("Cancel"), 0, 0, self._parent
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        path, pack, issued, signatory = self._path, self._pack_of(), self._issued, _signatory
        job = worker.start(
            lambda progress, cancelled: _export_view(
                path,
                pack,
                what,
                kind,
                lang,
                folder,
                issued,
                progress,
                cancelled,
                signatory=signatory,
            )
        )
        job.progress.connect(
            lambda done, total: (dialog.setMaximum(max(total, 1)), dialog.setValue(done))
        )
        dialog.canceled.connect(job.cancel)
        job.finished.connect(lambda report: self._finished(dialog, folder, report))
        job.failed.connect(lambda exc: self._failed(dialog, exc))
        self.job = job
        return job

    def _finished(
        self, dialog: dialogs.QProgressDialog, folder: Path, report: ExportReport
    ) -> None:
        dialog.reset()
        lines = [
            (
                self.tr("%n file written to %1.", "", len(report.written))
                if len(report.written) == 1
                else self.tr("%n files written to %1.", "", len(report.written))
            ).replace("%1", str(folder))
        ]
        if report.cancelled:
            lines.append(self.tr("The export was cancelled; the files written are complete."))
        details = [f"{s.reference}: {s.message}" for s in report.skipped]
        details += [f"{f.path.name}: {f.message}" for f in report.failed]
        if report.skipped:
            lines.append(
                self.tr(
                    "%n tender skipped: the document cannot be made for it.",
                    "",
                    len(report.skipped),
                )
                if len(report.skipped) == 1
                else self.tr(
                    "%n tenders skipped: the document cannot be made for them.",
                    "",
                    len(report.skipped),
                )
            )
        if report.failed:
            lines.append(
                self.tr("%n file could not be written.", "", len(report.failed))
                if len(report.failed) == 1
                else self.tr("%n files could not be written.", "", len(report.failed))
            )
        box = dialogs.QMessageBox(
            dialogs.QMessageBox.Icon.Warning
            if report.failed
            else dialogs.QMessageBox.Icon.Information,
            self.tr("PDF documents"),
            "\n".join(lines),
            dialogs.QMessageBox.StandardButton.Close,
            self._parent,
        )
        if len(details) == 1 and not report.written:
            box.setInformativeText(details[0])
        elif details:
            shown = details[:SHOWN_PROBLEMS]
            if len(details) > SHOWN_PROBLEMS:
                shown.append(
                    self.tr("… and %1 more").replace("%1", str(len(details) - SHOWN_PROBLEMS))
                )
            box.setDetailedText("\n".join(shown))
        if report.written:
            opener = box.addButton(
                self.tr("Open the folder"), dialogs.QMessageBox.ButtonRole.ActionRole
            )
            opener.clicked.connect(lambda: _show_folder(folder))
        self.message = box
        box.open()
        self.done.emit(report)

    def _failed(self, dialog: dialogs.QProgressDialog, exc: BaseException) -> None:
        dialog.reset()
        box = dialogs.QMessageBox(
            dialogs.QMessageBox.Icon.Warning,
            self.tr("PDF documents"),
            self.tr("The documents could not be made:\n%1").replace("%1", str(exc)),
            dialogs.QMessageBox.StandardButton.Close,
            self._parent,
        )
        self.message = box
        box.open()
        from core.documents.export import ExportReport

        self.done.emit(ExportReport(cancelled=True))


def _export_view(*args: object, signatory: tuple[str, str] = ("", "")) -> ExportReport:
    """``core.documents.export.export_view``, imported in the worker (reportlab and the
    documents take a moment to load: the window does not wait for them); ``signatory``:
    the settings' default signatory (name, function)."""
    from core.documents.data import Signatory
    from core.documents.export import export_view

    default = Signatory(*signatory) if signatory[0] else None
    return export_view(*args, signatory=default)


def _show_folder(folder: Path) -> None:
    """Open ``folder`` in the system's file manager (Qt's URL classes load only now)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
