"""The File menu: new, open and recent workspaces, a copy of the open one, a backup restored.

The window switches to another workspace through ``window.switch_workspace``; what the store
does (opening, copying, restoring) is core's. The recent workspaces are kept in the
window-state file (not a setting a user chooses).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMenuBar

from core.store import backups
from gui.shared import dialogs

#: the main window (``gui.window.main_window.MainWindow``, not imported: it imports this);
#: it has ``workspace``, ``state_path``, ``recent_menu``, ``switch_workspace`` and
#: ``close_workspace``
MainWindow = QMainWindow

#: how many recent workspaces the menu offers
RECENT = 6
_KEY = "recent/workspaces"
#: the recent list when the window keeps no state file (tests, the smoke test)
_MEMORY: list[str] = []


# -- the recent list -------------------------------------------------------------------------
def recent(state_path: Path | None) -> list[Path]:
    """The workspaces opened last, the newest first."""
    if state_path is None:
        return [Path(p) for p in _MEMORY]
    stored = QSettings(str(state_path), QSettings.Format.IniFormat).value(_KEY, [])
    if isinstance(stored, str):
        stored = [stored]
    return [Path(p) for p in stored or [] if isinstance(p, str) and p]


def remember(state_path: Path | None, path: Path) -> None:
    """Put ``path`` first in the recent list (kept to the last :data:`RECENT`).

    A list that does not change is not written again (the start reopens the workspace that
    was opened last, most of the time)."""
    before = recent(state_path)
    kept = [str(path)] + [str(p) for p in before if p != path][: RECENT - 1]
    if state_path is None:
        _MEMORY[:] = kept
        return
    if kept == [str(p) for p in before]:
        return
    store = QSettings(str(state_path), QSettings.Format.IniFormat)
    store.setValue(_KEY, kept)
    store.sync()


def forget(state_path: Path | None, path: Path) -> None:
    """Take ``path`` off the recent list."""
    kept = [str(p) for p in recent(state_path) if p != path]
    if state_path is None:
        _MEMORY[:] = kept
        return
    store = QSettings(str(state_path), QSettings.Format.IniFormat)
    store.setValue(_KEY, kept)
    store.sync()


# -- the menu --------------------------------------------------------------------------------
def add_to(bar: QMenuBar, window: MainWindow) -> QMenu:
    """The File menu of ``window``: its items act on ``window``'s workspace."""
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    new = menu.addAction(QCoreApplication.translate("FileMenu", "&New workspace…"))
    new.triggered.connect(lambda: new_workspace(window))
    opened = menu.addAction(QCoreApplication.translate("FileMenu", "&Open workspace…"))
    opened.setShortcuts(QKeySequence.StandardKey.Open)
    opened.triggered.connect(lambda: open_workspace(window))
    window.recent_menu = menu.addMenu(QCoreApplication.translate("FileMenu", "Open &recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    fill_recent(window)
    menu.addSeparator()
    window.copy_action = menu.addAction(QCoreApplication.translate("FileMenu", "Save a &copy…"))
    window.copy_action.triggered.connect(lambda: save_copy(window))
    window.restore_action = menu.addAction(
        QCoreApplication.translate("FileMenu", "Restore a &backup…")
    )
    window.restore_action.triggered.connect(lambda: restore_backup(window))
    window.merge_action = menu.addAction(
        QCoreApplication.translate("FileMenu", "&Merge workspace…")
    )
    window.merge_action.triggered.connect(lambda: merge_workspace(window))
    window.import_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Import…"))
    window.import_action.triggered.connect(lambda: import_tenders(window))
    window.ocds_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Export OCDS…"))
    window.ocds_action.triggered.connect(lambda: export_ocds(window))
    window.year_report_action = menu.addAction(
        QCoreApplication.translate("FileMenu", "&Year report…")
    )
    window.year_report_action.triggered.connect(lambda: year_report(window))
    has_workspace = window.workspace is not None
    window.copy_action.setEnabled(has_workspace)
    # a register another process writes cannot be replaced from here
    window.restore_action.setEnabled(has_workspace and window.workspace.holder is None)
    window.merge_action.setEnabled(has_workspace and not window.workspace.read_only)
    window.import_action.setEnabled(has_workspace and not window.workspace.read_only)
    window.year_report_action.setEnabled(has_workspace)
    window.ocds_action.setEnabled(has_workspace)
    menu.addSeparator()
    quit_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
    quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    return menu


def merge_workspace(window: MainWindow) -> None:
    """File > Merge workspace…: bring the tenders of another workspace into this one."""
    from gui.window.merge_dialog import merge_workspace as merge

    merge(window)


def year_report(window: MainWindow):  # noqa: ANN201 - a YearReportDialog
    """File > Year report…: the year in figures, beside the window (a double click on a
    tender it lists opens the tender's editor)."""
    from gui.reports.year_dialog import YearReportDialog

    page = window.register_page
    dialog = YearReportDialog(
        window,
        window.workspace.path,
        window.pack,
        window.settings.language,
        window.rules_today,
        open_tender=page.open_editor if page is not None else None,
    )
    window.year_dialog = dialog
    dialog.show()
    return dialog


def import_tenders(window: MainWindow) -> None:
    """File > Import…: tenders from a CSV or XLSX file."""
    from gui.window.import_dialog import import_file

    import_file(window)


def export_ocds(window: MainWindow):  # noqa: ANN201 - a worker.Job, or None
    """File > Export OCDS…: the register as an OCDS release package."""
    from gui.window.ocds_export import export_ocds as export

    return export(window)


def fill_recent(window: MainWindow) -> None:
    """The recent workspaces, the open one left out; one that is gone is shown greyed."""
    menu = window.recent_menu
    menu.clear()
    current = window.workspace.path if window.workspace is not None else None
    shown = [p for p in recent(window.state_path) if p != current]
    for n, path in enumerate(shown, start=1):
        missing = not path.is_file()
        label = f"&{n} {path.name}" if n < 10 else path.name
        if missing:
            label += " " + QCoreApplication.translate("FileMenu", "(not found)")
        action = menu.addAction(label)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setEnabled(not missing)
        action.triggered.connect(lambda _=False, p=path: open_path(window, p))
    if not shown:
        menu.addAction(QCoreApplication.translate("FileMenu", "No other workspace yet")).setEnabled(
            False
        )
    menu.setToolTipsVisible(True)


def _folder(window: MainWindow) -> str:
    return str(window.workspace.path.parent) if window.workspace is not None else ""


def new_workspace(window: MainWindow) -> bool:
    """File > New workspace…: a new, empty workspace file, then opened."""
    chosen, _ = dialogs.QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("FileMenu", "New workspace"),
        str(Path(_folder(window)) / QCoreApplication.translate("FileMenu", "register.sqlite")),
        QCoreApplication.translate("FileMenu", "Workspaces (*.sqlite)"),
        options=dialogs.QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return False
    path = Path(chosen)
    if path.suffix.lower() != ".sqlite":
        path = path.with_name(path.name + ".sqlite")
    if path.exists():
        dialogs.QMessageBox.information(
            window,
            QCoreApplication.translate("FileMenu", "New workspace"),
            QCoreApplication.translate(
                "FileMenu",
                "%1 exists already. Open it with File > Open workspace…, or choose another name.",
            ).replace("%1", str(path)),
        )
        return False
    return open_path(window, path, create=True)


def open_workspace(window: MainWindow) -> bool:
    """File > Open workspace…: choose a workspace file and open it."""
    chosen, _ = dialogs.QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("FileMenu", "Open a workspace"),
        _folder(window),
        QCoreApplication.translate("FileMenu", "Workspaces (*.sqlite)"),
    )
    return bool(chosen) and open_path(window, Path(chosen))


def open_path(window: MainWindow, path: Path, create: bool = False) -> bool:
    """Open ``path`` in the window instead of the workspace open now; True when it is open.

    A problem is explained with what the user can do (read-only, a backup, another file);
    the workspace open now stays open until the other one is.
    """
    from gui.window.workspace_open import open_interactive

    if window.workspace is not None and path == window.workspace.path:
        return True
    if not create and not path.exists():
        forget(window.state_path, path)
        dialogs.QMessageBox.warning(
            window,
            QCoreApplication.translate("FileMenu", "Open a workspace"),
            QCoreApplication.translate(
                "FileMenu",
                "%1 is not there any more (moved, deleted, or on a drive that is not "
                "connected). It was taken off the recent list.",
            ).replace("%1", str(path)),
        )
        return False
    workspace = open_interactive(path, datetime.now(), parent=window, create=create)
    if workspace is None:
        return False
    window.switch_workspace(workspace)
    return True


def save_copy(window: MainWindow, target: Path | None = None) -> Path | None:
    """File > Save a copy…: a complete, consistent copy of the open workspace (the one open
    stays the one you work in); the copy's path, or None."""
    source = window.workspace
    if source is None:
        return None
    if target is None:
        copy_word = QCoreApplication.translate("FileMenu", "copy")
        chosen, _ = dialogs.QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("FileMenu", "Save a copy of the workspace"),
            str(source.path.with_name(f"{source.path.stem} ({copy_word}).sqlite")),
            QCoreApplication.translate("FileMenu", "Workspaces (*.sqlite)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
    if target.resolve() == source.path.resolve():
        dialogs.QMessageBox.warning(
            window,
            QCoreApplication.translate("FileMenu", "Save a copy"),
            QCoreApplication.translate(
                "FileMenu", "A copy cannot replace the workspace it copies."
            ),
        )
        return None
    from PySide6.QtCore import Qt

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backups.copy_database(source.conn, target)
    except (OSError, sqlite3.Error) as exc:
        QApplication.restoreOverrideCursor()
        dialogs.QMessageBox.warning(
            window,
            QCoreApplication.translate("FileMenu", "Save a copy"),
            QCoreApplication.translate("FileMenu", "The copy could not be written to %1:\n%2")
            .replace("%1", str(target))
            .replace("%2", str(exc)),
        )
        return None
    QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        QCoreApplication.translate("FileMenu", "Copy saved: %1").replace("%1", str(target)), 8000
    )
    return target


def restore_backup(window: MainWindow) -> bool:
    """File > Restore a backup…: choose one of the workspace's backups; after a clear
    question the workspace is closed, replaced (the current file kept beside it) and opened
    again. True when the window shows the restored workspace."""
    from gui.window.workspace_open import open_interactive, restore

    workspace = window.workspace
    if workspace is None:
        return False
    path = workspace.path
    if not backups.restorable(path):
        dialogs.QMessageBox.information(
            window,
            QCoreApplication.translate("FileMenu", "Restore a backup"),
            QCoreApplication.translate(
                "FileMenu", "This workspace has no backup yet. The app makes one a day, in %1."
            ).replace("%1", str(backups.backups_dir(path))),
        )
        return False

    def confirm(name: str) -> bool:
        box = dialogs.QMessageBox(
            dialogs.QMessageBox.Icon.Warning,
            QCoreApplication.translate("FileMenu", "Restore a backup"),
            QCoreApplication.translate("FileMenu", "Replace the workspace %1 with the backup %2?")
            .replace("%1", path.name)
            .replace("%2", name),
            parent=window,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FileMenu",
                "What was changed since that backup is no longer in the register. The current "
                "file is not deleted: it is kept beside the workspace.",
            )
        )
        replace = box.addButton(
            QCoreApplication.translate("FileMenu", "Replace with the backup"),
            dialogs.QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(dialogs.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(dialogs.QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    done = restore(window, path, datetime.now(), confirm=confirm, before=window.close_workspace)
    if window.workspace is not None:
        return False  # not replaced: the workspace was never closed
    reopened = open_interactive(path, datetime.now(), parent=window)
    if reopened is not None:
        window.switch_workspace(reopened)
    return done and reopened is not None
