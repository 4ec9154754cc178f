"""Rotating backups of a workspace with the SQLite backup API (never a copy of a live file)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

SUFFIX = ".sqlite"


def backups_dir(workspace: Path) -> Path:
    """Where the backups of a workspace go: ``<name>-backups`` beside it."""
    return workspace.with_name(workspace.stem + "-backups")


def list_backups(workspace: Path) -> list[Path]:
    """The workspace's backups, newest first."""
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{workspace.stem}-*{SUFFIX}"), reverse=True)


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
    target = folder / f"{workspace.stem}-{now:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    partial.replace(target)
    for old in list_backups(workspace)[keep:]:
        old.unlink(missing_ok=True)
    return target


def last_backup_time(workspace: Path) -> datetime | None:
    """When the newest backup was made, read from its name."""
    for path in list_backups(workspace):
        stamp = path.name[len(workspace.stem) + 1 :][:15]
        try:
            return datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue
    return None


def restore_backup(backup: Path, workspace: Path, now: datetime) -> Path | None:
    """Put a backup in place of the workspace; the replaced file is kept, never deleted.

    Returns where the replaced file was moved (None when there was none). The backup is
    checked first; the caller must have closed the workspace.
    """
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"{backup} is damaged itself")
        kept = None
        if workspace.exists():
            kept = workspace.with_name(f"{workspace.name}.replaced-{now:%Y%m%d-%H%M%S}")
            workspace.replace(kept)
            for extra in ("-wal", "-shm"):
                side = workspace.with_name(workspace.name + extra)
                if side.exists():
                    side.replace(kept.with_name(kept.name + extra))
        partial = workspace.with_name(workspace.name + ".part")
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        partial.replace(workspace)
        return kept
    finally:
        source.close()


def snapshot(workspace: Path, target: Path) -> None:
    """Copy a workspace to ``target`` with the backup API, writing nothing beside it.

    A workspace no program has open (no ``-wal`` file beside it) is read as immutable, so
    SQLite creates no ``-wal`` and ``-shm`` files next to it; an open one is read through
    its WAL (``mode=ro``), whose files are there already, so the copy has its latest
    changes. Raises sqlite3.DatabaseError when the file is not a database.
    """
    wal = workspace.with_name(workspace.name + "-wal")
    query = "mode=ro" if wal.exists() else "immutable=1"
    source = sqlite3.connect(f"{workspace.resolve().as_uri()}?{query}", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
