"""The provisional ranking notices: one document per tenderer, with only its own place.

A notice names no other tenderer and no price, and reminds the tenderer that it may not pass
its place on; each is its own file, so sending one can never disclose another. The places are
those stored with the ranking decision. It is a letter of the buyer (``core.documents.letter``)
that gives the date by which the offers were due (the register's deadline for the offers,
opened after it) and whom to ask.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from core.dates import long_date
from core.decisions.ranking import Place, RankingResult
from core.documents import letter
from core.documents.common import DocumentError, need, t
from core.documents.data import Party, TenderFile
from core.documents.layout import gap, para
from core.texts import cite, text
from core.texts.answers import ranking_reason

KIND = "ranking_notice"


def parts(file: TenderFile, lang: str, issued: date) -> list[tuple[str, list[Flowable]]]:
    """(tenderer name, notice) for every tenderer with a place (tenderers named by id)."""
    result: RankingResult = need(file, "provisional_ranking", lang)

    if not result.required:
        reason = ranking_reason(result, lang)
        raise DocumentError("not_due", t(lang, "ranking_not_due", reason=reason))
    if not result.places:
        raise DocumentError("no_places", t(lang, "no_places"))
    letter.require(lang, file.buyer, "buyer", ("name", "street", "city"))
    if file.tender.offers_deadline is None:
        field = text(lang, "field", "offers_deadline")
        raise DocumentError("missing_field", t(lang, "missing_tender_field", field=field))
    # the decision is in step with the register (need), so each place names a tenderer of it
    parties = [(p, file.party(p.tenderer_id)) for p in result.places]
    return [(party.name, _notice(file, result, p, party, lang, issued)) for p, party in parties]


def _notice(
    file: TenderFile, result: RankingResult, place: Place, party: Party, lang: str, issued: date
) -> list[Flowable]:
    source = next(
        (cite(a.source, lang) for a in result.applied if a.rule == "ranking_procedures"), "—"
    )
    tender = file.tender
    body: list[Flowable] = [
        para(
            t(
                lang,
                "ranking_body",
                source=source,
                title=tender.title,
                deadline=long_date(tender.offers_deadline, lang),
            ),
            "letter",
        ),
        gap(2),
        para(t(lang, "ranking_place", place=place.place), "title"),
        gap(4),
        para(t(lang, "ranking_provisional"), "letter"),
        para(t(lang, "ranking_confidential"), "letter", bold=True),
    ]
    contact = _contact(file, lang)
    if contact:
        body.append(para(contact, "letter"))
    frame = letter.Letter(
        sender=file.buyer,
        addressee=party.organisation,
        subject=t(lang, "ranking_subject", title=tender.title),
        references=letter.tender_references(tender, "our_reference"),
        issued=issued,
        body=body,
        signatory=letter.signatory_of(file.buyer, file.signatory),
    )
    return letter.story(frame, lang)


def _contact(file: TenderFile, lang: str) -> str:
    """Whom the tenderer may ask: the leading official, the buyer's e-mail and phone."""
    buyer = file.buyer
    ways = ", ".join(p for p in (buyer.email, buyer.phone) if p)
    name = file.tender.leading_official
    if name and ways:
        return t(lang, "contact_named", name=name, ways=ways)
    if name or ways:
        return t(lang, "contact_one", contact=name or ways)
    return ""
