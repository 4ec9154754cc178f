"""Commands that draw no window start without Qt, and none loads SQLite or PDF code unasked.

Nor Babel's locale data where the app writes the text itself (amounts, dates written out and
plural forms in nl, fr and en; tests compare them with Babel).

Each case runs ``main.py``'s ``main`` in a fresh interpreter and lists the heavy packages
that were imported (``sys.modules``).
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
    argv: list[str], tmp_path: Path, probe: tuple[str, ...] = HEAVY + CLDR
) -> tuple[int, list[str], str]:
    """Exit status, which packages of ``probe`` were loaded, and what the command printed."""
    env = {
        "TENDER_DESK_CONFIG": str(tmp_path / "settings.toml"),
        "TENDER_DESK_CACHE": str(tmp_path / "parsed"),
        "PATH": "/usr/bin:/bin",
    }
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), *probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    *printed, last = proc.stdout.rstrip("\n").split("\n")
    code, loaded = json.loads(last)
    return code, loaded, "\n".join(printed)


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
    argv, shown, tmp_path
):
    code, loaded, printed = started(argv, tmp_path)
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
def test_the_classes_of_these_commands_are_not_made_by_dataclasses(argv, tmp_path):
    """The settings, the rule pack, the engines' requests and results, the citations and the
    scenario report are records (``core.record``), made as cheaply as a plain class, from the
    first start on (the one that parses the TOML files) as on the next."""
    first = started(argv, tmp_path, DATACLASSES)
    assert first[:2] == (0, [])
    assert started(argv, tmp_path, DATACLASSES) == first


def test_deciding_one_check_loads_that_check_only(tmp_path):
    """``decide procedure`` imports the procedure engine, not the seven other checks."""
    probe = ["core.decisions." + m for m in ("advance", "bid_compensation", "bond", "estimate")]
    probe += ["core.decisions." + m for m in ("einvoicing", "procedure", "ranking", "sme")]

    def checks_loaded(argv):
        text = PROBE.replace(
            'sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))',
            "sorted(set(sys.modules) & set(sys.argv[2:]))",
        )
        env = {"TENDER_DESK_CONFIG": str(tmp_path / "s.toml"), "PATH": "/usr/bin:/bin"}
        env["TENDER_DESK_CACHE"] = str(tmp_path / "parsed")
        proc = subprocess.run(
            [sys.executable, "-c", text, json.dumps(argv), *probe],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
        code, loaded = json.loads(proc.stdout.rstrip("\n").split("\n")[-1])
        assert code == 0, proc.stderr
        return [m.rsplit(".", 1)[1] for m in loaded]

    assert checks_loaded(["decide", "procedure", json.dumps(CASE), "--lang", "fr"]) == ["procedure"]
    assert checks_loaded(["decide", "procedure", json.dumps(CASE), "--json"]) == ["procedure"]


@pytest.mark.parametrize(
    "argv",
    [
        ["decide", "procedure", json.dumps(CASE), "--lang", "nl"],
        ["scenarios", "tests/scenarios/law.json"],
    ],
    ids=["decide", "scenarios"],
)
def test_a_command_loads_its_own_module_and_what_it_needs_only(argv, tmp_path):
    """Not the other commands' modules, nor the store, the roles, the version or typing."""
    text = PROBE.replace(
        'sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))',
        "sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[2:])))",
    )
    others = [f"commands.{m}" for m in SUBCOMMANDS.values() if m != argv[0]]
    probe = [*others, "core.store", "core.roles", "core.version", "core.workshops", "typing"]
    probe.append("threading")
    env = {"TENDER_DESK_CONFIG": str(tmp_path / "s.toml"), "PATH": "/usr/bin:/bin"}
    env["TENDER_DESK_CACHE"] = str(tmp_path / "parsed")

    def loaded() -> list[str]:
        proc = subprocess.run(
            [sys.executable, "-c", text, json.dumps(argv), *probe],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
        code, names = json.loads(proc.stdout.rstrip("\n").split("\n")[-1])
        assert code == 0, proc.stderr
        return names

    first = loaded()  # fills the cache of parsed files: tomllib (and its typing) may load
    assert not [m for m in first if m.startswith(("commands", "core"))]
    assert loaded() == []


def test_the_rule_pack_and_texts_are_parsed_once_then_read_from_the_cache(tmp_path):
    """The second start reads the bundled pack and the texts from the cache of parsed files
    and says the same thing as the first."""
    argv = ["decide", "procedure", json.dumps(CASE), "--lang", "nl"]
    first = started(argv, tmp_path)
    kept = sorted((tmp_path / "parsed").glob("*.json"))
    second = started(argv, tmp_path)
    assert len(kept) == 4  # the pack, English (the fallback), Dutch, the citations
    assert sorted((tmp_path / "parsed").glob("*")) == kept  # no temporary file left
    assert first == second
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
