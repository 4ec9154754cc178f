"""One way to run long work off the GUI thread, with progress, cancel and a result back.

The work function runs in a QThreadPool thread and must not touch widgets; it gets a
``progress(done, total)`` and a ``cancelled()`` callable. Results, errors and progress come
back through queued signals, so the slots run on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class Job(QObject):
    """A piece of work running in the background.

    Signals:
        progress(int, int): done and total so far.
        finished(object): the work's return value.
        failed(object): the exception the work raised.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[..., object]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(progress=self.progress.emit, cancelled=self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


#: the jobs running, each with its runnable: a Python reference keeps both wrappers out of the
#: garbage collector while a pool thread runs them (a collection on the GUI thread during a
#: PDF batch crashed the process)
_running: dict[Job, _Runnable] = {}


def busy() -> bool:
    """True while a job started here has not reported its end (its slots not yet run)."""
    return bool(_running)


def start(work: Callable[..., object]) -> Job:
    """Run ``work(progress=..., cancelled=...)`` in the thread pool; connect to the Job."""
    job = Job(work)
    runnable = _Runnable(job)
    _running[job] = runnable
    job.finished.connect(lambda _: _running.pop(job, None))
    job.failed.connect(lambda _: _running.pop(job, None))
    # Started from the event loop, not here: the caller connects its slots first. A job that
    # finished before they were connected would be lost (signals reach the slots connected
    # when they are emitted), which happened under load with fast work like the file check.
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(runnable))
    return job
