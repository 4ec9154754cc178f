"""The schema's scripts split into statements as SQLite reads them, to run in one transaction;
a new workspace is given at once the schema they make."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from core.store.schema import CURRENT_VERSION, MIGRATIONS
from core.store.sqlite_files import APPLICATION_ID, new_schema, statements
from core.store.workspace import open_workspace

#: every object of a database's schema, in the order it was made
SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"


def test_every_migration_runs_statement_by_statement_to_the_same_schema():
    whole, split = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for version in range(1, CURRENT_VERSION + 1):
        whole.executescript(MIGRATIONS[version])
        for statement in statements(MIGRATIONS[version]):
            split.execute(statement)
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert split.execute(schema).fetchall() == whole.execute(schema).fetchall()


def test_a_new_workspace_has_the_schema_every_migration_makes_object_by_object(tmp_path):
    """Made from ``new_schema``: the same tables, indexes, triggers and full-text index, made
    in the same order (triggers on one table fire in that order), as every migration run
    statement by statement on an empty file of the same kind (WAL, foreign keys on)."""
    migrated = sqlite3.connect(tmp_path / "migrated.sqlite", isolation_level=None)
    migrated.execute("PRAGMA journal_mode = WAL")
    migrated.execute("PRAGMA foreign_keys = ON")
    migrated.execute("BEGIN")
    for version in range(1, CURRENT_VERSION + 1):
        for statement in statements(MIGRATIONS[version]):
            migrated.execute(statement)
    migrated.execute("COMMIT")
    with open_workspace(tmp_path / "new.sqlite", now=datetime(2026, 11, 30)) as ws:
        assert ws.migrated_from == 0
        made = ws.conn.execute(SCHEMA).fetchall()
        pragmas = [
            ws.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("user_version", "application_id")
        ]
    assert made == migrated.execute(SCHEMA).fetchall()
    assert any(sql.startswith("CREATE VIRTUAL TABLE tender_search") for _, _, _, sql in made if sql)
    assert pragmas == [CURRENT_VERSION, APPLICATION_ID]
    assert len(new_schema()) < len(made)  # the index's own tables and the UNIQUE indexes follow


def test_a_semicolon_in_a_trigger_a_string_or_a_comment_ends_no_statement():
    script = """
        CREATE TABLE t (a TEXT);
        INSERT INTO t VALUES ('one; two');
        CREATE TRIGGER tt AFTER INSERT ON t BEGIN
            UPDATE t SET a = a || ';';
            SELECT 1;
        END;
        -- a comment; with a semicolon
        INSERT INTO t VALUES ('three');
    """
    found = list(statements(script))
    assert len(found) == 4
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    for statement in found:
        conn.execute(statement)
    conn.execute("COMMIT")
    assert conn.execute("SELECT a FROM t ORDER BY rowid").fetchall() == [
        ("one; two;",),
        ("three;",),
    ]
