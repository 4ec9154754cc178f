"""Reading any SQLite file the app opens: text that is not UTF-8, a full disk, the schema."""

from __future__ import annotations

import errno
import sqlite3
from functools import cache

from core.store.schema import CURRENT_VERSION, MIGRATIONS


def read_text(raw: bytes) -> str:
    """A stored text as Python reads it: bytes that are not UTF-8 become U+FFFD, not a crash.

    Another program (or a damaged page) may have stored them; the file itself keeps them.
    """
    return raw.decode("utf-8", errors="replace")


def is_disk_full(exc: BaseException) -> bool:
    """Whether an error means the disk (or the user's quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return False


@cache
def expected_names() -> frozenset[str]:
    """The tables, indexes and triggers a workspace of the current version has."""
    conn = sqlite3.connect(":memory:")
    try:
        for target in range(1, CURRENT_VERSION + 1):
            conn.executescript(MIGRATIONS[target])
        return frozenset(
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                "AND name NOT LIKE 'sqlite_%'"
            )
        )
    finally:
        conn.close()
