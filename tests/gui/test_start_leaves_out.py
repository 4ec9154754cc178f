"""What the window's start leaves out on its way to the first page: the ``dataclasses`` module,
``QStyle`` (asked from Python), every widget class (a plain ``QWidget`` reaching Python), the
standard dialogs, the citations' and explanations' modules, the cycle collector's runs, the
rule pack's fingerprint and ``hashlib``.

One start of ``main.py --measure-start`` in a fresh interpreter (off-screen), shared by the
tests of this module.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.workspace import open_workspace
from gui.shared import dialogs

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 10)

#: runs main.py's main; prints its exit status, the modules loaded, the classes of QtWidgets
#: PySide6 made (it makes a class when it is first named), the cycle collector's runs until
#: the first page was painted (with the classes made by then, and whether the ``Qt``
#: namespace was), the collector's state after it, and whether the bundled rule pack's
#: fingerprint was made
PROBE = """
import gc, json, sys
runs = []
gc.callbacks.append(lambda phase, info: phase == "start" and runs.append(info["generation"]))


class Painted:
    def __init__(self, out):
        self.out, self.at = out, None

    def write(self, text):
        if "first page painted" in text and self.at is None:
            gui_thread = sys.modules["gui.shared.collector"].running()
            widgets = vars(sys.modules["PySide6.QtWidgets"])
            made = [n for n in widgets if n[0] == "Q"]
            qt = "Qt" in vars(sys.modules["PySide6.QtCore"])
            self.at = [list(runs), gc.isenabled(), gui_thread, made, qt]
        return self.out.write(text)

    def flush(self):
        self.out.flush()


