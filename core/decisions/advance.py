"""The advance (voorschot / avance) of law art. 12/1-12/8, for contracts launched from 2024.

Hypothesis 1: negotiated procedure without publication on a listed ground, any contractor.
Hypothesis 2: any other procedure with an SME winner, a minimum and maximum per size class.
Otherwise the documents may grant a voluntary advance up to a maximum. All percentages, the
cap, the reference-value months and the settlement tranches come from the rule pack.
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

HUNDRED = Decimal(100)
ZERO = Decimal(0)
NEGOTIATED = "negotiated_without_publication"


@record(frozen=True)
class AdvanceRequest:
    """The contract, the buyer, the procedure and the winner's size."""

    launch_date: date
    authority: str
    procedure: str
    contract_type: str
    contractor_size: str
    amount_incl_vat: Decimal | None
    duration_months: Decimal | None
    monthly_value_incl_vat: Decimal | None = None
    financed_and_supervised: bool = False
    negotiated_ground: str | None = None
    documents_percentage: Decimal | None = None
    above_20_allowed: bool = False
    exception: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> AdvanceRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        procedure = inputs.code(data, "procedure", schema.PROCEDURES)
        ground = inputs.code(data, "negotiated_ground", ("value", *schema.GROUNDS), required=False)
        duration = inputs.months(data, "duration_months")
        amount = inputs.amount(data, "amount_incl_vat", required=duration is not None)
        monthly = inputs.amount(data, "monthly_value_incl_vat", required=False)
        if duration is None and monthly is None:
            raise ValidationError(
                "duration_months",
                "missing",
                "give the duration in months, or null with monthly_value_incl_vat for a "
                "contract of indefinite duration",
            )
        return cls(
            launch_date=inputs.iso_date(data, "launch_date"),
            authority=inputs.code(data, "authority", schema.AUTHORITIES),
            procedure=procedure,
            contract_type=inputs.code(data, "contract_type", schema.CONTRACT_TYPES),
            contractor_size=inputs.code(data, "contractor_size", schema.SIZES),
            amount_incl_vat=amount,
            duration_months=duration,
            monthly_value_incl_vat=monthly,
            financed_and_supervised=inputs.flag(data, "financed_and_supervised"),
            negotiated_ground=ground,
            documents_percentage=inputs.percentage(data, "documents_percentage"),
            above_20_allowed=inputs.flag(data, "above_20_allowed"),
            exception=inputs.code(data, "exception", schema.EXCEPTIONS, required=False),
        )


@record(frozen=True)
class Tranche:
    """Part of the advance deducted once the executed value reaches an amount."""

    amount: Decimal
    when_executed_reaches: Decimal | None
    share: Decimal
    at: Decimal


@record(frozen=True)
class AdvanceResult(Explained):
    """Whether an advance is mandatory, how much, and when it is settled."""

    mandatory: bool
    hypothesis: int | None
    reason: str
    reference_value: Decimal | None
    percentage: Decimal
    amount_unrounded: Decimal
    amount: Decimal
    capped: bool
    voluntary: bool
    settlement: tuple[Tranche, ...]
    minimum_percentage: Decimal | None = None
    maximum_percentage: Decimal | None = None
    #: the contractor's written request must still be signed (None: a decision stored before
    #: the app answered it; a signed request is then asked, which is never wrong)
    signature_required: bool | None = None

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "mandatory": self.mandatory,
            "hypothesis": self.hypothesis,
            "reason": self.reason,
            "reference_value": None
            if self.reference_value is None
            else str(round_cents(self.reference_value)),
            "percentage": str(self.percentage),
            "amount": str(self.amount),
            "amount_unrounded": str(self.amount_unrounded),
            "capped": self.capped,
            "voluntary": self.voluntary,
            "minimum_percentage": _opt(self.minimum_percentage),
            "maximum_percentage": _opt(self.maximum_percentage),
            "signature_required": self.signature_required,
            "settlement": [
                {
                    "amount": str(t.amount),
                    "when_executed_reaches": _opt(t.when_executed_reaches),
                    "share": str(t.share),
                    "at": str(t.at),
                }
                for t in self.settlement
            ],
            **self.explanation_dict(),
        }


