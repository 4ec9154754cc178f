"""Our documents: what the advance request and the bid-compensation request, written from my
company's side for one of its offers, need, and the decision each rests on.

``decide_for_letter`` checks what the letter needs before anything is stored, and a refusal
says why in the user's words (``RefusedError``, ``refusal_text``): a field of the profile
that is empty, an offer that is not the winner's, an advance that is not due. Then it stores
the decision the letter rests on through the register, with the inputs the page "what this
tender means for us" already holds (``core.company.meaning``), so the page, the stored decision
and the letter say the same. ``core.documents.our_letters`` writes the letter from it (the
documents sit above this package: it never imports them).

One source for who signs and answers: the profile's contact person (``my_company.contact_*``
in the workspace's settings). On our letters it is the signatory, and its e-mail and phone
are the letterhead's contact lines where it has them; a signatory set on the organisation
itself, or the settings' default, is not used for them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from core.company.meaning import facts_of, meaning
from core.company.offers import OUR_STATUS
from core.company.profile import Profile
from core.decisions import CHECKS
from core.decisions.advance import AdvanceResult
from core.decisions.bid_compensation import BidCompensationResult
from core.errors import ValidationError
from core.store import records
from core.store.model import Organisation, Tender, Tenderer
from core.store.register import Register
from core.texts import error_text, text
from core.texts.answers import advance_reason, bid_reason

#: our letters: the decision each rests on -> the kind of document (``core.documents.KINDS``)
LETTERS = {"advance": "advance-request", "bid_compensation": "bid-compensation-requests"}
#: what refuses a letter, and where the user can put it right (the window offers to go there)
FIX = {
    "no_company": "company",
    "profile_incomplete": "company",
    "buyer_incomplete": "buyer",
    "no_offer": "offers",
    "advance_missing": "tender",
    "bid_missing": "tender",
}
#: the buyer's fields a letter addressed to it cannot do without (``core.documents.letter``)
BUYER_FIELDS = ("street", "city")
#: our statuses after which the buyer owes a bid compensation (the offer was not chosen)
NOT_RETAINED = ("not_selected", "substantially_irregular", "unacceptable")


class RefusedError(ValidationError):
    """A letter of ours that cannot be written, and why.

    ``code`` names the reason (the keys ``refuse_<code>`` of the texts' ``company`` table),
    ``params`` fill its sentence (``refusal_text`` says it in a language), ``fix`` is where
    the user can put it right: ``company`` (My company), ``buyer`` (the buyer's details, its
    id in ``params["buyer_id"]``), ``offers`` (our amount), ``tender`` (the tender), or None.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__("request", code, _english(code, params), params)
        self.fix = FIX.get(code)


def _english(code: str, params: dict) -> str:
    return text(
        "en", "company", f"refuse_{code}", **{k: _word(k, v, "en") for k, v in params.items()}
    )


def _word(name: str, value: object, lang: str) -> str:
    """A refusal's parameter in ``lang``: field names and our status in words."""
    if name == "fields":
        return ", ".join(text(lang, "field", f) for f in value)
    if name == "status":
        return text(lang, "our_status", OUR_STATUS.get(str(value), str(value)))
    if name == "reason" and isinstance(value, ValidationError):
        return error_text(value, lang)
    if name == "reason" and isinstance(value, AdvanceResult):
        if value.mandatory:  # due, but the percentage of so small an amount is € 0,00
            return text(lang, "company", "advance_zero")
        return advance_reason(value, lang)
    if name == "reason" and isinstance(value, BidCompensationResult):
        return bid_reason(value, lang)
    return str(value)


def refusal_text(refused: RefusedError, lang: str) -> str:
    """Why our letter cannot be written, in ``lang``."""
    params = {k: _word(k, v, lang) for k, v in refused.params.items()}
    return text(lang, "company", f"refuse_{refused.code}", **params)


@dataclass(frozen=True)
class ForLetter:
    """What our letter is written from, once its decision is stored: the tender, our
    tenderer row, my company as our letters present it (``letterhead``), the document kind."""

    tender_id: int
    tenderer_id: int
    sender: Organisation
    kind: str


def decide_for_letter(
    register: Register,
    tenderer_id: int,
    profile: Profile | None,
    decision: str,
    now: datetime,
    documents_amount: Decimal | None = None,
    documents_reduced_amount: Decimal | None = None,
) -> ForLetter:
    """Store the ``decision`` (``advance`` or ``bid_compensation``) our letter for the offer
    ``tenderer_id`` rests on, decided ``now``. Raises RefusedError, with nothing stored,
    when the letter cannot be written. ``documents_amount`` (and the reduced amount for an irregular
    or unacceptable offer): the bid compensation the procurement documents set; without them
    a stored decision's are used, else the refusal ``bid_amount_needed`` asks for them."""
    if decision not in LETTERS:
        raise ValueError(f"no letter of ours rests on {decision!r}")
    if profile is None:
        raise RefusedError("no_company")
    tenderer = register.tenderer(tenderer_id)
    if tenderer.organisation_id != profile.organisation.id:
        raise RefusedError("not_ours")
    _check_status(register, tenderer, decision)
    missing = profile.missing()
    if missing:
        raise RefusedError("profile_incomplete", fields=missing, company=profile.organisation.name)
    tender = register.tender(tenderer.tender_id)
    _check_buyer(register, tender)
    if decision == "advance":
        data = _advance_input(register, tenderer, profile)
    else:
        data = _bid_input(register, tenderer, tender, documents_amount, documents_reduced_amount)
    register.decide(tender.id, decision, data, now)
    return ForLetter(tender.id, tenderer.id, letterhead(profile), LETTERS[decision])


def _check_status(register: Register, tenderer: Tenderer, decision: str) -> None:
    """Our offer is one the letter is for: the winner's with an amount for the advance, one
    not retained for the bid compensation."""
    if decision == "bid_compensation":
        if tenderer.status not in NOT_RETAINED:
            raise RefusedError("not_retained", status=tenderer.status)
        return
    if tenderer.status != "winner":
        raise RefusedError("not_winner", status=tenderer.status)
    won = records.winner(register.tenderers(tenderer.tender_id))
    if won is None or won.id != tenderer.id:  # the decision records the first winner
        raise RefusedError("other_winner")
    if tenderer.offer is None:
        raise RefusedError("no_offer")


def _check_buyer(register: Register, tender: Tender) -> None:
    if tender.buyer_id is None:
        raise RefusedError("no_buyer")
    buyer = register.organisation(tender.buyer_id)
    empty = tuple(name for name in BUYER_FIELDS if not getattr(buyer, name))
    if empty:
        raise RefusedError("buyer_incomplete", fields=empty, buyer=buyer.name, buyer_id=buyer.id)


def _advance_input(register: Register, tenderer: Tenderer, profile: Profile) -> dict:
    """The advance's input as the meaning page holds it, once we are the winner and it is due."""
    facts = facts_of(register, tenderer.id, profile, register.pack)
    [line] = [x for x in meaning(facts, register.pack) if x.topic == "advance"]
    if line.missing:
        raise RefusedError("advance_missing", fields=line.missing)
    if line.refused is not None:
        raise RefusedError("advance_refused", reason=line.refused)
    if line.result.amount <= 0:
        raise RefusedError("advance_not_due", reason=line.result)
    return line.given


def _bid_input(
    register: Register,
    tenderer: Tenderer,
    tender: Tender,
    amount: Decimal | None,
    reduced: Decimal | None,
) -> dict:
    """The bid compensation's input: the tender, its tenderers as the register has them, and
    the amounts of the documents; refused unless it owes us a compensation."""
    if tender.procedure is None:
        raise RefusedError("bid_missing", fields=("procedure",))
    if amount is None:
        stored = next(
            (d for d in register.decisions(tender.id) if d.kind == "bid_compensation"), None
        )
        if stored is not None and stored.input.get("documents_amount") is not None:
            amount = Decimal(str(stored.input["documents_amount"]))
            if reduced is None and stored.input.get("documents_reduced_amount") is not None:
                reduced = Decimal(str(stored.input["documents_reduced_amount"]))
    data = {
        "launch_date": tender.launch_date.isoformat(),
        "procedure": tender.procedure,
        "required_items": list(tender.required_items),
        "tenderers": register.decision_tenderers(tender.id),
        "documents_amount": None if amount is None else str(amount),
        "documents_reduced_amount": None if reduced is None else str(reduced),
    }
    try:
        result = CHECKS["bid_compensation"].run(data, register.pack)
    except ValidationError as exc:
        raise RefusedError("bid_refused", reason=exc) from None
    if not result.mandatory:
        raise RefusedError("bid_not_due", reason=result)
    if amount is None:
        raise RefusedError("bid_amount_needed")
    return data


def letterhead(profile: Profile) -> Organisation:
    """My company as our letters present it: the contact person signs, and its e-mail and
    phone are the contact lines where it has them (the company's own otherwise)."""
    org, person = profile.organisation, profile.contact
    return replace(
        org,
        signatory_name=person.name,
        signatory_function=person.function,
        email=person.email or org.email,
        phone=person.phone or org.phone,
    )
