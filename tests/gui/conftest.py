"""Fixtures of the window tests."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests():
    """Collect what a test left behind before the next one starts.

    Widgets and jobs of one test otherwise wait for a collection that can fall in the middle
    of a later test, while a pool thread of that test is writing a PDF; in the full suite that
    crashed the process (a segmentation fault inside the collection).

    What survives the collection (the modules, the application, session fixtures) is then
    frozen: it is never looked at again, so each collection costs what one test made, not
    what the whole run has loaded (which made this collection most of a window test's time).
    """
    yield
    gc.collect()
    gc.freeze()
