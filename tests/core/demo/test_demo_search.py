"""Search on the demo register by every plan a text can take: the same pages and counts
whether its matches are sorted, the sort's index is walked (finding its page or giving way) or
a window at the head of the order is read."""

from __future__ import annotations

from core.record import replace
from core.store import search

#: texts from the narrowest to the broadest on the demo register, in every order
QUERIES = [
    search.Query(text=text, sort=sort, descending=descending, limit=25)
    for text in ("de", "ge", "20", "bv nv", "zz")
    for sort in sorted(search.SORTS)
    for descending in (True, False)
]


def _two_pages(ws, q: search.Query) -> list[search.Row]:
    page = search.search(ws, q)
    return page + (search.search(ws, replace(q, after=page[-1].key)) if page else [])


def _found(ws) -> list[tuple[list[search.Row], int]]:
    """The first two pages and the count of every query."""
    return [(_two_pages(ws, q), search.count(ws, q)) for q in QUERIES]


def test_broad_matches_walking_the_sort_index_give_the_same_pages(demo, monkeypatch):
    """The plan for broad matches returns the same pages and counts as the match-first one."""
    ws, _, _ = demo
    narrow = _found(ws)
    monkeypatch.setattr(search, "BROAD_MATCH", 3)
    # the walk that finds its page, and the one that gives way at once to sorting the matches
    for steps in (10**9, 0):
        monkeypatch.setattr(search, "WALK_STEPS_PER_MATCH", steps)
        assert _found(ws) == narrow, steps
    # matches too many to keep their ids, or to count them all: the same pages and counts
    monkeypatch.setattr(search, "COUNT_CAP", 2)
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
