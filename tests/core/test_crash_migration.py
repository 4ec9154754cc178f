"""A process killed while it converts an older workspace's decisions (schema 2 to 3) leaves a
file that opens, with every decision as it was: the conversion is all or nothing."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.register import Register
from core.store.schema import CURRENT_VERSION
from core.store.workspace import open_workspace
from tests.core import opener
from tests.core.forked import server_with
from tests.core.old_format import to_schema_2

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="no SIGKILL on Windows: a process cannot be hard-killed"
)

NOW = datetime(2026, 11, 22, 9, 30)
ROUNDS = 6
WAIT = 60


@pytest.fixture(scope="module")
def openers():
    """Processes that open a workspace: copies of a server that imported the store and what
    the conversion imports, so that the kills land in the opening, not in imports."""
    with server_with(["tests.core.opener", "core.store.decision_rows"]) as context:
        yield context


@pytest.fixture(scope="module")
def old_workspace(tmp_path_factory) -> tuple[Path, dict[int, dict], int]:
    """A workspace of schema 2 with about 150 decisions, their plain forms and the number of
    audit rows."""
    path = tmp_path_factory.mktemp("old") / "old.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 500, seed=4, now=NOW)
    to_schema_2(path)
    conn = sqlite3.connect(path)
    try:
        plain = {
            r[0]: json.loads(r[1]) for r in conn.execute("SELECT id, result_json FROM decisions")
        }
        audit = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    finally:
        conn.close()
    return path, plain, audit


def _kill_while_opening(openers, path: Path, delay: float) -> bool:  # noqa: ANN001 - a context
    """Start a process that opens ``path``, kill it ``delay`` s after it began to; whether it
    had finished opening."""
    mine, theirs = openers.Pipe(duplex=False)
    proc = openers.Process(target=opener.open_and_wait, args=(theirs, str(path)), daemon=True)
    proc.start()
    theirs.close()
    try:
        assert mine.poll(WAIT) and mine.recv() == "opening"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(WAIT)
        try:
            return mine.poll(0) and mine.recv() == "ready"
        except EOFError:  # killed before it said more
            return False
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join(WAIT)
        mine.close()


def test_a_kill_during_the_conversion_leaves_every_decision_as_it_was(
    openers, old_workspace, tmp_path
):
    source, plain, audit = old_workspace
    shutil.copy(source, tmp_path / "timing.sqlite")
    started = time.monotonic()
    with open_workspace(tmp_path / "timing.sqlite", now=NOW) as ws:
        assert ws.migrated_from == 2
    opening = time.monotonic() - started  # about what the child needs: backup and migration
    rng = random.Random(20261129)
    outcomes: Counter = Counter()
    for round_no in range(ROUNDS):
        path = tmp_path / f"round-{round_no}" / "w.sqlite"
        path.parent.mkdir()
        shutil.copy(source, path)
        ready = _kill_while_opening(openers, path, rng.uniform(0, opening))
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        assert version in (2, CURRENT_VERSION), "half a migration"
        outcomes[(version, ready)] += 1
        with open_workspace(path, now=NOW) as ws:
            assert ws.migrated_from == (2 if version == 2 else None)
            assert ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
            reg = Register(ws, bundled_pack())
            rows = ws.conn.execute("SELECT id, tender_id, kind FROM decisions").fetchall()
            assert {r[0] for r in rows} == set(plain)
            read = {}
            for tender_id in {r[1] for r in rows}:
                for d in reg.decisions(tender_id):
                    read[tender_id, d.kind] = d.result
            for decision_id, tender_id, kind in rows:
                assert read[tender_id, kind] == plain[decision_id]
    summary = f"\nconversion kills (schema found, child had opened): {dict(outcomes)}"
    print(summary)
    assert sum(n for (_, ready), n in outcomes.items() if not ready) >= ROUNDS // 2, summary