def _opt(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _not_in_force(req: AdvanceRequest, pack: RulePack, rec: Recorder) -> AdvanceResult:
    first = pack.starts("advance_cap")
    rec.find("advance_regime_not_in_force", starts=first.isoformat())
    return AdvanceResult(
        request=req,
        mandatory=False,
        hypothesis=None,
        reason="not_in_force",
        reference_value=None,
        percentage=ZERO,
        amount_unrounded=ZERO,
        amount=round_cents(ZERO),
        capped=False,
        voluntary=False,
        settlement=(),
        signature_required=rec.value("advance_request_signature_required"),
        **rec.explained(),
    )


def _reference_value(req: AdvanceRequest, rec: Recorder) -> Decimal:
    months = rec.value("advance_reference_months")
    if req.duration_months is None:
        return req.monthly_value_incl_vat * months
    if req.duration_months <= months:
        return req.amount_incl_vat
    return req.amount_incl_vat * months / req.duration_months


def _obligation(req: AdvanceRequest, rec: Recorder) -> tuple[int | None, str]:
    """(hypothesis, reason): which mandatory hypothesis applies, or why none does."""
    if req.exception:
        confirmed = rec.value("advance_exceptions_confirmed")
        if req.exception not in confirmed:
            rec.value("advance_exceptions_unconfirmed")
            rec.find("exception_unverified", exception=req.exception)
        return None, "exception"
    obliged = rec.value("advance_obliged_authorities")
    if req.authority not in obliged:
        conditional = rec.value("advance_conditionally_obliged_authorities")
        if req.authority not in conditional:
            return None, "buyer_not_obliged"
        if not req.financed_and_supervised:
            rec.find("buyer_obliged_only_if_financed_and_supervised")
            return None, "buyer_not_obliged"
    if req.procedure == "negotiated_without_publication":
        ground = req.negotiated_ground or "value"
        if req.negotiated_ground is None:
            rec.find("negotiated_ground_assumed_value")
        if ground in rec.value("advance_h1_grounds"):
            return 1, "hypothesis_1"
        return None, "negotiated_ground_not_listed"
    if req.contractor_size == "large":
        return None, "contractor_not_sme"
    return 2, "hypothesis_2"


def _bounds(hypothesis: int | None, req: AdvanceRequest, rec: Recorder) -> tuple[Decimal, Decimal]:
    """(minimum, maximum) percentage for the hypothesis; a voluntary advance has min 0."""
    voluntary_max = rec.value("advance_voluntary_max_pct")
    if hypothesis == 1:
        low, high = rec.value("advance_h1_pct"), voluntary_max
    elif hypothesis == 2:
        low = rec.value("advance_h2_min_pct")[req.contractor_size]
        high = rec.value("advance_h2_max_pct")[req.contractor_size]
    else:
        low, high = ZERO, voluntary_max
    if req.above_20_allowed:
        rec.find("above_maximum_case_claimed")
        high = HUNDRED
    return low, high


def _percentage(
    hypothesis: int | None, req: AdvanceRequest, low: Decimal, high: Decimal
) -> Decimal:
    pct = req.documents_percentage
    if pct is None:
        return low
    if pct < low:
        raise ValidationError(
            "documents_percentage",
            "below_legal_minimum",
            f"{pct}% is below the legal minimum of {low}% for this case ({_case(hypothesis, req)})",
            {"pct": pct, "low": low},
        )
    if pct > high:
        raise ValidationError(
            "documents_percentage",
            "above_legal_maximum",
            f"{pct}% is above the maximum of {high}%; more is only allowed "
            f"in the cases of art. 12/4 §2 (set above_20_allowed)",
            {"pct": pct, "high": high},
        )
    return pct


def _case(hypothesis: int | None, req: AdvanceRequest) -> str:
    if hypothesis == 1:
        return "hypothesis 1, negotiated procedure without publication"
    if hypothesis == 2:
        return f"hypothesis 2, {req.contractor_size} enterprise"
    return "voluntary advance"


def _settlement(amount: Decimal, req: AdvanceRequest, rec: Recorder) -> tuple[Tranche, ...]:
    tranches = rec.value("advance_settlement")
    out: list[Tranche] = []
    remaining = amount
    for index, (share, at) in enumerate(tranches):
        part = remaining if index == len(tranches) - 1 else round_cents(amount * share)
        remaining -= part
        reaches = None if req.amount_incl_vat is None else round_cents(req.amount_incl_vat * at)
        out.append(Tranche(amount=part, when_executed_reaches=reaches, share=share, at=at))
    if req.amount_incl_vat is None:
        rec.find("settlement_base_unknown_indefinite")
    return tuple(out)


def negotiated_grounds(pack: RulePack, on: date, contract_type: str) -> tuple[str, ...]:
    """The grounds of the negotiated procedure without publication the law allows for this
    contract type on ``on`` (``value`` for a value ceiling), in the pack's order."""
    out: list[str] = []
    for basis in pack.bases_on(on):
        if basis.procedure != NEGOTIATED or contract_type not in basis.contract_types:
            continue
        ground = basis.ground or "value"
        if ground not in out:
            out.append(ground)
    return tuple(out)


def check_negotiated_ground(req: AdvanceRequest, pack: RulePack) -> None:
    """Refuse a ground of the negotiated procedure that the law does not allow for the type."""
    ground = req.negotiated_ground
    if req.procedure != NEGOTIATED or ground is None:
        return
    fits = negotiated_grounds(pack, req.launch_date, req.contract_type)
    if ground not in fits:
        raise ValidationError(
            "negotiated_ground",
            "not_for_contract_type",
            f"the ground {ground!r} of the negotiated procedure without prior publication "
            f"does not apply to a {req.contract_type} contract (grounds for "
            f"{req.contract_type}: {', '.join(fits) or 'none'})",
            {"ground": ground, "contract_type": req.contract_type},
        )


def decide_advance(req: AdvanceRequest, pack: RulePack) -> AdvanceResult:
    """Is an advance mandatory, under which hypothesis, how much and when is it settled."""
    on = req.launch_date
    pack.check_date(on)
    check_negotiated_ground(req, pack)
    rec = Recorder(pack, on)
    if rec.optional("advance_cap") is None:
        return _not_in_force(req, pack, rec)
    if req.procedure == "low_value":
        rec.find("low_value_advance_uncertain")
    hypothesis, reason = _obligation(req, rec)
    low, high = _bounds(hypothesis, req, rec)
    pct = _percentage(hypothesis, req, low, high)
    reference = _reference_value(req, rec)
    raw = reference * pct / HUNDRED
    cap = rec.value("advance_cap")
    if req.above_20_allowed:
        # whether the cap also binds the art. 12/4 §2 cases is a rule of its own (less sure)
        cap = rec.value("advance_cap_above_maximum")
    capped = raw > cap
    amount = round_cents(min(raw, cap))
    # a percentage that comes to € 0,00 (a few cents of contract) grants nothing
    voluntary = hypothesis is None and amount > 0
    if voluntary:
        rec.find("voluntary_advance")
    settlement = _settlement(amount, req, rec) if amount > 0 else ()
    return AdvanceResult(
        request=req,
        mandatory=hypothesis is not None,
        hypothesis=hypothesis,
        reason=reason,
        reference_value=reference,
        percentage=pct,
        amount_unrounded=raw,
        amount=amount,
        capped=capped,
        voluntary=voluntary,
        settlement=settlement,
        minimum_percentage=low,
        maximum_percentage=high,
        signature_required=rec.value("advance_request_signature_required"),
        **rec.explained(),
    )
