"""Opening the workspace from the window: a problem is explained with what the user can do."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.dates import format_date
from core.drives import on_network_drive
from core.store import backups
from core.store.locking import Holder
from core.store.sqlite_files import needs_conversion
from core.store.workspace import Workspace, WorkspaceError, open_workspace
from gui.shared import dialogs

T = TypeVar("T")


def refusal_text(parent: QWidget | None, error: WorkspaceError) -> str:
    if error.code == "locked" and error.holder is not None:
        return (
            QCoreApplication.translate(
                "WorkspaceOpen",
                "%1 has this workspace open for writing on the computer %2 since %3. You can read "
                "it here meanwhile.",
            )
            .replace("%1", error.holder.user)
            .replace("%2", error.holder.machine)
            .replace("%3", when(error.holder.since))
        )
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
        "missing": QCoreApplication.translate(
            "WorkspaceOpen",
            "This workspace does not exist. If it is on a drive or a network folder that is "
            "not connected, connect it and try again; or create a new, empty workspace here.",
        ),
        "folder": QCoreApplication.translate(
            "WorkspaceOpen", "This is a folder, not a workspace file. Choose a file in it."
        ),
        "disk_full": QCoreApplication.translate(
            "WorkspaceOpen",
            "The disk is full, so this workspace cannot be written. Make room on it and try "
            "again; nothing was changed.",
        ),
        "write_failed": QCoreApplication.translate(
            "WorkspaceOpen",
            "The disk refused to write this workspace (is it full or removed?). Try again "
            "when it is back; nothing was changed.",
        ),
        "bad_path": QCoreApplication.translate(
            "WorkspaceOpen", "No file can have this name here. Choose another file."
        ),
        "lock_lost": QCoreApplication.translate(
            "WorkspaceOpen",
            "Another user took this register over while this window did not answer. Open it "
            "again to see their changes.",
        ),
        "unsafe_lock": QCoreApplication.translate(
            "WorkspaceOpen",
            "The lock file beside this workspace is a link to another file. It was left "
            "alone; remove it if no other program uses the workspace.",
        ),
    }
    return texts.get(error.code, error.message)


def open_and_build(
    path: Path,
    now: datetime,
    build: Callable[[Workspace], T],
    create: bool = False,
    read_only: bool = False,
    error: WorkspaceError | None = None,
) -> tuple[Workspace, T] | None:
    """Open the workspace and build the window on it; None when the user quits.

    The window checks a large file after it is shown; a damaged page its first queries read
    raises instead, and is then offered the same choices as a file refused on opening.
    ``error``: a problem already found with ``path``, asked about first.
    """
    if error is None and read_only:
        try:
            workspace = open_workspace(path, now=now, read_only=True, check=False)
        except WorkspaceError as exc:
            workspace, error = None, exc
    elif error is None:
        workspace = open_interactive(path, now, create=create)
        if workspace is None:
            return None
    while True:
        if error is not None:
            workspace, error = open_interactive(path, now, create=create, error=error), None
            if workspace is None:
                return None
        try:
            return workspace, build(workspace)
        except sqlite3.DatabaseError as exc:
            workspace.close()
            path = workspace.path
            error = WorkspaceError(
                path,
                "damaged",
                f"is damaged ({exc})",
                ("restore_backup", "open_read_only", "choose_other"),
            )


def open_interactive(
    path: Path,
    now: datetime,
    parent: QWidget | None = None,
    create: bool = False,
    error: WorkspaceError | None = None,
) -> Workspace | None:
    """Open ``path``; on a problem, offer read-only, a backup or another file. None: quit.

    A file that does not exist is created only with ``create`` (the app's own default
    workspace on a first start) or when the user says so: a workspace on a drive that is not
    connected must not silently become a new, empty register. ``error``: a problem already
    found with ``path``, asked about first.
    """
    while True:
        if error is None:
            try:
                with converting(parent, path):
                    return open_workspace(
                        path, now=now, check=False, auto_backup=False, create=create
                    )
            except WorkspaceError as exc:
                error = exc
        choice, error = _choose(parent, error), None
        if isinstance(choice, Holder):  # the user agreed to take a stale lock over
            try:
                with converting(parent, path):
                    return open_workspace(
                        path,
                        now=now,
                        check=False,
                        auto_backup=False,
                        create=create,
                        take_over=choice,
                    )
            except WorkspaceError as exc:
                error = exc
        elif choice == "create":
            create = True
        elif choice == "retry":
            continue
        elif choice == "open_read_only":
            try:
                return open_workspace(path, now=now, read_only=True, check=False)
            except WorkspaceError as error:
                dialogs.QMessageBox.critical(
                    parent,
                    QCoreApplication.translate("WorkspaceOpen", "Tender desk"),
                    f"{refusal_text(parent, error)}\n\n{error.path}\n{error.message}",
                )
                continue
        elif choice == "restore_backup":
            _restore(parent, path, now)
        elif choice == "choose_other":
            from gui.shared.widgets import chosen_file, workspace_file_dialog  # a dialog: later

            chosen = chosen_file(
                workspace_file_dialog(
                    parent,
                    QCoreApplication.translate("WorkspaceOpen", "Open or create a workspace"),
                    str(path.parent),
                    QCoreApplication.translate("WorkspaceOpen", "Workspaces (*.sqlite)"),
                    QCoreApplication.translate("WorkspaceOpen", "&Open"),
                )
            )
            if chosen:
                path = Path(chosen)
                create = True  # a name typed in the file dialog is a new workspace on purpose
        else:
            return None


@contextmanager
def converting(parent: QWidget | None, path: Path) -> Iterator[None]:
    """While a workspace of an older version is opened: a window that says it is being
    converted, and that a copy of it is kept first.

    The copy and the conversion run on this thread, before the window can answer: on a large
    register that takes seconds (2.7 s for 100,000 tenders), where nothing was on the screen.
    The notice is painted before they start. It has no cancel button (the work holds the
    thread, so nothing could answer one) and no steps to show, and it is closed however the
    opening ends.
    """
    if not needs_conversion(path):
        yield
        return
    from PySide6.QtWidgets import QApplication, QProgressDialog  # only when converting

    notice = QProgressDialog(parent)
    notice.setWindowTitle(QCoreApplication.translate("WorkspaceOpen", "Tender desk"))
    notice.setLabelText(
        QCoreApplication.translate(
            "WorkspaceOpen",
            "The workspace is being converted for this version of Tender desk.\n"
            "A copy of it as it was is kept first, in its backups folder.\n"
            "A large register takes a little while.",
        )
    )
    notice.setCancelButton(None)
    notice.setRange(0, 0)  # no steps to count: a bar that says the work goes on
    notice.setMinimumDuration(0)
    notice.show()
    for _ in range(3):  # shown, laid out and painted before this thread is busy
        QApplication.processEvents()
    try:
        yield
    finally:
        notice.close()
        notice.deleteLater()


def _choose(parent: QWidget | None, error: WorkspaceError) -> str | Holder | None:
    """What to do about ``error``: a register a colleague writes on a network drive is read
    (the window says who writes it); a stale lock is taken over (its holder) or read, after
    a question; anything else is asked."""
    if error.code == "stale_lock" and error.holder is not None:
        return error.holder if ask_take_over(parent, error.holder) else "open_read_only"
    if error.code == "locked" and error.holder is not None and on_network_drive(error.path):
        return "open_read_only"
    return _ask(parent, error)


def when(moment: datetime) -> str:
    """A moment of a lock in this computer's time: ``29/11/2026 at 14:05``."""
    local = moment.astimezone()
    return (
        QCoreApplication.translate("WorkspaceOpen", "%1 at %2")
        .replace("%1", format_date(local.date()))
        .replace("%2", local.strftime("%H:%M"))
    )


