"""The year in figures: art. 165 §2 totals below the EU thresholds, the SME share, the advances,
bid compensations and provisional rankings of the stored decisions.

The register keeps no award date: a tender counts in the year of its **launch date** (the date
the rule pack reads its thresholds by), when it is awarded (status ``awarded`` or ``closed``).
The value awarded is what its winners offered (excl. VAT); whether a contract is below the EU
threshold is judged on its estimated value against the threshold in force on its launch date.
Every figure keeps the ids of the tenders it counts, so a screen can list them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.decisions.explain import Recorder
from core.decisions.thresholds import eu_threshold
from core.errors import ValidationError
from core.money import from_cents
from core.rules.pack import RulePack
from core.rules.schema import CONTRACT_TYPES

#: the date a tender is counted by (said on every report)
BASIS = "launch_date"
#: the statuses of an awarded tender
AWARDED = ("awarded", "closed")
#: the size classes of a winner, and the word for a winner whose class the register lacks
SIZES = ("micro", "small", "medium", "large")
UNKNOWN = "unknown"
SME = ("micro", "small", "medium")
#: the EU threshold parameters, in the order a report lists them
THRESHOLD_KEYS = (
    "eu_threshold_works",
    "eu_threshold_supplies_services_central",
    "eu_threshold_supplies_services_subcentral",
    "eu_threshold_social_services",
)
#: the sections of a report, in order
SECTIONS = (
    "below_eu",
    "at_or_above_eu",
    "not_covered",
    "sme_type",
    "sme_procedure",
    "no_size",
    "no_offer",
    "advance_due",
    "advance_not_due",
    "bid_compensation",
    "ranking_told",
)
NO_PROCEDURE = "none"
#: sections that count without an amount (the ranking counts the tenderers told)
COUNTS_ONLY = ("no_offer", "advance_not_due", "ranking_told")


@dataclass
class Figure:
    """One figure: how many tenders (or awards), how much, and which tenders."""

    section: str
    group: str = ""  # a contract type or a procedure
    size: str = ""  # a size class, ``unknown``, or empty
    count: int = 0
    value: Decimal | None = Decimal("0.00")
    tender_ids: list[int] = field(default_factory=list)
    _seen: set[int] = field(default_factory=set, repr=False, compare=False)

    def add(self, tender_id: int, value: Decimal | None, count: int = 1) -> None:
        self.count += count
        if value is not None and self.value is not None:
            self.value += value
        if tender_id not in self._seen:
            self._seen.add(tender_id)
            self.tender_ids.append(tender_id)


@dataclass(frozen=True)
class Threshold:
    """An EU threshold in force during the year (two when it changed in the year)."""

    key: str
    value: Decimal
    valid_from: date
    source: str
    confidence: str


@dataclass(frozen=True)
class YearReport:
    """The figures of one year of a register."""

    year: int
    basis: str
    pack_label: str
    thresholds: tuple[Threshold, ...]
    figures: tuple[Figure, ...]
    tenders: int  # awarded tenders of the year

    def section(self, name: str) -> list[Figure]:
        return [f for f in self.figures if f.section == name]

    def find(self, section: str, group: str = "", size: str = "") -> Figure:
        """A figure by its place; an empty one (nothing counted) when none was found."""
        for f in self.figures:
            if (f.section, f.group, f.size) == (section, group, size):
                return f
        return Figure(section, group, size)


def thresholds_of(pack: RulePack, year: int) -> tuple[Threshold, ...]:
    """The EU thresholds in force on some day of ``year`` (in pack order, by date)."""
    out: list[Threshold] = []
    first, last = date(year, 1, 1), date(year, 12, 31)
    for key in THRESHOLD_KEYS:
        for day in (first, last):
            try:
                found = pack.in_force(key, day)
            except ValidationError:  # a day before the law the pack covers
                continue
            if found is None or any(t.key == key and t.valid_from == found.valid_from for t in out):
                continue
            out.append(
                Threshold(
                    key,
                    Decimal(str(found.value)),
                    found.valid_from,
                    found.source,
                    found.confidence,
                )
            )
    return tuple(out)


def year_report(conn: sqlite3.Connection, pack: RulePack, year: int) -> YearReport:
    """The figures of ``year`` from the register on ``conn`` (read only)."""
    start, end = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    tenders = conn.execute(
        "SELECT id, contract_type, authority, procedure, estimated_value_cents, launch_date "
        "FROM tenders WHERE status IN (?, ?) AND launch_date >= ? AND launch_date < ? "
        "ORDER BY launch_date, id",
        [*AWARDED, start, end],
    ).fetchall()
    ids = [t[0] for t in tenders]
    winners: dict[int, list[tuple[Decimal | None, str]]] = defaultdict(list)
    decisions: dict[int, dict[str, dict]] = defaultdict(dict)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for tender_id, offer, size in conn.execute(
            "SELECT r.tender_id, r.offer_cents, o.size_class FROM tenderers r "
            "JOIN organisations o ON o.id = r.organisation_id "
            f"WHERE r.status = 'winner' AND r.tender_id IN ({marks}) ORDER BY r.id",
            chunk,
        ):
            winners[tender_id].append(
                (None if offer is None else from_cents(offer), size or UNKNOWN)
            )
        for tender_id, kind, result in conn.execute(
            "SELECT tender_id, kind, result_json FROM decisions "
            f"WHERE state != 'invalid' AND tender_id IN ({marks})",
            chunk,
        ):
            decisions[tender_id][kind] = _json(result)
    figures: dict[tuple[str, str, str], Figure] = {}

    def fig(section: str, group: str = "", size: str = "") -> Figure:
        key = (section, group, size)
        if key not in figures:
            figures[key] = Figure(section, group, size)
            if section in COUNTS_ONLY:
                figures[key].value = None
        return figures[key]

    for tender_id, ctype, authority, procedure, estimate_cents, launch in tenders:
        won = winners.get(tender_id, [])
        offers = [offer for offer, _ in won if offer is not None]
        awarded = sum(offers, Decimal("0.00"))
        if any(offer is None for offer, _ in won) or not won:
            fig("no_offer").add(tender_id, None)
        side = _eu_side(pack, date.fromisoformat(launch), ctype, authority, estimate_cents)
        fig(side, ctype).add(tender_id, awarded)
        for offer, size in won:
            fig("sme_type", ctype, size).add(tender_id, offer)
            fig("sme_procedure", procedure or NO_PROCEDURE, size).add(tender_id, offer)
            if size == UNKNOWN:
                fig("no_size").add(tender_id, offer)
        _decision_figures(fig, tender_id, decisions.get(tender_id, {}))
    for ctype in CONTRACT_TYPES:  # the art. 165 §2 lines are there even when zero
        fig("below_eu", ctype)
    for name in ("no_size", "no_offer", "advance_due", "bid_compensation", "ranking_told"):
        fig(name)
    order = {name: i for i, name in enumerate(SECTIONS)}
    type_order = {c: i for i, c in enumerate(CONTRACT_TYPES)}
    size_order = {s: i for i, s in enumerate((*SIZES, UNKNOWN, ""))}
    ordered = sorted(
        figures.values(),
        key=lambda f: (
            order[f.section],
            type_order.get(f.group, len(type_order)),
            f.group,
            size_order[f.size],
        ),
    )
    return YearReport(
        year=year,
        basis=BASIS,
        pack_label=pack.label,
        thresholds=thresholds_of(pack, year),
        figures=tuple(ordered),
        tenders=len(tenders),
    )


def _decision_figures(fig, tender_id: int, found: dict[str, dict]) -> None:
    advance = found.get("advance")
    if advance is not None:
        if advance.get("mandatory"):
            fig("advance_due").add(tender_id, _amount(advance.get("amount")))
        else:
            fig("advance_not_due").add(tender_id, None)
    bid = found.get("bid_compensation")
    if bid is not None and bid.get("mandatory"):
        fig("bid_compensation").add(tender_id, _amount(bid.get("total")))
    ranking = found.get("provisional_ranking")
    if ranking is not None and ranking.get("required"):
        fig("ranking_told").add(tender_id, None, count=len(ranking.get("places") or []))


def _eu_side(pack: RulePack, launch: date, ctype: str, authority: str, estimate_cents: int) -> str:
    """``below_eu`` or ``at_or_above_eu``; ``not_covered`` when the pack has no threshold."""
    try:
        pack.check_date(launch)
        threshold = eu_threshold(Recorder(pack, launch), ctype, authority)
    except ValidationError:
        return "not_covered"
    return "below_eu" if from_cents(estimate_cents) < threshold else "at_or_above_eu"


def _amount(raw: object) -> Decimal:
    return Decimal(str(raw)) if raw not in (None, "") else Decimal("0.00")


def _json(text: str) -> dict:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)] or [[]]


def share(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part`` as a percentage of ``whole`` (two decimals); None when the whole is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"))
