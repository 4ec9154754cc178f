"""Rotating backups of a workspace with the SQLite backup API (never a copy of a live file).

The backups of ``reg.sqlite`` go to ``reg.sqlite.backups/`` beside it: the folder is named
after the whole file name, so ``reg.sqlite`` and ``reg.db`` in one folder never share, rotate
or offer each other's backups. Older versions of the app used ``reg-backups/`` (the stem
only); those backups are still offered for restore (``older_backups``), never rotated.

Each backup's name holds the time it was made (``reg-20261122-100000-auto.sqlite``). A time
in the future (one start with a wrong clock) is not trusted: it never makes the daily backup
look done, and the next backup renames it to a second before its own time, after which it
ages and rotates like the others.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from core.store.files import disk_full, new_part, replacing, stale_parts, sync_folder
from core.store.locking import LockHeldError, WorkspaceLock

SUFFIX = ".sqlite"
FOLDER_SUFFIX = ".backups"
_STAMP = "%Y%m%d-%H%M%S"


class RestoreError(Exception):
    """A restore that did not happen; the workspace was left exactly as it was.

    ``code``: ``damaged_backup``, ``disk_full``, ``locked``, ``cannot_write``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def ro_uri(path: Path, query: str = "mode=ro") -> str:
    """An SQLite URI for ``path`` with every special character (``#``, ``?``, ``%``) quoted."""
    return f"{Path(path).resolve().as_uri()}?{query}"


def backups_dir(workspace: Path) -> Path:
    """Where the backups of a workspace go: ``<file name>.backups`` beside it."""
    return workspace.with_name(workspace.name + FOLDER_SUFFIX)


def older_backups_dir(workspace: Path) -> Path:
    """Where older versions of the app put them: ``<stem>-backups``, shared by equal stems."""
    return workspace.with_name(workspace.stem + "-backups")


def _stamped(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(stem) + r"-(\d{8}-\d{6})-[\w-]+" + re.escape(SUFFIX))
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if not match:
            continue
        try:
            found.append((datetime.strptime(match.group(1), _STAMP), path))
        except ValueError:
            continue
    return found


def list_backups(workspace: Path) -> list[Path]:
    """The workspace's backups, newest name first."""
    return [p for _, p in sorted(_stamped(backups_dir(workspace), workspace.stem), reverse=True)]


def older_backups(workspace: Path) -> list[Path]:
    """Backups of the old shared folder that may be this workspace's, newest first."""
    folder = older_backups_dir(workspace)
    if folder == backups_dir(workspace):
        return []
    return [p for _, p in sorted(_stamped(folder, workspace.stem), reverse=True)]


