"""A workspace on a network drive: no WAL, one writer at a time, a lock that says who holds it.

The "network drive" is a folder named in ``TENDER_DESK_NETWORK_FOLDERS``, which the detector
the store asks (``core.drives.on_network_drive``) counts as one; the other buyer is a real
second process (tests/core/lock_writer.py) that writes until it is killed.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import signal
import socket
import time
from datetime import UTC, datetime, timedelta

import pytest

from core.drives import NETWORK_FOLDERS_ENV
from core.store import locking
from core.store.locking import Holder, WorkspaceLock, read_holder, utc_now
from core.store.workspace import NETWORK_BUSY_TIMEOUT_MS, WorkspaceError, open_workspace
from main import main
from tests.core import lock_writer
from tests.core.forked import server_with
from tests.workspaces import copy_new_workspace

NOW = datetime(2026, 11, 29, 10, 0)
ROUNDS = 50
WAIT = 30  # seconds for the writer to be ready (it takes ~0.1 s)


@pytest.fixture
def share(tmp_path, monkeypatch):
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setenv(NETWORK_FOLDERS_ENV, str(folder))
    return folder


def pragma(ws, name):
    return ws.conn.execute(f"PRAGMA {name}").fetchone()[0]


def someone_else(heartbeat_age: timedelta) -> Holder:
    now = utc_now()
    return Holder("jpeeters", "PC-AANKOOP-3", 4242, now - timedelta(hours=2), now - heartbeat_age)


def plant(path, holder: Holder) -> None:
    path.with_name(path.name + ".lock").write_text(holder.to_json(), encoding="utf-8")


def test_a_workspace_on_a_network_drive_is_written_without_wal(share, tmp_path):
    with open_workspace(share / "w.sqlite", now=NOW) as ws:
        assert ws.network
        assert pragma(ws, "journal_mode") == "delete"
        assert pragma(ws, "locking_mode") == "normal"
        assert pragma(ws, "busy_timeout") == NETWORK_BUSY_TIMEOUT_MS
        with ws.transaction() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        assert not (share / "w.sqlite-wal").exists() and not (share / "w.sqlite-shm").exists()
    with open_workspace(tmp_path / "local.sqlite", now=NOW) as local:  # today's behaviour
        assert not local.network and pragma(local, "journal_mode") == "wal"


def test_a_workspace_moved_onto_a_network_drive_leaves_wal(tmp_path, monkeypatch):
    path = tmp_path / "w.sqlite"
    copy_new_workspace(path)
    monkeypatch.setenv(NETWORK_FOLDERS_ENV, str(tmp_path))
    with open_workspace(path, now=NOW) as ws:
        assert pragma(ws, "journal_mode") == "delete"
    with open_workspace(path, now=NOW, read_only=True) as ro:
        assert ro.network and pragma(ro, "journal_mode") == "delete"


def test_the_lock_file_says_who_writes_and_goes_with_the_close(share):
    path = share / "w.sqlite"
    lock = share / "w.sqlite.lock"
    before = datetime.now(UTC)
    ws = open_workspace(path, now=NOW)
    data = json.loads(lock.read_text(encoding="utf-8"))
    assert data["user"] == getpass.getuser()
    assert data["machine"] == socket.gethostname()
    assert data["pid"] == os.getpid()
    since = datetime.fromisoformat(data["since"])
    assert before - timedelta(seconds=1) <= since <= datetime.now(UTC)
    assert data["heartbeat"] == data["since"]
    ws.close()
    assert not lock.exists()


def test_another_machines_live_lock_is_honoured_and_the_reader_is_refused_writing(share):
    path = share / "w.sqlite"
    copy_new_workspace(path)
    plant(path, someone_else(timedelta(seconds=20)))
    with pytest.raises(WorkspaceError) as held:
        open_workspace(path, now=NOW)
    assert held.value.code == "locked" and "take_over" not in held.value.offers
    assert held.value.holder.user == "jpeeters"
    assert "jpeeters on PC-AANKOOP-3" in held.value.message
    with open_workspace(path, now=NOW, read_only=True) as ro:
        assert ro.read_only and ro.holder.machine == "PC-AANKOOP-3"
        with pytest.raises(WorkspaceError) as refused, ro.transaction():
            pass
        assert refused.value.code == "read_only" and "jpeeters" in refused.value.message
    assert read_holder(share / "w.sqlite.lock").user == "jpeeters"  # untouched


def test_a_stale_lock_is_taken_over_only_with_the_users_word(share):
    path = share / "w.sqlite"
    copy_new_workspace(path)
    gone = someone_else(timedelta(minutes=10))
    plant(path, gone)
    with pytest.raises(WorkspaceError) as stale:
        open_workspace(path, now=NOW)
    assert stale.value.code == "stale_lock" and "take_over" in stale.value.offers
    assert stale.value.holder == gone
    other = Holder("anna", "PC-7", 7, gone.since, gone.heartbeat)
    with pytest.raises(WorkspaceError) as still:  # the user agreed to replace someone else
        open_workspace(path, now=NOW, take_over=other)
    assert still.value.code == "stale_lock"
    with open_workspace(path, now=NOW, take_over=stale.value.holder) as ws:
        assert not ws.read_only
        assert read_holder(share / "w.sqlite.lock").pid == os.getpid()
    assert not list(share.glob("w.sqlite.lock*"))  # the old lock is not left lying about


def test_a_lock_that_came_back_to_life_is_not_taken(share):
    """Between the question and the answer the holder's heartbeat came back: refused."""
    path = share / "w.sqlite"
    copy_new_workspace(path)
    gone = someone_else(timedelta(minutes=10))
    plant(path, gone)
    plant(path, Holder(gone.user, gone.machine, gone.pid, gone.since, utc_now()))
    with pytest.raises(WorkspaceError) as held:
        open_workspace(path, now=NOW, take_over=gone)
    assert held.value.code == "locked"


