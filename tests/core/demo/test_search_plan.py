"""The estimate of where a text's first page lies along the order (``core.store.search_plan``):
exact when its samples hold every tender and match, the same pages whichever plan it picks,
a sort for matches that lie at the end of the order and a walk for those at its head."""

from __future__ import annotations

import sqlite3

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.record import replace
from core.store import search, search_plan
from core.store.keyset import whole
from tests.core.demo.test_demo_search import QUERIES, _found


def test_every_first_page_estimated_far_along_the_order_is_the_same(demo, monkeypatch):
    """When the estimate sends every text to the sort, whether the text's ids are all kept or
    only its first ones: the same pages and counts (none sent there: test_demo_search)."""
    ws, _, _ = demo
    narrow = _found(ws)
    monkeypatch.setattr(search, "BROAD_MATCH", 3)
    monkeypatch.setattr(search_plan, "WALK_ROWS_PER_MATCH", 0)
    for caps in ((10_000, 20_000), (2, 20_000), (2, 5)):
        monkeypatch.setattr(search, "COUNT_CAP", caps[0])
        monkeypatch.setattr(search, "MATCH_CAP", caps[1])
        assert _found(ws) == narrow, caps


def _estimate(ws, q: search.Query, ids: str, matches: int) -> float:
    join = search._BUYER if q.sort == "buyer" else ""
    level = search.ORDERS[q.sort][0]
    return search_plan.rows_before_page(
        ws.conn, level, join, q.descending, q.limit, ids, matches, matches
    )


def test_the_estimate_is_the_tenders_before_the_page_s_end_when_the_samples_hold_all(
    demo, monkeypatch
):
    """On fewer tenders than REGISTER_SAMPLE and a text of fewer matches than twice
    MATCH_SAMPLE, every tender and match is in the samples: in every order, the estimate is
    the number of tenders SQLite puts before the first page's last row; read from one tender
    in ten, about that over many texts."""
    ws, _, _ = demo
    tenders = ws.conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
    assert tenders <= search_plan.REGISTER_SAMPLE
    sampled, exact = [], []
    for q in QUERIES:
        expression = search.fts_expression(q.text)
        ids = ws.conn.execute(
            "SELECT json_group_array(rowid) FROM tender_search WHERE tender_search MATCH ?",
            [expression],
        ).fetchone()[0]
        matches = ws.conn.execute("SELECT json_array_length(?)", [ids]).fetchone()[0]
        if not matches or matches >= 2 * search_plan.MATCH_SAMPLE:
            continue
        page = search.search(ws, q)
        assert page, q
        order = whole(search.ORDERS[q.sort], q.descending).order_by
        every = [r[0] for r in ws.conn.execute(f"SELECT t.id FROM {search._FROM} ORDER BY {order}")]
        expected = every.index(page[-1].id)
        assert _estimate(ws, q, ids, matches) == expected, q
        # one tender in ten read: each stands for ten
        with monkeypatch.context() as patched:
            patched.setattr(search_plan, "REGISTER_SAMPLE", tenders // 10)
            patched.setattr(search_plan, "_sample", None)
            sampled.append(_estimate(ws, q, ids, matches))
        exact.append(expected)
    assert len(exact) >= 30
    # a sample's count is off by a few tenders for each text, and about right over them all
    assert abs(sum(sampled) - sum(exact)) <= 0.1 * sum(exact), (sampled, exact)


def test_matches_at_the_end_of_the_order_are_sorted_and_at_its_head_walked(demo, monkeypatch):
    """Titles that begin "Studieopdracht" lie near the end of the titles from A to Z and near
    the head from Z to A (after those beginning with an accented capital): the first page is
    read by sorting the matches in the one order and by walking the title index in the other,
    and it is the page of the plain sort in both. Its 7 matches come after 271 of the 300
    tenders from A to Z, after 22 from Z to A: a walk allowed 10 tenders a match is not begun
    in the one order and is in the other."""
    ws, _, _ = demo
    monkeypatch.setattr(search, "BROAD_MATCH", 3)
    monkeypatch.setattr(search_plan, "WALK_ROWS_PER_MATCH", 10)
    walked = []
    read_page = search._page

    def page(*args, **options):
        walked.append(bool(options.get("walk")))
        return read_page(*args, **options)

    monkeypatch.setattr(search, "_page", page)
    for descending, walks in ((False, False), (True, True)):
        q = search.Query(text="Studieopdracht", sort="title", descending=descending, limit=5)
        walked.clear()
        found = search.search(ws, q)
        assert any(walked) is walks, descending
        monkeypatch.setattr(search, "BROAD_MATCH", 10**9)  # the matches sorted
        assert found == search.search(ws, q)
        assert found and all(row.title.startswith("Studieopdracht") for row in found)
        monkeypatch.setattr(search, "BROAD_MATCH", 3)
        # a later page walks on from the page before it, among the matches
        walked.clear()
        search.search(ws, replace(q, after=found[-1].key))
        assert any(walked)


#: texts close to each other: capitals and small letters, what lies between them in ASCII,
#: accented letters, and the NUL character at which SQLite's NOCASE stops comparing
CLOSE = st.text(alphabet="aAbZz_[\x00éÉ", max_size=5)


@settings(max_examples=150, deadline=None)
@given(st.lists(CLOSE | st.text(max_size=6), min_size=2, max_size=12))
@example(["a\x00c", "A\x00b", "a", "a\x00", "a\x00bb", "a\x01", "ab"])
def test_nocase_orders_texts_as_sqlite_s_nocase_collation(texts):
    """The register's sample is sorted in Python with ``nocase``: as SQLite orders the same
    texts with COLLATE NOCASE (only ASCII capitals folded; accents, other scripts and
    characters between the capitals and the small letters as they are; texts alike up to a
    NUL at the same place by their length)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE x (v TEXT)")
        conn.executemany("INSERT INTO x VALUES (?)", [(t,) for t in texts])
        by_sqlite = [r[0] for r in conn.execute("SELECT v FROM x ORDER BY v COLLATE NOCASE, rowid")]
    finally:
        conn.close()
    by_python = [
        t for _, t in sorted(enumerate(texts), key=lambda it: (search_plan.nocase(it[1]), it[0]))
    ]
    assert by_python == by_sqlite
