"""The tender summary: the tender's data, its parties and lots, the decisions taken."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from core.dates import format_date
from core.documents.common import (
    address,
    amount_or,
    dash,
    header,
    out_of_step_text,
    t,
    uncertain,
)
from core.documents.data import TenderFile
from core.documents.layout import Column, fields, gap, grid, heading, para
from core.texts import money, number, plural, text
from core.texts.answers import answer_lines

KIND = "summary"


def story(file: TenderFile, lang: str, issued: date) -> list[Flowable]:
    """The flowables of the summary."""
    out = header(KIND, file, lang, issued)
    out += [heading(t(lang, "tender")), fields(_tender_fields(file, lang))]
    out += _parties(file, lang)
    if file.lots:
        out += [
            heading(t(lang, "lots")),
            grid(
                [
                    Column(t(lang, "col_number"), 0.6),
                    Column(t(lang, "col_title"), 5),
                    Column(t(lang, "col_value"), 2, numeric=True),
                ],
                [(lot.number, lot.title, money(lot.estimated_value, lang)) for lot in file.lots],
            ),
        ]
    out += _amounts(file, lang)
    out += _decisions(file, lang)
    in_step = (d.result for d in file.decisions.values() if not d.out_of_step)
    out += uncertain(in_step, lang)
    return out


def _tender_fields(file: TenderFile, lang: str) -> list[tuple[str, object]]:
    tender = file.tender
    if tender.indefinite:
        duration = t(lang, "indefinite")
    elif tender.duration_months is not None:
        duration = plural(
            lang,
            "doc",
            "months",
            tender.duration_months,
            months=number(tender.duration_months, lang),
        )
    else:
        duration = "—"
    yes_no = {True: text(lang, "label", "yes"), False: text(lang, "label", "no"), None: "—"}
    rows: list[tuple[str, object]] = [
        (t(lang, "reference"), tender.reference),
        (t(lang, "title"), tender.title),
        (t(lang, "authority"), text(lang, "authority", tender.authority)),
        (t(lang, "contract_type"), text(lang, "contract_type", tender.contract_type)),
        (t(lang, "estimated_value"), money(tender.estimated_value, lang)),
        (t(lang, "launch_date"), format_date(tender.launch_date)),
        (t(lang, "duration"), duration),
        (t(lang, "status"), t(lang, f"status_{tender.status}")),
        (
            t(lang, "procedure"),
            text(lang, "procedure", tender.procedure) if tender.procedure else "—",
        ),
        (t(lang, "price_only"), yes_no[tender.price_only]),
        (
            t(lang, "required_items"),
            ", ".join(text(lang, "item", i) for i in tender.required_items) or "—",
        ),
        (t(lang, "offers_deadline"), dash(format_date(tender.offers_deadline))),
        (t(lang, "award_deadline"), dash(format_date(tender.award_deadline))),
        (t(lang, "leading_official"), dash(tender.leading_official)),
    ]
    if tender.notice_reference:  # the notice's public number, under the tender's own
        rows.insert(1, (t(lang, "notice_reference"), tender.notice_reference))
    if tender.notes:
        rows.append((t(lang, "notes"), tender.notes))
    return rows


def _parties(file: TenderFile, lang: str) -> list[Flowable]:
    buyer = file.buyer
    out: list[Flowable] = [heading(t(lang, "parties"))]
    buyer_rows = [(t(lang, "buyer"), address(buyer))]
    if buyer and buyer.enterprise_number:
        buyer_rows.append((t(lang, "enterprise_number"), buyer.enterprise_number))
    out += [fields(buyer_rows), gap(3)]
    if not file.parties:
        return [*out, para(t(lang, "no_tenderers"))]
    rows = []
    for party in file.parties:
        org, tenderer = party.organisation, party.tenderer
        rows.append(
            (
                org.name,
                org.enterprise_number or "—",
                text(lang, "size", org.size_class) if org.size_class else "—",
                t(lang, f"tenderer_{tenderer.status}"),
                money(tenderer.offer, lang) if tenderer.offer is not None else "—",
            )
        )
    out.append(
        grid(
            [
                Column(t(lang, "col_name"), 3.1),
                Column(t(lang, "col_enterprise"), 2.5),
                Column(t(lang, "col_size"), 2.5),
                Column(t(lang, "col_status"), 2.2),
                Column(t(lang, "col_offer"), 2.1, numeric=True),
            ],
            rows,
        )
    )
    return out


#: the amounts the summary shows: the decision, and from its result whether an amount is due
#: and which
AMOUNTS = (
    ("advance", lambda r: (r.mandatory or r.voluntary, r.amount)),
    ("bid_compensation", lambda r: (r.mandatory, r.total)),
    ("bond", lambda r: (r.allowed, r.amount)),
)


def _amounts(file: TenderFile, lang: str) -> list[Flowable]:
    """The advance, the bid compensations' total and the bond, as the stored decisions
    decided them; a decision not taken (or to be taken again) is said in words."""
    rows = []
    for kind, amount_of in AMOUNTS:
        decision = file.decisions.get(kind)
        if decision is None:
            shown = t(lang, "amount_no_decision")
        elif decision.out_of_step:
            shown = t(lang, "amount_out_of_step")
        else:
            due, amount = amount_of(decision.result)
            unknown = t(lang, "amount_unknown")
            shown = amount_or(amount, lang, unknown) if due else t(lang, "amount_not_due")
        rows.append((t(lang, f"amount_{kind}"), shown))
    return [heading(t(lang, "amounts")), fields(rows)]


def _decisions(file: TenderFile, lang: str) -> list[Flowable]:
    out: list[Flowable] = [heading(t(lang, "decisions"))]
    if not file.decisions:
        return [*out, para(t(lang, "no_decisions"))]
    rows = []
    for kind, decision in file.decisions.items():
        stored = decision.stored
        if decision.out_of_step:  # its answer no longer holds: say what changed instead
            answer, state = out_of_step_text(decision, kind, lang), "out_of_step"
        else:
            answer, state = "\n".join(answer_lines(kind, decision.result, lang)[:2]), stored.state
        rows.append(
            (
                text(lang, "label", f"check_{kind}"),
                answer,
                format_date(date.fromisoformat(stored.decided_at[:10])),
                t(lang, f"state_{state}"),
            )
        )
    out.append(
        grid(
            [
                Column(t(lang, "col_decision"), 2),
                Column(t(lang, "col_answer"), 6),
                Column(t(lang, "col_decided"), 1.6),
                Column(t(lang, "col_state"), 1.8),
            ],
            rows,
        )
    )
    return out
