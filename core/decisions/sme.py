"""SME size class from staff, turnover and balance-sheet total (EU Recommendation 2003/361).

A class applies when staff is below its limit AND (turnover OR balance-sheet total) is at most
its limit; the smallest class that applies wins; none applies: large.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.record import field, record
from core.rules.pack import RulePack


@record(frozen=True)
class SmeRequest:
    """The enterprise's figures (annual work units, euro) and optionally their date."""

    staff_awu: Decimal
    turnover: Decimal
    balance_sheet_total: Decimal
    reference_date: date | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> SmeRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        return cls(
            staff_awu=inputs.amount(data, "staff_awu", allow_zero=True),
            turnover=inputs.amount(data, "turnover", allow_zero=True),
            balance_sheet_total=inputs.amount(data, "balance_sheet_total", allow_zero=True),
            reference_date=inputs.iso_date(data, "reference_date", required=False),
        )


@record(frozen=True)
class SmeResult(Explained):
    """The size class and which test decided it."""

    size: str
    decided_by: str  # "staff", "turnover", "balance_sheet", "none"
    #: the limits of the class that decided (for "large": those of the largest SME class)
    limits: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {"size": self.size, "decided_by": self.decided_by, **self.explanation_dict()}


def decide_sme_class(req: SmeRequest, pack: RulePack) -> SmeResult:
    """The enterprise's size class; without a date, the latest rule period applies."""
    on = req.reference_date or max(pack.published, pack.covers_from)
    rec = Recorder(pack, on)
    classes = rec.value("sme_limits")
    for limits in classes:
        if req.staff_awu >= limits["staff_below"]:
            continue
        if req.turnover <= limits["turnover_max"]:
            return _result(req, limits, "turnover", rec)
        if req.balance_sheet_total <= limits["balance_max"]:
            return _result(req, limits, "balance_sheet", rec)
    return _result(req, {**classes[-1], "size": "large"}, "none", rec)


def _result(req: SmeRequest, limits: Mapping, by: str, rec: Recorder) -> SmeResult:
    rec.find("sme_partner_linked_not_applied")
    return SmeResult(
        request=req,
        size=limits["size"],
        decided_by=by,
        limits=dict(limits),
        **rec.explained(),
    )
