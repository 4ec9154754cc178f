"""Test setup shared by all suites: headless Qt, GUI tests marked ``gui``, scratch files in
memory."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: where the system keeps a folder in memory (Linux); its files need no disk sync
MEMORY_FOLDER = "/dev/shm"
#: names the system's temporary folder, on its disk, for the tests of what a kill during a disk
#: sync leaves behind (``disk_path``); kept in the environment for the processes of pytest-xdist
DISK_TEMP = "TENDER_DESK_TEST_DISK_TEMP"


def _scratch_files_in_memory() -> None:
    """Temporary files (tmp_path, tempfile, the processes the tests start) go to memory.

    A workspace commits with ``synchronous = FULL``: on a disk each commit waits for a sync,
    which was two thirds of the time of a test that builds a small register. The same code
    runs, syncs included; only the wait is gone. A TMPDIR set by the user is kept.
    """
    os.environ.setdefault(DISK_TEMP, tempfile.gettempdir())
    if "TMPDIR" not in os.environ and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        os.environ["TMPDIR"] = MEMORY_FOLDER  # for the processes the tests start too
        tempfile.tempdir = None  # read TMPDIR again


_scratch_files_in_memory()

#: what the test runs keep between them, outside the checkout, in the system's temporary
#: folder: compiled modules and hypothesis's cache of the app's constants (no settings, no
#: workspaces, no examples: those stay in each run's scratch folders)
KEPT = Path(os.environ[DISK_TEMP]) / f"tender-desk-tests-{os.environ.get('USER') or os.getuid()}"


def _compiled_modules_kept_outside_the_checkout() -> None:
    """Compiled modules are kept between runs, in a folder of the system's temporary folder.

    With PYTHONDONTWRITEBYTECODE set (it keeps ``__pycache__`` out of the checkout), every
    process of every run compiled the app again and pytest rewrote the asserts of every test
    module again: more than half of the collection each xdist worker makes. Here they go to
    a cache outside the checkout (``sys.pycache_prefix``), for the processes the tests start
    too. A PYTHONPYCACHEPREFIX set by the user is kept; without PYTHONDONTWRITEBYTECODE
    nothing changes.
    """
    if not sys.dont_write_bytecode or sys.pycache_prefix:
        return
    folder = KEPT / "pycache"
    sys.pycache_prefix = str(folder)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)  # the xdist workers and subprocesses
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_compiled_modules_kept_outside_the_checkout()


@pytest.fixture
def disk_path():
    """A new folder on the disk, not in memory, removed after the test."""
    folder = Path(tempfile.mkdtemp(prefix="tender-desk-disk-", dir=os.environ[DISK_TEMP]))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _hypothesis_writes_nothing_in_the_checkout() -> None:
    """Every hypothesis test keeps its examples in memory (no example database); its other
    files (a cache of constants) go to the folder the runs keep (KEPT), not to .hypothesis."""
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


#: the garbage collector's thresholds as Python sets them, and the first one in the tests that
#: draw no window
DEFAULT_GC = gc.get_threshold()
FEWER_GC_PASSES = 10_000


def pytest_runtest_setup(item):
    """Tests that draw no window let ten thousand objects (not Python's 700) be made before the
    collector looks at the youngest: the store, the engine and the documents make many small
    objects that live long enough to be looked at several times (on tests/core/demo and four
    other core modules the collector's CPU fell from 1.5 to 0.75 s of 27 s). The GUI tests keep
    Python's thresholds: there, when a widget's wrapper is collected is part of what they see."""
    window = item.get_closest_marker("gui") is not None
    gc.set_threshold(DEFAULT_GC[0] if window else FEWER_GC_PASSES, *DEFAULT_GC[1:])


def pytest_collection_finish(session):
    """What the test modules loaded is frozen for the garbage collector: its full collections
    then look at what the tests make, not again at every module of the app and the tools."""
    gc.collect()
    gc.freeze()


_SCRATCH: list = []


def pytest_configure(config):
    """No test reads or writes the user's real settings or cache: they point to a scratch folder.

    Qt's own settings too (the folder the PDF documents were last written to): on Linux Qt
    keeps them under XDG_CONFIG_HOME, where a test's folder once became the one the user's
    next export offered. Hypothesis's files go to the folder the runs keep (:data:`KEPT`)."""
    import tempfile
    from pathlib import Path

    scratch = Path(tempfile.mkdtemp(prefix="tender-desk-test-config-"))
    _SCRATCH.append(scratch)
    os.environ["TENDER_DESK_CONFIG"] = str(scratch / "settings.toml")
    os.environ["TENDER_DESK_CACHE"] = str(scratch / "parsed")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    from hypothesis.configuration import set_hypothesis_home_dir

    # no example database (the profile above): what hypothesis keeps here is its cache of the
    # constants of the app's modules, by their source's digest, which every worker of every
    # run otherwise computed again from the source of every module (seconds of a collection)
    set_hypothesis_home_dir(KEPT / "hypothesis")


def pytest_unconfigure(config):
    """Remove the scratch settings folder."""
    import shutil

    for folder in _SCRATCH:
        shutil.rmtree(folder, ignore_errors=True)
