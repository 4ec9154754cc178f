"""Structured e-invoicing (Peppol, EN 16931) in public contracts, phased in from 2022-11."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.decisions.thresholds import eu_threshold
from core.record import record
from core.rules.pack import RulePack


@record(frozen=True)
class EInvoicingRequest:
    """The contract whose invoices are concerned."""

    launch_date: date
    authority: str
    contract_type: str
    estimated_value_excl_vat: Decimal

    @classmethod
    def from_mapping(cls, data: Mapping) -> EInvoicingRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        return cls(
            **inputs.contract_basics(data),
        )


@record(frozen=True)
class EInvoicingResult(Explained):
    """Whether the contractor must send structured e-invoices, and from which value."""

    required: bool
    threshold: Decimal | None
    compare: str | None

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "required": self.required,
            "threshold": None if self.threshold is None else str(self.threshold),
            "compare": self.compare,
            **self.explanation_dict(),
        }


def decide_einvoicing(req: EInvoicingRequest, pack: RulePack) -> EInvoicingResult:
    """Is structured e-invoicing required for this contract?"""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    rule = rec.optional("einvoicing_threshold")
    if rule is None:
        first = pack.starts("einvoicing_threshold")
        rec.find("einvoicing_not_in_force", starts=first.isoformat())
        return EInvoicingResult(
            request=req,
            required=False,
            threshold=None,
            compare=None,
            **rec.explained(),
        )
    if "ref" in rule:
        threshold = eu_threshold(rec, req.contract_type, req.authority)
    else:
        threshold = rule["amount"]
    value = req.estimated_value_excl_vat
    required = value >= threshold if rule["compare"] == "at_least" else value > threshold
    return EInvoicingResult(
        request=req,
        required=required,
        threshold=threshold,
        compare=rule["compare"],
        **rec.explained(),
    )
