"""File > Export OCDS…: the register as an OCDS 1.1.5 release package, off the GUI thread.

The export is core's (``core.exchange.ocds.export``): it reads its own read-only connection,
checks every release against the vendored schema and writes the file only when all follow
it. Here: the file chosen, a progress bar that cancels, and what the export said, in the
window's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from gui.shared import worker


def export_ocds(window: QMainWindow, target: Path | None = None) -> worker.Job | None:
    """Ask for the file (unless ``target`` is given), then write the package in the
    background; the job, or None when no file was chosen."""
    workspace = window.workspace.path
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("OcdsExport", "Export the register as OCDS"),
            str(workspace.with_name(f"{workspace.stem}-ocds.json")),
            QCoreApplication.translate("OcdsExport", "OCDS release package (*.json)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
    if target.suffix.lower() != ".json":
        target = target.with_name(target.name + ".json")
    settings = window.settings
    lang, prefix = settings.language, settings.ocid_prefix

    def work(progress: Callable, cancelled: Callable):  # noqa: ANN202 - an OcdsReport
        from core.exchange.ocds import export  # jsonschema loads in the worker

        return export(
            workspace,
            target,
            prefix=prefix,
            publisher=None,
            lang=lang,
            now=datetime.now(),
            progress=progress,
            cancelled=cancelled,
        )

    dialog = QProgressDialog(
        QCoreApplication.translate("OcdsExport", "Checking and writing %1…").replace(
            "%1", target.name
        ),
        "",
        0,
        0,
    )
    dialog.setCancelButtonText(QCoreApplication.translate("OcdsExport", "Cancel"))
    dialog.setParent(window, dialog.windowFlags())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    job = worker.start(work)
    job.progress.connect(lambda n, total: (dialog.setMaximum(total), dialog.setValue(n)))
    dialog.canceled.connect(job.cancel)
    job.finished.connect(lambda report: (dialog.reset(), _done(window, report)))
    job.failed.connect(lambda exc: (dialog.reset(), _failed(window, target, exc)))
    window.ocds_job = job
    return job


def _done(window: QMainWindow, report) -> None:  # noqa: ANN001 - an OcdsReport
    lines = report.lines(window.settings.language)
    note = lines.pop(0) if report.unregistered else None
    if report.written:
        window.statusBar().showMessage(lines[0], 8000)
        if note:  # the one thing the user should act on
            _show(window, QMessageBox.Icon.Information, lines[0], note)
        return
    # refused: the first problems, each with its tender and its place in the file
    _show(window, QMessageBox.Icon.Warning, lines[0], "\n".join(lines[1:]))


def _show(window: QMainWindow, icon: QMessageBox.Icon, text: str, more: str) -> None:
    box = QMessageBox(
        icon, QCoreApplication.translate("OcdsExport", "Export OCDS"), text, parent=window
    )
    box.setInformativeText(more)
    window.ocds_message = box  # kept for a test to read; the box is not modal to the app
    box.open()


def _failed(window: QMainWindow, target: Path, exc: BaseException) -> None:
    from core.exchange.ocds import Cancelled

    if isinstance(exc, Cancelled):
        window.statusBar().showMessage(
            QCoreApplication.translate("OcdsExport", "Export stopped: nothing was written."), 8000
        )
        return
    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    QMessageBox.warning(
        window,
        QCoreApplication.translate("OcdsExport", "Export OCDS"),
        QCoreApplication.translate(
            "OcdsExport", "%1 could not be written; nothing was changed:\n%2"
        )
        .replace("%1", str(target))
        .replace("%2", why),
    )
