"""Commands that draw no window start without Qt, and none loads SQLite or PDF code unasked.

Nor Babel's locale data where the app writes the text itself (amounts, dates written out and
plural forms in nl, fr and en; tests compare them with Babel).

Each case runs ``main.py``'s ``main`` in a fresh interpreter and lists the heavy packages
that were imported (``sys.modules``); a command line that several tests look at starts twice
for the module (``starts``: the first start and the next), not twice in each test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from commands import SUBCOMMANDS
from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.workspace import open_workspace
from tests.workspaces import new_workspace

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "shiboken6", "reportlab", "sqlite_utils")
#: what writes numbers, dates and plurals by CLDR: these commands do it without its locale data
CLDR = ("babel",)

PROBE = """
import json, sys
from main import main
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))]))
"""

CASE = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "services",
    "estimated_value_excl_vat": "141500",
}


def started(
    argv: list[str], tmp_path: Path, probe: tuple[str, ...] | str = HEAVY + CLDR
) -> tuple[int, list[str], str]:
    """Exit status, which packages of ``probe`` were loaded, and what the command printed
    (``probe`` a text: the program that says what was loaded, as ``PROBE`` does)."""
    env = {
        "TENDER_DESK_CONFIG": str(tmp_path / "settings.toml"),
        "TENDER_DESK_CACHE": str(tmp_path / "parsed"),
        "PATH": "/usr/bin:/bin",
    }
    program, names = (probe, ()) if isinstance(probe, str) else (PROBE, probe)
    proc = subprocess.run(
        [sys.executable, "-c", program, json.dumps(argv), *names],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    *printed, last = proc.stdout.rstrip("\n").split("\n")
    code, loaded = json.loads(last)
    return code, loaded, "\n".join(printed)


#: every module a start loaded, for the fixture ``starts``
EVERY_MODULE = PROBE.replace(
    'sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))', "sorted(sys.modules)"
)


@pytest.fixture(scope="module")
def starts(tmp_path_factory):
    """The first start of a command line (an empty cache of parsed files, no settings file) and
    the second (the cache the first filled): exit status, every module loaded, what it printed,
    and the cache's files after each. Each command line starts twice for the whole module, not
    twice in each of the tests that look at what it loaded (a fresh interpreter each: the most
    of this module's time)."""
    done: dict[str, tuple] = {}

    def two(argv: list[str]) -> tuple:
        key = json.dumps(argv)
        if key not in done:
            folder = tmp_path_factory.mktemp("start")
            first = started(argv, folder, EVERY_MODULE)
            after_first = sorted((folder / "parsed").glob("*"))
            second = started(argv, folder, EVERY_MODULE)
            done[key] = (first, second, after_first, sorted((folder / "parsed").glob("*")))
        return done[key]

    return two


def packages(start: tuple, probe: tuple[str, ...]) -> tuple[int, list[str], str]:
    """A start as ``started(argv, tmp_path, probe)`` tells it: the packages of ``probe`` that
    it loaded."""
    code, modules, printed = start
    return code, sorted({m.split(".")[0] for m in modules} & set(probe)), printed


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (["--help"], "export-pdf"),
        (["decide", "procedure", json.dumps(CASE), "--lang", "nl"], "Keuze van de procedure"),
        (["decide", "procedure", json.dumps(CASE), "--json"], '"rule_pack": {'),
        (["scenarios", "tests/scenarios/law.json"], "0 failed"),
    ],
)
def test_help_decide_and_scenarios_load_neither_qt_nor_sqlite_utils_reportlab_nor_babel(
    argv, shown, starts
):
    code, loaded, printed = packages(starts(argv)[0], HEAVY + CLDR)
    assert loaded == []
    assert shown in printed
    assert code == 0


#: what ``@dataclass`` costs a start: it compiles the methods of every class it makes (a third
#: of ``decide``'s work once) and its import loads ``inspect``, ``ast``, ``dis`` and ``tokenize``
DATACLASSES = ("dataclasses", "inspect", "ast", "dis", "tokenize")


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["decide", "procedure", json.dumps(CASE), "--lang", "nl"],
        ["decide", "procedure", json.dumps(CASE), "--json"],
        ["scenarios", "tests/scenarios/law.json"],
    ],
    ids=["help", "decide", "decide-json", "scenarios"],
)
def test_the_classes_of_these_commands_are_not_made_by_dataclasses(argv, starts):
    """The settings, the rule pack, the engines' requests and results, the citations and the
    scenario report are records (``core.record``), made as cheaply as a plain class, from the
    first start on (the one that parses the TOML files) as on the next."""
    first, second, *_ = starts(argv)
    assert packages(first, DATACLASSES)[:2] == (0, [])
    assert packages(second, DATACLASSES) == packages(first, DATACLASSES)


def test_deciding_one_check_loads_that_check_only(starts):
    """``decide procedure`` imports the procedure engine, not the seven other checks: in
    words or as JSON, on the first start (which parses the TOML files) as on the next."""
    checks = ("advance", "bid_compensation", "bond", "estimate", "einvoicing", "procedure")
    probe = {f"core.decisions.{m}" for m in (*checks, "ranking", "sme")}
    for options in (["--lang", "nl"], ["--json"]):
        for code, modules, _ in starts(["decide", "procedure", json.dumps(CASE), *options])[:2]:
            assert code == 0
            assert [m.rsplit(".", 1)[1] for m in sorted(probe & set(modules))] == ["procedure"]


