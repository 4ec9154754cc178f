"""The SME's written request for the advance: dated, ready to send to the buyer.

A letter of the SME to the buyer (``core.documents.letter``). For a contract launched before the
signature was dropped (the stored decision says so) it has a signature line and says it must be
signed; from then on it says the signature is no longer required.

Its fields follow the research note (sme-measures section 2.11): addressee and leading
official, date, contractor with enterprise number, contract, legal basis and hypothesis, the
size class declaration, the computation step by step, the amount asked, the bank account and
the settlement rule. The computation is the stored advance decision, never a new one, and the
contractor and its size figures are the winner that decision recorded: a decision the register
no longer agrees with (another winner, other figures) gives no request.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from core.dates import format_date
from core.decisions.advance import AdvanceResult
from core.documents import letter
from core.documents.common import DocumentError, dash, need_decision, t
from core.documents.data import TenderFile
from core.documents.layout import fields, gap, heading, para
from core.texts import cite, colon, money, number, percent, plural, text
from core.texts.answers import advance_reason, settlement_lines, signature_change

KIND = "advance_request"

#: the rule that states the percentage, per hypothesis (None: granted by the documents)
_BASIS_RULE = {1: "advance_h1_pct", 2: "advance_h2_min_pct", None: "advance_voluntary_max_pct"}


def story(file: TenderFile, lang: str, issued: date) -> list[Flowable]:
    """The flowables of the request."""
    decision = need_decision(file, "advance", lang)
    result: AdvanceResult = decision.result
    if result.amount <= 0:
        raise DocumentError(
            "not_due", t(lang, "advance_not_due", reason=advance_reason(result, lang))
        )
    recorded = decision.stored.used["winner"]  # in step: the winner of the tender now
    contractor = file.party(recorded["tenderer_id"]).organisation
    letter.require(lang, file.buyer, "buyer", ("name", "street", "city"))
    letter.require(lang, contractor, "contractor", ("enterprise_number", "iban", "city"))
    tender = file.tender
    body: list[Flowable] = [para(t(lang, "advance_opening", source=_basis(result, lang)), "letter")]
    body += [heading(t(lang, "contract")), fields(_contract(file, lang))]
    body += [heading(t(lang, "legal_basis")), para(_hypothesis(result, lang))]
    body += _size(result, recorded, lang)
    body += [heading(t(lang, "computation")), fields(_computation(result, lang), 70 * mm)]
    body += [
        heading(t(lang, "account")),
        fields(
            [
                (t(lang, "iban"), contractor.iban),
                (t(lang, "bic"), dash(contractor.bic)),
                (t(lang, "holder"), contractor.name),
            ]
        ),
    ]
    body += [heading(t(lang, "settlement")), para(t(lang, "settlement_ack"))]
    body += [para("• " + line) for line in settlement_lines(result, lang)]
    # signed where the stored decision says the law wants it, or cannot say (an older one)
    signed = result.signature_required is not False
    body += [gap(2), para(_signature_sentence(result, lang), "small")]
    frame = letter.Letter(
        sender=contractor,
        addressee=file.buyer,
        subject=t(lang, "advance_subject", reference=tender.reference, title=tender.title),
        references=letter.tender_references(tender, "your_reference"),
        issued=issued,
        body=body,
        signatory=letter.signatory_of(contractor, file.signatory),
        signed=signed,
        attention=t(lang, "attention", name=tender.leading_official)
        if tender.leading_official
        else "",
    )
    return letter.story(frame, lang)


def _signature_sentence(result: AdvanceResult, lang: str) -> str:
    """That the request must be signed, or that it need not be (research: sme-measures A12)."""
    when = signature_change(result)
    if result.signature_required is False:
        return t(lang, "unsigned", date=when)
    return t(lang, "signed_required", date=when) if when else t(lang, "signed_required_nodate")


def _contract(file: TenderFile, lang: str) -> list[tuple[str, object]]:
    tender = file.tender
    return [
        (t(lang, "title"), tender.title),
        (t(lang, "reference"), tender.reference),
        (t(lang, "buyer"), file.buyer.name if file.buyer else "—"),
        (t(lang, "procedure"), text(lang, "procedure", tender.procedure or "")),
        (t(lang, "launch_date"), format_date(tender.launch_date)),
    ]


def _basis(result: AdvanceResult, lang: str) -> str:
    rule = _BASIS_RULE[result.hypothesis if result.mandatory else None]
    applied = next((a for a in result.applied if a.rule == rule), None)
    return cite(applied.source, lang) if applied else "—"


def _hypothesis(result: AdvanceResult, lang: str) -> str:
    if not result.mandatory:
        return t(lang, "advance_voluntary", reason=advance_reason(result, lang))
    head = text(lang, "label", "hypothesis", n=result.hypothesis)
    return f"{head}{colon(lang)} {advance_reason(result, lang)}"


def _size(result: AdvanceResult, recorded: dict, lang: str) -> list[Flowable]:
    """The size declared in the decision, with the winner's figures it recorded."""
    size = result.request.contractor_size
    if size == "large":
        return []
    out: list[Flowable] = [
        heading(t(lang, "size_class")),
        para(t(lang, "size_declaration", size=text(lang, "size", size))),
    ]
    staff, turnover, balance = (
        recorded[name] for name in ("staff_awu", "turnover", "balance_sheet_total")
    )
    if None not in (staff, turnover, balance):
        out.append(
            para(
                t(
                    lang,
                    "size_figures",
                    year=dash(recorded["figures_year"]),
                    staff=number(Decimal(staff), lang),
                    turnover=money(Decimal(turnover), lang),
                    balance=money(Decimal(balance), lang),
                )
            )
        )
    return out


def _computation(result: AdvanceResult, lang: str) -> list[tuple[str, object]]:
    req = result.request
    months = next((a.value for a in result.applied if a.rule == "advance_reference_months"), "")
    cap = next((a for a in result.applied if a.rule == "advance_cap"), None)
    rows: list[tuple[str, object]] = []
    if req.amount_incl_vat is not None:
        rows.append((t(lang, "initial_amount"), money(req.amount_incl_vat, lang)))
    if req.duration_months is not None:
        rows.append(
            (
                t(lang, "duration"),
                plural(
                    lang,
                    "doc",
                    "months",
                    req.duration_months,
                    months=number(req.duration_months, lang),
                ),
            )
        )
    else:
        rows.append((t(lang, "duration"), t(lang, "indefinite")))
        rows.append((t(lang, "monthly_value"), money(req.monthly_value_incl_vat, lang)))
    rule = "reference_rule" if req.duration_months is not None else "reference_rule_indefinite"
    rows.append(
        (
            t(lang, "reference_value"),
            f"{money(result.reference_value, lang)}\n{t(lang, rule, months=months)}",
        )
    )
    rows.append((t(lang, "percentage"), percent(result.percentage, lang)))
    rows.append((t(lang, "amount_unrounded"), money(result.amount_unrounded, lang)))
    if cap is not None:
        capped = t(lang, "cap_applied" if result.capped else "cap_not_reached")
        rows.append((t(lang, "cap"), f"{money(Decimal(cap.value), lang)}{colon(lang)} {capped}"))
    rows.append((t(lang, "amount_asked"), para(money(result.amount, lang), "cell", bold=True)))
    return rows
