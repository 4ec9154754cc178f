"""The test run itself leaves the checkout as it found it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from core.store.workspace import open_workspace
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 9, 30)

ROOT = Path(__file__).resolve().parents[2]


def test_hypothesis_keeps_no_database_and_no_files_in_the_checkout():
    from hypothesis import settings
    from hypothesis.configuration import storage_directory

    assert settings.default.database is None
    where = storage_directory("constants", intent_to_write=False).path.resolve()
    assert ROOT not in where.parents, where


def _everything_in(path: Path) -> dict:
    """What a test can find in a workspace file: schema, pragmas, every row of every table."""
    conn = sqlite3.connect(path)
    try:
        pragmas = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "user_version",
                "application_id",
                "journal_mode",
                "page_size",
                "auto_vacuum",
                "encoding",
                "freelist_count",
            )
        }
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
        return {"pragmas": pragmas, "schema": schema.fetchall(), "dump": list(conn.iterdump())}
    finally:
        conn.close()


def test_a_copied_new_workspace_is_a_new_workspace(tmp_path):
    """The tests' new workspaces (a copy of one made once) hold what open_workspace makes."""
    made, copied = tmp_path / "made" / "w.sqlite", tmp_path / "copied" / "w.sqlite"
    with open_workspace(made, now=NOW) as new:
        assert new.migrated_from == 0 and new.backup_made is None
    with new_workspace(copied, now=NOW) as copy:
        assert copy.backup_made is None and copy.integrity_ok()
        assert copy.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert copy.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert sorted(p.name for p in copied.parent.iterdir()) == sorted(
        p.name for p in made.parent.iterdir()
    )
    assert _everything_in(copied) == _everything_in(made)
    assert copied.stat().st_mode == made.stat().st_mode
    assert _everything_in(made)["pragmas"]["journal_mode"] == "wal"
    with pytest.raises(FileExistsError):
        new_workspace(copied, now=NOW)
