"""The draft decision on the procedure choice, as the competent body of the buyer adopts it.

"Het college van burgemeester en schepenen, Gelet op …, Overwegende dat …, Besluit: Artikel 1 …"
/ « Le collège communal, Vu …, Considérant que …, Décide : Article 1er … ». The wording is the
template ``resources/templates/draft-decision.{lang}.toml``; the facts come from the stored
procedure decision (the estimate, the procedure chosen and the legal ground it recorded, cited
as every document cites it) and from the tender (its lots, its competent body, its budget line,
the motivation the user wrote or accepted). An internal document: it says it is a draft to be
checked, and lists the rules of medium or low confidence it relies on.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from core.dates import format_date
from core.decisions.procedure import ProcedureResult
from core.documents.common import (
    DocumentError,
    decided_line,
    header,
    need_decision,
    t,
    uncertain,
)
from core.documents.data import TenderFile
from core.documents.layout import gap, para
from core.documents.templates import Template, load
from core.texts import cite, money, number, text
from core.texts.motivation import chosen_basis, motivation

KIND = "draft_decision"
TEMPLATE = "draft-decision"


def story(file: TenderFile, lang: str, issued: date) -> list[Flowable]:
    """The flowables of the draft decision."""
    decision = need_decision(file, "procedure", lang)
    result: ProcedureResult = decision.result
    used = decision.stored.used
    chosen, basis_id = used.get("procedure"), used.get("procedure_basis")
    if not chosen:
        raise DocumentError("no_procedure", t(lang, "chosen_none"))
    basis = chosen_basis(result, chosen, basis_id)  # in step: allowed on that ground
    words = load(TEMPLATE, lang)
    values = _values(file, result, chosen, cite(basis.source, lang), words, lang)
    out = header(KIND, file, lang, issued)
    out += [para(words.text("draft_note", **values), "body", bold=True), gap(5)]
    out += [para(words.text("opening", **values), "letter", bold=True), gap(2)]
    out += [para(line, "letter") for line in words.lines("grounds", **values)]
    out.append(gap(2))
    out += _considering(file, result, chosen, basis_id, used, words, values, lang)
    out += [gap(2), para(words.text("decides", **values), "letter", bold=True), gap(1)]
    out += _articles(file, words, values)
    out += [gap(3), *decided_line(file, "procedure", lang)]
    out += uncertain([result], lang)
    return out


def _values(
    file: TenderFile, result: ProcedureResult, chosen: str, ground, words: Template, lang: str
) -> dict[str, object]:
    """What the template's placeholders stand for in this tender."""
    tender, req = file.tender, result.request
    body = (
        text(lang, "body", tender.competent_body)
        if tender.competent_body
        else words.text("body_missing")
    )
    estimate = money(req.estimated_value_excl_vat, lang)
    lots = words.text("lot_separator").join(
        words.text(
            "lot",
            number=number(lot.number, lang),
            title=lot.title,
            estimate=money(lot.estimated_value, lang),
        )
        for lot in file.lots
    )
    return {
        "body": body,
        "Body": body[:1].upper() + body[1:],
        "buyer": file.buyer.name if file.buyer else words.text("buyer_missing"),
        "reference": tender.reference,
        "title": tender.title,
        "estimate": estimate,
        "launch_date": format_date(req.launch_date),
        "procedure": text(lang, "procedure_the", chosen),
        "ground": ground,
        "lots": lots,
        "lot_count": number(len(file.lots), lang),
        "budget_line": tender.budget_line,
    }


def _considering(
    file: TenderFile,
    result: ProcedureResult,
    chosen: str,
    basis_id: str | None,
    used: dict,
    words: Template,
    values: dict[str, object],
    lang: str,
) -> list[Flowable]:
    lines = words.lines("considering", **values)
    lines.append(words.text("considering_lots" if file.lots else "considering_no_lots", **values))
    lines.append(words.text("considering_procedure", **values))
    out: list[Flowable] = [para(line, "letter") for line in lines]
    paragraph = file.tender.motivation or motivation(
        result, chosen, lang, basis_id, used.get("ground_facts")
    )
    out += [
        para(words.text("considering_motivation", **values), "letter"),
        para(paragraph, "letter"),
    ]
    out.append(gap(2))
    if file.tender.budget_line:
        out.append(para(words.text("considering_budget", **values), "letter"))
    return out


def _articles(file: TenderFile, words: Template, values: dict[str, object]) -> list[Flowable]:
    texts = words.lines("articles", **values)
    if file.tender.budget_line:
        texts.append(words.text("article_budget", **values))
    out: list[Flowable] = []
    for index, body in enumerate(texts, start=1):
        label = para(words.text("article_label", number=index), "letter", bold=True)
        label.keep_with_next = True  # an article's number stays with its text
        out += [label, para(body, "letter")]
    return out
