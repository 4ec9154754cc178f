"""The answer part of a decision explained in words, one function per check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from core.dates import format_date
from core.decisions.explain import Explained
from core.texts.citations import cite
from core.texts.words import (
    colon,
    label,
    money,
    percent,
    percent_range,
    plural,
    semicolon,
    text,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at the start
if TYPE_CHECKING:  # read as annotations only: answering one check loads no other
    from core.decisions import (
        AdvanceResult,
        BidCompensationResult,
        BondResult,
        EInvoicingResult,
        ProcedureResult,
        RankingResult,
        SmeResult,
    )


def _procedure(r: ProcedureResult, lang: str) -> list[str]:
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    lines = [
        f"{label(lang, 'simplest')} {t('procedure', r.simplest)} ({t('label', 'convention')})",
        f"{label(lang, 'publication_level')} {t('label', 'publication_' + r.publication_level)}",
        f"{label(lang, 'eu_threshold')} {money(r.eu_threshold, lang)}",
        label(lang, "allowed"),
    ]
    for option in r.options:
        if not option.allowed:
            continue
        days = option.min_time_limit_days
        limit = (
            plural(lang, "label", "min_time_limit", days, days=days)
            if days
            else t("label", "no_time_limit")
        )
        lines.append(f"  + {t('procedure', option.procedure)} ({limit})")
        for basis in option.grounds_used:
            mark = "" if basis.confidence == "verified" else " !"
            lines.append(f"      {label(lang, 'ground')} {cite(basis.source, lang)}{mark}")
    lines.append(label(lang, "excluded"))
    for option in r.options:
        if not option.allowed:
            lines.append(f"  - {t('procedure', option.procedure)}")
            lines.extend(f"      {reason}" for reason in why_not(option, r, lang))
    return lines


def why_not(option, r: ProcedureResult, lang: str) -> list[str]:
    """Why no basis of an excluded procedure applies: ceilings first, then unclaimed grounds."""
    req = r.request
    out = []
    for basis in option.bases:
        if basis.reason == "value_not_below":
            out.append(
                f"{cite(basis.source, lang)}{colon(lang)} "
                + text(
                    lang,
                    "basis_reason",
                    "value_not_below",
                    ceiling=money(basis.ceiling, lang),
                    value=money(req.estimated_value_excl_vat, lang),
                )
            )
    grounds = [
        f"{text(lang, 'ground', b.ground)} ({cite(b.source, lang)})"
        for b in option.bases
        if b.reason == "ground_not_claimed"
    ]
    if grounds:
        out.append(
            text(lang, "basis_reason", "ground_not_claimed", ground=semicolon(lang).join(grounds))
        )
    if not out:
        out.append(
            text(
                lang,
                "basis_reason",
                "contract_type",
                contract_type=text(lang, "contract_type", req.contract_type),
            )
        )
    return out


def _starts(r: Explained) -> str:
    """The date a rule starts, as the app writes dates (01/07/2022, not 2022-07-01)."""
    iso = next((f.params["starts"] for f in r.findings if "starts" in f.params), "")
    return format_date(date.fromisoformat(iso)) if iso else ""


def advance_reason(r: AdvanceResult, lang: str) -> str:
    """Why the advance is (not) mandatory, in one sentence."""
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    req = r.request
    params = {
        "starts": _starts(r),
        "exception": t("exception", req.exception) if req.exception else "",
        "pct": percent(r.percentage, lang),
        "percentages": percent_range(r.minimum_percentage or 0, r.maximum_percentage or 0, lang),
        "size": t("size", req.contractor_size),
    }
    return t("advance_reason", r.reason, **params)


def settlement_lines(r: AdvanceResult, lang: str) -> list[str]:
    """When each part of the advance is deducted, one line per tranche."""
    lines = []
    for tranche in r.settlement:
        if tranche.when_executed_reaches is None:
            lines.append(
                text(
                    lang,
                    "label",
                    "tranche_unknown_base",
                    amount=money(tranche.amount, lang),
                    at=percent(tranche.at * 100, lang),
                )
            )
        else:
            lines.append(
                text(
                    lang,
                    "label",
                    "tranche",
                    amount=money(tranche.amount, lang),
                    reaches=money(tranche.when_executed_reaches, lang),
                )
            )
    return lines


SIGNATURE_RULE = "advance_request_signature_required"


def signature_change(r: AdvanceResult) -> str:
    """The first launch date without the signature (when required) or the date it was dropped
    (when not), from the rule the decision applied; empty for a decision stored without it."""
    rule = next((a for a in r.applied if a.rule == SIGNATURE_RULE), None)
    if rule is None:
        return ""
    if r.signature_required:
        return format_date(rule.valid_to + timedelta(days=1)) if rule.valid_to else ""
    return format_date(rule.valid_from)


def signature_line(r: AdvanceResult, lang: str) -> str:
    """Whether the contractor's written request must still be signed, in one sentence."""
    when = signature_change(r)
    if r.signature_required is False:
        return text(lang, "label", "signature_not_required", date=when)
    if not when:
        return text(lang, "label", "signature_unknown")
    return text(lang, "label", "signature_required", date=when)


