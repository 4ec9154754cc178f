"""A text's matches sorted by buyer, by title or by contract type read an index of the
tenders' ids and that key (schemas 10 and 11): a workspace of schema 9 or 10 is converted in
its first opening and shows the same pages; one opened read-only, which keeps its schema,
shows them too."""

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
#: the schema that added each index
ADDED_IN = {"tenders_id_buyer": 10, "tenders_id_title": 10, "tenders_id_contract_type": 11}
INDEXES = set(ADDED_IN)
#: texts whose matches are sorted (fewer than BROAD_MATCH), in the orders that read the index
#: and in one that does not, with and without a filter (a filter reads the rows)
QUERIES = [
    search.Query(text=text, sort=sort, descending=descending, limit=20, status=status)
    for text in ("de", "ge", "bv nv", "20")
    for sort in ("buyer", "title", "contract_type", "reference")
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


def to_schema(path, version: int) -> None:
    conn = sqlite3.connect(path)
    try:
        drop_later_indexes(conn, version)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("version", [9, 10])
def test_an_older_workspace_shows_the_same_pages_after_its_conversion(made, version):
    path, before = made
    to_schema(path, version)
    with open_workspace(path, now=NOW) as ws:
        assert ws.migrated_from == version and indexes(ws) >= INDEXES
        assert pages(ws) == before


@pytest.mark.parametrize("version", [9, 10])
def test_an_older_workspace_opened_read_only_shows_the_same_pages(made, version):
    path, before = made
    to_schema(path, version)
    with open_workspace(path, now=NOW, read_only=True) as ws:
        kept = {name for name, added in ADDED_IN.items() if added <= version}
        assert INDEXES & indexes(ws) == kept  # not converted: it is only read
        assert pages(ws) == before
