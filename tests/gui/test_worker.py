"""The background jobs: what waits for them knows when they have all ended."""

from __future__ import annotations

import threading

from gui.shared import worker


def test_busy_from_the_start_of_a_job_until_its_end_or_failure_reached_the_gui(qtbot):
    """The screenshots wait on this for the check and backup of an opened register."""
    release = threading.Event()

    def work(progress, cancelled):
        release.wait(10)
        return "done"

    def fail(progress, cancelled):
        raise ValueError("refused")

    qtbot.waitUntil(lambda: not worker.busy(), timeout=10000)  # what an earlier test started
    job = worker.start(work)
    assert worker.busy()
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert not worker.busy()
    job = worker.start(fail)
    assert worker.busy()
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    assert not worker.busy()
