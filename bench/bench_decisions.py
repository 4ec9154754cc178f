"""Stored decisions and the decision engine: how big, how they grow, how fast.

Budgets (issue 16, goals 4 and 5):

- stored size: a procedure decision's whole row (every column as stored) within 3 KiB, at the
  median and at the largest, over the demo's 100,000-tender workspace and the scenario cases;
- deciding again with the same answers: 1,000 procedure decisions of a demo workspace taken
  again as they were add no decision row, no audit row, and no byte to the file after VACUUM;
- the engine: 1,000 procedure decisions with ``decide_procedure`` within 3x a plain function
  with the same rules (the thresholds of the launch dates' rule version read once from the
  pack into local variables) that gives the same allowed procedures for the same requests.

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_decisions``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import NOW, Verdicts, cached_workspace, median, timed
from core.decisions import CHECKS
from core.decisions.procedure import ProcedureRequest, decide_procedure
from core.demo.tenders import make_demo
from core.paths import bundled_rule_pack
from core.rules import bundled_pack, load_pack, schema
from core.rules.pack import RulePack
from core.store.register import Register
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET = 3 * 1024
ENGINE_BUDGET = 3.0
DECISIONS = 1000
REPEAT = 21
#: the columns of a decision row, all counted in its size
COLUMNS = (
    "tender_id, kind, input_json, result_json, pack_id, pack_version, rule_version, decided_at, "
    "state, problem, used_json"
)
ROW_BYTES = " + ".join(f"length(CAST({c} AS BLOB))" for c in COLUMNS.split(", "))


def _sizes(conn: sqlite3.Connection) -> list[int]:
    rows = conn.execute(f"SELECT {ROW_BYTES} FROM decisions WHERE kind = 'procedure'")
    return [r[0] for r in rows]


def stored_size(verdicts: Verdicts) -> None:
    """Bytes per stored procedure decision in the demo workspace and for the scenario cases."""
    conn = sqlite3.connect(f"file:{cached_workspace()}?mode=ro", uri=True)
    try:
        demo = _sizes(conn)
        texts = conn.execute("SELECT count(*), sum(length(body)) FROM rule_texts").fetchone()
        share = _decisions_share(conn)
    finally:
        conn.close()
    cases = _scenario_sizes()
    print(
        f"procedure decisions: demo {len(demo):,} (median {median(demo):,.0f} B, max "
        f"{max(demo):,} B); scenario cases {len(cases)} (median {median(cases):,.0f} B, max "
        f"{max(cases):,} B); rule texts kept once: {texts[0]} ({(texts[1] or 0):,} B)"
    )
    if share is not None:
        print(f"decisions and rule texts: {share:.1%} of the demo workspace's pages")
    both = demo + cases
    verdicts.check("stored procedure decision, median", median(both), SIZE_BUDGET, " B")
    verdicts.check("stored procedure decision, largest", max(both), SIZE_BUDGET, " B")


def _decisions_share(conn: sqlite3.Connection) -> float | None:
    """The share of the file's pages that hold decisions and rule texts (None: no dbstat)."""
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return None
    total = sum(size for _, size in rows)
    ours = sum(size for name, size in rows if "decisions" in name or "rule_texts" in name)
    return ours / total


def _scenario_sizes() -> list[int]:
    pack = bundled_pack()
    cases = [
        case
        for path in sorted((ROOT / "tests" / "scenarios").glob("*.json"))
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
        if case.get("check") == "procedure" and _decides(case["input"], pack)
    ]
    with (
        tempfile.TemporaryDirectory(prefix="tender-bench-") as folder,
        open_workspace(Path(folder) / "cases.sqlite", now=NOW, auto_backup=False) as ws,
    ):
        reg = Register(ws, pack)
        for n, case in enumerate(cases, start=1):
            tid = reg.add_tender(
                {
                    "reference": f"case-{n}",
                    "title": case["id"],
                    "authority": "local",
                    "contract_type": "works",
                    "estimated_value": "1000",
                    "launch_date": "2026-03-01",
                },
                NOW,
            )
            reg.decide(tid, "procedure", case["input"], NOW)
        return _sizes(ws.conn)


def _decides(data: dict, pack: RulePack) -> bool:
    try:
        CHECKS["procedure"].run(data, pack)
    except Exception:  # noqa: BLE001 - refused input: no decision to store
        return False
    return True


def deciding_again(verdicts: Verdicts) -> None:
    """Decide 1,000 stored procedure decisions again with the same answers: what grows."""
    pack = bundled_pack()
    with tempfile.TemporaryDirectory(prefix="tender-bench-") as folder:
        path = Path(folder) / "again.sqlite"
        with open_workspace(path, now=NOW, auto_backup=False) as ws:
            make_demo(ws, pack, 20_000, 2, NOW)
        before = _settled(path)
        with open_workspace(path, now=NOW, auto_backup=False) as ws:
            reg = Register(ws, pack)
            rows = ws.conn.execute(
                "SELECT tender_id, input_json, used_json FROM decisions "
                "WHERE kind = 'procedure' ORDER BY tender_id LIMIT ?",
                [DECISIONS],
            ).fetchall()
            later = NOW + timedelta(days=1)

            def again() -> None:
                for tender_id, given, used in rows:
                    facts = json.loads(used).get("ground_facts")
                    reg.decide(tender_id, "procedure", json.loads(given), later, facts)

            seconds = timed(again)
        after = _settled(path)
    print(
        f"deciding {len(rows):,} tenders again with the same answers: {seconds * 1000:.0f} ms; "
        f"decision rows {before[0]:,} -> {after[0]:,}, audit rows {before[1]:,} -> {after[1]:,}, "
        f"file after VACUUM {before[2]:,} -> {after[2]:,} B"
    )
    assert len(rows) == DECISIONS, "the demo workspace has too few procedure decisions"
    verdicts.check("new decision rows", after[0] - before[0], 0, "")
    verdicts.check("new audit rows", after[1] - before[1], 0, "")
    verdicts.check("file growth after VACUUM", after[2] - before[2], 0, " B")


