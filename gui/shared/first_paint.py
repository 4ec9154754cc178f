"""Work that waits until the window is on the screen: the first paint of a widget.

The start shows the register first and leaves what can wait (the workspace's integrity
check, the daily backup) until its first page is painted. ``--measure-start`` uses the same
moment to say how long the start took (``bench/bench_start.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: what ``--measure-start`` prints when the first page is on the screen
PAINTED = "first page painted"


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, as soon as ``widget`` has been painted for the first time.

    Qt paints a widget and everything it holds in one pass; the callback runs from the event
    loop once that pass is over, so what ``widget`` holds (a page's list) is painted too."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """On the first paint: let it happen, then call back from the event loop."""
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False
