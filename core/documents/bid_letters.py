"""The bid compensation letters, one per tenderer the stored decision says is owed one: the
buyer's letter that tells the tenderer its compensation, and the tenderer's request to the
buyer to pay it.

Both state the amount the decision stored for the tenderer, the rule it rests on with its
source as the rule pack cites it (the pack says the article of the amending law is not
verified, and the citation says so), and how it is paid: the research found no legal term or
form of payment, so the letters say it is paid as the procurement documents provide, to the
tenderer's account. The statement of all amounts (``bid_statement``) stays an internal document.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable

from core.decisions.bid_compensation import BidCompensationResult
from core.documents import letter
from core.documents.common import DocumentError, need, t
from core.documents.data import Party, TenderFile
from core.documents.layout import fields, gap, para
from core.texts import cite, money, text
from core.texts.answers import bid_reason

LETTER_KIND = "bid_letter"
REQUEST_KIND = "bid_request"
#: the rule whose source the letters cite: who receives the compensation
_RULE = "bid_compensation_beneficiaries"


def owed(file: TenderFile, lang: str) -> tuple[BidCompensationResult, list[tuple[Party, Decimal]]]:
    """The decision and each tenderer it owes a compensation, with the amount, in the order
    of the letters and requests (one file each)."""
    result: BidCompensationResult = need(file, "bid_compensation", lang)
    if None in result.amounts.values():
        field = text(lang, "field", "documents_amount")
        raise DocumentError("missing_field", t(lang, "bid_amount_not_set", field=field))
    owed = [(file.party(key), amount) for key, amount in result.amounts.items() if amount]
    if not owed:
        raise DocumentError("not_due", t(lang, "bid_not_due", reason=bid_reason(result, lang)))
    return result, owed


def _source(result: BidCompensationResult, lang: str) -> str:
    return next((cite(a.source, lang) for a in result.applied if a.rule == _RULE), "—")


def _items(result: BidCompensationResult, lang: str) -> str:
    items = result.triggering_items or result.request.required_items
    return ", ".join(text(lang, "item", i) for i in items)


def _status(result: BidCompensationResult, party: Party) -> str:
    return next((x.status for x in result.request.tenderers if x.id == party.key), "")


def letters(file: TenderFile, lang: str, issued: date) -> list[tuple[str, list[Flowable]]]:
    """(tenderer name, the buyer's letter to it) for every tenderer owed a compensation."""
    result, due = owed(file, lang)
    letter.require(lang, file.buyer, "buyer", ("name", "street", "city"))
    out = []
    for party, amount in due:
        body = [
            para(t(lang, "bid_letter_opening", items=_items(result, lang)), "letter"),
            para(t(lang, "bid_letter_rule", source=_source(result, lang)), "letter"),
        ]
        reduced = _status(result, party) in ("substantially_irregular", "unacceptable")
        key = "bid_letter_amount_reduced" if reduced else "bid_letter_amount"
        body += [
            para(t(lang, key, amount=money(amount, lang)), "letter", bold=True),
            para(_payment(party, lang), "letter"),
        ]
        frame = letter.Letter(
            sender=file.buyer,
            addressee=party.organisation,
            subject=t(lang, "bid_letter_subject", title=file.tender.title),
            references=letter.tender_references(file.tender, "our_reference"),
            issued=issued,
            body=body,
            signatory=letter.signatory_of(file.buyer, file.signatory),
        )
        out.append((party.name, letter.story(frame, lang)))
    return out


def _payment(party: Party, lang: str) -> str:
    iban = party.organisation.iban
    if iban:  # an account number is never broken over two lines
        return t(lang, "bid_letter_paid_to", iban=iban.replace(" ", "\u00a0"))
    return t(lang, "bid_letter_paid_ask")


def requests(file: TenderFile, lang: str, issued: date) -> list[tuple[str, list[Flowable]]]:
    """(tenderer name, its request to the buyer) for every tenderer owed a compensation."""
    result, due = owed(file, lang)
    letter.require(lang, file.buyer, "buyer", ("name", "street", "city"))
    out = []
    for party, amount in due:
        org = party.organisation
        letter.require(lang, org, "tenderer", ("enterprise_number", "iban", "city"))
        body = [
            para(t(lang, "bid_request_opening", items=_items(result, lang)), "letter"),
            para(
                t(
                    lang,
                    "bid_request_ask",
                    source=_source(result, lang),
                    amount=money(amount, lang),
                ),
                "letter",
            ),
            gap(1),
            fields(
                [
                    (t(lang, "amount_asked"), para(money(amount, lang), "cell", bold=True)),
                    (t(lang, "iban"), org.iban),
                    (t(lang, "bic"), org.bic or "—"),
                    (t(lang, "holder"), org.name),
                ]
            ),
            gap(2),
            para(t(lang, "bid_request_documents"), "letter"),
        ]
        frame = letter.Letter(
            sender=org,
            addressee=file.buyer,
            subject=t(lang, "bid_request_subject", title=file.tender.title),
            references=letter.tender_references(file.tender, "your_reference"),
            issued=issued,
            body=body,
            signatory=letter.signatory_of(org, file.signatory),
            attention=_attention(file, lang),
        )
        out.append((party.name, letter.story(frame, lang)))
    return out


def _attention(file: TenderFile, lang: str) -> str:
    official = file.tender.leading_official
    return t(lang, "attention", name=official) if official else ""
