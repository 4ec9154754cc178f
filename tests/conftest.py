"""Test setup shared by all suites: headless Qt, GUI tests marked ``gui``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _hypothesis_writes_nothing_in_the_checkout() -> None:
    """Every hypothesis test keeps its examples in memory (no example database); its other
    files (a cache of constants) go to the scratch folder of the run, not to .hypothesis."""
    from hypothesis import settings

    settings.register_profile("tender-desk", database=None)
    settings.load_profile("tender-desk")


_hypothesis_writes_nothing_in_the_checkout()


def pytest_collection_modifyitems(items):
    """Mark every test that needs a QApplication, so ``-m "not gui"`` is the fast lane."""
    import pytest

    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


def pytest_collection_finish(session):
    """What the test modules loaded is frozen for the garbage collector: its full collections
    then look at what the tests make, not again at every module of the app and the tools."""
    import gc

    gc.collect()
    gc.freeze()


_SCRATCH: list = []


def pytest_configure(config):
    """No test reads or writes the user's real settings: they all point to a scratch file."""
    import tempfile
    from pathlib import Path

    scratch = Path(tempfile.mkdtemp(prefix="tender-desk-test-config-"))
    _SCRATCH.append(scratch)
    os.environ["TENDER_DESK_CONFIG"] = str(scratch / "settings.toml")
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(scratch / "hypothesis")


def pytest_unconfigure(config):
    """Remove the scratch settings folder."""
    import shutil

    for folder in _SCRATCH:
        shutil.rmtree(folder, ignore_errors=True)
