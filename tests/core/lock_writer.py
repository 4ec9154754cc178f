"""The other buyer in tests/core/test_network_lock.py: a process that holds a workspace on a
"network drive" and writes to it until it is killed.

Started by the test in a child process forked from the test's process: it names the shared
folder as a network drive, opens the workspace,
says "ready" with its pid through the pipe, then adds tenders, one transaction each, until
it is killed.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

import sqlite_utils  # noqa: F401 - loaded once by the test, not in each writer

from core.drives import NETWORK_FOLDERS_ENV
from core.rules import bundled_pack
from core.store.register import Register
from core.store.workspace import open_workspace

PACK = bundled_pack()  # read once by the test, not in each writer


def run_into(conn, path: str, share: str, round_no: int) -> None:  # noqa: ANN001 - a Connection
    """Hold ``path`` (under ``share``, a network drive) and write until killed."""
    os.environ[NETWORK_FOLDERS_ENV] = share
    start = datetime(2026, 11, 29, 9, 0) + timedelta(days=round_no)
    ws = open_workspace(path, now=start, auto_backup=False)
    reg = Register(ws, PACK)
    assert ws.db  # sqlite-utils loaded before "ready"
    mode = ws.conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.send({"at": "ready", "pid": os.getpid(), "journal": mode})
    buyer = reg.add_organisation({"name": f"Gemeente {round_no}"}, start)
    for n in range(1, 1_000_000):
        when = start + timedelta(seconds=n)
        reg.add_tender(
            {
                "reference": f"R{round_no:03d}-{n:05d}",
                "title": f"Onderhoud groen {round_no}.{n}",
                "authority": "local",
                "contract_type": "services",
                "estimated_value": "25000.00",
                "launch_date": "2026-03-01",
                "buyer_id": buyer,
            },
            when,
        )
        if n == 1:
            conn.send({"at": "wrote"})
        time.sleep(0.01)  # a person between two saves, not a loop that starves readers
