"""Python's cycle collector runs on the GUI thread only, while the window runs.

Python collects reference cycles in whichever thread makes the allocation that crosses the
collector's threshold. A wizard, a dialog or a model held in a cycle (a signal connected to a
method of its own window, a lambda that names it) is then deleted by that thread. When that
thread is a worker writing PDF documents, Qt deletes widgets off the GUI thread while the GUI
thread delivers their events, which Qt does not allow: the process crashed. Seen in a window
test, one run in ten: the export's thread collected a procedure wizard closed earlier, and the
GUI thread then delivered a queued call to one of its deleted objects.

So while the window runs, the automatic collector is off, and a timer on the GUI thread
collects instead, with Python's thresholds: the oldest generation whose count is past its
threshold (Python also skips some full collections by a count its interface does not show;
here the timer spaces them). Cycles wait at most ``INTERVAL_MS`` more than they did; all else
is freed at once, as always, by reference counting.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

#: how often the GUI thread looks at the collector's counts (a look costs a microsecond)
INTERVAL_MS = 200
#: Python's generations, youngest first
GENERATIONS = range(3)


class GuiThreadCollector(QObject):
    """Collects on its thread's timer, never in a worker thread (see the module)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        """Turn the automatic collector off and collect on the timer from now on."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Turn the automatic collector back on (the event loop has ended)."""
        self._timer.stop()
        gc.enable()

    @property
    def running(self) -> bool:
        """True while the timer collects."""
        return self._timer.isActive()

    def collect_due(self) -> int | None:
        """Collect the oldest generation past its threshold; that generation, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in GENERATIONS if thresholds[g] and counts[g] > thresholds[g]]
        if not due:
            return None
        gc.collect(due[-1])
        return due[-1]


_collector: list[GuiThreadCollector] = []


def start(app: QObject) -> GuiThreadCollector:
    """The application's collector, started (one per application; again, the same one)."""
    if _collector and (not isValid(_collector[0]) or _collector[0].parent() is not app):
        _collector.pop()
    if not _collector:
        _collector.append(GuiThreadCollector(app))
    _collector[0].start()
    return _collector[0]


def stop() -> None:
    """Stop the application's collector, if one runs: Python collects as usual again."""
    if _collector:
        _collector[0].stop()


def running() -> bool:
    """True while the application's collector collects on its timer."""
    return bool(_collector) and isValid(_collector[0]) and _collector[0].running
