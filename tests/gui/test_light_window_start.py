"""What the window's start does not do: work that waits stays off the way to the first page.

Each case starts ``main.py --measure-start`` in a fresh interpreter (off-screen) and looks at
what the process loaded, or at the files it wrote, once the first page was painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.model import STATUSES
from core.store.search import Query, count
from core.store.workspace import open_workspace
from gui.window import file_menu
from gui.window.main_window import MainWindow
from tests.gui.once import once

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 10)

#: runs main.py's main, then prints the modules in the order they were first imported and
#: those whose source was read (PySide6 reads a module's source to see if it uses PySide6)
PROBE = """
import inspect, json, sys
read, getsource = [], inspect.getsource
def reading(obj):
    read.append(getattr(obj, "__name__", "?"))
    return getsource(obj)
inspect.getsource = reading
from main import main
code = main(json.loads(sys.argv[1]))
print(json.dumps([code, list(sys.modules), read]))
"""


def started(tmp_path: Path, path: Path) -> tuple[list[str], str, list[str]]:
    """The modules the window's start imported, in order, what it printed, and the modules
    whose source was read."""
    env = {
        "TENDER_DESK_CONFIG": str(tmp_path / "config" / "settings.toml"),
        "TENDER_DESK_CACHE": str(tmp_path / "cache"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    argv = ["--db", str(path), "--measure-start"]
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    *printed, last = proc.stdout.rstrip("\n").split("\n")
    code, modules, read = json.loads(last)
    assert code == 0, proc.stderr
    return modules, "\n".join(printed), read


def workspace(tmp_path: Path) -> Path:
    """A register of 30 tenders: the window opens on its first page."""
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 30, 5, NOW)
    return path


@dataclass(frozen=True)
class Start:
    """What a start imported, in order, what it printed, and whose source was read."""

    modules: list[str]
    printed: str
    read: list[str]


@pytest.fixture(scope="module")
def starts(tmp_path_factory) -> tuple[Start, Start]:
    """The first start on a workspace (no cache of parsed files yet) and the second one,
    made once for the tests of this module (each start is a new interpreter: a second)."""

    def make(folder: Path) -> list[list]:
        path = workspace(folder)
        return [list(started(folder, path)) for _ in range(2)]

    _, made = once(tmp_path_factory, "window-starts", make)
    first, second = (Start(*start) for start in made)
    return first, second


def test_the_app_modules_load_before_qt_so_pyside_does_not_read_their_source(starts):
    """PySide6 reads the source of each module imported after it; what the first page needs
    of core (and the standard library it uses) is imported first (commands.window)."""
    modules, printed = starts[0].modules, starts[0].printed
    assert printed == "first page painted"
    qt = modules.index("PySide6")
    late = [m for m in modules[qt:] if m.split(".")[0] in ("core", "platformdirs", "sqlite3")]
    assert late == [], "add them to commands.window.BEFORE_QT, or import them when first used"
    assert "gui.register.page" in modules[qt:]  # the window was built


def test_pyside_reads_the_source_of_none_of_the_modules_loaded_before_it(starts):
    """PySide6 reads the source of every module an import statement names after it is loaded
    (about 0.3 ms each), unless it already knows whether the module uses it: the window's
    start tells it that those loaded before Qt (core, the standard library) do not, so only
    the window's own modules are read (and those PySide6 itself reads as it loads)."""
    modules, read = starts[0].modules, starts[0].read
    named = {"typing", "datetime", "pathlib", "argparse", "collections"}
    assert named <= set(modules[: modules.index("PySide6")])  # the gui names them after Qt
    ours = [m for m in read if m.split(".")[0] in ("core", "platformdirs", "sqlite3")]
    assert (ours, sorted(named.intersection(read))) == ([], [])
    assert "gui.register.page" in read  # PySide6 still reads what it has not seen


def test_what_the_first_page_does_not_use_waits(starts):
    """Code for what the user has not asked for yet is not loaded on the way to the first
    page: merging workspaces, the dialog that chooses another file, the register's write side
    (a save, a delete, a decision), the tender's classes and the undo commands, the version
    (Help > About) and the TOML reader it uses (from the second start on: the first parses
    the settings, rule pack and texts into the cache of parsed files); nor the socket module for
    the machine's name in the lock file."""
    first, modules = starts[0].modules, starts[1].modules
    assert "tomllib" in first and "gui.register.model" in modules
    waits = ("core.store.merge", "gui.shared.widgets", "core.store.register", "gui.shared.undo")
    waits += ("core.store.model",)  # the tender's classes and checks, for a change
    waits += ("core.version", "tomllib")  # Help > About reads the version from pyproject.toml
    assert [m for m in modules if m.startswith(waits)] == []
    if os.name == "posix":
        assert "socket" not in modules


def test_a_start_on_the_workspace_opened_last_does_not_write_the_recent_list(qtbot, tmp_path):
    """The recent list already starts with the workspace: the window-state file is not written
    again while the window is built (it is when another workspace is opened)."""
    path, state = workspace(tmp_path), tmp_path / "window-state.ini"
    other = tmp_path / "other.sqlite"
    file_menu.remember(state, other)
    file_menu.remember(state, path)
    written = state.read_bytes()
    state.touch()
    mtime = state.stat().st_mtime_ns
    with open_workspace(path, now=NOW, check=False, auto_backup=False) as ws:
        window = MainWindow(bundled_pack(), NOW.date(), ws, state_path=state)
        qtbot.addWidget(window)
        assert (state.read_bytes(), state.stat().st_mtime_ns) == (written, mtime)
        assert file_menu.recent(state) == [path, other]
        file_menu.remember(state, other)  # another one is written first
        assert file_menu.recent(state) == [other, path]
        window.close()


def test_the_register_is_made_at_the_first_change_and_the_change_is_kept(qtbot, tmp_path):
    """The window shows the register without making its write side; the first delete makes
    it, deletes the tender, and Ctrl+Z brings it back, as before."""
    with open_workspace(workspace(tmp_path), now=NOW, check=False, auto_backup=False) as ws:
        window = MainWindow(bundled_pack(), NOW.date(), ws)
        qtbot.addWidget(window)
        window.show()
        page = window.register_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 30)
        assert page._register.made is False  # the list is read through the search
        assert page._register.pack is window.pack  # the PDF export has its pack at once
        page.table.selectRow(0)
        gone = page.model.row_at(0).reference
        window.delete_action.trigger()  # Edit > Delete
        assert page._register.made is True
        assert count(ws, Query()) == 29
        assert gone not in [page.model.row_at(r).reference for r in range(29)]
        window.undo_stack.undo()
        assert count(ws, Query()) == 30
        window.close()


def test_the_status_filter_offers_every_status_of_a_tender_in_the_registers_order(qtbot, tmp_path):
    """The filter is filled from the register model's words for the statuses (the start does
    not import the tender's classes): it offers each status core knows, once, in its order."""
    with open_workspace(workspace(tmp_path), now=NOW, check=False, auto_backup=False) as ws:
        window = MainWindow(bundled_pack(), NOW.date(), ws)
        qtbot.addWidget(window)
        combo = window.register_page.status_filter
        offered = [combo.itemData(i) for i in range(1, combo.count())]
        assert offered == list(STATUSES)
        assert combo.itemText(STATUSES.index("awarded") + 1) == "awarded"
        window.close()
