"""Paging by key: a page deep in 400,000 tenders against the first page, in every order the
register offers; and scrolling a table from the top to the bottom of 100,000 tenders.

1. For each sort column, ascending and descending: ``search()`` of the first page (200 rows)
   and of the page after the row 399,600 rows down (its key read once, not timed), timed
   ``REPEAT`` times interleaved; the best of each is judged (a busy machine only adds to
   it), the medians printed. Budget: the deep page within 1.5 x the first page
   (a page reads one or two index ranges; noise of a page of ~2 ms is about 1 ms, so the
   deep page may also be within 2 ms of the first). Compared with a bare keyset query
   (``sqlite3`` on the launch-date index) and, for information, with the OFFSET query the
   register used before.
2. The register's table model in a real ``QTableView`` (offscreen), fetched page by page
   as the view does at its bottom (the view scrolled down and painted every 10 pages) until
   every row was fetched: resident memory after the first page and at the
   end, and the time. Budget: memory grows by at most 25 MB (the rows are not all held; the
   view keeps a few pages and reads a dropped one again by its key).

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_paging``.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date

from bench.common import NOW, Verdicts, cached_workspace, median, timed
from core.record import replace
from core.store import search
from core.store.workspace import open_workspace

BUDGET_RATIO = 1.5
BUDGET_SLACK_MS = 2.0
BUDGET_GROWTH_MB = 25
REPEAT = 15
PAGE = 200
DEEP = 400_000
SCROLLED = 100_000
BARE_KEYSET = (
    "SELECT t.id, t.reference, t.title, coalesce(o.name, ''), t.status, t.procedure, "
    "t.contract_type, t.estimated_value_cents, t.launch_date, t.offers_deadline "
    "FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id "
    "WHERE (t.launch_date, t.id) < (?, ?) "
    "ORDER BY t.launch_date DESC, t.id DESC LIMIT 200"
)
OFFSET = (
    "SELECT t.id, t.reference, t.title, coalesce(o.name, ''), t.status, t.procedure, "
    "t.contract_type, t.estimated_value_cents, t.launch_date, t.offers_deadline "
    "FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id "
    "ORDER BY t.launch_date DESC, t.id DESC LIMIT 200 OFFSET ?"
)


def deep_key(ws, sort: str, descending: bool, depth: int) -> tuple:
    """The key of the row ``depth`` rows down in this order (read once with OFFSET)."""
    levels = search.ORDERS[sort]
    way = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {', '.join(level.sql for level in levels)} FROM tenders t "
        "LEFT JOIN organisations o ON o.id = t.buyer_id "
        f"ORDER BY {', '.join(f'{level.sql} {way}' for level in levels)} LIMIT 1 OFFSET ?"
    )
    return tuple(ws.conn.execute(sql, [depth]).fetchone())


def deep_pages(verdicts: Verdicts) -> None:
    path = cached_workspace(DEEP)
    ws = open_workspace(path, now=NOW, auto_backup=False, check=False)
    bare = sqlite3.connect(path)
    try:
        depth = DEEP - 2 * PAGE
        for sort in sorted(search.SORTS):
            for descending in (False, True):
                query = search.Query(sort=sort, descending=descending, limit=PAGE)
                deep = replace(query, after=deep_key(ws, sort, descending, depth))
                assert len(search.search(ws, deep)) == PAGE
                first_s, deep_s = [], []
                for _ in range(REPEAT):
                    first_s.append(timed(lambda q=query: search.search(ws, q)))
                    deep_s.append(timed(lambda q=deep: search.search(ws, q)))
                first, later = min(first_s) * 1000, min(deep_s) * 1000
                way = "desc" if descending else "asc"
                print(
                    f"{sort:>16} {way:4}  first {first:6.2f} ms  at row {depth:,} "
                    f"{later:6.2f} ms  (medians {median(first_s) * 1000:.2f} and "
                    f"{median(deep_s) * 1000:.2f} ms)"
                )
                verdicts.check(
                    f"page at row {depth:,}, {sort} {way}, x first page (or +2 ms)",
                    later / first if later > first + BUDGET_SLACK_MS else min(later / first, 1),
                    BUDGET_RATIO,
                    "x",
                )
        launch, row_id = deep_key(ws, "launch_date", True, depth)
        keyset = median(
            [
                timed(lambda: bare.execute(BARE_KEYSET, [launch, row_id]).fetchall())
                for _ in range(REPEAT)
            ]
        )
        offset = median([timed(lambda: bare.execute(OFFSET, [depth]).fetchall()) for _ in range(3)])
        print(f"bare keyset query at row {depth:,}: {keyset * 1000:.2f} ms")
        print(f"info  OFFSET paging (before) at row {depth:,}: {offset * 1000:.1f} ms")
    finally:
        bare.close()
        ws.close()


def resident_mb() -> float:
    """The process's resident memory, in MB (Linux)."""
    with open(f"/proc/{os.getpid()}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def scroll_to_the_end(verdicts: Verdicts) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from gui.register.model import RegisterModel
    from gui.shared import collector

    app = QApplication.instance() or QApplication([])
    collector.start(app)  # cycles are collected as in the window: on the GUI thread's timer
    ws = open_workspace(cached_workspace(SCROLLED), now=NOW, auto_backup=False, check=False)
    try:
        model = RegisterModel(ws, date(2026, 11, 22))
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        app.processEvents()
        before = resident_mb()

        def scroll() -> None:  # fetch as the view does at its bottom; paint every 10 pages
            pages = 0
            while model.canFetchMore():
                model.fetchMore()
                pages += 1
                if pages % 10 == 0:
                    view.scrollToBottom()
                    app.processEvents()

        seconds = timed(scroll)
        after = resident_mb()
        view.scrollToTop()
        app.processEvents()  # the first page was dropped: read again by its key
        assert model.rowCount() == SCROLLED and model.index(0, 0).data()
        view.close()
    finally:
        ws.close()
        collector.stop()
    print(
        f"scrolled {SCROLLED:,} rows in {seconds:.1f} s; resident memory {before:.0f} MB "
        f"after the first page, {after:.0f} MB at the end"
    )
    verdicts.check("memory growth scrolling to the end", after - before, BUDGET_GROWTH_MB, " MB")


def main() -> None:
    """Deep pages in every order, then the scroll; print the figures and verdicts."""
    verdicts = Verdicts("bench_paging")
    deep_pages(verdicts)
    scroll_to_the_end(verdicts)
    verdicts.exit()


if __name__ == "__main__":
    main()
