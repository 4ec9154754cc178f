"""Bid compensation (biedvergoeding / indemnité de soumission), contracts launched from 2024-02.

Due when the offer must come with samples, models, prototypes, drawings, graphic designs or
artistic designs, except in the procedures the rule pack excludes; paid to every tenderer but
the winner, possibly reduced for substantially irregular or unacceptable offers when the
documents say so. The amount is set by the documents (no legal minimum).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.errors import ValidationError
from core.money import round_cents
from core.record import record
from core.rules import schema
from core.rules.pack import RulePack


@record(frozen=True)
class Tenderer:
    """A tenderer of the procedure and its outcome."""

    id: str
    status: str


@record(frozen=True)
class BidCompensationRequest:
    """The procedure, what the offers must include, the tenderers and the documents' amounts."""

    launch_date: date
    procedure: str
    required_items: tuple[str, ...]
    tenderers: tuple[Tenderer, ...] = ()
    documents_amount: Decimal | None = None
    documents_reduced_amount: Decimal | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> BidCompensationRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        raw_tenderers = data.get("tenderers") or []
        if not isinstance(raw_tenderers, list):
            raise ValidationError("tenderers", "not_a_list", "expected a list of tenderers")
        tenderers = []
        for index, item in enumerate(raw_tenderers):
            item = inputs.need_mapping(item, f"tenderers[{index}]")
            tid = item.get("id")
            if not isinstance(tid, str | int) or isinstance(tid, bool) or str(tid).strip() == "":
                raise ValidationError(f"tenderers[{index}].id", "missing", "is required")
            status = inputs.code(item, "status", schema.TENDERER_STATUSES)
            tenderers.append(Tenderer(str(tid), status))
        ids = [t.id for t in tenderers]
        if len(set(ids)) != len(ids):
            raise ValidationError("tenderers", "duplicate_id", "two tenderers have the same id")
        full = inputs.amount(data, "documents_amount", required=False, allow_zero=True)
        reduced = inputs.amount(data, "documents_reduced_amount", required=False, allow_zero=True)
        if reduced is not None and full is not None and reduced > full:
            raise ValidationError(
                "documents_reduced_amount",
                "reduced_above_full",
                f"the reduced amount {reduced} is more than the full amount {full}",
                {"reduced": reduced, "full": full},
            )
        return cls(
            launch_date=inputs.iso_date(data, "launch_date"),
            procedure=inputs.code(data, "procedure", schema.PROCEDURES),
            required_items=inputs.codes(data, "required_items", schema.REQUIRED_ITEMS),
            tenderers=tuple(tenderers),
            documents_amount=full,
            documents_reduced_amount=reduced,
        )


@record(frozen=True)
class BidCompensationResult(Explained):
    """Whether a compensation is due, why, and the amount owed to each tenderer."""

    mandatory: bool
    reason: str
    triggering_items: tuple[str, ...]
    amounts: dict[str, Decimal | None]
    total: Decimal | None

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "mandatory": self.mandatory,
            "reason": self.reason,
            "triggering_items": list(self.triggering_items),
            "amounts": {k: None if v is None else str(v) for k, v in self.amounts.items()},
            "total": None if self.total is None else str(self.total),
            **self.explanation_dict(),
        }


def decide_bid_compensation(req: BidCompensationRequest, pack: RulePack) -> BidCompensationResult:
    """Is a bid compensation due, and how much to each tenderer."""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    items = rec.optional("bid_compensation_items")
    triggering: tuple[str, ...] = ()
    if items is None:
        first = pack.starts("bid_compensation_items")
        rec.find("bid_compensation_not_in_force", starts=first.isoformat())
        if pack.first("advance_cap").valid_from <= on:
            # the law of 22-12-2023 was in force (its advances apply), but the pack dates the
            # bid compensation later: one source gives the law's own start date instead
            rec.find("bid_compensation_start_date_uncertain", starts=first.isoformat())
        reason = "not_in_force"
    else:
        triggering = tuple(i for i in req.required_items if i in items)
        if not triggering:
            reason = "no_required_items"
        elif req.procedure in rec.value("bid_compensation_excluded_procedures"):
            reason = "procedure_excluded"
        else:
            reason = "due"
    if items is not None and req.procedure == "low_value":
        rec.find("low_value_bid_compensation_uncertain")
    mandatory = reason == "due"
    paid = mandatory or req.documents_amount is not None
    if not mandatory and req.documents_amount is not None:
        rec.find("voluntary_bid_compensation")
    if mandatory and req.documents_amount is None:
        rec.find("documents_must_set_amount")
    amounts: dict[str, Decimal | None] = {}
    if items is None:
        # before the regime only a voluntary compensation exists: pay it as the documents
        # say, to the same tenderers the regime names
        beneficiaries = pack.first("bid_compensation_beneficiaries").value
        reducible = pack.first("bid_compensation_reducible_statuses").value
    else:
        beneficiaries = rec.value("bid_compensation_beneficiaries") if paid else ()
        reducible = rec.value("bid_compensation_reducible_statuses") if paid else ()
    for tenderer in req.tenderers:
        amounts[tenderer.id] = _amount_for(tenderer, req, paid, beneficiaries, reducible)
    known = [a for a in amounts.values() if a is not None]
    total = round_cents(sum(known, Decimal(0))) if len(known) == len(amounts) else None
    return BidCompensationResult(
        request=req,
        mandatory=mandatory,
        reason=reason,
        triggering_items=triggering,
        amounts=amounts,
        total=total,
        **rec.explained(),
    )


def _amount_for(
    tenderer: Tenderer,
    req: BidCompensationRequest,
    paid: bool,
    beneficiaries: tuple[str, ...],
    reducible: tuple[str, ...],
) -> Decimal | None:
    if not paid or tenderer.status not in beneficiaries:
        return round_cents(Decimal(0))
    if req.documents_amount is None:
        return None
    if tenderer.status in reducible and req.documents_reduced_amount is not None:
        return round_cents(req.documents_reduced_amount)
    return round_cents(req.documents_amount)
