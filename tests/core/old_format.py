"""Workspaces as schema 2 wrote them: each decision with a full copy of its rules.

Made from a workspace of the current schema, so that a test of the migration starts from what
an older version of the app left on a user's disk.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from core.decisions import CHECKS
from core.rules import bundled_pack
from core.store.schema import AUDITED, AUDITED_V1, MIGRATIONS, _audit_triggers


def to_schema_2(path: Path) -> None:
    """Put the workspace at ``path`` back to schema 2: no rule_texts, and each decision's
    result as schema 2 stored it, ``json.dumps`` of the engine's plain form of its input
    (every decision of the workspace must be one the bundled pack decides)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT id, kind, input_json, used_json FROM decisions").fetchall()
        conn.execute("DROP TRIGGER decisions_audit_update")
        for decision_id, kind, input_json, used_json in rows:
            given = json.loads(input_json)
            result = CHECKS[kind].run(given, bundled_pack()).to_dict()
            conn.execute(  # as schema 2 wrote them: json.dumps with its default spaces
                "UPDATE decisions SET input_json = ?, result_json = ?, used_json = ? WHERE id = ?",
                [
                    json.dumps(given),
                    json.dumps(result, default=str),
                    json.dumps(json.loads(used_json)),
                    decision_id,
                ],
            )
        conn.execute("DROP TABLE rule_texts")
        old_trigger = next(
            line
            for line in _audit_triggers({"decisions": AUDITED["decisions"]}).split("\n")
            if line.startswith("CREATE TRIGGER decisions_audit_update")
        )
        conn.execute(old_trigger)
        drop_later_indexes(conn, 3)
        for later in (v for v in MIGRATIONS if v > 3):  # the columns later versions added
            _drop_columns(
                conn, re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", MIGRATIONS[later])
            )
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
    finally:
        conn.close()


def drop_later_indexes(conn: sqlite3.Connection, version: int) -> None:
    """Take out the indexes the versions after ``version`` added."""
    for later in (v for v in MIGRATIONS if v > version):
        for name in re.findall(r"CREATE INDEX (\w+)", MIGRATIONS[later]):
            conn.execute(f"DROP INDEX {name}")


def _drop_columns(conn: sqlite3.Connection, added: list[tuple[str, str]]) -> None:
    """Take out columns a later version added, with the audit triggers of their tables as the
    first schema made them (a trigger that names a column keeps it from being dropped)."""
    for table in sorted({table for table, _ in added}):
        for action in ("insert", "update", "delete"):
            conn.execute(f"DROP TRIGGER {table}_audit_{action}")
        for _, column in (pair for pair in added if pair[0] == table):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        for statement in _audit_triggers({table: AUDITED_V1[table]}).split("\n"):
            conn.execute(statement)