def test_the_holder_keeps_its_heartbeat_and_notices_a_take_over(share):
    path = share / "w.sqlite"
    lock = WorkspaceLock(path, network=True, heartbeat_every=timedelta(milliseconds=30))
    lock.acquire()
    first = read_holder(lock.path).heartbeat
    deadline = time.monotonic() + 5
    while read_holder(lock.path).heartbeat == first and time.monotonic() < deadline:
        time.sleep(0.01)
    assert read_holder(lock.path).heartbeat > first
    plant(path, someone_else(timedelta(0)))  # another user took it over meanwhile
    while not lock.lost and time.monotonic() < deadline:
        time.sleep(0.01)
    assert lock.lost
    lock.release()
    assert read_holder(lock.path).user == "jpeeters"  # not ours to remove


def test_a_window_whose_lock_was_taken_over_writes_nothing_more(share):
    path = share / "w.sqlite"
    ws = open_workspace(path, now=NOW)
    plant(path, someone_else(timedelta(0)))
    assert not ws.lock.beat()
    with pytest.raises(WorkspaceError) as lost, ws.transaction() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    assert lost.value.code == "lock_lost" and lost.value.holder.user == "jpeeters"
    ws.close()
    assert read_holder(share / "w.sqlite.lock").user == "jpeeters"


def test_one_beat_writes_the_clock_and_a_lost_or_released_lock_never_beats(share, monkeypatch):
    """Each beat writes the time of the clock; a drive away for a moment is no loss (the
    next beat tries again); once lost or let go, nothing is written any more."""
    times = iter(datetime(2026, 11, 29, 9, m, tzinfo=UTC) for m in range(10))
    path = share / "w.sqlite"
    lock = WorkspaceLock(
        path, network=True, clock=lambda: next(times), heartbeat_every=timedelta(hours=1)
    )
    lock.acquire()
    first = read_holder(lock.path).heartbeat
    assert lock.beat() is True
    beaten = read_holder(lock.path).heartbeat
    assert beaten > first and lock.holder.heartbeat == beaten
    with monkeypatch.context() as away:  # the drive refuses the write a moment
        away.setattr(locking.os, "replace", _refused)
        assert lock.beat() is True and not lock.lost
    assert read_holder(lock.path).heartbeat == beaten == lock.holder.heartbeat
    plant(path, someone_else(timedelta(0)))
    assert lock.beat() is False and lock.lost
    plant(path, lock.holder)  # even if it came back, a lost lock stays lost
    assert lock.beat() is False
    lock.release()
    assert lock.beat() is False


def _refused(*_args):
    raise OSError(errno.EIO, "Input/output error")


# -- two processes ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def writers():
    """Writers copied from a server that imported the writer and the app once: a copy of
    this process (``fork``) copied its Qt and threads too, a new Python took half a second to
    start, too slow for fifty rounds."""
    with server_with(["tests.core.lock_writer"]) as context:
        yield context


def start_writer(context, path, share, round_no):
    """The other buyer, holding the workspace and writing; returns it once it wrote."""
    mine, theirs = context.Pipe(duplex=False)
    process = context.Process(
        target=lock_writer.run_into, args=(theirs, str(path), str(share), round_no), daemon=True
    )
    process.start()
    theirs.close()
    said = []
    while len(said) < 2:
        assert mine.poll(WAIT), f"the writer said only {said}"
        said.append(mine.recv())
    mine.close()
    assert said[0]["at"] == "ready" and said[1]["at"] == "wrote"
    return process, said[0]


def test_one_writes_the_other_reads_then_takes_over_a_killed_writer_fifty_times(writers, share):
    path = share / "register.sqlite"
    copy_new_workspace(path)
    started, seen = time.monotonic(), 0
    for round_no in range(1, ROUNDS + 1):
        writer, ready = start_writer(writers, path, share, round_no)
        assert ready["journal"] == "delete"
        with pytest.raises(WorkspaceError) as held:
            open_workspace(path, now=NOW)
        assert held.value.code == "locked" and held.value.holder.pid == writer.pid
        with open_workspace(path, now=NOW, read_only=True, check=False) as reader:
            count = reader.conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
            assert count > seen
            with pytest.raises(WorkspaceError) as refused, reader.transaction():
                pass
            assert f"{getpass.getuser()} on {socket.gethostname()}" in refused.value.message
            assert f"process {writer.pid}" in refused.value.message
        os.kill(writer.pid, signal.SIGKILL)  # in the middle of its writes
        writer.join()
        with pytest.raises(WorkspaceError) as stale:
            open_workspace(path, now=NOW)
        assert stale.value.code == "stale_lock" and stale.value.holder.pid == writer.pid
        # the question, answered: take it over
        with open_workspace(path, now=NOW, take_over=stale.value.holder, auto_backup=False) as ws:
            assert ws.integrity_ok()
            seen = ws.conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
            assert seen >= count
    assert time.monotonic() - started < 60


def test_the_command_line_refuses_writing_with_the_holders_name(writers, share, capsys):
    path = share / "register.sqlite"
    copy_new_workspace(path)
    writer, _ = start_writer(writers, path, share, 1)
    try:
        assert main(["demo-data", "--db", str(path), "--tenders", "1"]) == 2
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()
    err = capsys.readouterr().err
    assert f"open for writing by {getpass.getuser()} on {socket.gethostname()}" in err
    assert f"process {writer.pid}" in err and "Traceback" not in err
