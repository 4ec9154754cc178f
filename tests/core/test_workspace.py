"""Opening workspaces: new, migrated, damaged, foreign, newer, read-only, locked; backups."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core.store import backups, workspace
from core.store.schema import CURRENT_VERSION
from core.store.sqlite_files import first_line, is_disk_full, write_failure
from core.store.workspace import WorkspaceError, open_workspace

NOW = datetime(2026, 11, 22, 9, 30)
ROOT = Path(__file__).resolve().parents[2]


def make(tmp_path, name="w.sqlite"):
    path = tmp_path / name
    with open_workspace(path, now=NOW) as ws:
        ws.conn.execute("INSERT INTO settings VALUES ('k', 'v')")
    return path


def refused(path, **kw) -> WorkspaceError:
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path, now=NOW, **kw)
    if before is not None:
        assert path.read_bytes() == before, "a refused file must never be changed"
    return info.value


def test_a_new_workspace_is_created_with_the_current_schema(tmp_path):
    """A missing file is created: WAL, foreign keys on, schema version current, marked ours."""
    with open_workspace(tmp_path / "sub" / "w.sqlite", now=NOW) as ws:
        pragma = lambda name: ws.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("user_version") == CURRENT_VERSION
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("application_id") == workspace.APPLICATION_ID
        assert ws.integrity_ok()


def test_an_empty_file_is_migrated_from_nothing(tmp_path):
    """A zero-byte file (e.g. made by a file manager) becomes a workspace."""
    path = tmp_path / "empty.sqlite"
    path.touch()
    with open_workspace(path, now=NOW) as ws:
        assert ws.migrated_from == 0
        tables = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master")}
        assert {"tenders", "organisations", "tenderers", "decisions", "audit"} <= tables


def test_a_forward_migration_takes_a_backup_first(tmp_path, monkeypatch):
    """Opening a version-1 file with a version-2 app: backup, then migrate, data kept."""
    path = make(tmp_path)
    monkeypatch.setattr(workspace, "CURRENT_VERSION", CURRENT_VERSION + 1)
    monkeypatch.setitem(
        workspace.MIGRATIONS, CURRENT_VERSION + 1, "ALTER TABLE tenders ADD COLUMN extra TEXT;"
    )
    with open_workspace(path, now=NOW + timedelta(hours=1)) as ws:
        assert ws.migrated_from == CURRENT_VERSION
        assert ws.backup_made and ws.backup_made.exists()
        assert ws.conn.execute("SELECT value FROM settings").fetchone()[0] == "v"
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION + 1
    old = sqlite3.connect(ws.backup_made)
    assert old.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """A migration error rolls back: same version, same data, and a backup exists."""
    path = make(tmp_path)
    monkeypatch.setattr(workspace, "CURRENT_VERSION", CURRENT_VERSION + 1)
    monkeypatch.setitem(
        workspace.MIGRATIONS,
        CURRENT_VERSION + 1,
        "ALTER TABLE tenders ADD COLUMN extra TEXT; THIS IS NOT SQL;",
    )
    with pytest.raises(sqlite3.Error):
        open_workspace(path, now=NOW)
    monkeypatch.undo()
    with open_workspace(path, now=NOW) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        columns = {r[1] for r in ws.conn.execute("PRAGMA table_info(tenders)")}
        assert "extra" not in columns


def test_a_file_of_a_newer_version_is_refused_untouched(tmp_path):
    """Schema newer than the app: refused with 'update the app', offer read-only."""
    path = make(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    error = refused(path)
    assert error.code == "newer_version" and "update the app" in error.message
    assert "open_read_only" in error.offers


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    """A text file under the workspace name is never overwritten."""
    path = tmp_path / "w.sqlite"
    path.write_text("minutes of the council meeting")
    error = refused(path)
    assert error.code == "not_a_workspace" and "left untouched" in error.message


def test_another_program_s_database_is_refused_untouched(tmp_path):
    """An SQLite file with other tables and no tender desk mark is not adopted."""
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    assert refused(path).code == "not_a_workspace"


def test_a_damaged_file_is_refused_with_restore_offered(tmp_path):
    """Overwritten pages fail the integrity check; the offer is to restore a backup."""
    path = make(tmp_path)
    with open_workspace(path, now=NOW) as ws, ws.transaction() as db:
        for n in range(300):
            db.execute("INSERT INTO settings VALUES (?, ?)", [f"k{n}", "x" * 200])
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 12 * page), 7):
        data[offset] = (data[offset] + 101) % 256
    path.write_bytes(bytes(data))
    error = refused(path)
    assert error.code == "damaged"
    assert "restore_backup" in error.offers


@contextmanager
def write_protected(path: Path) -> Iterator[str]:
    """Make ``path`` refuse writes for real, also to root (who ignores file modes): the
    immutable attribute (chattr +i) or else a read-only bind mount of its folder. Yields how."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield "file mode 0444"
        return
    if _run("chattr", "+i", str(path)):
        try:
            yield "chattr +i"
        finally:
            _run("chattr", "-i", str(path))
        return
    folder = path.parent
    if _run("mount", "--bind", str(folder), str(folder)):
        try:
            if _run("mount", "-o", "remount,bind,ro", str(folder)):
                yield "read-only bind mount"
                return
        finally:
            _run("umount", str(folder))
    pytest.skip("running as root where neither chattr +i nor a read-only bind mount works")


