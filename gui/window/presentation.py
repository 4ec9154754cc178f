"""Presentation mode, for a trainer's projector: full screen, large text, high contrast.

One action of the View menu (F5, as slide shows start; F5 or Esc leaves) switches it on and
off. Entering keeps what it changes (the window's state and geometry, the zoom, the colours)
and leaving puts all of it back, so a zoom chosen for the projector is never kept as the
user's own zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from gui.shared import sizes

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

#: the text in presentation mode is at least this many times its first size (the first zoom
#: step at or above it is used)
LEAST_ZOOM = 1.5
KEY = QKeySequence("F5")  # by name: no Qt enum at the start (gui.shared.roles)

#: black on white, a dark blue for what is chosen: contrasts a projector in a lit room keeps
_COLOURS = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f0f0",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.Highlight: "#002a80",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#404040",
    QPalette.ColorRole.Link: "#002a80",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
}
#: greyed-out text stays readable from the back of the room
_DISABLED_TEXT = "#505050"


def presenting_zoom(now: float) -> float:
    """The zoom step used while presenting: the user's own if larger, else the first step at
    or above :data:`LEAST_ZOOM`."""
    least = min(step for step in sizes.STEPS if step >= LEAST_ZOOM)
    return max(now, least)


def high_contrast(base: QPalette) -> QPalette:
    """``base`` with the colours of presentation mode."""
    palette = QPalette(base)
    for role, colour in _COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


class Presentation(QObject):
    """Presentation mode of one main window; kept across menu rebuilds (language changes)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action: QAction | None = None
        self._kept: tuple[Qt.WindowState, QByteArray, float, QPalette] | None = None
        self._leave = QShortcut(QKeySequence("Esc"), window)  # in the whole window
        self._leave.setEnabled(False)
        self._leave.activated.connect(self.leave)

    @property
    def on(self) -> bool:
        return self._kept is not None

    def add_to(self, menu: QMenu) -> QAction:
        """The checkable menu action (made again when the menus are rebuilt)."""
        menu.addSeparator()
        self.action = menu.addAction(QCoreApplication.translate("ViewMenu", "&Presentation mode"))
        self.action.setCheckable(True)
        self.action.setChecked(self.on)
        self.action.setShortcuts([KEY])
        self.action.setToolTip(
            QCoreApplication.translate(
                "ViewMenu", "Full screen, large text and strong contrast, for a projector"
            )
        )
        self.action.toggled.connect(self._toggled)
        return self.action

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.enter()
        else:
            self.leave()

    def enter(self) -> None:
        if self.on:
            return
        app = QApplication.instance()
        zoom = sizes.current_zoom()
        window = self.window
        self._kept = (window.windowState(), window.saveGeometry(), zoom, QPalette(app.palette()))
        app.setPalette(high_contrast(app.palette()))
        sizes.set_zoom(presenting_zoom(zoom), keep=False)
        window.showFullScreen()
        exercises = getattr(window, "exercises_page", None)
        if exercises is not None:  # a workshop: the answer page first
            window.show_pages()
            window.pages.setCurrentWidget(exercises)
        self._show_file_labels(False)  # the room's eyes go to the work, not to file names
        self._leave.setEnabled(True)
        self._sync()
        window.statusBar().showMessage(
            QCoreApplication.translate("ViewMenu", "Presentation mode: F5 or Esc to leave."),
            8000,
        )

    def leave(self) -> None:
        if not self.on:
            return
        state, geometry, zoom, palette = self._kept
        self._kept = None
        app = QApplication.instance()
        app.setPalette(palette)
        sizes.set_zoom(zoom, keep=True)  # a zoom step taken while presenting is not kept
        window = self.window
        window.showNormal()
        window.restoreGeometry(geometry)
        window.setWindowState(state)
        self._show_file_labels(True)
        self._leave.setEnabled(False)
        self._sync()
        window.statusBar().clearMessage()

    def _show_file_labels(self, shown: bool) -> None:
        """The workspace and rule-pack names of the status bar (the date stays: a workshop
        works at its own "today")."""
        for name in ("workspace_label", "pack_label"):
            label = getattr(self.window, name, None)
            if label is not None:
                label.setVisible(shown)

    def _sync(self) -> None:
        if self.action is not None:
            self.action.blockSignals(True)
            self.action.setChecked(self.on)
            self.action.blockSignals(False)