def restorable(workspace: Path) -> list[Path]:
    """Every backup that can be offered for restore: this workspace's, then the old folder's."""
    return list_backups(workspace) + older_backups(workspace)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database to ``target`` (backup API) through a new ``.part`` file, then rename.

    The target appears only complete; on any error the ``.part`` file is removed and an
    existing ``target`` is left as it was.
    """
    fd, part = new_part(target)
    os.close(fd)
    try:
        dest = sqlite3.connect(part)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def make_backup(
    conn: sqlite3.Connection, workspace: Path, now: datetime, reason: str, keep: int
) -> Path:
    """Copy the open database to a new backup file, then keep only the ``keep`` newest.

    The copy is written to a temporary name and renamed when complete, so a crash never
    leaves a half-written backup under a backup's name.
    """
    folder = backups_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.part*"):  # a backup cut short by a crash; we hold the lock
        stale.unlink(missing_ok=True)
    target = _free(folder / f"{workspace.stem}-{now:{_STAMP}}-{reason}{SUFFIX}")
    copy_database(conn, target)
    _redate_future(folder, workspace.stem, now)
    for old in list_backups(workspace)[keep:]:
        if old != target:
            old.unlink(missing_ok=True)
    return target


def _redate_future(folder: Path, stem: str, now: datetime) -> None:
    """Rename backups dated after ``now`` (made with a wrong clock) to a second before it.

    They were made before now, so they count from now on as the newest but one and age like
    the others; their reason is kept.
    """
    before = now - timedelta(seconds=1)
    for stamp, path in _stamped(folder, stem):
        if stamp > now:
            reason = path.name[len(stem) + 17 : -len(SUFFIX)]
            path.replace(_free(folder / f"{stem}-{before:{_STAMP}}-{reason}{SUFFIX}"))


def _free(target: Path) -> Path:
    """``target``, or with ``-2``, ``-3``… when a backup of that second already exists."""
    candidate, n = target, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


def last_backup_time(workspace: Path, now: datetime) -> datetime | None:
    """When the newest backup was made, read from its name; names dated after ``now`` ignored."""
    times = [t for t, _ in _stamped(backups_dir(workspace), workspace.stem) if t <= now]
    return max(times, default=None)


def restore_backup(backup: Path, workspace: Path, now: datetime) -> Path | None:
    """Put a backup in place of the workspace; the replaced file is kept, never deleted.

    Returns where the replaced file was kept (None when there was none). Either the restore
    completes or the workspace is left exactly as it was (RestoreError says why): the backup
    is checked and copied beside the workspace first; only then is the workspace kept aside
    (a second name for the same file, no copy) and the copy renamed over it. Takes the
    workspace's lock: the caller must have closed the workspace.
    """
    lock = WorkspaceLock(workspace)
    try:
        lock.acquire()
    except LockHeldError:
        raise RestoreError("locked", "the workspace is open in another window or program") from None
    except OSError as exc:
        raise RestoreError("cannot_write", f"the workspace cannot be locked: {exc}") from None
    try:
        for stale in stale_parts(workspace):  # a restore cut short by a crash; we hold the lock
            stale.unlink(missing_ok=True)
        part = _copied_beside(backup, workspace)
        try:
            kept = _keep_aside(workspace, now)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        try:
            os.replace(part, workspace)
        except BaseException:
            part.unlink(missing_ok=True)
            _put_back(kept, workspace)
            raise
        sync_folder(workspace.parent)
        return kept
    except OSError as exc:
        code = "disk_full" if disk_full(exc) else "cannot_write"
        raise RestoreError(code, f"the backup could not be restored: {exc}") from None
    finally:
        lock.release()


def _copied_beside(backup: Path, workspace: Path) -> Path:
    """The backup, checked, copied to a new ``.part`` file beside the workspace."""
    try:
        source = sqlite3.connect(ro_uri(backup), uri=True)
    except sqlite3.Error as exc:
        raise RestoreError("damaged_backup", f"{backup.name} cannot be read ({exc})") from None
    try:
        try:
            result = source.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        if result != "ok":
            raise RestoreError("damaged_backup", f"{backup.name} is damaged itself ({result})")
        fd, part = new_part(workspace)
        os.close(fd)
        try:
            _copy_into(source, part)
        except BaseException as exc:
            part.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.Error):
                code = "disk_full" if disk_full(exc) else "cannot_write"
                raise RestoreError(code, f"the backup could not be copied: {exc}") from None
            raise
        return part
    finally:
        source.close()


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()


def _keep_aside(workspace: Path, now: datetime) -> Path | None:
    """A second name for the workspace (and its WAL files moved to match), or None."""
    if not workspace.exists():
        return None
    kept = _free(workspace.with_name(f"{workspace.name}.replaced-{now:{_STAMP}}"))
    try:
        os.link(workspace, kept)  # no copy: the disk may be full; one file under two names
    except OSError:  # a file system without hard links (FAT): a copy, or nothing changes
        with workspace.open("rb") as source, replacing(kept) as handle:
            shutil.copyfileobj(source, handle)
    moved = []
    try:
        for extra in ("-wal", "-shm"):
            side = workspace.with_name(workspace.name + extra)
            if side.exists():
                side.replace(kept.with_name(kept.name + extra))
                moved.append(extra)
    except BaseException:
        _put_back(kept, workspace, moved)
        raise
    return kept


def _put_back(kept: Path | None, workspace: Path, moved: tuple | list = ("-wal", "-shm")) -> None:
    """Undo ``_keep_aside``: the WAL files back beside the workspace, the second name gone."""
    if kept is None:
        return
    for extra in moved:
        side = kept.with_name(kept.name + extra)
        if side.exists():
            side.replace(workspace.with_name(workspace.name + extra))
    kept.unlink(missing_ok=True)


def snapshot(workspace: Path, target: Path) -> None:
    """Copy a workspace to ``target`` with the backup API, writing nothing beside it.

    A workspace no program has open (no ``-wal`` file beside it) is read as immutable, so
    SQLite creates no ``-wal`` and ``-shm`` files next to it; an open one is read through
    its WAL (``mode=ro``), whose files are there already, so the copy has its latest
    changes. Raises sqlite3.DatabaseError when the file is not a database.
    """
    wal = workspace.with_name(workspace.name + "-wal")
    query = "mode=ro" if wal.exists() else "immutable=1"
    source = sqlite3.connect(ro_uri(workspace, query), uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
