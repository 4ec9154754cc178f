"""The legal decisions: each a pure function from a typed request to an explained result."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from core.decisions.advance import AdvanceRequest, AdvanceResult, decide_advance
from core.decisions.bid_compensation import (
    BidCompensationRequest,
    BidCompensationResult,
    decide_bid_compensation,
)
from core.decisions.bond import BondRequest, BondResult, decide_bond
from core.decisions.einvoicing import EInvoicingRequest, EInvoicingResult, decide_einvoicing
from core.decisions.estimate import EstimateRequest, EstimateResult, decide_estimate
from core.decisions.procedure import ProcedureRequest, ProcedureResult, decide_procedure
from core.decisions.ranking import RankingRequest, RankingResult, decide_ranking
from core.decisions.sme import SmeRequest, SmeResult, decide_sme_class
from core.rules.pack import RulePack


@dataclass(frozen=True)
class Check:
    """A decision the engine offers: how to read its request and how to decide it."""

    name: str
    read: Callable[[Mapping], object]
    decide: Callable[[object, RulePack], object]

    def run(self, data: Mapping, pack: RulePack) -> object:
        """Validate ``data`` and decide; raises ValidationError on bad input."""
        return self.decide(self.read(data), pack)


CHECKS: dict[str, Check] = {
    check.name: check
    for check in (
        Check("procedure", ProcedureRequest.from_mapping, decide_procedure),
        Check("advance", AdvanceRequest.from_mapping, decide_advance),
        Check("bid_compensation", BidCompensationRequest.from_mapping, decide_bid_compensation),
        Check("provisional_ranking", RankingRequest.from_mapping, decide_ranking),
        Check("sme_class", SmeRequest.from_mapping, decide_sme_class),
        Check("bond", BondRequest.from_mapping, decide_bond),
        Check("e_invoicing", EInvoicingRequest.from_mapping, decide_einvoicing),
        Check("estimate", EstimateRequest.from_mapping, decide_estimate),
    )
}

__all__ = [
    "CHECKS",
    "Check",
    "AdvanceRequest",
    "AdvanceResult",
    "decide_advance",
    "BidCompensationRequest",
    "BidCompensationResult",
    "decide_bid_compensation",
    "BondRequest",
    "BondResult",
    "decide_bond",
    "EInvoicingRequest",
    "EInvoicingResult",
    "decide_einvoicing",
    "EstimateRequest",
    "EstimateResult",
    "decide_estimate",
    "ProcedureRequest",
    "ProcedureResult",
    "decide_procedure",
    "RankingRequest",
    "RankingResult",
    "decide_ranking",
    "SmeRequest",
    "SmeResult",
    "decide_sme_class",
]
