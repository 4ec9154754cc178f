"""Opening the workspace from the window: a problem is explained with what the user can do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from core.store import backups
from core.store.workspace import Workspace, WorkspaceError, open_workspace


def _explain(parent: QWidget | None, error: WorkspaceError) -> str:
    texts = {
        "not_a_workspace": QCoreApplication.translate(
            "WorkspaceOpen", "This file is not a tender desk workspace. It was not changed."
        ),
        "damaged": QCoreApplication.translate(
            "WorkspaceOpen",
            "This workspace is damaged. It was not changed; a backup can replace it.",
        ),
        "newer_version": QCoreApplication.translate(
            "WorkspaceOpen",
            "This workspace was made by a newer version of the tender desk. "
            "Update the app to change it; you can still read it.",
        ),
        "read_only": QCoreApplication.translate(
            "WorkspaceOpen",
            "This workspace cannot be written (the file or its folder is read-only).",
        ),
        "locked": QCoreApplication.translate(
            "WorkspaceOpen",
            "This workspace is open in another window or program. You can read it here "
            "while the other one writes.",
        ),
        "cannot_create": QCoreApplication.translate(
            "WorkspaceOpen", "This workspace cannot be created or opened here."
        ),
    }
    return texts.get(error.code, error.message)


def open_interactive(path: Path, now: datetime, parent: QWidget | None = None) -> Workspace | None:
    """Open ``path``; on a problem, offer read-only, a backup or another file. None: quit."""
    while True:
        try:
            return open_workspace(path, now=now, check=False, auto_backup=False)
        except WorkspaceError as error:
            choice = _ask(parent, error)
        if choice == "open_read_only":
            try:
                return open_workspace(path, now=now, read_only=True, check=False)
            except WorkspaceError as error:
                QMessageBox.critical(
                    parent,
                    QCoreApplication.translate("WorkspaceOpen", "Tender desk"),
                    f"{_explain(parent, error)}\n\n{error.path}\n{error.message}",
                )
                continue
        elif choice == "restore_backup":
            _restore(parent, path, now)
        elif choice == "choose_other":
            chosen, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("WorkspaceOpen", "Open or create a workspace"),
                str(path.parent),
                QCoreApplication.translate("WorkspaceOpen", "Workspaces (*.sqlite)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if chosen:
                path = Path(chosen)
        else:
            return None


def _ask(parent: QWidget | None, error: WorkspaceError) -> str | None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("WorkspaceOpen", "Tender desk"),
        _explain(parent, error),
        parent=parent,
    )
    box.setInformativeText(f"{error.path}\n{error.message}")
    buttons = {}
    labels = {
        "open_read_only": QCoreApplication.translate("WorkspaceOpen", "Open read-only"),
        "restore_backup": QCoreApplication.translate("WorkspaceOpen", "Restore a backup…"),
        "choose_other": QCoreApplication.translate("WorkspaceOpen", "Open another file…"),
    }
    for offer in error.offers:
        if offer == "restore_backup" and not backups.list_backups(error.path):
            continue
        buttons[box.addButton(labels[offer], QMessageBox.ButtonRole.AcceptRole)] = offer
    box.addButton(
        QCoreApplication.translate("WorkspaceOpen", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return buttons.get(box.clickedButton())


def _restore(parent: QWidget | None, path: Path, now: datetime) -> None:
    found = backups.list_backups(path)
    names = [p.name for p in found]
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
        QCoreApplication.translate("WorkspaceOpen", "The current file is kept beside it. Restore:"),
        names,
        0,
        False,
    )
    if not ok:
        return
    try:
        kept = backups.restore_backup(found[names.index(name)], path, now)
    except Exception as exc:  # noqa: BLE001 - shown to the user, the file stays as it was
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
            QCoreApplication.translate(
                "WorkspaceOpen", "The backup could not be restored:\n%1"
            ).replace("%1", str(exc)),
        )
        return
    if kept:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
            QCoreApplication.translate(
                "WorkspaceOpen", "Restored %1. The replaced file was kept as %2."
            )
            .replace("%1", name)
            .replace("%2", kept.name),
        )
