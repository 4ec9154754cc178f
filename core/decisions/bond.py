"""Performance bond (borgtocht / cautionnement), KB 14 January 2013 art. 25."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.money import ceil_to_step, round_cents
from core.rules.pack import RulePack

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class BondRequest:
    """The award amount and what the documents set, if anything."""

    launch_date: date
    award_amount_excl_vat: Decimal
    documents_percentage: Decimal | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> BondRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        return cls(
            launch_date=inputs.iso_date(data, "launch_date"),
            award_amount_excl_vat=inputs.amount(data, "award_amount_excl_vat"),
            documents_percentage=inputs.percentage(data, "documents_percentage"),
        )


@dataclass(frozen=True)
class BondResult(Explained):
    """Whether a bond may be asked, and its amount."""

    allowed: bool
    percentage: Decimal
    amount: Decimal
    needs_reasons: bool

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "allowed": self.allowed,
            "percentage": str(self.percentage),
            "amount": str(self.amount),
            "needs_reasons": self.needs_reasons,
            **self.explanation_dict(),
        }


def decide_bond(req: BondRequest, pack: RulePack) -> BondResult:
    """May a bond be asked, and how much (rounded up to the pack's step)."""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    floor = rec.value("bond_forbidden_below")
    default = rec.value("bond_default_pct")
    if req.award_amount_excl_vat < floor:
        rec.find("bond_forbidden_below", floor=floor)
        return BondResult(
            request=req,
            allowed=False,
            percentage=Decimal(0),
            amount=round_cents(Decimal(0)),
            needs_reasons=False,
            **rec.explained(),
        )
    pct = default if req.documents_percentage is None else req.documents_percentage
    needs_reasons = pct > default
    if needs_reasons:
        rec.find("bond_above_default_needs_reasons", default=default)
    step = rec.value("bond_rounding_step")
    amount = ceil_to_step(req.award_amount_excl_vat * pct / HUNDRED, step) if pct else Decimal(0)
    return BondResult(
        request=req,
        allowed=True,
        percentage=pct,
        amount=round_cents(amount),
        needs_reasons=needs_reasons,
        **rec.explained(),
    )
