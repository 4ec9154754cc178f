"""The schema version a workspace file holds, read from its header without opening it: what
tells the window, before it opens a file, that opening will convert it."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from core.store.schema import CURRENT_VERSION
from core.store.sqlite_files import needs_conversion, stored_version
from tests.workspaces import copy_new_workspace

NOW = datetime(2026, 11, 30, 10, 0)


def test_a_new_workspace_holds_the_current_version_and_needs_no_conversion(tmp_path):
    path = copy_new_workspace(tmp_path / "w.sqlite")
    assert stored_version(path) == CURRENT_VERSION
    assert not needs_conversion(path)


def test_a_workspace_of_an_older_version_needs_a_conversion(tmp_path):
    path = copy_new_workspace(tmp_path / "w.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION - 1}")
    conn.close()
    assert stored_version(path) == CURRENT_VERSION - 1
    assert needs_conversion(path)


def test_a_missing_empty_or_foreign_file_has_no_version(tmp_path):
    assert stored_version(tmp_path / "none.sqlite") is None
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert stored_version(tmp_path / "empty.sqlite") is None
    (tmp_path / "notes.sqlite").write_text("SQLite format 3 is not what this says\n" * 5)
    assert stored_version(tmp_path / "notes.sqlite") is None
    plain = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert stored_version(plain) == 0  # an SQLite file no app gave a version
    for name in ("none.sqlite", "empty.sqlite", "notes.sqlite", "plain.sqlite"):
        assert not needs_conversion(tmp_path / name)
