"""The View menu (zoom in, out, back to the first size, presentation mode) and the window's
size at start.

The zoom applies to every text of the app and is kept in the window-state file with the
sizes of the wizards (``gui.shared.sizes``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from gui.shared import sizes
from gui.window.presentation import Presentation

#: the main window's size when the screen has room for it (1280×720 gets less)
WINDOW = QSize(1280, 800)


def start(window: QMainWindow, state_path: Path | None) -> None:
    """Use the window-state file, apply the zoom kept in it, fit the window to the screen."""
    sizes.use(state_path)
    if state_path is not None:
        sizes.set_zoom(sizes.zoom_factor(), keep=False)
    window.resize(sizes.fitting(WINDOW, window))


def add_to(bar: QMenuBar, presentation: Presentation) -> QMenu:
    """The View menu, with its shortcuts: Ctrl++ (and Ctrl+=), Ctrl+−, Ctrl+0, and
    presentation mode (F5)."""
    menu = bar.addMenu(QCoreApplication.translate("ViewMenu", "&View"))
    for text, keys, steps in (
        (
            QCoreApplication.translate("ViewMenu", "Zoom &in"),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            1,
        ),
        (
            QCoreApplication.translate("ViewMenu", "Zoom &out"),
            [QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            -1,
        ),
        (QCoreApplication.translate("ViewMenu", "&Normal size"), [QKeySequence("Ctrl+0")], 0),
    ):
        action = menu.addAction(text)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _=False, steps=steps: sizes.zoom_by(steps))
    presentation.add_to(menu)
    return menu
