"""Python's cycle collector runs on the GUI thread only while the window runs: a worker thread
that collected a closed wizard deleted its widgets off the GUI thread, and the process crashed."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from gui.register.page import RegisterPage
from gui.shared import collector, worker
from gui.wizards.procedure import ProcedureWizard
from tests.gui.conftest import NOW
from tests.gui.test_pdf_export import add_tender


class Cycle:
    """An object that only the collector frees (it refers to itself)."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collections():
    """The threads the collections of the test ran on, and what each freed."""
    seen: list[tuple[str, int]] = []

    def note(phase, info):
        if phase == "stop":
            seen.append((threading.current_thread().name, info["collected"]))

    gc.collect()
    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _off_the_gui_thread(seen):
    main = threading.main_thread().name
    return [entry for entry in seen if entry[0] != main]


def test_a_worker_that_makes_garbage_never_collects_it_the_gui_thread_does(
    qtbot, qapp, collections
):
    """The work makes 50,000 cycles, far past the collector's threshold: without the GUI
    thread's collector, Python collects them in the worker thread, dozens of times."""
    assert collector.running()  # the window tests run as the window does
    last = []

    def work(progress, cancelled):
        for _ in range(50_000):
            last[:] = [Cycle()]
        return weakref.ref(last.pop())

    job = worker.start(work)
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        pass
    made = done.args[0]
    qtbot.waitUntil(lambda: made() is None, timeout=5000)  # collected on the GUI thread's timer
    assert _off_the_gui_thread(collections) == []
    assert sum(freed for _, freed in collections) >= 50_000


def test_a_wizard_closed_before_an_export_is_deleted_on_the_gui_thread(
    qtbot, reg, tmp_path, collections
):
    """The crash as it came: a wizard, closed and dropped, is held only by a cycle; the
    register view's export then makes enough objects for a collection in its thread."""
    tids = [add_tender(reg, f"2026/{n:03d}", f"Opdracht {n}") for n in range(6)]
    wizard = ProcedureWizard(reg, tids[0], "nl", now=lambda: NOW)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.accept()
    wizard.me = wizard  # a cycle: only the collector frees it
    held = weakref.ref(wizard)
    del wizard
    page = RegisterPage(reg.ws, NOW.date(), "nl", register=reg)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    with qtbot.waitSignal(page.pdf.done, timeout=30000) as done:
        page.pdf.run(page.current_query(), "summary", "en", tmp_path / "all")
    assert len(done.args[0].written) == 6
    page.pdf.message.close()
    assert _off_the_gui_thread(collections) == []
    qtbot.waitUntil(lambda: held() is None, timeout=5000)  # deleted by the GUI thread


def test_the_collector_collects_the_oldest_generation_past_its_threshold(qapp):
    """Python's choice: nothing below the thresholds; past them, the oldest generation due."""
    mine = collector.GuiThreadCollector(qapp)
    before = gc.get_threshold()
    gc.disable()  # no collection but those asked here
    try:
        gc.collect()
        gc.set_threshold(1_000_000, 10, 10)
        kept = [Cycle() for _ in range(500)]
        assert mine.collect_due() is None
        gc.set_threshold(100, 2, 2)
        assert mine.collect_due() == 0  # 500 new objects: the youngest generation
        gc.collect(0)
        gc.collect(0)  # three young collections since the middle generation's last
        kept += [Cycle() for _ in range(500)]
        assert mine.collect_due() == 1
        gc.collect(1)
        gc.collect(1)  # three middle collections since the full one
        kept += [Cycle() for _ in range(500)]
        assert mine.collect_due() == 2
        assert gc.get_count()[1:] == (0, 0)
    finally:
        gc.set_threshold(*before)
        collector.start(qapp)
        mine.deleteLater()


def test_the_collector_stops_with_the_event_loop_and_python_collects_as_usual(qapp):
    """Outside the window (the command line, the tests that draw nothing) Python collects as
    it always does."""
    assert collector.running() and not gc.isenabled()
    collector.stop()
    try:
        assert not collector.running() and gc.isenabled()
    finally:
        collector.start(qapp)
    assert collector.running() and not gc.isenabled()
