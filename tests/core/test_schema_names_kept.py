"""The names a workspace must have (tables, indexes, triggers) are listed once and kept in the
user's cache folder; every opening compares the file with them without running the migrations
again, and a damaged list never makes a sound workspace look damaged."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from core import parsed
from core.store import sqlite_files
from core.store.workspace import WorkspaceError, open_workspace

NOW = datetime(2026, 11, 22, 9, 30)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder, and no list remembered by this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(parsed.CACHE_ENV, str(folder))
    sqlite_files.expected_names.cache_clear()
    yield folder
    sqlite_files.expected_names.cache_clear()


def kept_lists(folder):
    return sorted(folder.glob("schema-*.json"))


def made(tmp_path):
    """A new workspace (made by the migrations: nothing compared yet)."""
    path = tmp_path / "w.sqlite"
    open_workspace(path, now=NOW).close()
    return path


def test_the_list_is_made_once_then_read(cache, tmp_path, monkeypatch):
    path = made(tmp_path)
    assert kept_lists(cache) == []
    open_workspace(path, now=NOW).close()  # the first opening compares: the list is made
    (kept,) = kept_lists(cache)
    assert json.loads(kept.read_text()) == sorted(sqlite_files.migrated_names())
    assert "tenders" in json.loads(kept.read_text())

    sqlite_files.expected_names.cache_clear()  # a new start: the list comes from the file
    ran = []
    monkeypatch.setattr(sqlite_files, "migrated_names", lambda: ran.append(1) or frozenset())
    open_workspace(path, now=NOW).close()
    assert ran == []


@pytest.mark.parametrize(
    "damage",
    [b"not json", b"[]", b'{"tenders": 1}', json.dumps(["tenders", "no_such_table"]).encode()],
)
def test_a_damaged_list_neither_refuses_a_sound_workspace_nor_hides_a_missing_table(
    cache, tmp_path, damage
):
    path = made(tmp_path)
    open_workspace(path, now=NOW).close()
    (kept,) = kept_lists(cache)
    kept.write_bytes(damage)
    sqlite_files.expected_names.cache_clear()
    open_workspace(path, now=NOW).close()  # opens: the migrations confirm nothing is missing

    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE lots")
    conn.close()
    sqlite_files.expected_names.cache_clear()
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path, now=NOW)
    assert refused.value.code == "damaged"
    assert "lots" in refused.value.message
    assert "no_such_table" not in refused.value.message
