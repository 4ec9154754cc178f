"""Importing a spreadsheet of 100,000 tenders (``main.py import``), against bare insert_all.

Budget (issue 17): within 3x a bare sqlite-utils ``insert_all`` of the same rows. The file is
the register's own CSV export of the 100,000 demo tenders (their view columns and kind of
buyer); ours reads it, checks every row as the editor does, finds or makes the buyers and
imports it all in one transaction into a new workspace (``core.exchange.import_rows``). The
bare side inserts the rows that import writes (the tender rows and their buyers) with
``insert_all`` into empty tables, in one transaction, on a WAL file with
``synchronous = FULL``. The same file as XLSX is timed too, without a budget (openpyxl's
reading of the sheet alone is printed beside it). Each timing is the best of ``REPEAT`` runs.

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_file_import``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import sqlite_utils

from bench.common import NOW, TENDERS, Verdicts, cached_workspace, timed
from core.exchange.columns import guess
from core.exchange.csv_export import export_view
from core.exchange.import_rows import import_table
from core.exchange.table_files import TableFile
from core.store import search
from core.store.workspace import open_workspace

BUDGET = 3.0
REPEAT = 3


def _ours(source: Path, target: Path) -> float:
    table = TableFile(source)
    with open_workspace(target, now=NOW, auto_backup=False) as ws:
        seconds = timed(lambda: import_table(ws, table, guess(table.header), now=NOW, lang="en"))
        assert ws.conn.execute("SELECT count(*) FROM tenders").fetchone()[0] == TENDERS
    return seconds


def _written_rows(imported: Path) -> dict[str, list[dict]]:
    """The rows an import wrote: what the bare library is given to insert."""
    with open_workspace(imported, now=NOW, read_only=True, check=False) as ws:
        ws.conn.row_factory = None
        rows = {}
        for table in ("organisations", "tenders"):
            cursor = ws.conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows[table] = [dict(zip(names, r, strict=True)) for r in cursor]
    return rows


def _bare(path: Path, rows: dict[str, list[dict]]) -> float:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")

    def work() -> None:
        with db.atomic():
            for name, table_rows in rows.items():
                db[name].insert_all(table_rows)

    try:
        return timed(work)
    finally:
        db.close()


def _read_only(source: Path) -> float:
    return timed(lambda: sum(1 for _ in TableFile(source).rows()))


def main() -> None:
    """Time the imports and print the figures, ratio and verdict."""
    verdicts = Verdicts("bench_file_import")
    demo = cached_workspace()
    with tempfile.TemporaryDirectory(prefix="tender-bench-") as name:
        folder = Path(name)
        files = {}
        for suffix in ("csv", "xlsx"):
            files[suffix] = folder / f"register.{suffix}"
            written = export_view(demo, search.Query(limit=2000), files[suffix])
            assert written == TENDERS
        best: dict[str, float] = {}
        rows: dict[str, list[dict]] = {}
        for run in range(REPEAT):
            imported = folder / f"ours-{run}.sqlite"
            seconds = _ours(files["csv"], imported)
            best["ours csv"] = min(best.get("ours csv", seconds), seconds)
            rows = rows or _written_rows(imported)
            seconds = _bare(folder / f"bare-{run}.sqlite", rows)
            best["bare insert_all"] = min(best.get("bare insert_all", seconds), seconds)
            for item in folder.glob("*.sqlite*"):
                item.unlink()
        best["ours xlsx (1 run)"] = _ours(files["xlsx"], folder / "xlsx.sqlite")
        best["reading the xlsx alone (1 run)"] = _read_only(files["xlsx"])
        print(f"{TENDERS:,} rows, {len(rows['organisations']):,} buyers")
        for label, seconds in best.items():
            print(f"{label:40s} {seconds:6.2f} s")
        xlsx = best["ours xlsx (1 run)"] / best["bare insert_all"]
        print(f"info  xlsx / bare insert_all (no budget): {xlsx:.2f}x")
        verdicts.check(
            "csv import / bare insert_all", best["ours csv"] / best["bare insert_all"], BUDGET, "x"
        )
    verdicts.exit()


if __name__ == "__main__":
    main()
