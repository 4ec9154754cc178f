"""What a document is made from: a tender as stored, its parties and its stored decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from core.decisions.explain import Explained
from core.decisions.stored import STORED_KINDS, restore
from core.store.model import Organisation, Tender, Tenderer
from core.store.records import OutOfStep, StoredDecision, out_of_step, tenderer_key
from core.store.register import Register


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

    @property
    def key(self) -> str:
        """How the stored decisions name this tenderer (its id, see core.store.records)."""
        return tenderer_key(self.tenderer)

    @property
    def name(self) -> str:
        """The company's name as the register has it now."""
        return self.organisation.name


@dataclass(frozen=True)
class Decision:
    """A stored decision and its result object, read back as it was decided.

    ``out_of_step`` says what changed in the register since (empty: the decision and the
    register agree); a document is made from a decision only while it is empty. ``result``
    is None for a decision whose rule texts are not at hand (then it is out of step).
    """

    stored: StoredDecision
    result: Explained | None
    out_of_step: tuple[OutOfStep, ...] = ()


@dataclass(frozen=True)
class Signatory:
    """Who signs a letter, and in what function (an organisation's, or the settings' default)."""

    name: str
    function: str = ""


@dataclass(frozen=True)
class TenderFile:
    """Everything the documents of one tender show; ``signatory`` signs the letters of an
    organisation that names no signatory of its own (the settings' default)."""

    tender: Tender
    buyer: Organisation | None
    lots: tuple[Lot, ...] = ()
    parties: tuple[Party, ...] = ()
    decisions: dict[str, Decision] = field(default_factory=dict)
    signatory: Signatory | None = None

    def party(self, key: object) -> Party | None:
        """The tenderer a stored decision names ``key`` (its id), or None."""
        return next((p for p in self.parties if p.key == str(key)), None)


def gather(register: Register, tender_id: int, signatory: Signatory | None = None) -> TenderFile:
    """Read one tender and what belongs to it from the register (raises NotFound);
    ``signatory``: the default signatory of the letters."""
    tender = register.tender(tender_id)
    buyer = register.organisation(tender.buyer_id) if tender.buyer_id else None
    tenderers = register.tenderers(tender_id)
    parties = tuple(Party(t, register.organisation(t.organisation_id)) for t in tenderers)
    decisions = {
        d.kind: Decision(
            d,
            None if d.unreadable else restore(d.kind, d.result),
            tuple(out_of_step(d, tender, tenderers, register.organisation)),
        )
        for d in register.decisions(tender_id)
        if d.kind in STORED_KINDS and d.state != "invalid"
    }
    lots = tuple(Lot(**lot) for lot in register.lots(tender_id))
    return TenderFile(tender, buyer, lots, parties, decisions, signatory)
