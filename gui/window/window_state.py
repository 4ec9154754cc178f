"""Window state (size, position): kept apart from the settings, next to the settings file.

It is no setting a user chooses; a lost or damaged file only means the default size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

FILE_NAME = "window-state.ini"
_GEOMETRY = "main_window/geometry"


def state_path(settings_path: Path) -> Path:
    """The window-state file that goes with a settings file."""
    return settings_path.with_name(FILE_NAME)


def restore(window: QWidget, path: Path) -> None:
    """Give the window the size and position it had when it was last closed, if known."""
    geometry = QSettings(str(path), QSettings.Format.IniFormat).value(_GEOMETRY)
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(QByteArray(geometry))


def save(window: QWidget, path: Path) -> None:
    """Remember the window's size and position (a failure is not worth a message)."""
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue(_GEOMETRY, window.saveGeometry())
    store.sync()
