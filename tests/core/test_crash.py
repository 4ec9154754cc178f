"""Crash safety: a writer killed with SIGKILL at random moments loses and half-writes nothing.

A child process (tests/core/crash_writer.py, forked from a server that imported it once) writes
real changes through the Register, one transaction per call, and reports each call through a
pipe before it starts ("begin"), around SQLite's BEGIN and COMMIT ("sql") and after it
returned ("done"). The test kills it at a random moment, reopens the workspace and compares it
with a model of every change that was reported committed. The one change in flight at the kill
must be there whole or not at all.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from core.store import backups, search
from core.store.locking import read_holder
from core.store.schema import CURRENT_VERSION
from core.store.workspace import APPLICATION_ID, WorkspaceError, open_workspace
from tests.core import crash_writer
from tests.core.crash_writer import Kill
from tests.core.forked import server_with

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="no SIGKILL on Windows: a process cannot be hard-killed"
)

#: kill rounds on the same workspace file (the issue asks for at least 50)
ROUNDS = 55
#: kills during the very first open of a new file (migration)
FRESH_ROUNDS = 8
#: the share of a first open's time within which those kills fall, but for the last ones,
#: which fall after it
OPEN_SHARE = 0.6
LATE_ROUNDS = 2
#: the fewest kills that must land inside a transaction and at its commit (one run here gave
#: 13 and 30 of 55): fewer and the test no longer tests what it is for
MIN_IN_TRANSACTION = 5
MIN_AT_COMMIT = 5
SEED = 20261122
NOW = datetime(2026, 11, 22, 9, 30)
WAIT = 60  # seconds: the child must reach the kill point within this (it takes ~0.2 s)
TABLES = {"organisations", "tenders", "lots", "tenderers", "decisions", "settings", "audit"}


@dataclass
class Model:
    """Everything reported committed so far, as the workspace must hold it."""

    orgs: dict[int, str] = field(default_factory=dict)
    tenders: dict[int, tuple] = field(default_factory=dict)  # reference, title, cents, buyer
    tenderers: dict[int, tuple] = field(default_factory=dict)  # tender, organisation, offer
    decisions: dict[int, tuple] = field(default_factory=dict)  # tender -> stamp, cents, state
    tender_updates: Counter = field(default_factory=Counter)  # expected audit update rows
    decision_inserts: int = 0
    #: expected audit rows of decision updates but the result's (tender, field, old, new)
    decision_updates: Counter = field(default_factory=Counter)
    #: tenders whose decision was recomputed (their result may have changed)
    recomputed: set = field(default_factory=set)
    settings: dict[str, str] = field(default_factory=dict)

    def apply(self, begin: dict, row_id: int) -> None:
        """One committed change."""
        op = begin["op"]
        if op == "add_organisation":
            self.orgs[row_id] = begin["name"]
        elif op == "add_tender":
            self.tenders[row_id] = (
                begin["reference"],
                begin["title"],
                begin["cents"],
                begin["buyer"],
            )
        elif op == "update_tender":
            ref, title, cents, buyer = self.tenders[row_id]
            assert (title, cents) == (begin["old_title"], begin["old_cents"]), "model drift"
            self.tender_updates[(row_id, "title", title, begin["title"])] += 1
            self.tender_updates[
                (row_id, "estimated_value_cents", str(cents), str(begin["cents"]))
            ] += 1
            self.tenders[row_id] = (ref, begin["title"], begin["cents"], buyer)
            if row_id in self.decisions:  # recomputed in place in the same transaction
                _, old_cents, state = self.decisions[row_id]
                self.decisions[row_id] = (begin["stamp"], begin["cents"], "recomputed")
                self.decision_updates[
                    (row_id, "input_json.estimated_value_excl_vat")
                    + (json.dumps(_euro(old_cents)), json.dumps(_euro(begin["cents"])))
                ] += 1
                if state != "recomputed":
                    self.decision_updates[(row_id, "state", state, "recomputed")] += 1
                self.recomputed.add(row_id)
        elif op == "add_tenderer":
            self.tenderers[row_id] = (begin["tender"], begin["org"], begin["offer"])
        elif op == "decide":  # the same input again: only its state and date may change
            if row_id in self.decisions:
                state = self.decisions[row_id][2]
                if state != "current":
                    self.decision_updates[(row_id, "state", state, "current")] += 1
            else:
                self.decision_inserts += 1
            self.decisions[row_id] = (begin["stamp"], begin["cents"], "current")
        else:  # pragma: no cover
            raise AssertionError(op)


@pytest.fixture(scope="module")
def writers():
    """Starts writers: copies of a server that imported the writer, the app and sqlite-utils
    and read the rule pack once (each writer loading sqlite-utils and the pack took 0.2 s of
    its start: most of the test's time, with no kill in it)."""
    with server_with(["tests.core.crash_writer", "sqlite_utils"]) as context:
        yield context


def _pump(conn, out: queue.Queue) -> None:
    """Read the child's lines as they come, so that a full pipe never blocks it."""
    while True:
        try:
            raw = conn.recv_bytes()
        except (EOFError, OSError):  # the end, or a line cut by the kill: not reported
            break
        out.put(json.loads(raw))
    out.put(None)


def kill_child(
    writers, path: Path, round_no: int, start: datetime, when: str, delay: float
) -> Kill:
    """Start a writer, wait for it to say ``when`` ("opening" or "ready"), then ``delay``
    seconds, then SIGKILL it; return everything it reported."""
    lines_in, lines_out = writers.Pipe(duplex=False)
    proc = writers.Process(
        target=crash_writer.run_into,
        args=(lines_out, str(path), round_no, SEED + round_no, start),
        daemon=True,
    )
    proc.start()
    lines_out.close()  # the child has its own end: the pipe ends when the child does
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_pump, args=(lines_in, lines), daemon=True)
    reader.start()
    seen: list[dict] = []
    try:
        while not seen or seen[-1]["at"] != when:
            line = lines.get(timeout=WAIT)
            assert line is not None, f"the writer ended by itself: {seen[-1:]}"
            assert line["at"] != "error", f"the writer failed:\n{line['trace']}"
            seen.append(line)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.exitcode is None:
            proc.kill()
        proc.join(timeout=WAIT)  # reaped: its lock is free
        reader.join(timeout=WAIT)
        lines_in.close()
    while (line := lines.get(timeout=WAIT)) is not None:
        seen.append(line)
    assert proc.exitcode == -signal.SIGKILL, f"not killed: {seen[-1:]}"
    return Kill(proc.pid, seen, any(line["at"] == "ready" for line in seen))


