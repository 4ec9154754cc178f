"""Backups that always restore: odd folder names, a full disk, equal stems, a wrong clock."""

from __future__ import annotations

import errno
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core.store import backups, workspace
from core.store.backups import RestoreError
from core.store.workspace import WorkspaceError, open_workspace
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 9, 30)
ROOT = Path(__file__).resolve().parents[2]
ODD = "a#b?c d%20"  # SQLite would cut a raw URI at '#' and read '?c d…' as parameters


def make(folder: Path, name: str = "w.sqlite", value: str = "v") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with new_workspace(path, now=NOW) as ws:
        ws.conn.execute("INSERT INTO settings VALUES ('k', ?)", [value])
    return path


def value_of(path: Path) -> str | None:
    with open_workspace(path, now=NOW + timedelta(days=30), auto_backup=False) as ws:
        row = ws.conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()
    return row[0] if row else None


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file of the folder and its bytes (the lock file holds the last user's PID)."""
    return {
        p.name: p.read_bytes() if p.suffix != ".lock" else b""
        for p in folder.iterdir()
        if p.is_file()
    }


# -- 1. a folder whose name holds '#', '?', '%' and a space ----------------------------------
def test_backup_and_restore_in_a_folder_with_uri_characters(tmp_path):
    """The restored workspace holds the backup's data, not an empty file cut at the '#'."""
    path, backup = changed_after_backup(tmp_path / ODD, "changed later")
    assert backup is not None and backup.parent.parent.name == ODD
    kept = backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert value_of(path) == "v"
    assert kept is not None and kept.parent.name == ODD
    assert not (tmp_path / "a").exists()  # nothing was created at the cut-off name
    assert sorted(p.name for p in tmp_path.iterdir()) == [ODD]


def test_read_only_open_check_and_background_backup_in_such_a_folder(tmp_path):
    path = make(tmp_path / ODD)
    with open_workspace(path, now=NOW, read_only=True) as ws:
        assert ws.conn.execute("SELECT value FROM settings").fetchone() == ("v",)
    assert workspace.check_file(path) == "ok"
    made = workspace.backup_file(path, NOW + timedelta(days=1))
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT value FROM settings").fetchone() == ("v",)
    copy.close()
    backups.snapshot(path, tmp_path / "copy.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == [ODD, "copy.sqlite"]


# -- 2. a restore that fails leaves the workspace as it was -------------------------------
def changed_after_backup(folder: Path, value: str = "newer") -> tuple[Path, Path]:
    """A workspace whose first opening on the next day made its backup, then changed its
    setting ``k`` to ``value``: (the workspace, the backup)."""
    path = make(folder)
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
        ws.conn.execute("UPDATE settings SET value = ? WHERE key = 'k'", [value])
    return path, backup


def _no_leftovers(folder: Path) -> None:
    names = [p.name for p in folder.iterdir()]
    assert not [n for n in names if n.endswith(".part") or ".replaced-" in n], names


def test_a_restore_that_cannot_copy_changes_nothing(tmp_path, monkeypatch):
    """The copy fails (disk full): the workspace is byte for byte as it was and still opens."""
    path, backup = changed_after_backup(tmp_path / "ws")
    before = files_in(path.parent)

    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy_into", full)
    with pytest.raises(RestoreError) as info:
        backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert info.value.code == "disk_full"
    assert files_in(path.parent) == before
    _no_leftovers(path.parent)
    assert value_of(path) == "newer"


def refuse_renames_onto(path: Path, monkeypatch, code: int) -> None:
    """A rename onto ``path`` fails with ``code`` (a full disk, a drive gone); others work."""
    real = os.replace

    def failing(source, target):
        if Path(target) == path:
            raise OSError(code, os.strerror(code))
        return real(source, target)

    monkeypatch.setattr(backups.os, "replace", failing)


def test_a_restore_whose_rename_fails_puts_everything_back(tmp_path, monkeypatch):
    path, backup = changed_after_backup(tmp_path / "ws")
    before = files_in(path.parent)
    refuse_renames_onto(path, monkeypatch, errno.ENOSPC)
    with pytest.raises(RestoreError) as info:
        backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert info.value.code == "disk_full"
    assert files_in(path.parent) == before
    _no_leftovers(path.parent)
    assert value_of(path) == "newer"


RESTORE_ON_A_FULL_DISK = """
import resource, signal, sys
sys.dont_write_bytecode = True  # a compiled file cut by the limit would break later runs
from datetime import datetime
from pathlib import Path
from core.store import backups
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
try:
    backups.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), datetime(2026, 12, 1))
except backups.RestoreError as exc:
    print(exc.code)
else:
    print("restored")
"""


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limit")
def test_a_restore_on_a_really_full_disk_changes_nothing(tmp_path):
    """SQLite's own writes fail (a file size limit stands in for a full disk)."""
    path = make(tmp_path / "ws")
    with open_workspace(path, now=NOW) as ws:
        ws.conn.execute("INSERT INTO settings VALUES ('big', ?)", ["x" * 400_000])
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
        ws.conn.execute("DELETE FROM settings WHERE key = 'big'")
        ws.conn.execute("VACUUM")
    assert backup.stat().st_size > 300_000 > path.stat().st_size
    before = files_in(path.parent)
    done = subprocess.run(
        [sys.executable, "-c", RESTORE_ON_A_FULL_DISK, str(backup), str(path), "100000"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    # SQLite reports a size limit as an I/O error, a full disk as SQLITE_FULL
    assert done.stdout.strip() in ("disk_full", "cannot_write"), done.stderr
    assert files_in(path.parent) == before
    _no_leftovers(path.parent)
    assert value_of(path) == "v"
    assert signal.SIGXFSZ  # the child ignored it; the limit never applied to this process


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path):
    path = make(tmp_path / "ws")
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
    data = bytearray(backup.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200
    backup.write_bytes(bytes(data))
    before = files_in(path.parent)
    with pytest.raises(RestoreError) as info:
        backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert info.value.code == "damaged_backup"
    assert files_in(path.parent) == before


def test_a_restore_refuses_a_workspace_open_in_another_program(tmp_path):
    path = make(tmp_path / "ws")
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
        with pytest.raises(RestoreError) as info:
            backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert info.value.code == "locked"
    assert value_of(path) == "v"


def crash_with_a_change_in_the_wal(path: Path) -> None:
    """Another process changes the workspace and dies before any checkpoint: the change is
    only in the WAL beside it."""
    crashed = textwrap.dedent(
        f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE settings SET value = 'only in the wal' WHERE key = 'k'")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", crashed], check=True, timeout=60)


def test_a_restore_keeps_changes_still_in_the_wal_with_the_replaced_file(tmp_path):
    """A workspace left by a crash (changes only in its WAL): the kept file has them."""
    path = make(tmp_path / "ws")
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
    crash_with_a_change_in_the_wal(path)
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    kept = backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert value_of(path) == "v"
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == (
        "only in the wal",
    )
    conn.close()


def test_a_failed_restore_of_a_crashed_workspace_puts_its_wal_back(tmp_path, monkeypatch):
    """Changes only in the WAL, and the rename fails: the WAL files are back beside the
    workspace under their own names, so the changes are still there; no second name left."""
    path = make(tmp_path / "ws")
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
    crash_with_a_change_in_the_wal(path)
    before = files_in(path.parent)
    assert {path.name + "-wal", path.name + "-shm"} <= set(before)
    refuse_renames_onto(path, monkeypatch, errno.EIO)
    with pytest.raises(RestoreError) as info:
        backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert info.value.code == "cannot_write"
    monkeypatch.undo()
    assert files_in(path.parent) == before
    assert value_of(path) == "only in the wal"


# -- 3. two workspaces with the same stem -------------------------------------------------
def test_workspaces_with_the_same_stem_keep_their_own_backups(tmp_path):
    """Ten days of reg.db never rotate away reg.sqlite's backup, nor offer it for restore."""
    sqlite_ws = make(tmp_path, "reg.sqlite", "sqlite")
    db_ws = make(tmp_path, "reg.db", "db")
    with open_workspace(sqlite_ws, now=NOW + timedelta(days=1)) as ws:
        only = ws.backup_made
    for day in range(2, 2 + workspace.BACKUPS_KEPT + 2):
        with open_workspace(db_ws, now=NOW + timedelta(days=day)) as ws:
            assert ws.backup_made is not None
    assert only.exists()
    assert backups.list_backups(sqlite_ws) == [only]
    assert backups.restorable(sqlite_ws) == [only]
    assert len(backups.restorable(db_ws)) == workspace.BACKUPS_KEPT
    assert only not in backups.restorable(db_ws)
    backups.restore_backup(backups.restorable(db_ws)[-1], db_ws, NOW + timedelta(days=30))
    assert value_of(db_ws) == "db" and value_of(sqlite_ws) == "sqlite"


def test_backups_of_the_old_folder_stay_offered_and_are_never_rotated(tmp_path):
    """Backups an older version put in ``reg-backups/`` are still there to restore."""
    path = make(tmp_path, "reg.sqlite", "old")
    old_folder = tmp_path / "reg-backups"
    old_folder.mkdir()
    old = old_folder / "reg-20260101-080000-auto.sqlite"
    conn = sqlite3.connect(path)
    target = sqlite3.connect(old)
    conn.backup(target)
    target.close()
    conn.close()
    for day in range(1, workspace.BACKUPS_KEPT + 3):
        with open_workspace(path, now=NOW + timedelta(days=day)) as ws:
            assert ws.backup_made is not None
    assert old.exists()
    assert backups.restorable(path)[-1] == old
    assert old not in backups.list_backups(path)
    backups.restore_backup(old, path, NOW + timedelta(days=30))
    assert value_of(path) == "old"


# -- 5. a start with the clock in the future ----------------------------------------------
def test_one_start_with_a_future_clock_does_not_stop_daily_backups(tmp_path):
    path = make(tmp_path)
    with open_workspace(path, now=datetime(2031, 1, 1, 12)) as ws:  # the clock was wrong once
        future = ws.backup_made
    for day in range(1, 4):
        with open_workspace(path, now=NOW + timedelta(days=day)) as ws:
            assert ws.backup_made is not None, f"day {day}: no backup"
        with open_workspace(path, now=NOW + timedelta(days=day, hours=1)) as ws:
            assert ws.backup_made is None  # still one a day
    assert not future.exists()  # renamed: dated a second before the backup that found it
    assert len(backups.list_backups(path)) == 4


def test_rotation_counts_a_future_dated_backup_as_made_before_now(tmp_path):
    """It is rotated away like the others once newer ones are made; real ones are not lost."""
    path = make(tmp_path)
    with open_workspace(path, now=datetime(2031, 1, 1, 12)) as ws:
        future = ws.backup_made
    made = []
    for day in range(1, workspace.BACKUPS_KEPT + 2):
        with open_workspace(path, now=NOW + timedelta(days=day)) as ws:
            made.append(ws.backup_made)
    kept = backups.list_backups(path)
    assert len(kept) == workspace.BACKUPS_KEPT
    assert future not in kept
    assert set(made[-workspace.BACKUPS_KEPT :]) == set(kept)


def test_two_backups_in_one_second_do_not_overwrite_each_other(tmp_path):
    path = make(tmp_path)
    with open_workspace(path, now=NOW) as ws:
        first = ws.backup(NOW + timedelta(days=1))
        second = ws.backup(NOW + timedelta(days=1))
    assert first != second and first.exists() and second.exists()


# -- 6. read-only open of a file whose latest changes are in its WAL ----------------------
def test_read_only_fallback_reads_the_changes_still_in_the_wal(tmp_path, monkeypatch):
    """When ``mode=ro`` cannot be used (a read-only folder), the WAL is not ignored."""
    path = make(tmp_path / "ws")
    crash_with_a_change_in_the_wal(path)
    path.with_name(path.name + "-shm").unlink()
    before = files_in(path.parent)
    real = workspace._connect
    mine = backups.ro_uri(path, "mode=ro")

    def no_shm_here(target, uri=False, **kwargs):  # what a read-only folder does to mode=ro
        if target == mine:
            raise sqlite3.OperationalError("unable to open database file")
        return real(target, uri, **kwargs)

    monkeypatch.setattr(workspace, "_connect", no_shm_here)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ws = open_workspace(path, now=NOW, read_only=True)
    try:
        assert ws.read_only
        assert ws.conn.execute("SELECT value FROM settings").fetchone() == ("only in the wal",)
        with pytest.raises(WorkspaceError), ws.transaction():
            pass
        assert workspace.check_file(path) == "ok"
    finally:
        ws.close()
    assert files_in(path.parent) == before
    assert list(scratch.iterdir()) == []  # the private copies are gone


def test_a_file_written_anew_keeps_the_permissions_of_the_one_it_replaces(tmp_path):
    """A file shared with a group stays shared; a link is replaced by a file of its own,
    without the permissions of what it pointed to."""
    from core.store.files import write_atomic

    shared = tmp_path / "shared.toml"
    shared.write_text("old")
    shared.chmod(0o664)
    write_atomic(shared, b"new")
    assert (shared.read_bytes(), shared.stat().st_mode & 0o777) == (b"new", 0o664)
    private = tmp_path / "private.toml"
    private.write_text("secret")
    private.chmod(0o600)
    link = tmp_path / "link.toml"
    link.symlink_to(private)
    write_atomic(link, b"mine")
    assert not link.is_symlink()
    assert link.stat().st_mode & 0o777 == 0o666 & ~_umask()
    assert private.read_text() == "secret"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