sys.stdout = Painted(sys.stdout)
from main import main
runs.clear()
code = main(json.loads(sys.argv[1]))
import PySide6.QtWidgets as widgets
made = [name for name in vars(widgets) if name[0] == "Q"]
after = [gc.isenabled(), gc.get_freeze_count()]
from core.rules import bundled_pack
fingerprinted = "fingerprint" in bundled_pack().memo
print(json.dumps([code, list(sys.modules), made, sys.stdout.at, after, fingerprinted]))
"""


@pytest.fixture(scope="module")
def start(tmp_path_factory) -> tuple[dict, tuple[bool, int]]:
    """One start on a register of 30 tenders."""
    return start_on(tmp_path_factory.mktemp("start"))


def start_on(folder: Path, settings: str | None = None) -> tuple[dict, tuple[bool, int]]:
    """A start of the window on a register of 30 tenders in ``folder``, with ``settings`` as
    the text of its settings file (None: no file yet): what it loaded and made, as ``PROBE``
    prints it."""
    path = folder / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 30, 5, NOW)
    if settings is not None:
        (folder / "config").mkdir()
        (folder / "config" / "settings.toml").write_text(settings, encoding="utf-8")
    env = {
        "TENDER_DESK_CONFIG": str(folder / "config" / "settings.toml"),
        "TENDER_DESK_CACHE": str(folder / "cache"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(["--db", str(path), "--measure-start"])],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    last = proc.stdout.rstrip("\n").split("\n")[-1]
    code, modules, made, before_paint, (enabled, frozen), fingerprinted = json.loads(last)
    assert code == 0, proc.stderr
    seen = {"modules": modules, "made": made, "before_paint": before_paint}
    return {**seen, "fingerprinted": fingerprinted}, (enabled, frozen)


def test_the_first_page_is_painted_without_dataclasses_or_the_style_asked_from_python(start):
    """The first page's classes (the workspace, its lock, the search's query and rows, the
    roles) are records, so ``dataclasses`` is not loaded (``inspect`` is: PySide6 uses it).
    Naming ``QStyle`` from Python (``widget.style()`` too) makes PySide6 build its 566 enum
    members, about 60 million instructions, before the first paint: the column widths, the
    filters' width and the row's spacing are measured by Qt in C++ instead."""
    seen, _ = start
    assert "dataclasses" not in seen["modules"]
    assert "QComboBox" in seen["made"] and "QStyle" not in seen["made"]
    assert [n for n in seen["made"] if n.startswith("QStyleOption")] == []


def test_the_first_page_is_painted_without_every_widget_class_made(start):
    """The first plain ``QWidget`` that reaches Python (a table's viewport, asked for by
    ``viewport()`` or given to an event filter) makes PySide6 look through every widget class
    for its type, making each one and its enums (``QWizard``, ``QCalendarWidget``,
    ``QMdiArea`` ...: about 45 million instructions). The start asks Qt for no such widget:
    the columns follow their header, which is as wide as the rows, and the start ends when the
    page is painted."""
    seen, _ = start
    made = seen["before_paint"][3]
    assert "QTableView" in made and "QHeaderView" in made  # the register was made
    assert [n for n in ("QWizard", "QCalendarWidget", "QMdiArea", "QLCDNumber") if n in made] == []


def test_the_first_page_is_painted_before_any_standard_dialog_is_made(start):
    """The window's modules name Qt's standard dialogs through ``gui.shared.dialogs``, so
    PySide6 makes none of them (with their enums, about 11 million instructions) for a first
    page that shows none."""
    seen, _ = start
    made = seen["before_paint"][3]
    assert [name for name in made if name in dialogs.NAMES] == []


def test_the_first_page_is_painted_without_the_qt_namespace(start):
    """The first use of ``Qt`` (``Qt.ItemDataRole``, a ``Qt.SortOrder`` handed to Python, an
    action's ``setShortcut``) makes all its enums, about 125 million instructions. The first
    page names roles and alignments by their numbers (``gui.shared.roles``), its header reads
    titles and sort mark from Qt's side (``gui.shared.header``), and the menus give their keys
    with ``setShortcuts``; the namespace is made later, when first needed."""
    seen, _ = start
    assert seen["before_paint"][4] is False
    assert "QTableView" in seen["before_paint"][3]  # the register was made by then


def test_a_company_s_first_page_is_painted_without_the_qt_namespace(tmp_path):
    """The same for an SME's start, on the list of its offers (My offers)."""
    seen, _ = start_on(tmp_path, 'role = "company"\n')
    assert "gui.company.offers_page" in seen["modules"]
    assert seen["before_paint"][4] is False


def test_the_first_page_is_painted_with_words_only(start):
    """The register's cells are words (statuses, procedures, kinds of contract): the
    citations' and explanations' modules, and the decisions' they read, are imported when a
    text with values first asks for them, not for the first page (``core.texts.LATER``)."""
    seen, _ = start
    assert "core.texts.words" in seen["modules"]
    later = ("core.texts.citations", "core.texts.explain", "core.decisions.explain")
    assert [name for name in later if name in seen["modules"]] == []


def test_the_cycle_collector_waits_for_the_first_page_and_is_back_after_it(start):
    """The start's objects live as long as the app: the collector, which ran some sixty
    times while the window came up, is paused until the first paint (it may run while the
    command line is read), then back on the GUI thread only (``gui.shared.collector``), and
    back as Python runs it when the window has closed, nothing of the start left frozen."""
    seen, after = start
    runs, automatic, on_the_gui_thread, _, _ = seen["before_paint"]
    assert len(runs) <= 2, runs
    assert (automatic, on_the_gui_thread) == (False, True)
    assert after == (True, 0)


def test_the_rule_pack_is_not_fingerprinted_for_the_first_page(start):
    """The pack's fingerprint (a SHA-256 of the canonical text of every rule, about 10 million
    instructions) names a pack that is not the bundled one in stored decisions and
    documents: the first page stores nothing and shows the pack by its name, so it is made
    when first asked for, not at the start."""
    seen, _ = start
    assert seen["fingerprinted"] is False


def test_the_first_page_is_painted_without_hashlib(start):
    """``hashlib`` loads OpenSSL, about 11 million instructions: the cache of parsed files and
    of the schema's names keys its files with CPython's own BLAKE2b, and the pack's SHA-256
    (its fingerprint, the version of its rules on a date) is not asked for before the first
    paint. This start filled an empty cache, so the keys were made, and the files parsed."""
    seen, _ = start
    assert "hashlib" not in seen["modules"] and "_hashlib" not in seen["modules"]
    assert "_blake2" in seen["modules"] and "tomllib" in seen["modules"]
