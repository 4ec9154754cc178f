"""Realistic Belgian demo tenders, generated from a seed and stored through the bulk import.

Tenders of buyers of every authority kind (:mod:`core.demo.organisations`) whose procedure the
engine allows (its simplest one most of the time), whose status follows their dates, with
tenderers, a winner once awarded, required items on some, and stored decisions computed by the
engine and stored as ``Register.decide`` stores them. The same seed, workspace and ``now`` give
the same rows. An existing workspace is extended: its rows are kept, references continue per
year, and demo organisations already there are reused.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from core.decisions import CHECKS
from core.decisions.compact import compact, dumps
from core.decisions.explain import Explained
from core.decisions.procedure import BasisCheck, ProcedureRequest, ProcedureResult
from core.demo import teaching, vocabulary
from core.demo.organisations import SECTOR_WEIGHTS, Org, OrgPool
from core.demo.procedure_memo import ProcedureMemo
from core.money import from_cents, round_cents
from core.rules.pack import RulePack
from core.store import bulk, records
from core.store.model import Tenderer
from core.store.workspace import Workspace

ProgressFn = Callable[[int, int], None]
TenderRows = tuple[dict, list[dict], list[dict]]  # a tender, its tenderers, its decisions

#: the range of estimated values, in euro (2 significant digits, spread evenly in log)
LOWEST_VALUE, HIGHEST_VALUE = 5_000, 8_000_000
#: standard Belgian VAT, only to turn a demo offer into an amount incl. VAT for an advance
DEMO_VAT = Decimal("1.21")
CHUNK = 2000
#: share of tenders with a stored procedure decision, and of those where an advance is due
#: with a stored advance decision (a stored procedure decision takes about 14 kB)
PROCEDURE_STORED, ADVANCE_STORED, RANKING_STORED = 0.06, 0.5, 0.5
#: shares of tenders: another allowed procedure than the simplest, a ground claimed (art. 42
#: and the like), items required with the offers, price the only criterion, cancelled
OTHER_PROCEDURE, GROUND_CLAIMED, WITH_ITEMS, PRICE_ONLY = 0.15, 0.04, 0.12, 0.3
CANCELLED, EVALUATION_DAYS = 0.04, 50  # offers are evaluated for some 50 days after the deadline
TENDERER_WEIGHTS = (0, 15, 20, 25, 18, 12, 10)  # 0..6 offers, once offers are in
CANCELLED_WEIGHTS = (4, 2, 1, 1, 0, 0, 0)
#: outcome of an offer on an awarded tender: (draw below, status); the best regular one wins
OUTCOMES = ((0.07, "substantially_irregular"), (0.1, "unacceptable"), (0.13, "withdrawn"))
DURATIONS = {
    "works": (3, 4, 6, 8, 12, 18, 24),
    "supplies": (1, 3, 6, 12, 24, 36, 48),
    "services": (6, 12, 24, 36, 48),
    "social_services": (12, 24, 36, 48),
}
_REFERENCE = re.compile(r"^(\d{4})/(\d+)$")


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run added."""

    tenders: int
    organisations: int
    tenderers: int
    decisions: int


@dataclass(frozen=True)
class DemoBatch:
    """Rows of some demo tenders, with the organisations that are new in the first batch."""

    organisations: list[dict]
    tenders: list[dict]
    tenderers: list[dict]
    decisions: list[dict]
    #: the rule texts the decisions refer to that no earlier batch had (reference -> text)
    rule_texts: dict[str, str] = field(default_factory=dict)


def _amounts() -> tuple[list[int], list[float]]:
    """Every 2-significant-digit amount in the range, weighted to spread evenly in log."""
    amounts, weights, total = [], [], 0.0
    step = 1
    while step * 10 <= HIGHEST_VALUE:
        for mantissa in range(10, 100):
            amount = mantissa * step
            if LOWEST_VALUE <= amount <= HIGHEST_VALUE:
                total += 1 / mantissa
                amounts.append(amount)
                weights.append(total)
        step *= 10
    return amounts, weights