def _euro(cents: int) -> str:
    """An amount as the writer and the register put it in a decision's input."""
    return f"{cents // 100}.{cents % 100:02d}"


def same(what: str, actual: dict, expected: dict) -> None:
    """Equal mappings, or a short message naming the first differences."""
    if actual == expected:
        return
    keys = sorted(set(actual) | set(expected), key=repr)
    diff = [(k, actual.get(k), expected.get(k)) for k in keys if actual.get(k) != expected.get(k)]
    raise AssertionError(f"{what}: {len(diff)} differ (key, found, expected): {diff[:5]}")


def settle(ws, kill: Kill, model: Model) -> str:
    """Add the reported changes to the model; the one in flight must be whole or absent.

    Returns "committed", "lost" or "" (nothing in flight).
    """
    for begin, row_id in kill.committed():
        model.apply(begin, row_id)
    begin = kill.in_flight()
    if begin is None:
        return ""
    db, op = ws.conn, begin["op"]
    row_id = None
    if op == "add_organisation":
        row = db.execute("SELECT id FROM organisations WHERE name = ?", [begin["name"]]).fetchone()
        row_id = row and row[0]
    elif op == "add_tender":
        ref = begin["reference"]
        row = db.execute("SELECT id FROM tenders WHERE reference = ?", [ref]).fetchone()
        row_id = row and row[0]
        if row_id is None:
            found = db.execute("SELECT count(*) FROM tender_search WHERE reference = ?", [ref])
            assert found.fetchone()[0] == 0, f"{ref} is searchable but not stored"
    elif op == "update_tender":
        now = db.execute(
            "SELECT title, estimated_value_cents FROM tenders WHERE id = ?", [begin["id"]]
        ).fetchone()
        old, new = (begin["old_title"], begin["old_cents"]), (begin["title"], begin["cents"])
        assert now in (old, new), f"half an update: {now}, neither {old} nor {new}"
        row_id = begin["id"] if now == new else None
    elif op == "add_tenderer":
        row = db.execute(
            "SELECT id FROM tenderers WHERE tender_id = ? AND organisation_id = ?",
            [begin["tender"], begin["org"]],
        ).fetchone()
        row_id = row and row[0]
    else:
        row = db.execute(
            "SELECT decided_at FROM decisions WHERE tender_id = ?", [begin["id"]]
        ).fetchone()
        row_id = begin["id"] if row and row[0] == begin["stamp"] else None
    if row_id is None:
        return "lost"
    model.apply(begin, row_id)
    return "committed"