def _settled(path: Path) -> tuple[int, int, int]:
    """Decision rows, audit rows and the file's size once checkpointed and vacuumed."""
    conn = sqlite3.connect(path)
    try:
        counts = [
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("decisions", "audit")
        ]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return counts[0], counts[1], path.stat().st_size


def plain_procedure_choice(pack: RulePack, on: date):
    """The procedure choice by hand, with the rules in force on ``on`` read once into locals.

    Returns a function (contract type, authority, value, grounds) -> the allowed procedures,
    simplest first: a basis allows its procedure when it covers the contract type, its ground
    (if any) is claimed and the value is below its ceiling.
    """
    central = pack.value("central_authorities", on).value
    eu = {
        key: pack.value(key, on).value
        for key in (
            "eu_threshold_works",
            "eu_threshold_social_services",
            "eu_threshold_supplies_services_central",
            "eu_threshold_supplies_services_subcentral",
        )
    }
    order = pack.value("procedure_simplicity_order", on).value
    bases = [
        (
            b.procedure,
            frozenset(b.contract_types),
            b.ground,
            b.below == "eu_threshold",
            pack.value(b.below, on).value if b.below and b.below != "eu_threshold" else None,
        )
        for b in pack.bases_on(on)
    ]

    def allowed(contract_type: str, authority: str, value: Decimal, grounds) -> list[str]:
        if contract_type == "works":
            threshold = eu["eu_threshold_works"]
        elif contract_type == "social_services":
            threshold = eu["eu_threshold_social_services"]
        elif authority in central:
            threshold = eu["eu_threshold_supplies_services_central"]
        else:
            threshold = eu["eu_threshold_supplies_services_subcentral"]
        found = set()
        for procedure, types, ground, below_eu, ceiling in bases:
            if contract_type not in types or (ground and ground not in grounds):
                continue
            limit = threshold if below_eu else ceiling
            if limit is None or value < limit:
                found.add(procedure)
        return [p for p in order if p in found]

    return allowed


def _requests(pack: RulePack) -> list[ProcedureRequest]:
    """1,000 procedure requests launched in 2026 (one rule version): every contract type and
    buyer, values from 1,000 to 20 million euro, a ground claimed in a fifth of them."""
    rng = random.Random(16)
    first = date(2026, 1, 5)
    out = []
    for _ in range(DECISIONS):
        grounds = tuple(rng.sample(schema.GROUNDS, 1)) if rng.random() < 0.2 else ()
        out.append(
            ProcedureRequest(
                first + timedelta(days=rng.randrange(300)),
                rng.choice(schema.AUTHORITIES),
                rng.choice(schema.CONTRACT_TYPES),
                Decimal(rng.randrange(100_000, 2_000_000_000)) / 100,
                grounds,
            )
        )
    versions = {pack.version_on(r.launch_date) for r in out}
    assert len(versions) == 1, f"the requests span rule versions {versions}"
    return out


def engine(verdicts: Verdicts) -> None:
    """1,000 procedure decisions: the engine against the plain function, in one run."""
    pack = load_pack(bundled_rule_pack())  # a pack of its own: nothing remembered yet
    requests = _requests(bundled_pack())
    cold = timed(lambda: [decide_procedure(r, pack) for r in requests])
    print(
        f"engine, first pass   {cold * 1000:7.1f} ms per {DECISIONS:,} (the rules of "
        f"{len({r.launch_date for r in requests})} launch dates looked up, then remembered)"
    )
    plain = plain_procedure_choice(pack, requests[0].launch_date)
    for req in requests:
        value = req.estimated_value_excl_vat
        expected = plain(req.contract_type, req.authority, value, req.grounds)
        assert list(decide_procedure(req, pack).allowed) == expected, req
    given = [
        {
            "launch_date": r.launch_date.isoformat(),
            "authority": r.authority,
            "contract_type": r.contract_type,
            "estimated_value_excl_vat": str(r.estimated_value_excl_vat),
            "grounds": list(r.grounds),
        }
        for r in requests
    ]
    run = CHECKS["procedure"].run
    times: dict[str, list[float]] = {"engine": [], "plain": [], "engine, input read": []}
    for _ in range(REPEAT):  # interleaved, so that the machine's noise hits both alike
        times["engine"].append(timed(lambda: [decide_procedure(r, pack) for r in requests]))
        times["plain"].append(
            timed(
                lambda: [
                    plain(r.contract_type, r.authority, r.estimated_value_excl_vat, r.grounds)
                    for r in requests
                ]
            )
        )
        times["engine, input read"].append(timed(lambda: [run(g, pack) for g in given]))
    for label, values in times.items():
        print(
            f"{label:20s} {median(values) * 1000:7.1f} ms per {DECISIONS:,} "
            f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"
        )
    ratios = [e / p for e, p in zip(times["engine"], times["plain"], strict=True)]
    print(
        f"engine / plain: median {median(ratios):.2f}x "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f})"
    )
    verdicts.check("procedure engine vs plain function", median(ratios), ENGINE_BUDGET, "x")


def main() -> None:
    """Measure the three and print the figures and verdicts."""
    verdicts = Verdicts("bench_decisions")
    engine(verdicts)
    stored_size(verdicts)
    deciding_again(verdicts)
    verdicts.exit()


if __name__ == "__main__":
    main()
