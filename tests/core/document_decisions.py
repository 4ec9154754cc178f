"""The decisions the document tests make their PDFs from: one of every kind, on the same facts,
so every document kind has something to show and the tests agree on what it is."""

from __future__ import annotations

from datetime import datetime

from core.store import records
from core.store.register import Register

#: the facts of the tender: local works of €150,000 launched on 1 March 2026
BASICS = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "works",
    "estimated_value_excl_vat": "150000.00",
}


def decide_every_kind(reg: Register, tid: int, now: datetime) -> None:
    """Store a procedure, an advance (a small winner, €49,610 incl. VAT over 18 months), a bid
    compensation (models asked, €1,500 set by the documents), a provisional ranking (open,
    price only) and the bond on the winner's offer (the estimate without one) for tender
    ``tid``, whose tenderers are already added."""
    reg.decide(tid, "procedure", BASICS, now)
    reg.decide(
        tid,
        "advance",
        {
            **{k: BASICS[k] for k in ("launch_date", "authority", "contract_type")},
            "procedure": "open",
            "contractor_size": "small",
            "amount_incl_vat": "49610",
            "duration_months": "18",
        },
        now,
    )
    compensation_for_models(reg, tid, "1500", now)
    reg.decide(
        tid,
        "provisional_ranking",
        {**BASICS, "procedure": "open", "price_only": True, "offers": reg.decision_offers(tid)},
        now,
    )
    reg.decide(tid, "bond", bond_input(reg, tid), now)


def bond_input(reg: Register, tid: int) -> dict:
    """The bond as the window proposes it: on the winner's offer, else on the estimate."""
    basis = records.award_basis(reg.tender(tid), reg.tenderers(tid))
    return {
        **{k: BASICS[k] for k in ("launch_date", "contract_type")},
        "award_amount_excl_vat": basis.get("offer", basis.get("estimate")),
    }


def compensation_for_models(reg: Register, tid: int, amount: str, now: datetime):
    """Store the bid compensation of a restricted procedure launched on 1 March 2026 whose
    documents asked for models and set ``amount``, for the tender's tenderers as they are."""
    return reg.decide(
        tid,
        "bid_compensation",
        {
            "launch_date": BASICS["launch_date"],
            "procedure": "restricted",
            "required_items": ["models"],
            "documents_amount": amount,
            "tenderers": reg.decision_tenderers(tid),
        },
        now,
    )
