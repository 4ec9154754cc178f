"""Opening the workspace from the window: a problem is explained with what the user can do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from core.store import backups
from core.store.workspace import Workspace, WorkspaceError, open_workspace


def _t(source: str) -> str:
    return QCoreApplication.translate("WorkspaceOpen", source)


def _explain(parent: QWidget | None, error: WorkspaceError) -> str:
    texts = {
        "not_a_workspace": "This file is not a tender desk workspace. It was not changed.",
        "damaged": "This workspace is damaged. It was not changed; a backup can replace it.",
        "newer_version": "This workspace was made by a newer version of the tender desk. "
        "Update the app to change it; you can still read it.",
        "read_only": "This workspace cannot be written (the file or its folder is read-only).",
        "locked": "This workspace is open in another window or program. You can read it here "
        "while the other one writes.",
        "cannot_create": "This workspace cannot be created or opened here.",
    }
    return _t(texts[error.code]) if error.code in texts else error.message


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
                    _t("Tender desk"),
                    f"{_explain(parent, error)}\n\n{error.path}\n{error.message}",
                )
                continue
        elif choice == "restore_backup":
            _restore(parent, path, now)
        elif choice == "choose_other":
            chosen, _ = QFileDialog.getSaveFileName(
                parent,
                _t("Open or create a workspace"),
                str(path.parent),
                _t("Workspaces (*.sqlite)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if chosen:
                path = Path(chosen)
        else:
            return None


def _ask(parent: QWidget | None, error: WorkspaceError) -> str | None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, _t("Tender desk"), _explain(parent, error), parent=parent
    )
    box.setInformativeText(f"{error.path}\n{error.message}")
    buttons = {}
    labels = {
        "open_read_only": _t("Open read-only"),
        "restore_backup": _t("Restore a backup…"),
        "choose_other": _t("Open another file…"),
    }
    for offer in error.offers:
        if offer == "restore_backup" and not backups.list_backups(error.path):
            continue
        buttons[box.addButton(labels[offer], QMessageBox.ButtonRole.AcceptRole)] = offer
    box.addButton(_t("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return buttons.get(box.clickedButton())


def _restore(parent: QWidget | None, path: Path, now: datetime) -> None:
    found = backups.list_backups(path)
    names = [p.name for p in found]
    name, ok = QInputDialog.getItem(
        parent,
        _t("Restore a backup"),
        _t("The current file is kept beside it. Restore:"),
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
            parent, _t("Restore a backup"), f"The backup could not be restored:\n{exc}"
        )
        return
    if kept:
        QMessageBox.information(
            parent,
            _t("Restore a backup"),
            f"Restored {name}. The replaced file was kept as {kept.name}.",
        )
