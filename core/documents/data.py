"""What a document is made from: a tender as stored, its parties and its stored decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from core.decisions.explain import Explained
from core.decisions.stored import STORED_KINDS, restore
from core.store.model import Organisation, Tender, Tenderer
from core.store.register import Register, StoredDecision, decision_names


@dataclass(frozen=True)
class Lot:
    """A lot of the tender."""

    number: int
    title: str
    estimated_value: Decimal


@dataclass(frozen=True)
class Party:
    """A tenderer with its organisation."""

    tenderer: Tenderer
    organisation: Organisation
    name: str  # as the decisions name it: "Name", or "Name (2)" for a repeated name


@dataclass(frozen=True)
class Decision:
    """A stored decision and its result object, read back as it was decided."""

    stored: StoredDecision
    result: Explained


@dataclass(frozen=True)
class TenderFile:
    """Everything the documents of one tender show."""

    tender: Tender
    buyer: Organisation | None
    lots: tuple[Lot, ...] = ()
    parties: tuple[Party, ...] = ()
    decisions: dict[str, Decision] = field(default_factory=dict)

    def party(self, status: str) -> Party | None:
        """The first tenderer with ``status`` (the winner, for the advance request)."""
        return next((p for p in self.parties if p.tenderer.status == status), None)


def gather(register: Register, tender_id: int) -> TenderFile:
    """Read one tender and what belongs to it from the register (raises NotFound)."""
    tender = register.tender(tender_id)
    buyer = register.organisation(tender.buyer_id) if tender.buyer_id else None
    tenderers = register.tenderers(tender_id)
    names = {id(t): name for t, name in decision_names(tenderers)}
    parties = tuple(
        Party(t, register.organisation(t.organisation_id), names.get(id(t), t.name))
        for t in tenderers
    )
    decisions = {
        d.kind: Decision(d, restore(d.kind, d.result))
        for d in register.decisions(tender_id)
        if d.kind in STORED_KINDS and d.state != "invalid"
    }
    lots = tuple(Lot(**lot) for lot in register.lots(tender_id))
    return TenderFile(tender, buyer, lots, parties, decisions)