def _run(*command: str) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, timeout=30)
    except OSError:
        return False
    return done.returncode == 0


def test_a_read_only_file_is_refused_for_writing_and_opens_read_only(tmp_path):
    """No write access: a clear refusal; read-only opening works and refuses changes."""
    path = make(tmp_path / "ro")
    with write_protected(path):
        with pytest.raises(OSError):
            path.open("ab").close()  # the protection is real, whoever runs the test
        error = refused(path)
        assert error.code == "read_only" and "open_read_only" in error.offers
        with open_workspace(path, now=NOW, read_only=True) as ws:
            assert ws.conn.execute("SELECT value FROM settings").fetchone()[0] == "v"
            with pytest.raises(WorkspaceError), ws.transaction() as db:
                db.execute("DELETE FROM settings")


def test_a_file_the_system_says_is_not_writable_is_refused(tmp_path, monkeypatch):
    """What the check asks the system (access W_OK), for a file of another user."""
    path = make(tmp_path)
    real = os.access
    monkeypatch.setattr(
        workspace.os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode)
    )
    error = refused(path)
    assert error.code == "read_only" and "open_read_only" in error.offers


def test_read_only_open_refuses_changes(tmp_path):
    """A workspace opened read-only says so instead of writing."""
    path = make(tmp_path)
    with open_workspace(path, now=NOW, read_only=True) as ws:
        with pytest.raises(WorkspaceError) as info, ws.transaction() as db:
            db.execute("DELETE FROM settings")
        assert info.value.code == "read_only"
        assert ws.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 1


HOLDER = textwrap.dedent("""
    import sys, time
    from datetime import datetime
    sys.path.insert(0, {root!r})
    from core.store.workspace import open_workspace
    ws = open_workspace({path!r}, now=datetime(2026, 11, 22))
    with ws.transaction() as db:
        db.execute("INSERT INTO settings VALUES ('holder', 'yes')")
    print("holding", flush=True)
    sys.stdin.read()
""")


