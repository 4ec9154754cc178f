"""The bid compensation statement: why a compensation is due, to whom, how much in total."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from core.decisions.bid_compensation import BidCompensationResult
from core.documents.common import amount_or, decided_line, header, need, t, uncertain
from core.documents.data import TenderFile
from core.documents.layout import Column, fields, gap, grid, heading, para
from core.texts import finding_text, text
from core.texts.answers import bid_reason

KIND = "bid_compensation"


def story(file: TenderFile, lang: str, issued: date) -> list[Flowable]:
    """The flowables of the statement."""
    result: BidCompensationResult = need(file, "bid_compensation", lang)
    req = result.request
    to_set = text(lang, "label", "amount_to_set")
    out = header(KIND, file, lang, issued)
    verdict = text(lang, "label", "mandatory" if result.mandatory else "not_mandatory")
    out += [
        heading(t(lang, "why")),
        para(verdict, bold=True),
        para(bid_reason(result, lang)),
        gap(2),
        fields(
            [
                (t(lang, "procedure"), text(lang, "procedure", req.procedure)),
                (
                    t(lang, "required_items"),
                    ", ".join(text(lang, "item", i) for i in req.required_items) or "—",
                ),
                (t(lang, "documents_amount"), amount_or(req.documents_amount, lang, to_set)),
                (
                    t(lang, "documents_reduced_amount"),
                    amount_or(req.documents_reduced_amount, lang, "—"),
                ),
            ]
        ),
    ]
    if result.amounts:
        status = {tenderer.id: tenderer.status for tenderer in req.tenderers}
        out += [
            heading(t(lang, "per_tenderer")),
            grid(
                [
                    Column(t(lang, "col_name"), 5),
                    Column(t(lang, "col_status"), 3),
                    Column(t(lang, "col_amount"), 2.2, numeric=True),
                ],
                [
                    (
                        file.party(key).name,
                        t(lang, f"tenderer_{status.get(key, '')}"),
                        amount_or(a, lang, to_set),
                    )
                    for key, a in result.amounts.items()
                ],
                total=("", t(lang, "total"), amount_or(result.total, lang, to_set)),
            ),
        ]
    elif result.mandatory:
        out.append(para(t(lang, "no_tenderers")))
    for finding in result.findings:
        out.append(para("• " + finding_text(finding, lang)))
    out += [gap(3), *decided_line(file, "bid_compensation", lang)]
    out += uncertain([result], lang)
    return out