def take_over_box(parent: QWidget | None, holder: Holder) -> dialogs.QMessageBox:
    """The question before a stale lock is taken over; its default is No."""
    box = dialogs.QMessageBox(
        dialogs.QMessageBox.Icon.Warning,
        QCoreApplication.translate("WorkspaceOpen", "Take the register over?"),
        QCoreApplication.translate(
            "WorkspaceOpen",
            "%1 opened this register for writing on %3, on the computer %2, and that app has "
            "given no sign of life since %4. Take the register over?",
        )
        .replace("%1", holder.user)
        .replace("%2", holder.machine)
        .replace("%3", when(holder.since))
        .replace("%4", when(holder.heartbeat or holder.since)),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "WorkspaceOpen",
            "Only if %1's app stopped (a crash, a computer switched off or cut from the "
            "network). If %1 is still working in it, choose No: you read the register and "
            "%1's changes stay safe.",
        ).replace("%1", holder.user)
    )
    box.take_over = box.addButton(
        QCoreApplication.translate("WorkspaceOpen", "&Yes, take it over"),
        dialogs.QMessageBox.ButtonRole.YesRole,
    )
    no = box.addButton(
        QCoreApplication.translate("WorkspaceOpen", "&No, read only"),
        dialogs.QMessageBox.ButtonRole.NoRole,
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box


def ask_take_over(parent: QWidget | None, holder: Holder) -> bool:
    """True when the user agreed to take the stale lock over."""
    box = take_over_box(parent, holder)
    box.exec()
    return box.clickedButton() is box.take_over


def _ask(parent: QWidget | None, error: WorkspaceError) -> str | None:
    box = dialogs.QMessageBox(
        dialogs.QMessageBox.Icon.Warning,
        QCoreApplication.translate("WorkspaceOpen", "Tender desk"),
        refusal_text(parent, error),
        parent=parent,
    )
    # the core's message is English and technical: under "Show Details…", not in the text
    box.setInformativeText(str(error.path))
    if error.code != "missing":
        box.setDetailedText(error.message)
    buttons = {}
    labels = {
        "open_read_only": QCoreApplication.translate("WorkspaceOpen", "Open read-only"),
        "restore_backup": QCoreApplication.translate("WorkspaceOpen", "Restore a backup…"),
        "choose_other": QCoreApplication.translate("WorkspaceOpen", "Open another file…"),
        "retry": QCoreApplication.translate("WorkspaceOpen", "Try again"),
        "create": QCoreApplication.translate("WorkspaceOpen", "Create a new workspace"),
    }
    for offer in error.offers:
        if offer == "restore_backup" and not backups.restorable(error.path):
            continue
        buttons[box.addButton(labels[offer], dialogs.QMessageBox.ButtonRole.AcceptRole)] = offer
    box.addButton(
        QCoreApplication.translate("WorkspaceOpen", "Quit"),
        dialogs.QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return buttons.get(box.clickedButton())


def _backup_label(path: Path, workspace: Path) -> str:
    """A backup as the list shows it; one of the old shared folder with that folder's name."""
    if path.parent == backups.backups_dir(workspace):
        return path.name
    return f"{path.parent.name}/{path.name}"


def _restore_problem(error: backups.RestoreError) -> str:
    texts = {
        "damaged_backup": QCoreApplication.translate(
            "WorkspaceOpen", "This backup is damaged itself. Choose another one."
        ),
        "disk_full": QCoreApplication.translate(
            "WorkspaceOpen", "The disk is full. Make room on it, then restore again."
        ),
        "locked": QCoreApplication.translate(
            "WorkspaceOpen",
            "The workspace is open in another window or program. Close it, then restore again.",
        ),
        "cannot_write": QCoreApplication.translate(
            "WorkspaceOpen", "The backup could not be written beside the workspace."
        ),
    }
    unchanged = QCoreApplication.translate("WorkspaceOpen", "The workspace was not changed.")
    return f"{texts.get(error.code, error.message)} {unchanged}"


def _restore(parent: QWidget | None, path: Path, now: datetime) -> None:
    restore(parent, path, now)


def restore(
    parent: QWidget | None,
    path: Path,
    now: datetime,
    confirm: Callable[[str], bool] | None = None,
    before: Callable[[], None] | None = None,
) -> bool:
    """Offer the backups of ``path`` and put the one chosen in its place; True when done.

    ``confirm(name)``, when given, is asked after the choice (False: nothing happens);
    ``before()`` runs just before the restore (the window closes the workspace there).
    """
    found = backups.restorable(path)
    names = [_backup_label(p, path) for p in found]
    name, ok = dialogs.QInputDialog.getItem(
        parent,
        QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
        QCoreApplication.translate("WorkspaceOpen", "The current file is kept beside it. Restore:"),
        names,
        0,
        False,
    )
    if not ok or (confirm is not None and not confirm(name)):
        return False
    if before is not None:
        before()
    try:
        kept = backups.restore_backup(found[names.index(name)], path, now)
    except backups.RestoreError as exc:
        box = dialogs.QMessageBox(
            dialogs.QMessageBox.Icon.Warning,
            QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
            _restore_problem(exc),
            parent=parent,
        )
        box.setDetailedText(exc.message)
        box.exec()
        return False
    except Exception as exc:  # noqa: BLE001 - shown to the user; a restore changes all or nothing
        dialogs.QMessageBox.critical(
            parent,
            QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
            QCoreApplication.translate(
                "WorkspaceOpen", "The backup could not be restored:\n%1"
            ).replace("%1", str(exc)),
        )
        return False
    if kept:
        dialogs.QMessageBox.information(
            parent,
            QCoreApplication.translate("WorkspaceOpen", "Restore a backup"),
            QCoreApplication.translate(
                "WorkspaceOpen", "Restored %1. The replaced file was kept as %2."
            )
            .replace("%1", name)
            .replace("%2", kept.name),
        )
    return True