class _Generator:
    """Draws organisations and tenders from one random generator, in a fixed order."""

    def __init__(self, ws: Workspace, pack: RulePack, seed: int, now: datetime) -> None:
        self.pack = pack
        self.today = now.date()
        self.stamp = now.isoformat(timespec="seconds")
        self.rng = random.Random(seed)
        self.memo = ProcedureMemo(pack)
        #: rule texts of the decisions: those handed out, and those for the next batch
        self.texts_given: set[str] = set()
        self.new_texts: dict[str, str] = {}
        self.ids = bulk.first_free_ids(ws)
        self.orgs = OrgPool(ws, pack, self.rng, now, self.ids["organisations"])
        self.amounts, self.weights = _amounts()
        self.kinds: set[str] = set()  # the kinds of decision stored so far
        self.sequence: dict[int, int] = {}
        for (reference,) in ws.conn.execute("SELECT reference FROM tenders"):
            found = _REFERENCE.match(reference)
            if found:
                year, number = int(found[1]), int(found[2])
                self.sequence[year] = max(self.sequence.get(year, 0), number)

    def launch_dates(self, count: int) -> list[date]:
        """Working days from the pack's first covered date to today, oldest first."""
        first = self.pack.covers_from
        span = (self.today - first).days + 1
        out = []
        for offset in sorted(self.rng.randrange(span) for _ in range(count)):
            day = first + timedelta(days=offset)
            if day.weekday() > 4:
                day -= timedelta(days=day.weekday() - 4)
            out.append(max(day, first))
        return out

    def showcase(self) -> teaching.Showcase | None:
        """A teaching tender while a kind of decision is missing from the run (else None)."""
        missing = not set(teaching.KINDS) <= self.kinds
        args = (self.pack, self.memo, self.orgs, self.amounts, self.today)
        return teaching.showcase(self.rng, *args) if missing else None

    def tender(self, launch: date, show: teaching.Showcase | None = None) -> TenderRows:
        """One tender row with its tenderer rows and decision rows (``show``: a teaching one)."""
        rng = self.rng
        if show:
            launch, buyer, kind, value, grounds = show.launch, show.buyer, show.kind, show.value, ()
        else:
            buyer = rng.choice(self.orgs.buyers)
            kind = rng.choices(list(SECTOR_WEIGHTS), weights=list(SECTOR_WEIGHTS.values()))[0]
            value = rng.choices(self.amounts, cum_weights=self.weights)[0]
            claim = rng.random() < GROUND_CLAIMED
            grounds = (rng.choice(vocabulary.GROUNDS[kind]),) if claim else ()
        lang = buyer.lang if buyer.lang != "bi" else rng.choice(("nl", "fr"))
        req = ProcedureRequest(launch, buyer.authority, kind, Decimal(f"{value}.00"), grounds)
        procedure, basis = self._procedure(self.memo.shared(req), grounds, show)
        limit = self.pack.value("min_time_limit_days", launch).value.get(procedure, 0)
        deadline = launch + timedelta(days=max(limit, 10) + rng.randrange(21))
        award = deadline + timedelta(days=rng.randrange(60, 150))
        duration = rng.choice(DURATIONS[kind])
        status = "awarded" if show else self._status(deadline, duration)
        year = launch.year
        self.sequence[year] = self.sequence.get(year, 0) + 1
        items = ()
        if show or rng.random() < WITH_ITEMS:
            choices = vocabulary.REQUIRED_ITEMS[kind]
            items = tuple(rng.sample(choices, rng.randint(1, min(2, len(choices)))))
        words = {
            "b": rng.choice(vocabulary.BUILDINGS[lang]),
            "s": rng.choice(vocabulary.ROADS[lang]),
            "i": rng.choice(vocabulary.ITEMS[lang]),
        }
        tender_id = self.ids["tenders"]
        self.ids["tenders"] += 1
        row = {
            "id": tender_id,
            "reference": f"{year}/{self.sequence[year]:04d}",
            "title": rng.choice(vocabulary.TITLES[(kind, lang)]).format(**words),
            "buyer_id": buyer.id,
            "authority": buyer.authority,
            "contract_type": kind,
            "estimated_value_cents": value * 100,
            "launch_date": launch.isoformat(),
            "duration_months": str(duration),
            "indefinite": 0,
            "status": status,
            "procedure": procedure,
            "procedure_basis": basis.basis_id,
            "motivation": "",
            "price_only": int(bool(show) or rng.random() < PRICE_ONLY),
            "required_items": json.dumps(list(items)),
            "offers_deadline": deadline.isoformat(),
            "award_deadline": award.isoformat(),
            "leading_official": f"{rng.choice(vocabulary.FIRST_NAMES)} "
            f"{rng.choice(vocabulary.SURNAMES_NL if lang == 'nl' else vocabulary.SURNAMES_FR)}",
            "notes": "",
            "created_at": self.stamp,
            "updated_at": self.stamp,
        }
        if show:
            offers = teaching.offers(show, tender_id, value * 100, self.ids["tenderers"])
            self.ids["tenderers"] += len(offers)
        else:
            offers = self._tenderers(tender_id, kind, status, value * 100)
        decisions = []
        if show or rng.random() < PROCEDURE_STORED:
            data = {
                "launch_date": row["launch_date"],
                "authority": row["authority"],
                "contract_type": kind,
                "estimated_value_excl_vat": f"{req.estimated_value_excl_vat:.2f}",
            }
            if grounds:
                data["grounds"] = list(grounds)
            version = self.pack.version_on(launch)
            used = {"procedure": procedure, "procedure_basis": basis.basis_id, "ground_facts": {}}
            result_json = self._keep(*self.memo.stored(req, data))
            decisions.append(self._decision(row, "procedure", data, result_json, version, used))
        decisions += self._advance(row, basis, offers, bool(show))
        if decisions and decisions[-1]["kind"] == "advance":  # the winner's contract: its bond
            decisions.append(self._decided(row, "bond", *teaching.bond(row, offers)))
        decisions += self._bid_compensation(row, offers, value)
        decisions += self._ranking(row, offers, bool(show))
        self.kinds.update(d["kind"] for d in decisions)
        return row, [t for t, _ in offers], decisions

    def _procedure(
        self, result: ProcedureResult, grounds: tuple[str, ...], show: teaching.Showcase | None
    ) -> tuple[str, BasisCheck]:
        """The procedure and its basis: the teaching or claimed ground's, else mostly simplest."""
        allowed = result.allowed
        claimed = grounds and [
            o for o in result.options if any(b.ground in grounds for b in o.grounds_used)
        ]
        if show:
            option = result.option(show.procedure)
        elif claimed:
            option = claimed[0]
        elif len(allowed) > 1 and self.rng.random() < OTHER_PROCEDURE:
            option = result.option(self.rng.choice(allowed[1:]))
        else:
            option = result.option(allowed[0])
        used = option.grounds_used
        return option.procedure, next((b for b in used if b.ground in grounds), used[0])

    def _status(self, deadline: date, duration: int) -> str:
        """Published until the deadline for offers; then evaluated, awarded, closed."""
        if deadline > self.today:
            return "published"
        if self.rng.random() < CANCELLED:
            return "cancelled"
        if (self.today - deadline).days < EVALUATION_DAYS:
            return "evaluation"
        ends = deadline + timedelta(days=60 + duration * 30)
        return "closed" if ends < self.today else "awarded"

    def _tenderers(
        self, tender_id: int, kind: str, status: str, value: int
    ) -> list[tuple[dict, Org]]:
        """(row, company) of the offers; on an awarded tender the lowest regular offer wins."""
        rng = self.rng
        if status == "published":
            return []
        weights = CANCELLED_WEIGHTS if status == "cancelled" else TENDERER_WEIGHTS
        count = rng.choices(range(len(weights)), weights=weights)[0]
        pool = self.orgs.suppliers[kind]
        out = []
        for org in rng.sample(pool, min(count, len(pool))):
            draw = rng.random()
            if status == "evaluation":
                state = "withdrawn" if draw < OUTCOMES[0][0] else "submitted"
            elif status == "cancelled":
                state = "not_selected"
            else:
                state = next((s for below, s in OUTCOMES if draw < below), "not_selected")
            offer = value * rng.randrange(75, 130) // 100 + rng.randrange(100)
            row = {
                "id": self.ids["tenderers"],
                "tender_id": tender_id,
                "organisation_id": org.id,
                "status": state,
                "offer_cents": offer,
            }
            self.ids["tenderers"] += 1
            out.append((row, org))
        if status in ("awarded", "closed") and out:
            regular = [r for r, _ in out if r["status"] == "not_selected"] or [out[0][0]]
            min(regular, key=lambda r: r["offer_cents"])["status"] = "winner"
        return out

    def _advance(
        self, tender: dict, basis: BasisCheck, offers: list[tuple[dict, Org]], sure: bool
    ) -> list[dict]:
        """The advance to an SME winner of a buyer the law obliges, once the regime applies."""
        winner = next(((r, o) for r, o in offers if r["status"] == "winner"), None)
        launch = date.fromisoformat(tender["launch_date"])
        obliged = self.pack.in_force("advance_obliged_authorities", launch)
        if winner is None or winner[1].size == "large" or obliged is None:
            return []
        drawn = tender["authority"] in obliged.value and (
            sure or self.rng.random() < ADVANCE_STORED
        )
        if not drawn:
            return []
        amount = round_cents(Decimal(winner[0]["offer_cents"]) / 100 * DEMO_VAT)
        data = {
            "launch_date": tender["launch_date"],
            "authority": tender["authority"],
            "procedure": tender["procedure"],
            "contract_type": tender["contract_type"],
            "contractor_size": winner[1].size,
            "amount_incl_vat": str(amount),
            "duration_months": tender["duration_months"],
        }
        if tender["procedure"] == "negotiated_without_publication":
            data["negotiated_ground"] = basis.ground or "value"
        won = {"tenderer_id": winner[0]["id"], "organisation_id": winner[1].id}
        used = {"winner": {**won, **self.orgs.size_figures(winner[1].id)}}
        return [self._decided(tender, "advance", data, used)]

    def _bid_compensation(
        self, tender: dict, offers: list[tuple[dict, Org]], value: int
    ) -> list[dict]:
        """The bid compensation where the required items and the procedure make it due."""
        items = json.loads(tender["required_items"])
        launch = date.fromisoformat(tender["launch_date"])
        excluded = self.pack.in_force("bid_compensation_excluded_procedures", launch)
        if not items or not offers or tender["status"] == "cancelled" or excluded is None:
            return []
        if tender["procedure"] in excluded.value:
            return []
        amount = max(250, value * self.rng.randrange(2, 6) // 1000 // 50 * 50)
        data = {
            "launch_date": tender["launch_date"],
            "procedure": tender["procedure"],
            "required_items": items,
            "documents_amount": str(amount),
            "tenderers": records.bid_tenderers(_tenderers(offers)),
        }
        if self.rng.random() < 0.5:
            data["documents_reduced_amount"] = str(amount // 2)
        result = CHECKS["bid_compensation"].run(data, self.pack)
        if not result.mandatory:
            return []
        return [self._decided(tender, "bid_compensation", data, {"tenderers": "by_id"}, result)]

    def _ranking(self, tender: dict, offers: list[tuple[dict, Org]], sure: bool) -> list[dict]:
        """The provisional ranking with each tenderer's place, where the duty applies."""
        done = not offers or tender["status"] == "cancelled"
        if done or (not sure and self.rng.random() >= RANKING_STORED):
            return []
        data = {
            key: tender[key] for key in ("launch_date", "procedure", "authority", "contract_type")
        }
        data["estimated_value_excl_vat"] = f"{from_cents(tender['estimated_value_cents']):.2f}"
        data["price_only"] = bool(tender["price_only"])
        data["offers"] = records.ranking_offers(_tenderers(offers))
        result = CHECKS["provisional_ranking"].run(data, self.pack)
        if not result.required:
            return []
        return [self._decided(tender, "provisional_ranking", data, {"tenderers": "by_id"}, result)]

    def _decided(
        self, tender: dict, kind: str, data: dict, used: dict, result: Explained | None = None
    ) -> dict:
        """The decision row of ``kind`` on ``data`` (``result``: the engine's, when at hand)."""
        if result is None:
            result = CHECKS[kind].run(data, self.pack)
        stored = self._stored(kind, result, data)
        return self._decision(tender, kind, data, stored, result.rule_version, used)

    def _stored(self, kind: str, result: object, data: dict) -> str:
        """A result as ``Register.decide`` stores it (its rule texts kept for the batch)."""
        full = json.loads(json.dumps(result.to_dict(), default=str))
        return self._keep(*compact(kind, full, data))

    def _keep(self, stored: dict | str, texts: dict[str, dict]) -> str:
        """The stored form as JSON text; its rule texts not yet handed out join the batch."""
        for ref, body in texts.items():
            if ref not in self.texts_given:
                self.texts_given.add(ref)
                self.new_texts[ref] = dumps(body)
        return stored if isinstance(stored, str) else dumps(stored)

    def _decision(
        self, tender: dict, kind: str, data: dict, result_json: str, version: str, used: dict
    ) -> dict:
        """A decision row as ``Register.decide`` writes it."""
        decision_id = self.ids["decisions"]
        self.ids["decisions"] += 1
        return {
            "id": decision_id,
            "tender_id": tender["id"],
            "kind": kind,
            "input_json": dumps(data),
            "result_json": result_json,
            "pack_id": self.pack.stored_id,
            "pack_version": self.pack.stored_version,
            "rule_version": version,
            "decided_at": self.stamp,
            "state": "current",
            "problem": "",
            "used_json": dumps(used),
        }


def _tenderers(offers: list[tuple[dict, Org]]) -> list[Tenderer]:
    """The offers as the register lists a tender's tenderers: by company name, then id."""
    listed = sorted(offers, key=lambda pair: (pair[1].name, pair[0]["id"]))
    return [
        Tenderer(
            id=r["id"],
            tender_id=r["tender_id"],
            organisation_id=o.id,
            status=r["status"],
            offer=from_cents(r["offer_cents"]),
            name=o.name,
        )
        for r, o in listed
    ]


def demo_batches(
    ws: Workspace, pack: RulePack, tenders: int, seed: int, now: datetime, chunk: int = CHUNK
) -> Iterator[DemoBatch]:
    """The demo rows for ``ws``, a batch of at most ``chunk`` tenders at a time.

    The first batch also holds the new organisations. Nothing is written: the ids follow the
    rows ``ws`` has now, so import the batches (``bulk``) before anything else changes it.

    Args:
        ws: The open workspace the rows are meant for (read for its ids and references).
        pack: The rule pack the procedures and decisions come from.
        tenders: How many tenders.
        seed: The same seed (with the same workspace and ``now``) gives the same rows.
        now: Today for the data (statuses follow it) and the stamps of the rows.
        chunk: Tenders per batch.

    Yields:
        Batches of rows, ready for :meth:`core.store.bulk.BulkImport.add`.
    """
    gen = _Generator(ws, pack, seed, now)
    gen.orgs.draw(tenders)
    organisations = gen.orgs.rows
    dates = gen.launch_dates(tenders)
    for start in range(0, max(tenders, 1), chunk):
        rows, tenderers, decisions = [], [], []
        for index, launch in enumerate(dates[start : start + chunk], start):
            last = index == tenders - 1
            row, offers, decided = gen.tender(launch, gen.showcase() if last else None)
            rows.append(row)
            tenderers += offers
            decisions += decided
        texts, gen.new_texts = gen.new_texts, {}
        yield DemoBatch(organisations, rows, tenderers, decisions, texts)
        organisations = []


def make_demo(
    ws: Workspace,
    pack: RulePack,
    tenders: int,
    seed: int,
    now: datetime,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    """Add ``tenders`` demo tenders (and the organisations they need) in one transaction.

    Args:
        ws: The open workspace; its rows are kept.
        pack: The rule pack the decisions are computed with.
        tenders: How many tenders to add.
        seed: The same seed (with the same workspace and ``now``) gives the same rows.
        now: Today for the data (statuses follow it) and the stamps of the rows.
        progress: Called with (done, total) as the work advances; the last tenth of the total
            is the audit log and search index written at the end.

    Returns:
        How many rows were added.
    """
    total = tenders + max(1, tenders // 10)
    with bulk.bulk_import(ws, now, tenders) as job:
        for batch in demo_batches(ws, pack, tenders, seed, now):
            job.add(
                organisations=batch.organisations,
                tenders=batch.tenders,
                tenderers=batch.tenderers,
                decisions=batch.decisions,
                rule_texts=batch.rule_texts,
            )
            if progress:
                progress(job.counts.tenders, total)
    if progress:
        progress(total, total)
    return DemoSummary(
        tenders=job.counts.tenders,
        organisations=job.counts.organisations,
        tenderers=job.counts.tenderers,
        decisions=job.counts.decisions,
    )
