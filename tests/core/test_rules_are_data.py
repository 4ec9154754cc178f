"""Rules are data: no number from the law is written in core/ code (the rule pack has them).

That core/ imports no Qt is a contract of lint-imports (pyproject.toml), checked in make lint.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# Literals that are arithmetic, not law: digits of a thousands group, length of a short hash.
NOT_LAW = {
    ("core/money.py", 3),
    ("core/rules/pack.py", 10),
    ("core/exchange/csv_export.py", 2000),
    ("core/exchange/import_rows.py", 2000),  # rows written per batch
    ("core/exchange/import_rows.py", 50_000),  # values read remembered at most
    ("core/exchange/table_files.py", 16),  # 2 ** 16 bytes read to find a CSV's separator
    ("core/exchange/table_files.py", 20),  # 2 ** 20 bytes decoded at a time
    ("core/decisions/compact.py", 10),  # the length of a rule text's reference
    ("core/decisions/compact.py", 24),  # a value used longer than this is kept with its text
    ("core/decisions/compact.py", 10_000),  # how many text references are remembered
    ("core/texts/words.py", 1_000_000),  # CLDR's French plural: "many" for whole millions
    ("core/reports/figures.py", 500),  # tender ids asked of SQLite at a time
    ("core/reports/figures.py", 12),  # 31 December, the last day of a year
    ("core/reports/figures.py", 31),
    ("core/reports/listing.py", 500),
    ("core/workshops/session.py", 20),  # 2 ** 20 bytes hashed at a time
    ("core/exchange/ocds.py", 500),  # tenders read per page
    ("core/exchange/ocds.py", 10),  # problems told before the check stops
    ("core/exchange/ocds.py", 23),  # 23:59:59, the end of a day OCDS asks for
    ("core/exchange/ocds.py", 59),
    ("core/exchange/ocds_schema.py", 20),  # how deep the schema's references may nest
    ("core/company/offers.py", 7),  # a deadline within a week is "near": the list's convention
}
PLAIN = {0, 1, 2, 100}
# The store applies no procurement law: its numbers are file formats, timeouts and the
# check-digit standards of enterprise numbers and IBANs (ISO 13616), not thresholds.
# The documents' numbers are typography (points, millimetres, column shares); amounts and
# percentages reach them only through stored decision results.
# core/limits.py holds sanity bounds on input (lengths, sizes, the largest amount), not law.
# The demo data's numbers shape made-up tenders (counts, shares, ranges of values and sizes);
# whatever it decides, the engine decides with the rule pack.
# The drive detector's numbers are Windows' drive types and the columns of a mount table.
# The workshop file's numbers are the zip's: sizes, counts of members, bytes read at a time.
# The year report's PDF, charts and spreadsheets: typography and column widths, like the
# documents (its figures come from core/reports/figures.py, which is checked).
# The workshop scores' PDF: typography and column shares (the scores are counted in session.py).
TECHNICAL = (
    "core/store/",
    "core/documents/",
    "core/demo/",
    "core/limits.py",
    "core/drives.py",
    "core/reports/pdf.py",
    "core/reports/charts.py",
    "core/reports/files.py",
    "core/workshops/archive.py",
    "core/workshops/scores.py",
)


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
