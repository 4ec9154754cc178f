"""Provisional ranking (law art. 13 §1): must each tenderer be told its own place?

Required, for contracts published from the date in the rule pack, in the procedures the pack
lists, below the EU threshold, when price is the only award criterion. Given the offers opened,
the result also holds each tenderer's own place (what its notice tells it, and nothing more).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.decisions.thresholds import eu_threshold
from core.errors import ValidationError
from core.record import record
from core.rules import schema
from core.rules.pack import RulePack


@record(frozen=True)
class Place:
    """One tenderer's own provisional place."""

    tenderer_id: str
    place: int


@record(frozen=True)
class Offer:
    """A price opened: whose, how much."""

    id: str
    offer: Decimal


@record(frozen=True)
class RankingRequest:
    """The procedure, the contract and whether price is the only criterion."""

    launch_date: date
    procedure: str
    authority: str
    contract_type: str
    estimated_value_excl_vat: Decimal
    price_only: bool
    offers: tuple[Offer, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping) -> RankingRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        if "price_only" not in data or data["price_only"] is None:
            raise ValidationError("price_only", "missing", "is required (true or false)")
        return cls(
            **inputs.contract_basics(data),
            procedure=inputs.code(data, "procedure", schema.PROCEDURES),
            price_only=inputs.flag(data, "price_only"),
            offers=_offers(data),
        )


def _offers(data: Mapping) -> tuple[Offer, ...]:
    """The offers opened: ``[{"id": name, "offer": amount}, ...]``, each name once."""
    raw = data.get("offers") or []
    if not isinstance(raw, list):
        raise ValidationError("offers", "not_a_list", "expected a list of offers")
    offers: list[Offer] = []
    for index, item in enumerate(raw):
        item = inputs.need_mapping(item, f"offers[{index}]")
        tid = item.get("id")
        if not isinstance(tid, str | int) or isinstance(tid, bool) or str(tid).strip() == "":
            raise ValidationError(f"offers[{index}].id", "missing", "is required")
        if any(o.id == str(tid) for o in offers):
            raise ValidationError("offers", "duplicate_id", "two offers have the same id")
        offers.append(Offer(str(tid), inputs.amount(item, "offer", allow_zero=True)))
    return tuple(offers)


@record(frozen=True)
class RankingResult(Explained):
    """Whether the provisional ranking must be told, and why (not)."""

    required: bool
    reason: str
    eu_threshold: Decimal
    places: tuple[Place, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "required": self.required,
            "reason": self.reason,
            "eu_threshold": str(self.eu_threshold),
            "places": [{"id": p.tenderer_id, "place": p.place} for p in self.places],
            **self.explanation_dict(),
        }


def decide_ranking(req: RankingRequest, pack: RulePack) -> RankingResult:
    """Must each tenderer be told its provisional place right after the opening?"""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    eu = eu_threshold(rec, req.contract_type, req.authority)
    procedures = rec.optional("ranking_procedures")
    if procedures is None:
        first = pack.starts("ranking_procedures")
        rec.find("ranking_not_in_force", starts=first.isoformat())
        reason = "not_in_force"
    elif req.procedure not in procedures:
        reason = "procedure_not_covered"
    elif req.estimated_value_excl_vat >= eu:
        reason = "at_or_above_eu_threshold"
    elif not req.price_only:
        reason = "not_price_only"
    else:
        reason = "required"
    return RankingResult(
        request=req,
        required=reason == "required",
        reason=reason,
        eu_threshold=eu,
        places=provisional_places({o.id: o.offer for o in req.offers})
        if reason == "required"
        else (),
        **rec.explained(),
    )


def provisional_places(offers: Mapping[str, Decimal]) -> tuple[Place, ...]:
    """Each tenderer's place by ascending price; equal prices share a place (1, 1, 3)."""
    ordered = sorted(offers.items(), key=lambda item: (item[1], item[0]))
    places: list[Place] = []
    for index, (tid, price) in enumerate(ordered):
        if index and price == ordered[index - 1][1]:
            places.append(Place(tid, places[-1].place))
        else:
            places.append(Place(tid, index + 1))
    return tuple(places)
