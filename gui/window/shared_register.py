"""A register another person writes: who holds it, and a note when it is free.

The window shows a bar above its pages while the workspace is open read-only because another
process holds it: who, on which computer, since when. "Tell me when it is free" looks at the
lock every few seconds (a QTimer; no server); when it is free the bar says so and "Open for
writing" opens the register again, writable (a lock whose holder stopped answering is offered
for take-over by ``workspace_open``). The first time a workspace on a network drive is
opened, the window says once what that means; the window-state file remembers it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from core.store.locking import Holder, look
from core.store.workspace import Workspace
from gui.shared import dialogs
from gui.window.workspace_open import open_interactive, when

#: how often "Tell me when it is free" looks at the lock
POLL_MS = 5000
_TOLD_KEY = "told/network_drive"
#: whether the network drive was explained, when the window keeps no state file (tests)
_TOLD: list[bool] = []


def held_text(holder: Holder) -> str:
    """Who writes the register, for the bar and the questions."""
    return (
        QCoreApplication.translate(
            "SharedRegister",
            "Read-only: %1 has this register open for writing on the computer %2 since %3.",
        )
        .replace("%1", holder.user)
        .replace("%2", holder.machine)
        .replace("%3", when(holder.since))
    )


class LockBar(QToolBar):
    """The bar of a register another process writes (see the module)."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        from PySide6.QtCore import Qt  # a held register only: not on the usual start's path

        super().__init__(window)
        self.setObjectName("lock_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self._window = window
        self._workspace = workspace
        self.label = QLabel(held_text(workspace.holder))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setContentsMargins(6, 4, 6, 4)
        self.setStyleSheet("QToolBar#lock_bar { background: #fff4ce; }")  # as a notice, not a page
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.label)
        self.notify_button = QPushButton(
            QCoreApplication.translate("SharedRegister", "Tell me when it is free")
        )
        self.notify_button.clicked.connect(self.watch)
        self.notify_action = self.addWidget(self.notify_button)
        self.reopen_button = QPushButton(
            QCoreApplication.translate("SharedRegister", "Open for writing")
        )
        self.reopen_button.clicked.connect(self._on_reopen)
        self.reopen_action = self.addWidget(self.reopen_button)
        self.reopen_action.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def watch(self) -> None:
        """Look at the lock every few seconds until it is free."""
        self.notify_button.setEnabled(False)
        self.notify_button.setText(
            QCoreApplication.translate("SharedRegister", "Waiting until it is free…")
        )
        self.timer.start()
        self.poll()

    def poll(self) -> bool:
        """One look at the lock; True (and the note) when nobody holds it any more, or its
        holder stopped answering."""
        state = look(self._workspace.path, self._workspace.network)
        if not (state.free or state.stale):
            return False
        self.timer.stop()
        if state.free:
            said = QCoreApplication.translate(
                "SharedRegister", "The register is free now: nobody is writing it."
            )
        else:  # opening it asks whether to take it over
            said = QCoreApplication.translate(
                "SharedRegister",
                "%1's app no longer answers: you can take the register over.",
            ).replace("%1", state.holder.user)
        self.label.setText(said)
        self.notify_action.setVisible(False)
        self.reopen_action.setVisible(True)
        self.reopen_button.setFocus()
        self._window.statusBar().showMessage(
            QCoreApplication.translate("SharedRegister", "The register is free now."), 10000
        )
        QApplication.alert(self._window)
        return True

    def _on_reopen(self) -> None:
        reopen_for_writing(self._window)


def reopen_for_writing(window: QMainWindow) -> bool:
    """Open the window's register again, writable; True when the window shows it so."""
    path = window.workspace.path
    opened = open_interactive(path, datetime.now(), parent=window)
    if opened is None:
        return False
    window.switch_workspace(opened)
    return not opened.read_only


def update(window: QMainWindow) -> None:
    """Show the lock bar when the window's workspace is held by another process (else take it
    away); explain a network drive the first time one is opened."""
    old = getattr(window, "lock_bar", None)
    if old is not None:
        old.timer.stop()
        window.removeToolBar(old)
        old.deleteLater()
    window.lock_bar = None
    workspace = window.workspace
    if workspace is None:
        return
    if workspace.read_only and workspace.holder is not None:
        from PySide6.QtCore import Qt

        window.lock_bar = LockBar(window, workspace)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, window.lock_bar)
    if workspace.network and not told(window.state_path):
        QTimer.singleShot(0, window, lambda: tell_network_drive(window))


def told(state_path: Path | None) -> bool:
    if state_path is None:
        return bool(_TOLD)
    return QSettings(str(state_path), QSettings.Format.IniFormat).value(_TOLD_KEY, False) in (
        True,
        "true",
    )


def remember_told(state_path: Path | None) -> None:
    if state_path is None:
        _TOLD[:] = [True]
        return
    store = QSettings(str(state_path), QSettings.Format.IniFormat)
    store.setValue(_TOLD_KEY, True)
    store.sync()


def network_drive_box(parent: QWidget | None) -> dialogs.QMessageBox:
    box = dialogs.QMessageBox(
        dialogs.QMessageBox.Icon.Information,
        QCoreApplication.translate("SharedRegister", "A register on a network drive"),
        QCoreApplication.translate(
            "SharedRegister",
            "This register is on a network drive, where several people can open it. One "
            "person at a time can change it; the others can read it meanwhile and see who is "
            "writing.",
        ),
        dialogs.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SharedRegister",
            "Close the app when you are done, so that a colleague can write. If the app of the "
            "one who writes stops (a crash, a computer switched off), the others are asked "
            "whether to take the register over.",
        )
    )
    return box


def tell_network_drive(window: QMainWindow) -> None:
    """Say once what a register on a network drive means (remembered in the window state)."""
    if told(window.state_path):
        return
    from PySide6.QtCore import Qt

    remember_told(window.state_path)
    box = network_drive_box(window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.network_drive_box = box
    box.open()
