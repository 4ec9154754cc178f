"""Opening a 100,000-tender workspace and reading the first page of the register view.

Budget: 200 ms for opening the way the window does (``open_workspace(check=False,
auto_backup=False)``: header, schema version, lock, WAL) plus ``search()`` with the default
query (launch date, newest first, 100 rows). The window then runs the integrity check and
the daily backup in the background (``check_file``, ``backup_file``) and allows changes once
the check passed. Compared with a bare ``sqlite3.connect`` and the same SELECT. Also printed:
the open with the check done first (as the command line does) and ``PRAGMA quick_check``
alone, the time the background check takes.

The file is warm in the OS cache (it was just built or read); each figure is the median of
``REPEAT`` runs.

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_open``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.common import NOW, Verdicts, cached_workspace, median, timed
from core.store import search
from core.store.workspace import open_workspace

BUDGET_MS = 200
REPEAT = 5
#: the SELECT that search() runs for the default query
FIRST_PAGE = (
    "SELECT t.id, t.reference, t.title, coalesce(o.name, ''), t.status, t.procedure, "
    "t.contract_type, t.estimated_value_cents, t.launch_date, t.offers_deadline "
    "FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id "
    "ORDER BY t.launch_date DESC, t.id DESC LIMIT 100 OFFSET 0"
)


def _ours(path: Path, check: bool) -> float:
    holder = []

    def work() -> None:
        ws = open_workspace(path, now=NOW, auto_backup=False, check=check)
        holder.append(ws)
        assert len(search.search(ws, search.Query())) == search.Query().limit

    try:
        return timed(work)
    finally:
        holder[0].close()


def _bare(path: Path) -> float:
    holder = []

    def work() -> None:
        conn = sqlite3.connect(path)
        holder.append(conn)
        assert len(conn.execute(FIRST_PAGE).fetchall()) == search.Query().limit

    try:
        return timed(work)
    finally:
        holder[0].close()


def _quick_check(path: Path) -> float:
    conn = sqlite3.connect(path)
    try:
        return timed(lambda: conn.execute("PRAGMA quick_check").fetchone())
    finally:
        conn.close()


def main() -> None:
    """Time the opens and print the figures, the ratio and the verdict."""
    verdicts = Verdicts("bench_open")
    path = cached_workspace()
    print(f"workspace: {path.stat().st_size / 1e6:.0f} MB")
    _ours(path, check=True)  # warm the OS cache
    ours = median([_ours(path, check=True) for _ in range(REPEAT)]) * 1000
    unchecked = median([_ours(path, check=False) for _ in range(REPEAT)]) * 1000
    bare = median([_bare(path) for _ in range(REPEAT)]) * 1000
    check = median([_quick_check(path) for _ in range(REPEAT)]) * 1000
    print(f"window open (check later) + first page {unchecked:8.1f} ms")
    print(f"bare sqlite3 connect + same SELECT     {bare:8.1f} ms")
    print(f"command-line open (check first) + page {ours:8.1f} ms")
    print(f"background check (PRAGMA quick_check)  {check:8.1f} ms")
    print(
        f"info  ratio to bare: {unchecked / bare:.1f}x as the window opens, "
        f"{ours / bare:.0f}x with the check first"
    )
    verdicts.check("window open + first page", unchecked, BUDGET_MS, " ms")
    verdicts.exit()


if __name__ == "__main__":
    main()