def _advance(r: AdvanceResult, lang: str) -> list[str]:
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    head = t("label", "mandatory") if r.mandatory else t("label", "not_mandatory")
    if r.hypothesis:
        head += f" ({t('label', 'hypothesis', n=r.hypothesis)})"
    lines = [head, advance_reason(r, lang)]
    if r.reference_value is not None:
        lines.append(f"{label(lang, 'reference_value')} {money(r.reference_value, lang)}")
    lines.append(f"{label(lang, 'percentage')} {percent(r.percentage, lang)}")
    amount = money(r.amount, lang) + (f" ({t('label', 'capped')})" if r.capped else "")
    lines.append(f"{label(lang, 'amount')} {amount}")
    if r.settlement:
        lines.append(label(lang, "settlement"))
        lines.extend("  " + line for line in settlement_lines(r, lang))
    lines.append(signature_line(r, lang))
    return lines


def bid_reason(r: BidCompensationResult, lang: str) -> str:
    """Why a bid compensation is (not) due, in one sentence."""
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    return t(
        "bid_reason",
        r.reason,
        items=", ".join(t("item", i) for i in r.triggering_items),
        starts=_starts(r),
        procedure=t("procedure", r.request.procedure),
    )


def _bid(r: BidCompensationResult, lang: str) -> list[str]:
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    lines = [
        t("label", "mandatory") if r.mandatory else t("label", "not_mandatory"),
        bid_reason(r, lang),
    ]
    if r.amounts:
        lines.append(label(lang, "amounts"))
        for tid, amount in r.amounts.items():
            shown = money(amount, lang) if amount is not None else t("label", "amount_to_set")
            lines.append(f"  {tid}{colon(lang)} {shown}")
        lines.append(
            f"{label(lang, 'total')} "
            f"{money(r.total, lang) if r.total is not None else t('label', 'amount_to_set')}"
        )
    return lines


def _ranking(r: RankingResult, lang: str) -> list[str]:
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    return [
        t("label", "required") if r.required else t("label", "not_required"),
        ranking_reason(r, lang),
    ]


def ranking_reason(r: RankingResult, lang: str) -> str:
    """Why each tenderer must (not) be told its place, in one sentence."""
    return text(
        lang,
        "ranking_reason",
        r.reason,
        threshold=money(r.eu_threshold, lang),
        starts=_starts(r),
    )


def _sme(r: SmeResult, lang: str) -> list[str]:
    return [f"{label(lang, 'size')} {text(lang, 'size', r.size)}"]


def _bond(r: BondResult, lang: str) -> list[str]:
    if not r.allowed:
        return [text(lang, "label", "bond_not_allowed"), text(lang, "label", "bond_none_due")]
    return [
        text(lang, "label", "bond_allowed"),
        text(lang, "label", "bond_required" if r.required else "bond_not_required"),
        f"{label(lang, 'percentage')} {percent(r.percentage, lang)}",
        f"{label(lang, 'amount')} {money(r.amount, lang)}",
    ]


def _einvoicing(r: EInvoicingResult, lang: str) -> list[str]:
    lines = [text(lang, "label", "required" if r.required else "not_required")]
    if r.threshold is not None:
        lines.append(
            text(
                lang,
                "label",
                "threshold",
                compare=text(lang, "label", f"compare_{r.compare}"),
                amount=money(r.threshold, lang),
            )
        )
    return lines


def _estimate(r, lang: str) -> list[str]:
    lines = [f"{label(lang, 'estimate_total')} {money(r.total, lang)}"]
    for part in r.parts:
        name = text(lang, "label", f"part_{part.kind}")
        lines.append(f"  {name} {part.label}{colon(lang)} {money(part.amount, lang)}")
    return lines


_ANSWERS: dict[str, Callable[[object, str], list[str]]] = {
    "procedure": _procedure,
    "advance": _advance,
    "bid_compensation": _bid,
    "provisional_ranking": _ranking,
    "sme_class": _sme,
    "bond": _bond,
    "e_invoicing": _einvoicing,
    "estimate": _estimate,
}


def answer_lines(check: str, result: object, lang: str) -> list[str]:
    """The answer of one decision in words."""
    return _ANSWERS[check](result, lang)
