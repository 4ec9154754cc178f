"""Commands that draw no window start without Qt, and none loads SQLite or PDF code unasked.

Each case runs ``main.py``'s ``main`` in a fresh interpreter and lists the heavy packages
that were imported (``sys.modules``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "shiboken6", "reportlab", "sqlite_utils")

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


def started(argv: list[str], tmp_path: Path) -> tuple[int, list[str], str]:
    """Exit status, heavy packages loaded, and what the command printed before them."""
    env = {"TENDER_DESK_CONFIG": str(tmp_path / "settings.toml"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), *HEAVY],
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
def test_help_decide_and_scenarios_load_neither_qt_nor_sqlite_utils_nor_reportlab(
    argv, shown, tmp_path
):
    code, loaded, printed = started(argv, tmp_path)
    assert loaded == []
    assert shown in printed
    assert code == 0


def test_export_pdf_loads_sqlite_utils_and_reportlab_but_no_qt(tmp_path):
    """The probe sees what a command loads: export-pdf needs the workspace and the PDF code."""
    argv = ["export-pdf", "--db", str(tmp_path / "none.sqlite"), "--all", "--document"]
    code, loaded, _ = started([*argv, "summary", "--out", str(tmp_path)], tmp_path)
    assert code == 2  # the workspace does not exist
    assert loaded == ["reportlab", "sqlite_utils"]
