"""Test setup shared by all suites: headless Qt, GUI tests marked ``gui``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items):
    """Mark every test that needs a QApplication, so ``-m "not gui"`` is the fast lane."""
    import pytest

    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)