def touched(kill: Kill, outcome: str, model: Model) -> set[str]:
    """The references of the tenders that the committed changes of this kill touched."""
    changes = [begin for begin, _ in kill.committed()]
    if outcome == "committed":
        changes.append(kill.in_flight())
    refs = set()
    for begin in changes:
        if begin["op"] == "add_tender":
            refs.add(begin["reference"])
        elif begin["op"] in ("update_tender", "decide"):
            refs.add(model.tenders[begin["id"]][0])
        elif begin["op"] == "add_tenderer":
            refs.add(model.tenders[begin["tender"]][0])
    return refs


def check(ws, model: Model, refs: set[str]) -> None:
    """The workspace holds exactly the model; search, audit log and decisions agree."""
    db = ws.conn
    assert ws.integrity_ok()
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.execute("INSERT INTO tender_search(tender_search) VALUES ('integrity-check')")
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    same("settings", dict(db.execute("SELECT key, value FROM settings")), model.settings)
    same("organisations", dict(db.execute("SELECT id, name FROM organisations")), model.orgs)
    same(
        "tenders",
        {
            r[0]: r[1:]
            for r in db.execute(
                "SELECT id, reference, title, estimated_value_cents, buyer_id FROM tenders"
            )
        },
        model.tenders,
    )
    same(
        "tenderers",
        {
            r[0]: r[1:]
            for r in db.execute("SELECT id, tender_id, organisation_id, offer_cents FROM tenderers")
        },
        model.tenderers,
    )
    decisions = {}
    for tender_id, stamp, data, state in db.execute(
        "SELECT tender_id, decided_at, input_json, state FROM decisions WHERE kind = 'procedure'"
    ):
        cents = int(Decimal(json.loads(data)["estimated_value_excl_vat"]) * 100)
        decisions[tender_id] = (stamp, cents, state)
        assert cents == model.tenders[tender_id][2], "a decision kept an old estimate"
    same("decisions", decisions, model.decisions)
    names: dict[int, set[str]] = {
        tid: {model.orgs[buyer]} if buyer else set()
        for tid, (_, _, _, buyer) in model.tenders.items()
    }
    for tender_id, org, _ in model.tenderers.values():
        names[tender_id].add(model.orgs[org])
    same(
        "search index",
        {
            r[0]: (r[1], r[2], set((r[3] or "").split()))
            for r in db.execute("SELECT rowid, reference, title, names FROM tender_search")
        },
        {tid: (t[0], t[1], names[tid]) for tid, t in model.tenders.items()},
    )
    by_ref = {t[0]: tid for tid, t in model.tenders.items()}
    for ref in sorted(refs):
        found = [r.id for r in search.search(ws, search.Query(text=ref))]
        assert by_ref[ref] in found, f"search does not find {ref}"
    assert search.count(ws, search.Query()) == len(model.tenders)

    def audit(table: str, action: str) -> Counter:
        return Counter(
            r[0]
            for r in db.execute(
                "SELECT row_id FROM audit WHERE table_name = ? AND action = ?", [table, action]
            )
        )

    assert audit("organisations", "insert") == Counter(list(model.orgs))
    assert audit("tenders", "insert") == Counter(list(model.tenders))
    assert audit("tenderers", "insert") == Counter(list(model.tenderers))
    updates = db.execute(
        "SELECT row_id, field, old_value, new_value FROM audit "
        "WHERE table_name = 'tenders' AND action = 'update'"
    ).fetchall()
    same("audit of tender updates", Counter(updates), model.tender_updates)
    assert sum(audit("decisions", "insert").values()) == model.decision_inserts
    assert sum(audit("decisions", "delete").values()) == 0
    tender_of = dict(db.execute("SELECT id, tender_id FROM decisions"))
    changed = db.execute(
        "SELECT row_id, field, old_value, new_value FROM audit "
        "WHERE table_name = 'decisions' AND action = 'update'"
    ).fetchall()
    results = [tender_of[r[0]] for r in changed if r[1].startswith("result_json.")]
    assert set(results) <= model.recomputed, "a result changed that was not recomputed"
    same(
        "audit of decision updates",
        Counter((tender_of[r[0]], *r[1:]) for r in changed if not r[1].startswith("result_json.")),
        model.decision_updates,
    )
    total = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert total == (
        len(model.orgs)
        + len(model.tenders)
        + len(model.tenderers)
        + model.tender_updates.total()
        + model.decision_inserts
        + model.decision_updates.total()
        + len(results)
    ), "the audit log has rows of changes that were never made"


