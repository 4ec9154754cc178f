"""The process tests/core/test_crash_migration.py kills while it opens, and so converts, an
older workspace: a copy of a server that imported the store and what the conversion imports
(``tests.core.forked``), it says "opening", opens the file, says "ready" and waits to be
killed."""

from __future__ import annotations

import time
from datetime import datetime

from core.store.workspace import open_workspace

#: how long the opened process waits for its kill (seconds)
WAIT = 60


def open_and_wait(conn, path: str) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """Open ``path`` (which backs it up and converts it), saying when it starts and ends."""
    conn.send("opening")
    ws = open_workspace(path, now=datetime(2026, 11, 23))
    conn.send("ready")
    time.sleep(WAIT)
    ws.close()
