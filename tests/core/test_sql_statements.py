"""The schema's scripts split into statements as SQLite reads them, to run in one transaction."""

from __future__ import annotations

import sqlite3

from core.store.schema import CURRENT_VERSION, MIGRATIONS
from core.store.sqlite_files import statements


def test_every_migration_runs_statement_by_statement_to_the_same_schema():
    whole, split = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for version in range(1, CURRENT_VERSION + 1):
        whole.executescript(MIGRATIONS[version])
        for statement in statements(MIGRATIONS[version]):
            split.execute(statement)
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert split.execute(schema).fetchall() == whole.execute(schema).fetchall()


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
