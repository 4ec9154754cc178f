"""The smoke test of a workspace: open, one write and read round trip, integrity check."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core.store.workspace import WorkspaceError, open_workspace

KEY = "last_smoke_test"


def smoke_test(path: Path, now: datetime, create: bool = True) -> tuple[bool, str]:
    """(passed, message). Writes one setting, reads it back, checks the whole file.

    ``create=False`` refuses a workspace that does not exist instead of making a new one.
    """
    stamp = now.isoformat(timespec="microseconds")
    try:
        with open_workspace(path, now=now, auto_backup=False, create=create) as ws:
            with ws.transaction() as db:
                db.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                    "DO UPDATE SET value = excluded.value",
                    [KEY, stamp],
                )
            read = ws.conn.execute("SELECT value FROM settings WHERE key = ?", [KEY]).fetchone()
            if read is None or read[0] != stamp:
                return False, f"{path}: the value written was not read back"
            if not ws.integrity_ok():
                return False, f"{path}: the integrity check failed"
    except WorkspaceError as exc:
        if exc.code == "missing":
            return False, f"{exc}; --create makes a new, empty workspace there"
        return False, str(exc)
    return True, "smoke ok"
