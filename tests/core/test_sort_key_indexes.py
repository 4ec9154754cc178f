"""A text's matches sorted by buyer or by title read an index of the tenders' ids and that
key (schema 10): a workspace of schema 9 is converted in its first opening and shows the same
pages; one opened read-only, which keeps schema 9, shows them too."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store import search
from core.store.workspace import open_workspace
from tests.core.old_format import drop_later_indexes
from tests.search_pages import two_pages

NOW = datetime(2026, 11, 22, 10)
INDEXES = {"tenders_id_buyer", "tenders_id_title"}
#: texts whose matches are sorted (fewer than BROAD_MATCH), in the orders that read the index
#: and in one that does not, with and without a filter (a filter reads the rows)
QUERIES = [
    search.Query(text=text, sort=sort, descending=descending, limit=20, status=status)
    for text in ("de", "ge", "bv nv", "20")
    for sort in ("buyer", "title", "reference")
    for descending in (True, False)
    for status in (None, "closed")
]


def pages(ws) -> list[tuple[list[int], int]]:
    """The ids of the first two pages and the count of every query."""
    return [([row.id for row in two_pages(ws, q)], search.count(ws, q)) for q in QUERIES]


def indexes(ws) -> set[str]:
    return {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


@pytest.fixture
def made(tmp_path, monkeypatch):
    """A register of 120 tenders, its pages with every text's matches sorted, and its path."""
    monkeypatch.setattr(search, "BROAD_MATCH", 10**9)  # every text's matches sorted
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 120, 3, NOW)
        assert indexes(ws) >= INDEXES
        before = pages(ws)
    assert all(count for _, count in before), before  # every text finds something
    return path, before


def to_schema_9(path) -> None:
    conn = sqlite3.connect(path)
    try:
        drop_later_indexes(conn, 9)
        conn.execute("PRAGMA user_version = 9")
        conn.commit()
    finally:
        conn.close()


def test_a_workspace_of_schema_9_shows_the_same_pages_after_its_conversion(made):
    path, before = made
    to_schema_9(path)
    with open_workspace(path, now=NOW) as ws:
        assert ws.migrated_from == 9 and indexes(ws) >= INDEXES
        assert pages(ws) == before


def test_a_workspace_of_schema_9_opened_read_only_shows_the_same_pages(made):
    path, before = made
    to_schema_9(path)
    with open_workspace(path, now=NOW, read_only=True) as ws:
        assert not INDEXES & indexes(ws)  # not converted: it is only read
        assert pages(ws) == before
