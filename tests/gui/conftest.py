"""Fixtures of the window tests."""

from __future__ import annotations

import gc
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from core.demo.workspace import open_demo
from core.rules import bundled_pack
from core.store.register import Register
from gui.shared import collector, i18n, list_page
from tests.gui.answer_pages import make_tenders
from tests.gui.once import once
from tests.workspaces import new_workspace

#: the moment the window tests work at (their fixed "now")
NOW = datetime(2026, 11, 22, 10)
#: when the shared demo workspace was made (``demo_workspace``)
DEMO_MADE = datetime(2026, 11, 29, 12)
#: how long typing pauses before a list page searches, in the window tests (the app's is
#: ``list_page.TYPING_PAUSE_MS``)
TYPING_PAUSE_MS = 30


@pytest.fixture(autouse=True)
def _short_typing_pause(monkeypatch):
    """The list pages made in a test search after a pause of :data:`TYPING_PAUSE_MS`, not the
    app's 150 ms: every search a test typed waited that long with nothing to do (three
    seconds of a run's window tests). The tests of the pause itself wait for the pause the
    page was given; keys typed with ``keyClicks`` reach the page with no event in between,
    so no pause is over before the last key, however short."""
    monkeypatch.setattr(list_page, "TYPING_PAUSE_MS", TYPING_PAUSE_MS)


@pytest.fixture(autouse=True)
def _collector_on_the_gui_thread(request):
    """A window test collects cycles on the GUI thread only, as the window does
    (``gui.shared.collector``); the tests after it that draw nothing collect as Python does."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    collector.start(request.getfixturevalue("qapp"))
    yield
    collector.stop()


#: the windows there were before a test began (``_clean_up_after_each_test``), by test
_BEFORE = pytest.StashKey[set]()


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_call(item):
    """The windows the test made are hidden as soon as it returns, as
    ``_clean_up_after_each_test`` hides them before their deletion: pytest-qt processes the
    events a test left before its fixtures are torn down (to report an exception raised in
    one), and a window still shown was then drawn again, for nobody: pytest-qt's event
    processing around the window tests took 3.5 s, 2.0 s with the windows hidden (tests/gui
    on two processes, one run each)."""
    try:
        return (yield)
    finally:
        if QApplication.instance() is not None:
            for window in _made_by_the_test(item.stash.get(_BEFORE, None)):
                window.hide()


def _made_by_the_test(before: set | None) -> list:
    """The windows without a parent that were not there before the test (none if unknown)."""
    if before is None:
        return []
    return [w for w in set(QApplication.topLevelWidgets()) - before if w.parent() is None]


@pytest.fixture(autouse=True)
def _clean_up_after_each_test(request):
    """Delete the windows a test made, speak English again and collect what is left, before
    the next test starts.

    pytest-qt closes the widgets a test gave to ``qtbot`` and asks for their deletion with
    ``deleteLater``, but a deletion asked outside a running event loop waits for the next
    one: the windows of every test lived on until a later test's ``qtbot.wait``, up to
    16,000 widgets and a thousand hidden windows, each of them reached again by every
    language switch, zoom and event of the tests in between (a fifth of the window tests'
    time). They are deleted here, and so are the windows without a parent that the test made
    and did not give to ``qtbot`` (a window the start made, a dialog): a window held by a
    signal connection to itself is never collected. Hidden first, not closed: closing asks
    about unsaved changes. The windows of module fixtures were made before the test began.

    Whatever language a test's window or workshop switched to, the next test starts in
    English (the source language its assertions are written in): the screenshot tests, which
    draw every screen in Dutch and French, left the next test's labels in Dutch, so a test
    passed or failed with the order the workers took them in.

    Widgets and jobs of one test otherwise wait for a collection that falls in a later test.
    What survives the collection (the modules, the application, session fixtures) is then
    frozen: it is never looked at again, so each collection costs what one test made, not
    what the whole run has loaded (which made this collection most of a window test's time).
    """
    app = QApplication.instance()
    before = set(QApplication.topLevelWidgets()) if app is not None else set()
    request.node.stash[_BEFORE] = before
    yield
    app = QApplication.instance()
    if app is not None:
        for window in _made_by_the_test(before):
            window.hide()
            window.deleteLater()
        before.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if i18n.current() != "en":
            i18n.install(app, "en")
    gc.collect()
    gc.freeze()


@pytest.fixture
def reg(tmp_path):
    """An empty register in a new workspace (a test module may define its own)."""
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


@pytest.fixture
def speak(qapp):
    """Show the screens in a language for one test (``speak("fr")``), English afterwards."""
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


@pytest.fixture(scope="module")
def wizard_register(tmp_path_factory):
    """``(register, tenders)``: a register with a tender per wizard (``make_tenders``), made
    once for the module that asks for it: its tests walk the wizards to their answer page,
    which stores nothing."""
    ws = new_workspace(tmp_path_factory.mktemp("wizards") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    yield reg, make_tenders(reg)
    ws.close()


@pytest.fixture(scope="session")
def demo_workspace(tmp_path_factory) -> Path:
    """The demo workspace as File > Open the demo makes it (``open_demo``, made at
    :data:`DEMO_MADE`), made once for the run by the pytest-xdist process that asks first: the
    tests of the OCDS export copy it, those of the year report read it."""
    folder, _ = once(tmp_path_factory, "demo", _make_demo)
    return folder / "demo.sqlite"


def _make_demo(folder: Path) -> None:
    open_demo(folder / "demo.sqlite", bundled_pack(), DEMO_MADE).close()
