"""The estimated value of a contract (KB 18 April 2017 art. 6-7): everything adds up.

Base amount over the whole duration, options, renewals, lots and premiums all count; the
value decides the thresholds. When a part alone (one year, one lot, the base without its
options) stays under a threshold that the whole contract reaches, the result warns: cutting
a contract to stay under a threshold is forbidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.decisions.thresholds import eu_threshold
from core.errors import ValidationError
from core.money import round_cents, typed_text
from core.record import record
from core.rules import schema
from core.rules.pack import RulePack


@record(frozen=True)
class Part:
    """One item of the estimate: what it is and its amount excl. VAT."""

    kind: str  # "base", "option", "renewal", "lot", "premium"
    label: str
    amount: Decimal


@record(frozen=True)
class EstimateRequest:
    """The parts of a contract, the buyer and the launch date (for the thresholds)."""

    launch_date: date
    authority: str
    contract_type: str
    yearly_amount: Decimal | None = None
    years: Decimal | None = None
    base_amount: Decimal | None = None
    renewals: int = 0
    options: tuple[tuple[str, Decimal], ...] = ()
    lots: tuple[tuple[str, Decimal], ...] = ()
    premiums: Decimal = Decimal(0)

    @classmethod
    def from_mapping(cls, data: Mapping) -> EstimateRequest:
        """Read and validate; amounts excl. VAT."""
        data = inputs.need_mapping(data)
        yearly = inputs.amount(data, "yearly_amount", required=False, allow_zero=True)
        years = inputs.months(data, "years")
        base = inputs.amount(data, "base_amount", required=False, allow_zero=True)
        lots = _named_amounts(data, "lots")
        if yearly is None and base is None and not lots:
            raise ValidationError(
                "base_amount",
                "missing",
                "give a base amount, a yearly amount with the number of years, or the lots",
            )
        if yearly is not None and years is None:
            raise ValidationError(
                "years",
                "missing",
                "a yearly amount needs the number of "
                "years (all renewals included count separately)",
            )
        renewals = data.get("renewals", 0) or 0
        if isinstance(renewals, bool) or not isinstance(renewals, int) or renewals < 0:
            raise ValidationError(
                "renewals",
                "bad_count",
                f"expected a whole number of renewals, got {renewals!r}",
                {"typed": typed_text(renewals)},
            )
        return cls(
            launch_date=inputs.iso_date(data, "launch_date"),
            authority=inputs.code(data, "authority", schema.AUTHORITIES),
            contract_type=inputs.code(data, "contract_type", schema.CONTRACT_TYPES),
            yearly_amount=yearly,
            years=years,
            base_amount=base,
            renewals=renewals,
            options=_named_amounts(data, "options"),
            lots=lots,
            premiums=inputs.amount(data, "premiums", required=False, allow_zero=True) or Decimal(0),
        )


def _named_amounts(data: Mapping, name: str) -> tuple[tuple[str, Decimal], ...]:
    raw = data.get(name) or []
    if not isinstance(raw, list):
        raise ValidationError(name, "not_a_list", "expected a list of {label, amount}")
    out = []
    for index, item in enumerate(raw):
        item = inputs.need_mapping(item, f"{name}[{index}]")
        label = str(item.get("label") or f"{index + 1}")
        try:
            value = inputs.amount(item, "amount", allow_zero=True)
        except ValidationError as exc:
            raise ValidationError(f"{name}[{index}].amount", exc.code, exc.message) from None
        out.append((label, value))
    return tuple(out)


@record(frozen=True)
class EstimateResult(Explained):
    """The total, how it was added up, and the thresholds a part stays under."""

    total: Decimal
    parts: tuple[Part, ...]
    split_warnings: tuple[tuple[str, Decimal, Decimal], ...]  # (threshold rule, value, part)

    def to_dict(self) -> dict[str, object]:
        """Plain form (storage, documents)."""
        return {
            "total": str(self.total),
            "parts": [
                {"kind": p.kind, "label": p.label, "amount": str(p.amount)} for p in self.parts
            ],
            "split_warnings": [
                {"rule": r, "threshold": str(t), "part": str(a)} for r, t, a in self.split_warnings
            ],
            **self.explanation_dict(),
        }


def decide_estimate(req: EstimateRequest, pack: RulePack) -> EstimateResult:
    """Add up the estimated value and warn where a part alone would pass under a threshold."""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    parts: list[Part] = []
    if req.yearly_amount is not None:
        parts.append(Part("base", "years", req.yearly_amount * req.years))
        for n in range(req.renewals):
            parts.append(Part("renewal", f"{n + 1}", req.yearly_amount * req.years))
    elif req.base_amount is not None:
        parts.append(Part("base", "base", req.base_amount))
        for n in range(req.renewals):
            parts.append(Part("renewal", f"{n + 1}", req.base_amount))
    parts += [Part("option", label, amount) for label, amount in req.options]
    parts += [Part("lot", label, amount) for label, amount in req.lots]
    if req.premiums:
        parts.append(Part("premium", "premiums", req.premiums))
    total = round_cents(sum((p.amount for p in parts), Decimal(0)))
    smallest_whole = _smallest_whole_part(req, parts)
    warnings = []
    for key in ("low_value_ceiling", "negotiated_value_ceiling"):
        threshold = rec.value(key)
        if smallest_whole < threshold <= total:
            warnings.append((key, threshold, smallest_whole))
    eu = eu_threshold(rec, req.contract_type, req.authority)
    if smallest_whole < eu <= total:
        warnings.append(("eu_threshold", eu, smallest_whole))
    for rule, threshold, part in warnings:
        rec.find("splitting_warning", rule=rule, threshold=threshold, part=round_cents(part))
    return EstimateResult(
        request=req,
        total=total,
        parts=tuple(parts),
        split_warnings=tuple(warnings),
        **rec.explained(),
    )


def _smallest_whole_part(req: EstimateRequest, parts: list[Part]) -> Decimal:
    """The part someone might be tempted to put out alone: one year, one lot, the base."""
    candidates = [p.amount for p in parts if p.kind in ("base", "lot")]
    if req.yearly_amount is not None:
        candidates.append(req.yearly_amount)
    return min(candidates) if candidates else Decimal(0)
