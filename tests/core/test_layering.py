"""core/ never imports Qt: checked in a fresh interpreter that imports every core module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, pkgutil, sys
import core
names = ["core"] + [m.name for m in pkgutil.walk_packages(core.__path__, "core.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5",
                                                         "PyQt6"))
print(len(names), ",".join(qt))
"""


def test_no_core_module_loads_qt():
    """Importing every module under core/ loads no PySide6 (or other Qt binding) module."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    count, qt = (
        proc.stdout.strip().split(" ", 1)
        if " " in proc.stdout.strip()
        else (proc.stdout.strip(), "")
    )
    assert int(count) >= 15
    assert qt == "", f"core loaded Qt modules: {qt}"


# Literals that are arithmetic, not law: digits of a thousands group, length of a short hash.
NOT_LAW = {("core/money.py", 3), ("core/rules/pack.py", 10), ("core/exchange/csv_export.py", 2000)}
PLAIN = {0, 1, 2, 100}
# The store applies no procurement law: its numbers are file formats, timeouts and the
# check-digit standards of enterprise numbers and IBANs (ISO 13616), not thresholds.
# The documents' numbers are typography (points, millimetres, column shares); amounts and
# percentages reach them only through stored decision results.
# core/limits.py holds sanity bounds on input (lengths, sizes, the largest amount), not law.
TECHNICAL = ("core/store/", "core/documents/", "core/limits.py")


def _numbers(tree):
    """Numeric literals, and numbers written as strings for Decimal("...")."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            yield node.lineno, node.value
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "Decimal"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, float(node.args[0].value)


def test_no_number_from_the_law_in_core_code():
    """Thresholds, percentages, months: none is written in core/ code; they are in rule packs."""
    offenders = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(TECHNICAL):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, value in _numbers(tree):
            if value in PLAIN or (rel, value) in NOT_LAW or value == 0.01:  # the cent
                continue
            offenders.append(f"{rel}:{line}: {value}")
    assert offenders == []
