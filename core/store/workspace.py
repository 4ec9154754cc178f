"""Opening a workspace file safely: checks, lock, migrations with a backup, journal, backups.

A damaged, locked, read-only or newer-version file raises WorkspaceError with a code and
what the user can do (``offers``); the file is never overwritten. A second process gets
WorkspaceError("locked"), naming who holds it, and may open the file read-only instead.

A local file is written in WAL mode. A file on a network drive (``core.drives``) is not:
SQLite's WAL needs memory shared by every process that opens the file, which machines on a
network do not share (https://www.sqlite.org/wal.html). It uses the rollback journal
(``journal_mode=DELETE``) with ``locking_mode=NORMAL``, whose locks last one transaction, so
others read between the writer's transactions (``EXCLUSIVE`` keeps them out while the writer
has the file open), and a longer busy timeout: a reader elsewhere holds its SHARED lock over
the network (https://www.sqlite.org/lockingv3.html). One writer at a time is the app's lock
file, which does not rely on the share's byte-range locks (``core.store.locking``); readers
open with ``mode=ro``, so none rolls back a journal it wrongly takes for hot.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from core.drives import on_network_drive
from core.paths import PathError, user_path
from core.record import field, record
from core.store import backups
from core.store.locking import Holder, WorkspaceLock, look
from core.store.schema import CONVERSIONS, CURRENT_VERSION, MIGRATIONS
from core.store.sqlite_files import (
    APPLICATION_ID,
    SQLITE_HEADER,
    checked_version,
    copy_with_wal,
    has_wal,
    is_disk_full,
    new_schema,
    read_text,
    statements,
    write_failure,
)
from core.store.workspace_errors import WorkspaceError, disk_full_error, lock_error

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000
#: on a network drive: a reader's lock is held over the network, a commit takes longer
NETWORK_BUSY_TIMEOUT_MS = 15000
BACKUPS_KEPT = 10
BACKUP_EVERY = timedelta(days=1)
#: read-only opening: normally, else (a read-only folder without -shm) as immutable
READ_ONLY_QUERIES = ("mode=ro", "immutable=1")


@record
class Workspace:
    """An open workspace: its connection (and sqlite-utils database), path, whether it is
    read-only, whether it lies on a network drive and, read-only because another process
    writes it, who that is (``holder``)."""

    path: Path
    conn: sqlite3.Connection
    read_only: bool
    lock: WorkspaceLock | None = None
    network: bool = False
    holder: Holder | None = None
    migrated_from: int | None = None
    backup_made: Path | None = None
    deferred_check: bool = False
    #: a private copy read instead of the file (removed on close), see ``_open_read_only``
    temporary: Path | None = None
    _closed: bool = field(default=False, repr=False)
    _db: sqlite_utils.Database | None = field(default=None, repr=False)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made when first used (its imports take 0.1 s),
        without its plugins: looking for them reads every installed distribution's entry
        points (60-90 ms), and one installed beside the app must not change its writes."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One change, all or nothing; refused on a read-only workspace (naming who writes
        it, when another does) and once another process took the lock over."""
        if self.read_only:
            by = f" ({self.holder.describe()} is writing it)" if self.holder else ""
            raise WorkspaceError(
                self.path,
                "read_only",
                f"is open read-only{by}: changes are not saved",
                ("choose_other",),
                self.holder,
            )
        if self.lock is not None and self.lock.lost:
            raise WorkspaceError(
                self.path,
                "lock_lost",
                "was taken over by another user while this window did not answer: "
                "changes are not saved; open it again",
                ("open_read_only", "choose_other"),
                self.lock.look().holder,
            )
        with self.db.atomic():
            yield self.db

    def integrity_ok(self) -> bool:
        """SQLite's own check of the whole file."""
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def backup(self, now: datetime, reason: str = "manual") -> Path:
        """Write a backup now (SQLite backup API) and rotate the old ones."""
        return backups.make_backup(self.conn, self.path, now, reason, BACKUPS_KEPT)

    def close(self) -> None:
        """Checkpoint, close the connection and release the lock."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only and not self.network:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        finally:
            self.conn.close()
            if self.lock:
                self.lock.release()
            if self.temporary:
                shutil.rmtree(self.temporary, ignore_errors=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_file(path: Path) -> str:
    """SQLite's quick check of a workspace on its own read-only connection: 'ok' or why not.

    Safe to run off the GUI thread while the workspace is open; the window uses it to check
    a large file after it is shown instead of before (see ``open_workspace(check=False)``).
    A file that is gone is no sound workspace (SQLite would read it as an empty one)."""
    if not path.is_file():
        return "cannot be read (no such file)"
    error = "cannot be read"
    for query in READ_ONLY_QUERIES:
        source = path
        if query == "immutable=1" and has_wal(path):  # check what a reader sees, WAL included
            try:
                source, query = copy_with_wal(path), "mode=ro"
            except OSError as exc:
                return f"cannot be read ({exc.strerror or exc})"
        try:
            conn = _connect(backups.ro_uri(source, query), uri=True)
            try:
                return conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            error = str(exc)
        finally:
            if source != path:
                shutil.rmtree(source.parent, ignore_errors=True)
    return error


def backup_due(path: Path, now: datetime) -> bool:
    """True when the newest automatic backup is older than a day (or there is none)."""
    last = backups.last_backup_time(path, now)
    return last is None or now - last >= BACKUP_EVERY


def backup_file(path: Path, now: datetime, reason: str = "auto") -> Path:
    """Back up a workspace from its own read-only connection (safe off the GUI thread)."""
    conn = _connect(backups.ro_uri(path), uri=True)
    try:
        return backups.make_backup(conn, Path(path), now, reason, BACKUPS_KEPT)
    finally:
        conn.close()


def open_workspace(
    path: str | Path,
    *,
    now: datetime,
    read_only: bool = False,
    check: bool = True,
    auto_backup: bool = True,
    create: bool = True,
    take_over: Holder | None = None,
) -> Workspace:
    """Open (or create) a workspace; raise WorkspaceError with what the user can do.

    Held by another process: ``locked`` (or ``stale_lock`` when that one stopped), with
    the ``holder``; ``take_over`` (the stale holder the user agreed to replace) opens it.

    ``create=False`` refuses a file that does not exist (``missing``: a drive that is not
    connected must not silently become a new, empty register) instead of creating it and
    its folders.

    ``check=False`` and ``auto_backup=False`` leave the integrity check and the daily backup
    to the caller (the window runs ``check_file`` and ``backup_file`` in the background so
    that a large register opens at once).

    ``now`` dates the automatic backup (the rules never read the clock, nor does this).
    """
    try:
        path = user_path(path)
    except PathError as exc:
        raise WorkspaceError(Path(str(path)), "bad_path", exc.reason, ("choose_other",)) from None
    network = on_network_drive(path)
    if read_only:
        return _open_read_only(path, check, network)
    _refuse_foreign_file(path)
    if path.exists() and not _writable(path):
        raise WorkspaceError(
            path,
            "read_only",
            "cannot be written (the file or its folder is read-only)",
            ("open_read_only", "choose_other"),
        )
    if not path.exists() and not create:
        raise WorkspaceError(
            path,
            "missing",
            "does not exist (is it on a drive that is not connected?)",
            ("retry", "create", "choose_other"),
        )
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                path, "cannot_create", f"cannot be created: {exc.strerror}", ("choose_other",)
            ) from None
    lock = WorkspaceLock(path, network=network)
    try:
        lock.acquire(take_over)
    except OSError as exc:
        raise lock_error(path, exc) from None
    try:
        ws = _open_locked(path, lock, now, check, auto_backup)
    except BaseException:
        lock.release()
        raise
    return ws


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _refuse_foreign_file(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WorkspaceError(
            path, "bad_path", f"cannot be used: {exc.strerror}", ("choose_other",)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkspaceError(
            path, "folder", "is a folder, not a workspace file; name a file", ("choose_other",)
        )
    if not stat.S_ISREG(info.st_mode):
        raise WorkspaceError(
            path,
            "not_a_workspace",
            "is not a file (a device, a pipe or a link to one); it was left untouched",
            ("choose_other",),
        )
    if info.st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(
            path, "damaged", f"cannot be read: {exc.strerror}", ("restore_backup", "choose_other")
        ) from None
    if header != SQLITE_HEADER:
        raise WorkspaceError(
            path,
            "not_a_workspace",
            "is not a tender desk workspace (not an SQLite file); it was left untouched",
            ("restore_backup", "choose_other"),
        )


def _connect(target: str, uri: bool = False, network: bool = False) -> sqlite3.Connection:
    busy = NETWORK_BUSY_TIMEOUT_MS if network else BUSY_TIMEOUT_MS
    conn = sqlite3.connect(
        target, uri=uri, isolation_level=None, check_same_thread=False, timeout=busy / 1000
    )
    conn.text_factory = read_text
    conn.execute(f"PRAGMA busy_timeout = {busy}")
    return conn


def _open_locked(
    path: Path, lock: WorkspaceLock, now: datetime, check: bool, auto_backup: bool
) -> Workspace:
    conn = _connect(str(path), network=lock.network)
    try:
        version = checked_version(conn, path, check)
        conn.execute("PRAGMA foreign_keys = ON")
        if lock.network:  # see the module's docstring
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("PRAGMA journal_mode = DELETE")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):
            raise disk_full_error(path) from None
        raise WorkspaceError(
            path,
            "damaged",
            f"is damaged ({exc})",
            ("restore_backup", "open_read_only", "choose_other"),
        ) from None
    except BaseException:
        conn.close()
        raise
    ws = Workspace(
        path=path,
        conn=conn,
        read_only=False,
        lock=lock,
        network=lock.network,
        deferred_check=not check,
    )
    try:
        if version < CURRENT_VERSION:
            if version > 0:
                ws.backup_made = ws.backup(now, f"before-v{CURRENT_VERSION}")
            _migrate(ws, version)
            ws.migrated_from = version
        elif auto_backup and backup_due(path, now):
            ws.backup_made = ws.backup(now, "auto")
    except (OSError, sqlite3.Error) as exc:
        ws.conn.close()
        failure = write_failure(exc)
        if failure == "disk_full":
            raise disk_full_error(path) from None
        if failure == "write_failed":
            raise WorkspaceError(
                path,
                "write_failed",
                f"cannot be written: the disk refused the write ({exc}); is it full or removed?",
                ("retry", "open_read_only", "choose_other"),
            ) from None
        raise
    except BaseException:
        ws.conn.close()
        raise
    return ws


def _migrate(ws: Workspace, version: int) -> None:
    """Run every migration after ``version``, all in one transaction."""
    with ws.db.atomic():
        if version == 0:  # an empty file: the schema the migrations make, at once
            for statement in new_schema():
                ws.conn.execute(statement)
            version = CURRENT_VERSION
        for target in range(version + 1, CURRENT_VERSION + 1):
            for statement in statements(MIGRATIONS[target]):
                ws.conn.execute(statement)
            if target in CONVERSIONS:
                module, _, name = CONVERSIONS[target].rpartition(".")
                getattr(importlib.import_module(module), name)(ws.conn)
        ws.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        ws.conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")


def _open_read_only(path: Path, check: bool, network: bool = False) -> Workspace:
    if not path.exists():
        raise WorkspaceError(path, "cannot_create", "does not exist", ("choose_other",))
    _refuse_foreign_file(path)
    last_error: Exception | None = None
    # immutable would read a file another machine is writing as if nothing changed it
    for query in READ_ONLY_QUERIES[:1] if network else READ_ONLY_QUERIES:
        source, copy = path, None
        if query == "immutable=1" and has_wal(path):
            # immutable would ignore committed changes still in the WAL: read a copy instead
            try:
                source, copy = copy_with_wal(path), path
            except OSError as exc:
                raise WorkspaceError(
                    path,
                    "damaged",
                    f"cannot be read: its latest changes are in {path.name}-wal, which cannot "
                    f"be read here ({exc.strerror or exc})",
                    ("choose_other",),
                ) from None
            query = "mode=ro"
        try:
            ws = _read_only_connection(source, path, query, check, network)
        except sqlite3.DatabaseError as exc:
            last_error = exc
            ws = None
        except BaseException:
            if copy is not None:
                shutil.rmtree(source.parent, ignore_errors=True)
            raise
        if ws is not None:
            if copy is not None:
                ws.temporary = source.parent
            return ws
        if copy is not None:
            shutil.rmtree(source.parent, ignore_errors=True)
    raise WorkspaceError(
        path, "damaged", f"cannot be read ({last_error})", ("restore_backup", "choose_other")
    )


def _read_only_connection(
    source: Path, path: Path, query: str, check: bool, network: bool
) -> Workspace:
    conn = _connect(backups.ro_uri(source, query), uri=True, network=network)
    try:
        version = checked_version(conn, path, check)
        if version == 0:
            raise WorkspaceError(path, "not_a_workspace", "is empty", ("choose_other",))
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    holder = look(path, network).holder
    return Workspace(
        path=path,
        conn=conn,
        read_only=True,
        network=network,
        holder=holder,
        deferred_check=not check,
    )
