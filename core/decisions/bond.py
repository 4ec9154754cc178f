"""Performance bond (borgtocht / cautionnement), KB 14 January 2013 art. 25.

Two regimes, both in the rule pack. Before KB 4 September 2023 (contracts launched before
2023-11-01) art. 25 §1 *exempted* some contracts unless the documents asked a bond: a small
award amount (§1, 3°) and short supply or service contracts (§1, 1°). From 2023-11-01 no
bond may be asked below an award amount, and the exemptions are gone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.money import ceil_to_step, round_cents
from core.record import record
from core.rules import schema
from core.rules.pack import RulePack

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@record(frozen=True)
class BondRequest:
    """The award amount, what the documents set, and (optionally) the execution period."""

    launch_date: date
    award_amount_excl_vat: Decimal
    documents_percentage: Decimal | None = None
    contract_type: str | None = None
    execution_days: Decimal | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> BondRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        days = inputs.amount(data, "execution_days", required=False)
        return cls(
            launch_date=inputs.iso_date(data, "launch_date"),
            award_amount_excl_vat=inputs.amount(data, "award_amount_excl_vat"),
            documents_percentage=inputs.percentage(data, "documents_percentage"),
            contract_type=inputs.code(data, "contract_type", schema.CONTRACT_TYPES, required=False),
            execution_days=days,
        )


@record(frozen=True)
class BondResult(Explained):
    """Whether a bond may be asked, whether it is due when the documents are silent, how much."""

    allowed: bool
    required: bool
    percentage: Decimal
    amount: Decimal
    needs_reasons: bool

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "allowed": self.allowed,
            "required": self.required,
            "percentage": str(self.percentage),
            "amount": str(self.amount),
            "needs_reasons": self.needs_reasons,
            **self.explanation_dict(),
        }


def _former_exemption(req: BondRequest, rec: Recorder) -> bool:
    """Before 2023-11-01: is the contract exempted (no bond unless the documents ask one)?"""
    exempt_below = rec.value("bond_exempt_below")
    if req.award_amount_excl_vat < exempt_below:
        rec.find("bond_exempt_below", floor=exempt_below)
        return True
    types = rec.value("bond_exempt_short_contract_types")
    days = rec.value("bond_exempt_max_execution_days")
    if req.contract_type is None or req.execution_days is None:
        rec.find("bond_short_execution_not_checked", days=days)
    elif req.contract_type in types and req.execution_days <= days:
        rec.find("bond_exempt_short_execution", days=days)
        return True
    if req.contract_type is None or req.contract_type in types:
        rec.find("bond_former_service_exemptions_not_applied")
    return False


def decide_bond(req: BondRequest, pack: RulePack) -> BondResult:
    """May a bond be asked, is it due by default, and how much (rounded up to the step)."""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    default = rec.value("bond_default_pct")
    forbidden_below = rec.optional("bond_forbidden_below")
    if forbidden_below is not None and req.award_amount_excl_vat < forbidden_below:
        rec.find("bond_forbidden_below", floor=forbidden_below)
        if req.documents_percentage:
            rec.find("bond_documents_not_allowed", floor=forbidden_below)
        return BondResult(
            request=req,
            allowed=False,
            required=False,
            percentage=ZERO,
            amount=round_cents(ZERO),
            needs_reasons=False,
            **rec.explained(),
        )
    exempt = forbidden_below is None and _former_exemption(req, rec)
    if req.documents_percentage is not None:
        pct = req.documents_percentage
    else:
        pct = ZERO if exempt else default
    needs_reasons = pct > default
    if needs_reasons:
        rec.find("bond_above_default_needs_reasons", default=default)
    step = rec.value("bond_rounding_step")
    amount = ceil_to_step(req.award_amount_excl_vat * pct / HUNDRED, step) if pct else ZERO
    return BondResult(
        request=req,
        allowed=True,
        required=not exempt,
        percentage=pct,
        amount=round_cents(amount),
        needs_reasons=needs_reasons,
        **rec.explained(),
    )