@pytest.mark.parametrize(
    "argv",
    [
        ["decide", "procedure", json.dumps(CASE), "--lang", "nl"],
        ["scenarios", "tests/scenarios/law.json"],
    ],
    ids=["decide", "scenarios"],
)
def test_a_command_loads_its_own_module_and_what_it_needs_only(argv, starts):
    """Not the other commands' modules, nor the store, the roles, the version or typing."""
    others = [f"commands.{m}" for m in SUBCOMMANDS.values() if m != argv[0]]
    probe = (*others, "core.store", "core.roles", "core.version", "core.workshops", "typing")
    probe = (*probe, "threading")
    first, second, *_ = starts(argv)
    for code, _, _ in (first, second):
        assert code == 0
    # the first start fills the cache of parsed files: tomllib (and its typing) may load
    assert not [m for m in first[1] if m.startswith(probe) and m.startswith(("commands", "core"))]
    assert [m for m in second[1] if m.startswith(probe)] == []


def test_the_rule_pack_and_texts_are_parsed_once_then_read_from_the_cache(starts):
    """The second start reads the bundled pack and the texts from the cache of parsed files
    and says the same thing as the first."""
    argv = ["decide", "procedure", json.dumps(CASE), "--lang", "nl"]
    first, second, kept, after_second = starts(argv)
    assert len(kept) == 4  # the pack, English (the fallback), Dutch, the citations
    assert all(file.suffix == ".json" for file in kept)
    assert after_second == kept  # no temporary file left, nothing parsed again
    assert packages(first, HEAVY + CLDR) == packages(second, HEAVY + CLDR)
    assert first[0] == 0


def test_a_start_whose_files_were_parsed_before_loads_no_toml_parser(tmp_path):
    """From the second start on, the settings file, the pack and the texts come from the cache
    of parsed files: tomllib is not even imported. ``--help`` reads no TOML at all."""
    (tmp_path / "settings.toml").write_text('language = "fr"\n', "utf-8")
    argv = ["decide", "procedure", json.dumps(CASE)]
    first = started(argv, tmp_path, ("tomllib",))
    assert len(list((tmp_path / "parsed").glob("*.json"))) == 5  # settings, pack, en, fr, law
    second = started(argv, tmp_path, ("tomllib",))
    assert first == (0, ["tomllib"], second[2])
    assert second == (0, [], first[2])
    assert "Choix de la procédure" in second[2]  # the language of the settings file
    assert started(["--help"], tmp_path, ("tomllib",))[:2] == (0, [])


def test_export_pdf_loads_reportlab_but_no_qt(tmp_path):
    """The probe sees what a command loads: export-pdf needs the PDF code; sqlite-utils is
    loaded only by a workspace that is written to, which this one is not."""
    argv = ["export-pdf", "--db", str(tmp_path / "none.sqlite"), "--all", "--document"]
    code, loaded, _ = started([*argv, "summary", "--out", str(tmp_path)], tmp_path)
    assert code == 2  # the workspace does not exist
    assert loaded == ["reportlab"]


def test_the_window_starts_without_sqlite_utils_reportlab_or_the_wizards(tmp_path):
    """What the first page of the register needs is loaded, the rest waits for its first use
    (an edit, an export, a wizard, the settings, a decision): the window, off-screen, until its
    first page is painted."""
    probe = PROBE.replace(
        'sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))',
        "sorted(m for m in sys.modules if m.split('.')[0] in sys.argv[2:])",
    )
    env = {
        "TENDER_DESK_CONFIG": str(tmp_path / "settings.toml"),
        "TENDER_DESK_CACHE": str(tmp_path / "parsed"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    path = tmp_path / "w.sqlite"
    new_workspace(path, now=datetime(2026, 11, 22)).close()
    argv = ["--db", str(path), "--measure-start"]
    proc = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(argv), "reportlab", "sqlite_utils", "gui", "core"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    code, loaded = json.loads(proc.stdout.rstrip("\n").split("\n")[-1])
    assert code == 0, proc.stderr
    assert proc.stdout.startswith("first page painted")
    assert "gui.register.page" in loaded  # the window was built
    assert not [m for m in loaded if m.split(".")[0] in ("reportlab", "sqlite_utils")]
    waits = ("gui.wizards", "gui.register.editor", "gui.settings.dialog", "core.exchange")
    assert not [m for m in loaded if m.startswith(waits)]
    engines = ("procedure", "advance", "bid_compensation", "ranking", "sme", "bond", "estimate")
    assert not [m for m in loaded if m in {f"core.decisions.{e}" for e in engines}]


def test_the_register_shows_its_first_page_before_the_other_pages_and_babel_load(tmp_path):
    """On a workspace with tenders the window paints the register's first page (amounts
    included) without building the Organisations and Rules pages or loading Babel: they wait
    until their tab is shown or a number needs CLDR."""
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=datetime(2026, 11, 22)) as ws:
        make_demo(ws, bundled_pack(), 30, 5, datetime(2026, 11, 22, 10))
    probe = PROBE.replace(
        'sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))',
        "sorted(m for m in sys.modules if m.split('.')[0] in sys.argv[2:])",
    )
    env = {
        "TENDER_DESK_CONFIG": str(tmp_path / "settings.toml"),
        "TENDER_DESK_CACHE": str(tmp_path / "parsed"),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    argv = ["--db", str(path), "--measure-start"]
    proc = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(argv), "babel", "gui"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    code, loaded = json.loads(proc.stdout.rstrip("\n").split("\n")[-1])
    assert code == 0, proc.stderr
    assert proc.stdout.startswith("first page painted")
    assert "gui.register.model" in loaded  # the register was shown
    assert "gui.window.welcome" not in loaded  # a workspace with tenders needs no welcome
    assert not [m for m in loaded if m.startswith(("gui.organisations", "gui.rules", "babel"))]
