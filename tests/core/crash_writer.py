"""The writer that tests/core/test_crash.py kills: real changes through the Register, each reported.

Run by the test in a child process forked from a server that has imported this module once
(``multiprocessing``'s forkserver: a new Python for each of the 63 kills spent most of the
test's time importing), with the workspace path, the round, the seed and the time of its
start. It says each call as one JSON line before it starts ("begin"), around SQLite's BEGIN
and COMMIT ("sql") and after it returned ("done"), on stdout or through the pipe it is given
(``run_into``), and writes until it is killed. ``Kill`` reads those lines back in the test.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.rules import bundled_pack
from core.store.register import Register
from core.store.sqlite_files import new_schema
from core.store.workspace import open_workspace

#: the rule pack, read once in the fork server that imports this module, not in every writer
PACK = bundled_pack()
#: the statements of a new workspace's schema, read once there too: a writer's first open
#: then takes as long as test_crash times one in its own process, where they are read already
new_schema()


@dataclass
class Kill:
    """What the child reported before it was killed, and where the kill landed."""

    pid: int
    lines: list[dict]
    ready: bool

    def committed(self) -> list[tuple[dict, int]]:
        """The changes reported done, with their row ids, in order."""
        out, begin = [], None
        for line in self.lines:
            if line["at"] == "begin":
                begin = line
            elif line["at"] == "done":
                out.append((begin, line["id"]))
                begin = None
        return out

    def in_flight(self) -> dict | None:
        """The change begun and not reported done: it may or may not have committed."""
        begin = None
        for line in self.lines:
            if line["at"] == "begin":
                begin = line
            elif line["at"] == "done":
                begin = None
        return begin

    def moment(self) -> str:
        """Where the kill landed: open, between, before_begin, transaction or commit."""
        if not self.ready:
            return "open"
        last = "between"
        for line in self.lines:
            if line["at"] == "begin":
                last = "before_begin"
            elif line["at"] == "sql":
                last = {"BEGIN": "transaction", "COMMIT": "commit"}.get(line["sql"], "other")
            elif line["at"] == "done":
                last = "between"
        return last


def say(**line):
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def euro(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def tender(reference, title, cents, buyer):
    return {
        "reference": reference,
        "title": title,
        "authority": "local",
        "contract_type": "works",
        "estimated_value": euro(cents),
        "launch_date": "2026-03-01",
        "buyer_id": buyer,
    }


def run(path: str, round_no: int, seed: int, start: datetime) -> None:
    """Open the workspace and write changes at random until killed."""
    rng = random.Random(seed)
    say(at="opening", pid=os.getpid())
    ws = open_workspace(path, now=start)
    reg = Register(ws, PACK)
    assert ws.db  # sqlite-utils loads with the first write: before "ready", not in the kills
    db = ws.conn
    orgs = [r[0] for r in db.execute("SELECT id FROM organisations")]
    tenders = {
        r[0]: list(r[1:])
        for r in db.execute(
            "SELECT id, reference, title, estimated_value_cents, buyer_id FROM tenders"
        )
    }
    ids = list(tenders)
    pairs = set(db.execute("SELECT tender_id, organisation_id FROM tenderers").fetchall())
    db.set_trace_callback(
        lambda sql: say(at="sql", sql=sql) if sql in ("BEGIN", "COMMIT", "ROLLBACK") else None
    )
    say(at="ready")
    ops = ["add_tender"] * 3 + ["update_tender"] * 3 + ["add_tenderer"] * 2 + ["decide"] * 2
    ops.append("add_organisation")
    clock = datetime(2027, 1, 1) + timedelta(days=round_no)  # stamps unique across rounds
    for n in range(1, 86_400):
        when = clock + timedelta(seconds=n)
        stamp = when.isoformat(timespec="seconds")
        op = rng.choice(ops) if orgs and ids else "add_tender" if orgs else "add_organisation"
        if op == "add_tenderer":
            t, o = rng.choice(ids), rng.choice(orgs)
            if (t, o) in pairs or o == tenders[t][3]:  # not twice, not the buyer itself
                op = "update_tender"
        if op == "add_organisation":
            name = f"Firma-{round_no}-{n}"
            say(at="begin", op=op, name=name)
            orgs.append(reg.add_organisation({"name": name}, when))
            say(at="done", id=orgs[-1])
        elif op == "add_tender":
            ref, title = f"T{round_no:03d}-{n:05d}", f"Renovatie sporthal {round_no}.{n}"
            cents, buyer = rng.randint(500_000, 500_000_000), rng.choice([*orgs, None])
            say(at="begin", op=op, reference=ref, title=title, cents=cents, buyer=buyer)
            tid = reg.add_tender(tender(ref, title, cents, buyer), when)
            tenders[tid] = [ref, title, cents, buyer]
            ids.append(tid)
            say(at="done", id=tid)
        elif op == "update_tender":
            tid = rng.choice(ids)
            ref, old_title, old_cents, buyer = tenders[tid]
            title, cents = f"Herzien {round_no}.{n}", rng.randint(500_000, 500_000_000)
            cents += cents == old_cents
            say(
                at="begin",
                op=op,
                id=tid,
                title=title,
                cents=cents,
                old_title=old_title,
                old_cents=old_cents,
                stamp=stamp,
            )
            reg.update_tender(tid, tender(ref, title, cents, buyer), when)
            tenders[tid][1:3] = [title, cents]
            say(at="done", id=tid)
        elif op == "add_tenderer":
            offer = rng.randint(0, 900_000_000)
            say(at="begin", op=op, tender=t, org=o, offer=offer)
            row = reg.add_tenderer({"tender_id": t, "organisation_id": o, "offer": euro(offer)})
            pairs.add((t, o))
            say(at="done", id=row)
        else:
            tid = rng.choice(ids)
            cents = tenders[tid][2]
            say(at="begin", op=op, id=tid, cents=cents, stamp=stamp)
            data = {
                "launch_date": "2026-03-01",
                "authority": "local",
                "contract_type": "works",
                "estimated_value_excl_vat": euro(cents),
            }
            reg.decide(tid, "procedure", data, when)
            say(at="done", id=tid)


class _Lines:
    """A stdout that sends each line through a pipe (a ``multiprocessing`` connection)."""

    def __init__(self, conn) -> None:  # noqa: ANN001 - a multiprocessing Connection
        self._conn = conn

    def write(self, text: str) -> None:
        self._conn.send_bytes(text.encode())

    def flush(self) -> None:
        pass


def run_into(conn, path: str, round_no: int, seed: int, start: datetime) -> None:  # noqa: ANN001
    """``run``, its lines sent through ``conn``; an error is sent as a last line."""
    sys.stdout = _Lines(conn)
    try:
        run(path, round_no, seed, start)
    except BaseException:
        say(at="error", trace=traceback.format_exc())
        raise


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), datetime.fromisoformat(sys.argv[4]))
