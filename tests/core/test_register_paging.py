"""Paging the register by key: every order, both ways, gives the rows of one long page."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.record import replace
from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)
#: what each order sorts on, written out apart from the code under test
PLAIN_ORDER = {
    "reference": "t.reference COLLATE NOCASE",
    "title": "t.title COLLATE NOCASE",
    "buyer": "o.name COLLATE NOCASE {d}, o.id",
    "status": "t.status",
    "procedure": "t.procedure",
    "contract_type": "t.contract_type",
    "estimated_value": "t.estimated_value_cents",
    "launch_date": "t.launch_date",
    "offers_deadline": "t.offers_deadline",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """34 tenders with ties on every column, names equal but for their case, empty buyers,
    procedures and deadlines."""
    workspace = new_workspace(tmp_path_factory.mktemp("paging") / "w.sqlite", now=NOW)
    reg = Register(workspace, bundled_pack())
    buyers = [None] + [
        reg.add_organisation({"name": name}, NOW)
        for name in ("Stad Gent", "Gemeente Aalst", "GEMEENTE AALST")
    ]
    for n in range(34):
        data = {
            "reference": f"R{n:02}" if n % 3 else f"r{n - 1:02}",
            "title": ("Dak sporthal", "dak SPORTHAL", "Wegen", "Zwembad")[n % 4],
            "authority": "local",
            "contract_type": ("works", "supplies", "services")[n % 3],
            "estimated_value": str(1000 * (1 + n % 5)),
            "launch_date": f"2026-0{1 + n % 4}-01",
            "status": ("draft", "published", "awarded")[n % 3],
            "buyer_id": buyers[n % 4],
        }
        if n % 5:
            data["procedure"] = ("open", "restricted")[n % 2]
        if n % 3:
            data["offers_deadline"] = f"2026-0{5 + n % 2}-15"
        reg.add_tender(data, NOW)
    yield workspace
    workspace.close()


def plain(ws, sort: str, descending: bool, text: str) -> list[int]:
    """The ids in order from one plain ORDER BY, with no paging at all."""
    d = "DESC" if descending else "ASC"
    where = ""
    params = []
    if text:
        where = " WHERE t.id IN (SELECT rowid FROM tender_search WHERE tender_search MATCH ?)"
        params = [search.fts_expression(text)]
    sql = (
        "SELECT t.id FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id"
        f"{where} ORDER BY {PLAIN_ORDER[sort].format(d=d)} {d}, t.id {d}"
    )
    return [r[0] for r in ws.conn.execute(sql, params)]


@pytest.mark.parametrize("text", ["", "dak"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(search.SORTS))
def test_pages_by_key_follow_the_order_without_a_row_twice_or_missed(ws, sort, descending, text):
    query = search.Query(text=text, sort=sort, descending=descending, limit=3)
    seen, page = [], search.search(ws, query)
    while page:
        seen += [r.id for r in page]
        assert len(page) <= 3
        page = search.search(ws, replace(query, after=page[-1].key))
    assert seen == plain(ws, sort, descending, text)
    assert len(seen) == search.count(ws, query)


def test_a_page_after_a_row_shows_what_follows_it_whatever_the_limit(ws):
    """The key of any row starts the next page there: row 10's key gives rows 11 on."""
    query = search.Query(sort="buyer", limit=100)
    whole = search.search(ws, query)
    for n in (0, 7, 10, 20, 33):
        rest = search.search(ws, replace(query, after=whole[n].key))
        assert [r.id for r in rest] == [r.id for r in whole[n + 1 :]]


def test_a_deep_page_is_read_from_an_index_not_by_sorting_every_row(ws):
    """Every order reads its page from an index: no temporary sort of the whole register."""
    for sort in sorted(search.SORTS):
        for descending in (False, True):
            query = search.Query(sort=sort, descending=descending, limit=3)
            middle = search.search(ws, replace(query, limit=20))[-1]
            plans = []
            ws.conn.set_trace_callback(plans.append)
            try:
                search.search(ws, replace(query, after=middle.key))
            finally:
                ws.conn.set_trace_callback(None)
            for sql in plans:
                steps = ws.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
                assert not any("TEMP B-TREE" in step[3] for step in steps), (sort, sql)


def test_a_broad_text_walks_the_index_of_every_order_without_sorting(ws, monkeypatch):
    """Many matches: the order's index is walked and the matches probed, no sort of all
    the rows; the buyer order walks the organisations by name (before: every tender read and
    sorted, 1.5 s on 400,000 tenders)."""
    monkeypatch.setattr(search, "BROAD_MATCH", 0)
    monkeypatch.setattr(search, "WALK_STEPS_PER_MATCH", 10**9)  # the walk never gives way
    for sort in sorted(search.SORTS):
        for descending in (False, True):
            plans = []
            ws.conn.set_trace_callback(plans.append)
            try:
                search.search(ws, search.Query(text="dak", sort=sort, descending=descending))
            finally:
                ws.conn.set_trace_callback(None)
            for sql in plans:
                if not sql.startswith("SELECT t.id"):
                    continue  # the count of the matches, the full-text index's own SQL
                steps = ws.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
                assert not any("TEMP B-TREE" in step[3] for step in steps), (sort, sql)


def _statements(ws, query: search.Query) -> list[str]:
    """The SQL statements the first page of ``query`` sends."""
    sent: list[str] = []
    ws.conn.set_trace_callback(sent.append)
    try:
        search.search(ws, query)
    finally:
        ws.conn.set_trace_callback(None)
    return sent


def test_a_narrow_text_s_first_page_is_one_sorted_query_in_every_order(ws):
    """Few matches are sorted, not read from an index: the first page is one query, with the
    empty buyers, procedures and deadlines where the segments would put them (checked against
    a plain ORDER BY above), not one query per segment, each sorting every match again."""
    for sort in sorted(search.SORTS):
        for descending in (False, True):
            sent = _statements(ws, search.Query(text="dak", sort=sort, descending=descending))
            pages = [sql for sql in sent if sql.startswith("SELECT t.id, t.reference")]
            assert len(pages) == 1, (sort, descending, pages)


def test_the_window_at_the_head_of_an_order_is_read_from_its_index(ws, monkeypatch):
    """A text of many matches is looked for first among the rows at the head of the order:
    those rows come from the order's index, never from a sort of the whole register."""
    monkeypatch.setattr(search, "BROAD_MATCH", 0)
    monkeypatch.setattr(search, "MATCH_CAP", 0)  # every text is "broad": the window is tried
    for sort in sorted(search.SORTS - {"buyer"}):
        for descending in (False, True):
            sent = _statements(ws, search.Query(text="dak", sort=sort, descending=descending))
            heads = [sql for sql in sent if sql.startswith("SELECT min(id), max(id)")]
            assert heads, (sort, descending)
            for sql in heads:
                steps = ws.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
                assert not any("TEMP B-TREE" in step[3] for step in steps), (sort, sql)
