"""The register's count stops early for a broad text: it says "more than" the cap, and stays
exact for a narrow text, for no text and for filters alone."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store import search
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)
#: a cap well below the 300 tenders of the register, so that a broad text passes it
CAP = 40


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """300 demo tenders."""
    workspace = new_workspace(tmp_path_factory.mktemp("count") / "w.sqlite", now=NOW)
    make_demo(workspace, bundled_pack(), 300, 3, NOW)
    yield workspace
    workspace.close()


def matching(ws, text: str, status: str | None = None) -> int:
    """How many tenders hold every typed word at the start of a word of their reference,
    title or names, counted apart from the code under test (in Python, over the FTS rows)."""
    words = [w.casefold() for w in text.split()]
    sql = (
        "SELECT s.reference || ' ' || s.title || ' ' || s.names, t.status "
        "FROM tender_search s JOIN tenders t ON t.id = s.rowid"
    )
    total = 0
    for haystack, row_status in ws.conn.execute(sql):
        plain = unicodedata.normalize("NFKD", haystack)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        found = [w.casefold() for w in search._WORD.findall(plain)]
        if all(any(f.startswith(w) for f in found) for w in words) and status in (
            None,
            row_status,
        ):
            total += 1
    return total


def broad_text(ws) -> str:
    """A two-letter prefix that more than CAP tenders match."""
    for prefix in ("20", "de", "ge", "re", "st"):
        if matching(ws, prefix) > CAP:
            return prefix
    raise AssertionError("no broad prefix in the demo register")


def test_a_broad_text_is_counted_up_to_just_past_the_cap(ws):
    text = broad_text(ws)
    assert matching(ws, text) > CAP + 1
    assert search.count(ws, search.Query(text=text), at_most=CAP) == CAP + 1
    # without a cap the count is exact (what the CSV and PDF exports tell the user)
    assert search.count(ws, search.Query(text=text)) == matching(ws, text)


def test_a_narrow_text_is_counted_exactly_under_the_cap(ws):
    title = ws.conn.execute("SELECT title FROM tenders ORDER BY id LIMIT 1").fetchone()[0]
    text = " ".join(title.split()[:3])
    exact = matching(ws, text)
    assert 1 <= exact <= CAP
    assert search.count(ws, search.Query(text=text), at_most=CAP) == exact


def test_a_broad_text_with_a_filter_is_capped_too(ws):
    text = broad_text(ws)
    status = ws.conn.execute(
        "SELECT status FROM tenders GROUP BY status ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    exact = matching(ws, text, status)
    query = search.Query(text=text, status=status)
    assert search.count(ws, query, at_most=CAP) == min(exact, CAP + 1)
    assert search.count(ws, query) == exact


def test_without_a_text_the_count_is_exact_whatever_the_cap(ws):
    assert search.count(ws, search.Query(), at_most=CAP) == 300
    published = ws.conn.execute(
        "SELECT count(*) FROM tenders WHERE status = 'published'"
    ).fetchone()[0]
    assert search.count(ws, search.Query(status="published"), at_most=CAP) == published
