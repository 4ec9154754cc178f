"""A word's first letter has an index of its own in the full-text index (schema 9): a workspace
of schema 8 is converted in its first opening, finds the same tenders as before, and keeps its
index up to date as the tenders change."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from core.store.workspace import open_workspace
from tests.core.old_format import drop_later_indexes

NOW = datetime(2026, 11, 22, 10)
#: texts a user types, the last word cut to its first letter as it is being typed
TEXTS = ("2024/0", "de l", "Renovatie d", "Gemeente Z", "s", "2", "école p", "bv nv a")
OLD_INDEX = """
CREATE VIRTUAL TABLE tender_search_v8 USING fts5(
    reference, title, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO tender_search_v8(rowid, reference, title, names)
    SELECT rowid, reference, title, names FROM tender_search;
"""


def found(ws, text: str) -> tuple[list[int], int]:
    """The first page's tenders for ``text`` and how many it matches."""
    query = search.Query(text=text, sort="title", descending=False, limit=50)
    return [row.id for row in search.search(ws, query)], search.count(ws, query)


def index_sql(ws) -> str:
    sql = "SELECT sql FROM sqlite_master WHERE name = 'tender_search'"
    return ws.conn.execute(sql).fetchone()[0]


def to_schema_8(path) -> None:
    """The full-text index as schema 8 made it (prefixes of two and three letters only)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND sql LIKE '%tender_search%'"
        ).fetchall()
        for statement in OLD_INDEX.split(";")[:-1]:
            conn.execute(statement)
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE tender_search")
        conn.execute("ALTER TABLE tender_search_v8 RENAME TO tender_search")
        for _, sql in triggers:
            conn.execute(sql)
        drop_later_indexes(conn, 8)
        conn.execute("PRAGMA user_version = 8")
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_workspace_of_schema_8_finds_the_same_tenders_after_its_conversion(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 120, 3, NOW)
        before = {text: found(ws, text) for text in TEXTS}
    assert all(count for _, count in before.values()), before  # every text finds something
    to_schema_8(path)
    conn = sqlite3.connect(path)
    try:  # the index schema 8 made answers the same (only slower for a first letter)
        sql = "SELECT count(*) FROM tender_search WHERE tender_search MATCH ?"
        old = {t: conn.execute(sql, [search.fts_expression(t)]).fetchone()[0] for t in TEXTS}
    finally:
        conn.close()
    assert old == {text: count for text, (_, count) in before.items()}
    with open_workspace(path, now=NOW) as ws:
        assert ws.migrated_from == 8 and "prefix = '1 2 3'" in index_sql(ws)
        assert {text: found(ws, text) for text in TEXTS} == before


def test_the_converted_index_follows_the_tenders(tmp_path):
    """Its triggers were made again: a tender added, renamed and deleted is found, found by
    its new title, and no longer found."""
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 30, 3, NOW)
    to_schema_8(path)
    with open_workspace(path, now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        tender = {
            "reference": "2026/900",
            "title": "Xylofoons voor de muziekschool",
            "authority": "local",
            "contract_type": "supplies",
            "estimated_value": "12000",
            "launch_date": "2026-03-01",
        }
        tid = reg.add_tender(tender, NOW)
        assert found(ws, "X")[0] == [tid] and found(ws, "muziekschool x")[0] == [tid]
        reg.update_tender(tid, {"title": "Zithers voor de muziekschool"}, NOW)
        assert found(ws, "X")[1] == 0 and found(ws, "Z muz")[0] == [tid]
        reg.delete_tender(tid)
        assert found(ws, "Z muz")[1] == 0
