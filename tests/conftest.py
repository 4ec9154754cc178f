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


_SCRATCH: list = []


def pytest_configure(config):
    """No test reads or writes the user's real settings: they all point to a scratch file."""
    import tempfile
    from pathlib import Path

    scratch = Path(tempfile.mkdtemp(prefix="tender-desk-test-config-"))
    _SCRATCH.append(scratch)
    os.environ["TENDER_DESK_CONFIG"] = str(scratch / "settings.toml")


def pytest_unconfigure(config):
    """Remove the scratch settings folder."""
    import shutil

    for folder in _SCRATCH:
        shutil.rmtree(folder, ignore_errors=True)
