"""A typed text is asked of the full-text index once for its page, its count and the pages
that follow, and asked again as soon as the register changes, whoever changes it."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from core.record import replace
from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)


def _tender(n: int, title: str) -> dict:
    return {
        "reference": f"2026/{n:04}",
        "title": title,
        "authority": "local",
        "contract_type": "works",
        "estimated_value": "10000",
        "launch_date": "2026-03-01",
    }


@pytest.fixture
def register(tmp_path):
    """Twelve tenders, five of them a swimming pool's."""
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    for n in range(12):
        reg.add_tender(_tender(n, "Zwembad renovatie" if n % 2 and n < 10 else "Wegen"), NOW)
    yield ws, reg
    ws.close()


def _full_text_queries(ws, run) -> int:
    """How many statements ``run`` sends that ask the full-text index."""
    sent: list[str] = []
    ws.conn.set_trace_callback(sent.append)
    try:
        run()
    finally:
        ws.conn.set_trace_callback(None)
    return sum("MATCH" in sql for sql in sent)


def test_the_page_the_count_and_the_next_page_ask_the_index_once(register):
    ws, _ = register
    query = search.Query(text="zwem ren", limit=3)

    def view() -> None:
        first = search.search(ws, query)
        assert search.count(ws, query, at_most=search.COUNT_CAP) == 5
        rest = search.search(ws, replace(query, after=first[-1].key))
        assert len(first) + len(rest) == 5

    assert _full_text_queries(ws, view) == 1


def test_a_tender_added_or_renamed_after_a_search_is_found_at_once(register):
    ws, reg = register
    query = search.Query(text="zwembad")
    assert search.count(ws, query) == 5
    added = reg.add_tender(_tender(50, "Zwembad dak"), NOW)
    assert added in [row.id for row in search.search(ws, query)]
    assert search.count(ws, query) == 6
    reg.update_tender(added, {"title": "Sporthal dak"}, NOW)
    assert added not in [row.id for row in search.search(ws, query)]
    assert search.count(ws, query) == 5


def test_a_change_another_program_commits_is_found_at_once(register):
    ws, _ = register
    query = search.Query(text="zwembad")
    assert search.count(ws, query) == 5
    other = sqlite3.connect(ws.path)
    try:
        with other:
            other.execute("UPDATE tenders SET title = 'Wegen' WHERE title LIKE 'Zwembad%'")
    finally:
        other.close()
    assert search.search(ws, query) == []
    assert search.count(ws, query) == 0
