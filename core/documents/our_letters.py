"""Our letters, written from my company's side for one of its offers: the advance request and
the bid-compensation request of the document kinds, with our letterhead and contact person,
the buyer as addressee and my company as the PDF's author.

``core.company.requests`` checks what the letter needs and stores the decision it rests on (a
refusal is a ``RefusedError`` said in the user's words); this module writes the letter from
that stored decision, as every document is written, and picks ours out of the per-tenderer
bid-compensation requests.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from core import record
from core.company.profile import Profile
from core.company.requests import decide_for_letter
from core.documents import gather, render
from core.documents.data import TenderFile
from core.store.register import Register


@dataclass(frozen=True)
class OurLetter:
    """One letter of ours: its file name, its PDF, the decision it rests on."""

    name: str
    data: bytes
    decision: str


def write_letter(
    register: Register,
    tenderer_id: int,
    profile: Profile | None,
    decision: str,
    lang: str,
    now: datetime,
    documents_amount: Decimal | None = None,
    documents_reduced_amount: Decimal | None = None,
) -> OurLetter:
    """Our ``decision`` letter (``advance`` or ``bid_compensation``) for the offer
    ``tenderer_id``, in ``lang``, dated ``now``: its decision stored, then the letter made
    from it. Raises ``core.company.requests.RefusedError``, with nothing stored, when it
    cannot be written (see ``decide_for_letter`` for the bid compensation's amounts)."""
    made = decide_for_letter(
        register,
        tenderer_id,
        profile,
        decision,
        now,
        documents_amount=documents_amount,
        documents_reduced_amount=documents_reduced_amount,
    )
    file = gather(register, made.tender_id)
    ours = str(made.tenderer_id)
    parties = tuple(
        replace(p, organisation=made.sender) if p.key == ours else p for p in file.parties
    )
    file = replace(file, parties=parties)
    if decision == "bid_compensation":
        file = _ours_only(file, ours)
    [letter] = render(made.kind, file, lang, now.date(), author=made.sender.name)
    return OurLetter(letter.name, letter.data, decision)


def _ours_only(file: TenderFile, ours: str) -> TenderFile:
    """The tender as our bid-compensation request sees it: the decision owes the other
    tenderers theirs too, but their requests (and what they lack, such as an account number
    we never learnt) are not ours to make."""
    held = file.decisions["bid_compensation"]
    amounts = {key: amount for key, amount in held.result.amounts.items() if key == ours}
    result = record.replace(held.result, amounts=amounts)
    return replace(
        file, decisions={**file.decisions, "bid_compensation": replace(held, result=result)}
    )
