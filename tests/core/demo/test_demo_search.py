"""Search on the demo register by every plan a text can take: the same pages and counts
whether its matches are sorted, the sort's index is walked (finding its page or giving way),
a window at the head of the order is read, or each row is looked up in the index."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from core.store import search, search_plan
from tests.search_pages import two_pages
from tests.workspaces import new_workspace

#: texts from the narrowest to the broadest on the demo register, in every order
QUERIES = [
    search.Query(text=text, sort=sort, descending=descending, limit=25)
    for text in ("de", "ge", "20", "bv nv", "zz")
    for sort in sorted(search.SORTS)
    for descending in (True, False)
]


def _found(ws) -> list[tuple[list[search.Row], int]]:
    """The first two pages and the count of every query."""
    return [(two_pages(ws, q), search.count(ws, q)) for q in QUERIES]


def test_broad_matches_walking_the_sort_index_give_the_same_pages(demo, monkeypatch):
    """The plan for broad matches returns the same pages and counts as the match-first one."""
    ws, _, _ = demo
    narrow = _found(ws)
    monkeypatch.setattr(search, "BROAD_MATCH", 3)
    # every walk begun, however far its page lies (test_search_plan: the estimate that skips it)
    monkeypatch.setattr(search_plan, "WALK_ROWS_PER_MATCH", 10**9)
    # the walk that finds its page, and the one that gives way at once to sorting the matches
    for steps in (10**9, 0):
        monkeypatch.setattr(search, "WALK_STEPS_PER_MATCH", steps)
        assert _found(ws) == narrow, steps
    # the ids past the first COUNT_CAP gathered once all matches are counted: the walk and
    # the sort read those
    monkeypatch.setattr(search, "COUNT_CAP", 2)
    for steps in (10**9, 0):
        monkeypatch.setattr(search, "WALK_STEPS_PER_MATCH", steps)
        assert _found(ws) == narrow, steps
    # matches too many to keep their ids, or to count them all: the same pages and counts
    monkeypatch.setattr(search, "MATCH_CAP", 5)
    for steps in (10**9, 0):
        monkeypatch.setattr(search, "WALK_STEPS_PER_MATCH", steps)
        assert _found(ws) == narrow, steps
    # the first page read from a window at the head of the order, whatever its ids' spread
    windowed = []
    read_window = search._windowed

    def counted(*args):
        page = read_window(*args)
        windowed.append(page is not None)
        return page

    monkeypatch.setattr(search, "_windowed", counted)
    monkeypatch.setattr(search, "WINDOW", 60)
    monkeypatch.setattr(search, "WINDOW_SPAN", 10**9)
    assert _found(ws) == narrow
    assert any(windowed) and not all(windowed)  # full pages from a window, and fallbacks
    for q in QUERIES[:: len(QUERIES) // 5]:
        sql = "SELECT count(*) FROM tenders WHERE id IN (SELECT rowid FROM tender_search "
        sql += "WHERE tender_search MATCH ?)"
        assert (
            search.count(ws, q)
            == ws.conn.execute(sql, [search.fts_expression(q.text)]).fetchone()[0]
        )


def test_the_ids_kept_of_a_text_are_those_of_every_match_when_all_are_counted(demo, monkeypatch):
    """Whether a text's matches are fewer than COUNT_CAP, just above it or far above it, the
    ids kept are every match's, in order; above MATCH_CAP none are kept and the count says
    "more than"."""
    ws, _, _ = demo
    every_match = "SELECT rowid FROM tender_search WHERE tender_search MATCH ? ORDER BY rowid"
    for text in ("de", "ge", "20", "bv nv"):
        expression = search.fts_expression(text)
        every = [r[0] for r in ws.conn.execute(every_match, [expression])]
        assert len(every) > 3, text
        for cap in (1, 2, len(every) - 2, len(every) - 1, len(every), len(every) + 1):
            monkeypatch.setattr(search, "COUNT_CAP", cap)
            monkeypatch.setattr(search, "MATCH_CAP", max(cap, len(every)))
            matches = search._matches(ws, expression)
            assert (matches.count, json.loads(matches.ids)) == (len(every), every), (text, cap)
            monkeypatch.setattr(search, "MATCH_CAP", len(every) - 1)
            if cap <= len(every) - 1:
                matches = search._matches(ws, expression)
                assert (matches.count, matches.ids) == (len(every), None), (text, cap)


def test_a_dense_text_looked_up_row_by_row_gives_the_same_pages(demo, monkeypatch):
    """A broad text of short words whose walk looks each row up in the full-text index (no
    window) gives the same pages and counts as sorting its matches, whether the walk finds its
    page or gives way at once to listing them."""
    ws, _, _ = demo
    sorted_matches = _found(ws)
    monkeypatch.setattr(search, "BROAD_MATCH", 3)
    monkeypatch.setattr(search, "COUNT_CAP", 2)
    monkeypatch.setattr(search, "MATCH_CAP", 5)
    monkeypatch.setattr(search, "DENSE", 0)
    monkeypatch.setattr(search, "_windowed", lambda *args: None)
    read_page = search._page
    ends = []  # how each walk that looked rows up ended: a page, or giving way

    def page(*args, **options):
        try:
            rows = read_page(*args, **options)
        except sqlite3.OperationalError:
            ends.append("gave way")
            raise
        if options.get("each_row"):
            ends.append("page")
        return rows

    monkeypatch.setattr(search, "_page", page)
    for steps, end in ((10**9, "page"), (0, "gave way")):
        ends.clear()
        monkeypatch.setattr(search, "EACH_ROW_STEPS", steps)
        assert _found(ws) == sorted_matches, steps
        assert end in ends, steps


def test_only_a_dense_text_of_short_words_is_looked_up_row_by_row():
    """Each row is looked up only where a page lies within a few hundred rows and each word
    has a list of its own in the index (a longer one costs a merge of every word it begins)."""
    dense, sparse = search._Matches(30_000, None, 0.5), search._Matches(30_000, None, 0.1)
    assert search._each_row(dense, "de") and search._each_row(dense, "bv nv")
    assert search._each_row(dense, "Co de sa") and search._each_row(dense, "l'été")
    assert not search._each_row(sparse, "de")
    assert search._each_row(dense, "dak")
    assert not search._each_row(dense, "daken") and not search._each_row(dense, "de dakw")


def test_tenders_numbered_from_zero_or_below_are_searched_as_the_others(tmp_path, monkeypatch):
    """Another program may have numbered tenders from 0 or below: a broad text still finds
    them, however densely it matches."""
    with new_workspace(tmp_path / "w.sqlite", now=datetime(2026, 11, 30)) as ws:
        for number in range(-1, 3):
            ws.conn.execute(
                "INSERT INTO tenders (id, reference, title, authority, contract_type, "
                "estimated_value_cents, launch_date, created_at, updated_at) VALUES "
                "(?, ?, 'Dak de school', 'local', 'works', 100, '2026-01-01', ?, ?)",
                [number, f"R{number}", "2026-01-01", "2026-01-01"],
            )
        monkeypatch.setattr(search, "BROAD_MATCH", 1)
        monkeypatch.setattr(search, "COUNT_CAP", 1)  # the first matches end at tender 0
        monkeypatch.setattr(search, "MATCH_CAP", 2)
        for sort in sorted(search.SORTS):
            found = search.search(ws, search.Query(text="de", sort=sort))
            assert sorted(row.id for row in found) == [-1, 0, 1, 2], sort
