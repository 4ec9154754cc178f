"""The provisional ranking notices: one document per tenderer, with only its own place.

A notice names no other tenderer and no price, and reminds the tenderer that it may not pass
its place on; each is its own file, so sending one can never disclose another. The places are
those stored with the ranking decision.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from core.dates import format_date
from core.decisions.ranking import Place, RankingResult
from core.documents.common import DocumentError, address, need, t, uncertain
from core.documents.data import Party, TenderFile
from core.documents.layout import fields, gap, para
from core.texts import cite
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
    out: list[Flowable] = [
        para(t(lang, KIND), "title"),
        gap(4),
        fields(
            [
                (t(lang, "from"), address(file.buyer)),
                (t(lang, "to"), address(party.organisation)),
                (t(lang, "date"), format_date(issued)),
                (t(lang, "contract"), f"{tender.reference} — {tender.title}"),
            ]
        ),
        gap(6),
        para(t(lang, "salutation"), "letter"),
        para(t(lang, "ranking_body", source=source), "letter"),
        gap(2),
        para(t(lang, "ranking_place", place=place.place), "title"),
        gap(4),
        para(t(lang, "ranking_provisional"), "letter"),
        para(t(lang, "ranking_confidential"), "letter", bold=True),
        gap(4),
        para(t(lang, "closing"), "letter"),
        para(file.buyer.name if file.buyer else "", "letter", bold=True),
    ]
    if tender.leading_official:
        out.append(para(tender.leading_official, "letter"))
    if result.flagged:
        out += uncertain([result], lang)
    return out
