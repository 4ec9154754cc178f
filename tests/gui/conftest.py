"""Fixtures of the window tests."""

from __future__ import annotations

import gc
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication

from core.rules import bundled_pack
from core.store.register import Register
from gui.shared import collector, i18n
from tests.gui.answer_pages import make_tenders
from tests.workspaces import new_workspace

#: the moment the window tests work at (their fixed "now")
NOW = datetime(2026, 11, 22, 10)


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


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests():
    """Collect what a test left behind before the next one starts.

    Widgets and jobs of one test otherwise wait for a collection that falls in a later test.
    What survives the collection (the modules, the application, session fixtures) is then
    frozen: it is never looked at again, so each collection costs what one test made, not
    what the whole run has loaded (which made this collection most of a window test's time).
    """
    yield
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """Whatever language a test's window or workshop switched to, the next test starts in
    English (the source language its assertions are written in): the screenshot tests, which
    draw every screen in Dutch and French, left the next test's labels in Dutch, so a test
    passed or failed with the order the workers took them in."""
    yield
    app = QCoreApplication.instance()
    if app is not None and i18n.current() != "en":
        i18n.install(app, "en")


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