def test_a_second_process_gets_a_refusal_or_read_only_access(tmp_path):
    """While another process has the workspace, writing is refused; reading works."""
    path = make(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        error = refused(path)
        assert error.code == "locked" and "open_read_only" in error.offers
        with open_workspace(path, now=NOW, read_only=True) as ws:
            keys = {r[0] for r in ws.conn.execute("SELECT key FROM settings")}
            assert keys == {"k", "holder"}
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with open_workspace(path, now=NOW) as ws:  # released when the other process ends
        assert ws.integrity_ok()


def test_backups_are_made_daily_and_rotated(tmp_path):
    """One automatic backup a day at opening; only the newest ones are kept."""
    path = make(tmp_path)
    assert backups.list_backups(path) == []  # the first opening created the file
    for day in range(workspace.BACKUPS_KEPT + 3):
        with open_workspace(path, now=NOW + timedelta(days=day, hours=1)) as ws:
            assert ws.backup_made is not None
        with open_workspace(path, now=NOW + timedelta(days=day, hours=2)) as ws:
            assert ws.backup_made is None  # not twice the same day
    kept = backups.list_backups(path)
    assert len(kept) == workspace.BACKUPS_KEPT
    assert kept[0].name.startswith(f"w-{(NOW + timedelta(days=12)):%Y%m%d}")
    assert not list(backups.backups_dir(path).glob("*.part"))


def test_a_snapshot_writes_nothing_beside_a_closed_workspace(tmp_path):
    """A closed workspace is copied as it is; its folder gets no -wal, -shm or lock file."""
    path = make(tmp_path / "mine")
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    backups.snapshot(path, tmp_path / "copy.sqlite")
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == before
    copy = sqlite3.connect(tmp_path / "copy.sqlite")
    assert copy.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == ("v",)
    copy.close()


def test_a_snapshot_of_an_open_workspace_has_its_latest_changes(tmp_path):
    """Open in the app: the copy reads through the WAL, so a change not yet checkpointed is in."""
    path = make(tmp_path / "mine")
    with open_workspace(path, now=NOW) as ws:
        ws.conn.execute("INSERT INTO settings VALUES ('late', 'yes')")
        backups.snapshot(path, tmp_path / "copy.sqlite")
    copy = sqlite3.connect(tmp_path / "copy.sqlite")
    assert copy.execute("SELECT value FROM settings WHERE key = 'late'").fetchone() == ("yes",)
    copy.close()


def test_a_damaged_workspace_is_restored_from_a_backup_keeping_the_damaged_file(tmp_path):
    """Restore puts the backup in place and keeps the damaged file beside it."""
    path = make(tmp_path)
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    kept = backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert kept.exists() and kept.read_bytes().startswith(b"SQLite format 3")
    with open_workspace(path, now=NOW + timedelta(days=2)) as ws:
        assert ws.conn.execute("SELECT value FROM settings").fetchone()[0] == "v"


def test_smoke_test_command(tmp_path, capsys):
    """python main.py --db PATH --smoke-test prints 'smoke ok' headless and exits 0.

    A workspace that does not exist is refused (a drive that is not connected) unless
    --create asks for a new one. The refusals are asked in this process (``main(argv)``: they
    end before any window), the smoke test itself in a new one, as a user runs it."""
    from main import main as run_main

    path = tmp_path / "drive" / "w.sqlite"
    assert run_main(["--db", str(path), "--smoke-test"]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "--create" in err
    assert not path.parent.exists()  # not even its folder was made
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    assert run_main(["--db", str(bad), "--smoke-test"]) == 1
    assert "not a tender desk workspace" in capsys.readouterr().err
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    main = [sys.executable, str(ROOT / "main.py"), "--db", str(path), "--smoke-test", "--create"]
    ok = subprocess.run(main, capture_output=True, text=True, env=env, timeout=120)
    assert (ok.returncode, ok.stdout.strip()) == (0, "smoke ok"), ok.stderr
    assert "Traceback" not in ok.stderr


def test_a_backup_cut_short_by_a_crash_is_cleaned_up_by_the_next(tmp_path):
    """Leftover .part files of a killed backup do not pile up."""
    path = make(tmp_path)
    folder = backups.backups_dir(path)
    folder.mkdir()
    (folder / "w-20261121-100000-auto.sqlite.part").write_bytes(b"half")
    (folder / "w-20261121-100000-auto.sqlite.part-journal").write_bytes(b"half")
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        assert ws.backup_made is not None
    assert sorted(p.suffix for p in folder.iterdir()) == [".sqlite"]


def test_the_window_path_checks_and_backs_up_after_opening(tmp_path):
    """check=False opens at once; check_file and backup_file then run on their own
    connections while the workspace stays open."""
    path = make(tmp_path)
    with open_workspace(path, now=NOW + timedelta(days=1), check=False, auto_backup=False) as ws:
        assert ws.deferred_check and ws.backup_made is None
        assert workspace.check_file(path) == "ok"
        assert workspace.backup_due(path, NOW + timedelta(days=1))
        made = workspace.backup_file(path, NOW + timedelta(days=1))
        assert made.exists() and not workspace.backup_due(path, NOW + timedelta(days=1))
        assert sqlite3.connect(made).execute("SELECT value FROM settings").fetchone() == ("v",)


def test_check_file_reports_damage(tmp_path):
    """A damaged file gives the reason instead of 'ok'."""
    path = make(tmp_path)
    with open_workspace(path, now=NOW) as ws, ws.transaction() as db:
        for n in range(300):
            db.execute("INSERT INTO settings VALUES (?, ?)", [f"k{n}", "x" * 200])
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, min(len(data), 12 * 4096), 7):
        data[offset] = (data[offset] + 101) % 256
    path.write_bytes(bytes(data))
    assert workspace.check_file(path) != "ok"


def test_read_only_open_can_leave_the_check_to_the_caller(tmp_path):
    """check=False on a read-only open: no check at open, deferred_check set, check_file ok."""
    path = make(tmp_path)
    with open_workspace(path, now=NOW, read_only=True, check=False) as ws:
        assert ws.read_only and ws.deferred_check
        assert workspace.check_file(path) == "ok"
    with open_workspace(path, now=NOW, read_only=True) as ws:
        assert not ws.deferred_check


def test_a_missing_workspace_is_refused_when_creating_was_not_asked(tmp_path):
    """A drive that is not connected: nothing is created, not even the folders."""
    path = tmp_path / "usb" / "register" / "w.sqlite"
    error = refused(path, create=False)
    assert error.code == "missing" and "does not exist" in error.message
    assert "create" in error.offers and "retry" in error.offers
    assert not (tmp_path / "usb").exists()
    open_workspace(path, now=NOW, create=True).close()
    assert path.exists()


def test_the_background_check_says_why_a_file_is_not_sound(tmp_path):
    """A file that is no database, and one that is gone (a drive taken away after the window
    opened it): why, never 'ok'."""
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is no database at all, " * 200)
    assert workspace.check_file(garbage) == "file is not a database"
    assert workspace.check_file(tmp_path / "gone.sqlite") == "cannot be read (no such file)"


def test_a_new_workspace_on_a_full_disk_offers_to_retry_or_go_elsewhere(tmp_path, monkeypatch):
    """SQLite's 'database or disk is full' while the schema is written: the full disk is
    named, with what the window offers (try again, read-only, another file)."""
    connect = workspace._connect

    def tiny(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.execute("PRAGMA max_page_count = 3")
        return conn

    monkeypatch.setattr(workspace, "_connect", tiny)
    path = tmp_path / "new.sqlite"
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path, now=NOW)
    error = info.value
    assert (error.code, error.offers) == ("disk_full", ("retry", "open_read_only", "choose_other"))
    assert error.message.endswith(
        "cannot be written: the disk is full; make room on it and try again"
    )


# -- the readings of SQLite's answers the messages rest on -------------------------------------
def test_the_first_problem_of_a_report_is_said_with_how_many_follow():
    """One problem as it is; more: the first and the count of the others."""
    assert (
        first_line("row 3 missing from index tenders_ref\n")
        == "row 3 missing from index tenders_ref"
    )
    assert first_line("a\nb\nc") == "a (and 2 more)"
    assert first_line("   ") == ""


def test_a_long_problem_is_cut_to_the_limit_with_an_ellipsis():
    """A line of exactly the limit stays whole; one character more is cut to the limit."""
    assert first_line("x" * 10, limit=10) == "x" * 10
    assert first_line("x" * 11, limit=10) == "x" * 9 + "…"
    assert first_line("y" * 11 + "\nz", limit=10) == "y" * 9 + "… (and 1 more)"


def sqlite_error(message: str, code: int | None) -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    if code is not None:
        error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk_full"),
        (OSError(errno.EFBIG, "File too large"), "disk_full"),
        (OSError(errno.EACCES, "Permission denied"), None),
        (sqlite_error("database or disk is full", sqlite3.SQLITE_FULL), "disk_full"),
        (sqlite_error("database or disk is full", None), "disk_full"),  # no code given
        (sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR | (3 << 8)), "write_failed"),
        (sqlite_error("disk I/O error", None), None),
        (sqlite_error("no such table: nothing", sqlite3.SQLITE_ERROR), None),
        (ValueError("disk is full"), None),  # neither a file nor a database error
    ],
)
def test_which_errors_are_a_full_disk_or_a_refused_write(error, failure):
    """A full disk or quota, a file too large: ``disk_full``; an I/O error of SQLite (any of
    its extended codes): ``write_failed``; anything else is not a failed write."""
    assert write_failure(error) == failure
    assert is_disk_full(error) is (failure == "disk_full")
