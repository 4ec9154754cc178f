"""Hostile files and paths: odd headers, bytes that are not UTF-8, impossible paths, a BOM."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest

import core.settings as st
from core.store.register import Register
from core.store.smoke import smoke_test
from core.store.workspace import WorkspaceError, open_workspace
from main import main

NOW = datetime(2026, 11, 22, 9, 30)
TENDER = {
    "reference": "R-1",
    "title": "placeholder",
    "authority": "local",
    "contract_type": "services",
    "estimated_value": "141500",
    "launch_date": "2026-03-01",
}


def make(tmp_path, name="w.sqlite"):
    path = tmp_path / name
    with open_workspace(path, now=NOW) as ws:
        ws.conn.execute("INSERT INTO settings VALUES ('k', 'v')")
    return path


def poke(path, *sql):
    """Change the file as another program would, behind the app's back."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def refused(path) -> WorkspaceError:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path, now=NOW)
    if before is not None:
        assert path.read_bytes() == before, "a refused file must never be changed"
    return info.value


@pytest.mark.parametrize("version", [-1, 0])
def test_an_impossible_schema_version_with_tables_is_called_damaged(tmp_path, version):
    path = make(tmp_path)
    poke(path, f"PRAGMA user_version = {version}")
    error = refused(path)
    assert error.code == "damaged"
    assert "restore_backup" in error.offers
    with pytest.raises(WorkspaceError):
        open_workspace(path, now=NOW, read_only=True)


def test_a_workspace_missing_a_table_is_refused_and_the_smoke_test_fails(tmp_path):
    path = make(tmp_path)
    poke(path, "DROP TABLE lots")
    error = refused(path)
    assert error.code == "damaged"
    assert "lots" in error.message
    passed, message = smoke_test(path, NOW, create=False)
    assert not passed
    assert "lots" in message


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_link_to_a_device_is_not_a_workspace(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    link = tmp_path / "w.sqlite"
    link.symlink_to(device)
    assert refused(link).code == "not_a_workspace"
    with pytest.raises(WorkspaceError) as info:
        open_workspace(link, now=NOW, read_only=True)
    assert info.value.code == "not_a_workspace"


def test_a_folder_is_called_a_folder(tmp_path):
    assert refused(tmp_path).code == "folder"


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("~nosuchuser-of-this-machine/w.sqlite", "not a user"),
        ("/tmp/a\x00b.sqlite", "NUL"),
        ("/a" * 3000, "too long"),
        ("x" * 300 + ".sqlite", "too long"),
    ],
)
def test_impossible_workspace_paths_are_refused_with_the_reason(raw, says):
    with pytest.raises(WorkspaceError) as info:
        open_workspace(raw, now=NOW)
    assert info.value.code == "bad_path"
    assert says in info.value.message


@pytest.mark.parametrize(
    "raw",
    [
        "~nosuchuser-of-this-machine/w.sqlite",
        "/tmp/a\\u0000b.sqlite",
        "/a" * 3000,
    ],
)
def test_an_impossible_path_in_the_settings_gives_the_default_and_a_message(tmp_path, raw):
    path = tmp_path / "settings.toml"
    path.write_text(f'language = "fr"\ndefault_workspace = "{raw}"\n', encoding="utf-8")
    loaded = st.load(path)
    assert loaded.settings.language == "fr"
    assert loaded.settings.default_workspace == st.default_workspace_path()
    assert len(loaded.problems) == 1
    assert "default_workspace" in loaded.problems[0]


def test_too_many_parent_folders_in_the_settings_stop_at_the_root(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(f'default_workspace = "{"../" * 2000}w.sqlite"\n', encoding="utf-8")
    loaded = st.load(path)
    assert loaded.problems == ()
    assert loaded.settings.default_workspace == st.Path("/w.sqlite")


def test_a_settings_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(b'\xef\xbb\xbflanguage = "fr"\n')
    loaded = st.load(path)
    assert loaded.problems == ()
    assert loaded.settings.language == "fr"


def test_a_settings_file_under_an_unknown_user_is_said(capsys):
    code = main(
        ["decide", "procedure", "{}", "--config", "~nosuchuser-of-this-machine/settings.toml"]
    )
    err = capsys.readouterr().err
    assert code == 1  # the input is refused; the settings did not crash the command
    assert "not a user" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["--db", "~nosuchuser-of-this-machine/w.sqlite", "demo-data", "--tenders", "1"],
        ["--db", "/a" * 3000, "export-pdf", "--all", "--document", "summary", "--out", "o"],
        ["--db", "/tmp/a\x00b", "--smoke-test"],
    ],
)
def test_impossible_db_paths_are_refused_by_every_command(args, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) in (1, 2)
    err = capsys.readouterr().err
    assert "error" in err or "failed" in err


def test_text_that_is_not_utf8_is_read_with_a_replacement_mark(tmp_path, pack):
    path = make(tmp_path)
    with open_workspace(path, now=NOW) as ws:
        tender = Register(ws, pack).add_tender(TENDER, NOW)
    poke(
        path,
        f"UPDATE tenders SET title = CAST(X'4F4B20FF2028' AS TEXT) WHERE id = {tender}",
    )
    with open_workspace(path, now=NOW) as ws:
        title = ws.conn.execute("SELECT title FROM tenders WHERE id = ?", [tender]).fetchone()[0]
    assert title == "OK \ufffd ("
    raw = sqlite3.connect(path).execute("SELECT CAST(title AS BLOB) FROM tenders").fetchone()[0]
    assert raw == b"OK \xff (", "reading must not change what is stored"


def test_the_smoke_test_writes_its_time_and_reads_it_back_without_a_backup(tmp_path):
    """A new workspace is made, the time of the test kept to the microsecond; an existing one
    opened a day later is checked without adding a backup of it."""
    from datetime import timedelta

    from core.store.backups import list_backups

    path = tmp_path / "new" / "w.sqlite"
    at = NOW.replace(microsecond=123456)
    assert smoke_test(path, at) == (True, "smoke ok")
    later = NOW + timedelta(days=1)  # on the second: still written to the microsecond
    before = list_backups(path)
    assert smoke_test(path, later, create=False) == (True, "smoke ok")
    assert list_backups(path) == before
    with open_workspace(path, now=later) as ws:
        stamp = ws.conn.execute("SELECT value FROM settings WHERE key = 'last_smoke_test'")
        assert stamp.fetchone()[0] == "2026-11-23T09:30:00.000000"


def test_the_smoke_test_of_a_missing_workspace_makes_nothing_and_says_how(tmp_path):
    """create=False: refused with the way to make one; the folder is not even made."""
    path = tmp_path / "drive" / "w.sqlite"
    passed, message = smoke_test(path, NOW, create=False)
    assert not passed
    assert "does not exist" in message and message.endswith(
        "--create makes a new, empty workspace there"
    )
    assert not path.parent.exists()
