"""The motivation of the procedure choice, for the decision file.

The estimated value and its parts, the thresholds in force on the launch date, the allowed
procedures with their legal ground, the excluded ones with the reason, the procedure chosen and
the motivation paragraph, all from the stored procedure decision.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from reportlab.platypus import Flowable

from core.dates import format_date
from core.decisions.procedure import ProcedureResult
from core.documents.common import decided_line, header, need_decision, t, uncertain
from core.documents.data import TenderFile
from core.documents.layout import (
    MARK,
    Column,
    confidence_shade,
    fields,
    gap,
    grid,
    heading,
    para,
)
from core.texts import cite, colon, money, number, plural, text
from core.texts.answers import why_not
from core.texts.motivation import chosen_basis, motivation

KIND = "motivation"


def story(file: TenderFile, lang: str, issued: date) -> list[Flowable]:
    """The flowables of the motivation document."""
    decision = need_decision(file, "procedure", lang)
    result: ProcedureResult = decision.result
    out = header(KIND, file, lang, issued)
    out += _value(file, result, lang)
    out += _thresholds(result, lang)
    out += _allowed(result, lang)
    out += _excluded(result, lang)
    out += _chosen(file, result, decision.stored.used, lang)
    out += [gap(3), *decided_line(file, "procedure", lang)]
    out += uncertain([result], lang)
    return out


def _value(file: TenderFile, result: ProcedureResult, lang: str) -> list[Flowable]:
    req = result.request
    tender = file.tender
    rows = [
        (t(lang, "estimated_value"), money(req.estimated_value_excl_vat, lang)),
        (t(lang, "launch_date"), format_date(req.launch_date)),
        (t(lang, "authority"), text(lang, "authority", req.authority)),
        (t(lang, "contract_type"), text(lang, "contract_type", req.contract_type)),
    ]
    if tender.indefinite:
        rows.append((t(lang, "duration"), t(lang, "indefinite")))
    elif tender.duration_months is not None:
        rows.append(
            (
                t(lang, "duration"),
                plural(
                    lang,
                    "doc",
                    "months",
                    tender.duration_months,
                    months=number(tender.duration_months, lang),
                ),
            )
        )
    out: list[Flowable] = [heading(t(lang, "value_section")), fields(rows), gap(2)]
    if file.lots:
        lots_total = sum((lot.estimated_value for lot in file.lots), Decimal(0))
        out += [
            para(t(lang, "value_lots")),
            gap(1.5),
            grid(
                [
                    Column(t(lang, "col_number"), 0.6),
                    Column(t(lang, "col_title"), 5),
                    Column(t(lang, "col_value"), 2, numeric=True),
                ],
                [(lot.number, lot.title, money(lot.estimated_value, lang)) for lot in file.lots],
                total=("", t(lang, "total"), money(lots_total, lang)),
            ),
        ]
    else:
        out.append(para(t(lang, "value_whole")))
    return out


def _thresholds(result: ProcedureResult, lang: str) -> list[Flowable]:
    rows, shades = [], []
    for applied in result.applied:
        if applied.rule.startswith("basis:"):
            continue  # a procedure's legal basis: listed with the allowed procedures
        try:
            amount = Decimal(applied.value)
        except InvalidOperation:
            continue  # lists and tables of the pack, not thresholds
        rows.append(
            (
                text(lang, "param", applied.rule),
                money(amount, lang),
                cite(applied.source, lang),
                t(lang, f"conf_{applied.confidence}"),
            )
        )
        shades.append(confidence_shade(applied.confidence))
    level = text(lang, "label", "publication_" + result.publication_level)
    return [
        heading(t(lang, "thresholds", date=format_date(result.request.launch_date))),
        grid(
            [
                Column(t(lang, "col_threshold"), 4),
                Column(t(lang, "col_amount"), 1.8, numeric=True),
                Column(t(lang, "col_source"), 3.2),
                Column(t(lang, "col_confidence"), 1.4),
            ],
            rows,
            shades=shades,
        ),
        gap(2),
        para(f"{text(lang, 'label', 'publication_level')}{colon(lang)} {level}"),
    ]


def _allowed(result: ProcedureResult, lang: str) -> list[Flowable]:
    rows, shades = [], []
    for option in result.options:
        if not option.allowed:
            continue
        grounds = [b for b in option.grounds_used]
        days = option.min_time_limit_days
        rows.append(
            (
                text(lang, "procedure", option.procedure),
                "\n".join(
                    cite(b.source, lang) + ("" if b.confidence == "verified" else f" {MARK}")
                    for b in grounds
                ),
                plural(lang, "doc", "days", days, days=days) if days else "—",
                text(lang, "label", "yes" if option.prior_publication else "no"),
            )
        )
        worst = next((b.confidence for b in grounds if b.confidence != "verified"), "verified")
        shades.append(confidence_shade(worst))
    return [
        heading(t(lang, "allowed")),
        para(t(lang, "simplest", procedure=text(lang, "procedure", result.simplest))),
        gap(2),
        grid(
            [
                Column(t(lang, "col_procedure"), 3),
                Column(t(lang, "col_ground"), 3.8),
                Column(t(lang, "col_time_limit"), 1.5),
                Column(t(lang, "col_notice"), 1.7),  # "Aankondiging" on one line
            ],
            rows,
            shades=shades,
        ),
    ]


def _excluded(result: ProcedureResult, lang: str) -> list[Flowable]:
    rows = [
        (text(lang, "procedure", o.procedure), "\n".join(why_not(o, result, lang)))
        for o in result.options
        if not o.allowed
    ]
    if not rows:
        return []
    return [
        heading(t(lang, "excluded")),
        grid([Column(t(lang, "col_procedure"), 3), Column(t(lang, "col_why_not"), 7)], rows),
    ]


def _chosen(file: TenderFile, result: ProcedureResult, used: dict, lang: str) -> list[Flowable]:
    """The procedure and the one legal ground the decision recorded, and the motivation."""
    chosen, basis_id = used["procedure"], used["procedure_basis"]
    out: list[Flowable] = [heading(t(lang, "chosen"))]
    if not chosen:
        return [*out, para(t(lang, "chosen_none"))]
    basis = chosen_basis(result, chosen, basis_id)  # in step: allowed on that ground
    out.append(
        fields(
            [
                (t(lang, "procedure"), text(lang, "procedure", chosen)),
                (t(lang, "legal_ground"), cite(basis.source, lang)),
            ]
        )
    )
    facts = used.get("ground_facts")
    paragraph = file.tender.motivation or motivation(result, chosen, lang, basis_id, facts)
    out += [heading(t(lang, "motivation_text")), para(paragraph, "letter")]
    return out
