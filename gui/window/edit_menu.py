"""The Edit menu (undo, redo, delete, settings) and the Help menu of the main window.

The window keeps what the actions do (its slots); this module only lays the menus out, and
shows the About box, which only reads the window, so the window's module stays about composing
pages. The texts keep the window's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from core.dates import format_date
from gui.shared import dialogs


def add_to(bar: QMenuBar, window: QMainWindow) -> QMenu:
    """The Edit menu; sets ``window.delete_action`` and ``window.settings_action``."""
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        menu, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        menu, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    menu.addActions([undo, redo])
    menu.addSeparator()
    window.delete_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Delete…"))
    window.delete_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Delete the chosen rows of the list shown")
    )
    window.delete_action.triggered.connect(window._on_delete)
    menu.addSeparator()
    window.settings_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Settings…"))
    window.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.settings_action.triggered.connect(window.open_settings)
    return menu


def add_help(bar: QMenuBar, window: QMainWindow) -> QMenu:
    """The Help menu (About)."""
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = menu.addAction(QCoreApplication.translate("MainWindow", "&About"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    return menu


def show_about(window: QMainWindow) -> None:
    """Help > About: the version, the rule pack and what the app is not."""
    from core.version import version  # reads pyproject.toml with tomllib: when asked

    dialogs.QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About the tender desk"),
        QCoreApplication.translate(
            "MainWindow", "Tender desk: an offline desk for Belgian public procurement."
        )
        + "\n"
        + QCoreApplication.translate("MainWindow", "Version %1").replace("%1", version())
        + "\n\n"
        + QCoreApplication.translate("MainWindow", "Rule pack: %1, version %2 of %3")
        .replace("%1", window.pack.id)
        .replace("%2", window.pack.version)
        .replace("%3", format_date(window.pack.published))
        + "\n"
        + window.pack.path
        + "\n\n"
        + QCoreApplication.translate(
            "MainWindow",
            "This is no legal advice. The app applies the rules of its rule pack, each with "
            "its source and the date it was checked; where the research is unsure, the "
            "answer says so. Check the law and your procurement documents before you decide.",
        ),
    )