def assert_whole(backup: Path) -> None:
    """A backup under a backup's name is a complete database."""
    conn = sqlite3.connect(backups.ro_uri(backup), uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok", backup
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION, backup
    finally:
        conn.close()


def reopen(path: Path, start: datetime, round_no: int):
    """Open for writing after a kill: the dead writer's lock must be gone."""
    try:
        return open_workspace(path, now=start)
    except WorkspaceError as exc:
        pytest.fail(f"round {round_no}: the workspace does not open after the kill: {exc}")


def test_a_writer_killed_at_random_moments_loses_nothing_reported_committed(writers, disk_path):
    """After each SIGKILL: lock free, file intact, every reported change there, none half-done.

    On a disk, not in memory: a kill during the commit's sync must find the change whole.
    """
    rng = random.Random(SEED)
    path = disk_path / "w.sqlite"
    model = Model()
    moments: Counter = Counter()
    in_flight: Counter = Counter()
    started, day = time.monotonic(), 0
    for round_no in range(1, ROUNDS + 1):
        style = rng.random()
        at_open = round_no > 1 and style < 0.12
        if at_open or round_no % 8 == 0:
            day += 1  # a new day: the open makes the daily backup
        start = NOW + timedelta(days=day)
        if at_open:  # during the open and its backup
            kill = kill_child(writers, path, round_no, start, "opening", rng.uniform(0, 0.015))
        elif style < 0.25:  # right after the start
            kill = kill_child(writers, path, round_no, start, "ready", rng.uniform(0, 0.02))
        else:  # a commit takes milliseconds: 0.1 s lands in any moment of one as well as 0.2
            kill = kill_child(writers, path, round_no, start, "ready", rng.uniform(0.02, 0.1))
        if kill.ready:  # the killed writer held the lock: it is the pid in the lock file
            assert read_holder(path.with_name(path.name + ".lock")).pid == kill.pid
        moments[kill.moment()] += 1
        with reopen(path, start, round_no) as ws:
            assert ws.migrated_from is None or round_no == 1
            outcome = settle(ws, kill, model)
            in_flight[(kill.moment(), outcome)] += 1
            check(ws, model, touched(kill, outcome, model))
            with ws.transaction() as db:  # the parent can write: the lock was released
                db.execute("INSERT OR REPLACE INTO settings VALUES ('round', ?)", [str(round_no)])
            model.settings["round"] = str(round_no)
        if at_open or round_no % 8 == 0:  # the backup just made is whole
            assert_whole(backups.list_backups(path)[0])
    with reopen(path, start, ROUNDS + 1) as ws:
        check(ws, model, {t[0] for t in model.tenders.values()})
    for backup in backups.list_backups(path):
        assert_whole(backup)
    summary = (
        f"\n{ROUNDS} kills in {time.monotonic() - started:.1f} s; moments {dict(moments)}; "
        f"in flight (moment, outcome) {dict(in_flight)}; {len(model.tenders)} tenders, "
        f"{model.tender_updates.total() // 2} updates, {len(model.tenderers)} tenderers, "
        f"{model.decision_inserts} decisions stored, {model.decision_updates.total()} decision "
        f"changes logged"
    )
    print(summary)
    assert moments["transaction"] >= MIN_IN_TRANSACTION, summary
    assert moments["commit"] >= MIN_AT_COMMIT, summary
    # a change killed at its commit was found whole at least once (not only ever lost)
    assert in_flight[("commit", "committed")] >= 1, summary


def first_open_seconds(folder: Path) -> float:
    """How long a new file's first open (its migration) takes here: the median of three."""
    taken = []
    for n in range(3):
        started = time.perf_counter()
        open_workspace(folder / f"timed-{n}.sqlite", now=NOW).close()
        taken.append(time.perf_counter() - started)
    return sorted(taken)[1]


def test_a_kill_during_the_first_open_leaves_a_file_that_opens(writers, disk_path):
    """A kill in a new file's first open leaves it empty or fully migrated; it opens for writing."""
    rng = random.Random(SEED + 1)
    outcomes: Counter = Counter()
    # most kills fall within the first 60 % of the open's time as timed here, to land in the
    # migration; the last ones after it, on a migrated file. A fixed window (0 to 0.07 s, when
    # the open took 0.1 s) let most kills fall after the open once it took 0.04 s.
    opened = first_open_seconds(disk_path)
    for round_no in range(1, FRESH_ROUNDS + 1):
        path = disk_path / f"fresh-{round_no}.sqlite"
        late = round_no > FRESH_ROUNDS - LATE_ROUNDS
        delay = rng.uniform(2, 3) * opened if late else rng.uniform(0, OPEN_SHARE * opened)
        kill = kill_child(writers, path, round_no, NOW, "opening", delay)
        state = "missing"
        if path.exists():  # SQLite reads it with its -wal, as the app would
            conn = sqlite3.connect(path)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            finally:
                conn.close()
            if version == 0:
                assert (app_id, tables) == (0, set()), "half a migration"
                state = "empty"
            else:
                assert (version, app_id) == (CURRENT_VERSION, APPLICATION_ID)
                assert tables >= TABLES
                state = "migrated"
        outcomes[(state, kill.ready)] += 1
        model = Model()
        with reopen(path, NOW, round_no) as ws:
            assert ws.migrated_from == (0 if state != "migrated" else None)
            settle(ws, kill, model)
            check(ws, model, set())
            with ws.transaction() as db:
                db.execute("INSERT INTO settings VALUES ('opened', 'yes')")
    summary = f"\nfirst-open kills (file state, writer was ready): {dict(outcomes)}"
    print(summary)
    in_the_open = sum(n for (_, ready), n in outcomes.items() if not ready)
    assert in_the_open >= FRESH_ROUNDS // 2, "most kills must land in the migration" + summary
