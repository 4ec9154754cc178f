"""Room for the text: windows that fit the screen, dialogs that keep their size, the zoom.

The sizes a user gives the wizards and the zoom they pick are kept in the window-state file
(``window-state.ini`` next to the settings, see ``gui.window.window_state``); the main window
says which file with :func:`use`. Without one (tests, the screenshots) nothing is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: room left for the window's frame and title bar, which Qt does not count in its size
FRAME = QSize(16, 48)
#: the zoom steps, in parts of the text size the app started with
STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
_ZOOM = "view/zoom"
_BASE = "tender_desk_base_point_size"

_state: Path | None = None


def use(path: Path | None) -> None:
    """Keep the sizes and the zoom in ``path`` (None: keep nothing)."""
    global _state
    _state = path


def _store() -> QSettings | None:
    return None if _state is None else QSettings(str(_state), QSettings.Format.IniFormat)


def screen_room(widget: QWidget | None = None) -> QSize:
    """The room the screen of ``widget`` leaves for windows (without the task bar).

    The screen is found from where the widget is, not with ``widget.screen()``: PySide6 makes
    the screen it returns a child of the widget in Python, and when the cycle collector then
    freed a closed window and that screen together, it could take the screen for its own and
    delete it; the next window that closed crashed the process (a window test did, every run,
    once the collector ran on a timer)."""
    where = None if widget is None else widget.mapToGlobal(widget.rect().center())
    screen = QGuiApplication.screenAt(where) if where is not None else None
    return (screen or QGuiApplication.primaryScreen()).availableGeometry().size()


def fitting(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """``wanted``, made smaller where the screen (less the window's frame) is smaller."""
    return wanted.boundedTo(screen_room(widget) - FRAME)


def size_dialog(dialog: QWidget, key: str, wanted: QSize) -> None:
    """Give ``dialog`` the size it had when last closed, else ``wanted``; either fits the
    screen."""
    store = _store()
    kept = store.value(f"{key}/size") if store is not None else None
    size = kept if isinstance(kept, QSize) and kept.isValid() else wanted
    dialog.resize(fitting(size, dialog))


def keep_size(dialog: QWidget, key: str) -> None:
    """Remember ``dialog``'s size for the next time it opens."""
    store = _store()
    if store is not None:
        store.setValue(f"{key}/size", dialog.size())
        store.sync()


# -- zoom ----------------------------------------------------------------------------------
def _base_size(app: QApplication) -> float:
    """The text size the app started with (kept on the app: a zoom changes its font)."""
    base = app.property(_BASE)
    if not base:
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    return float(base)


def zoom_factor() -> float:
    """The zoom kept in the window state (1.0 when none)."""
    store = _store()
    try:
        factor = float(store.value(_ZOOM, 1.0)) if store is not None else 1.0
    except (TypeError, ValueError):
        return 1.0
    return min(STEPS, key=lambda step: abs(step - factor))


def set_zoom(factor: float, keep: bool = True) -> float:
    """Every text of the app at ``factor`` times its first size (a step of :data:`STEPS`)."""
    app = QApplication.instance()
    factor = min(STEPS, key=lambda step: abs(step - factor))
    font = QFont(app.font())
    font.setPointSizeF(_base_size(app) * factor)
    app.setFont(font)
    store = _store()
    if keep and store is not None:
        store.setValue(_ZOOM, factor)
        store.sync()
    return factor


def current_zoom() -> float:
    """The zoom step the app's text is at now."""
    app = QApplication.instance()
    now = app.font().pointSizeF() / _base_size(app)
    return min(STEPS, key=lambda step: abs(step - now))


def zoom_by(steps: int) -> float:
    """One step larger (1) or smaller (-1) than now; 0 goes back to the first size."""
    if steps == 0:
        return set_zoom(1.0)
    index = STEPS.index(current_zoom())
    return set_zoom(STEPS[max(0, min(len(STEPS) - 1, index + steps))])
