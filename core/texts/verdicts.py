"""A decision's answer as a verdict: one plain sentence first, then the reasons.

What the wizards' answer pages open with ("You may use the simplified negotiated procedure
with prior publication (article 41 …); it is the simplest allowed."), and the one plain
reason given for each procedure the law does not allow, its articles kept apart for who
asks for them. The words are in the ``verdict`` table of ``resources/rules/texts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.texts.answers import advance_reason, answer_lines, bid_reason, ranking_reason
from core.texts.citations import cite
from core.texts.words import money, percent, plural, text

if TYPE_CHECKING:  # annotations only
    from core.decisions import (
        AdvanceResult,
        BidCompensationResult,
        BondResult,
        ProcedureResult,
        RankingResult,
    )


def _procedure(r: ProcedureResult, lang: str) -> str:
    simplest = next((o for o in r.options if o.procedure == r.simplest and o.allowed), None)
    if simplest is None:
        return text(lang, "verdict", "procedure_none")
    grounds = simplest.grounds_used
    return text(
        lang,
        "verdict",
        "procedure",
        procedure=text(lang, "procedure_the", simplest.procedure),
        source=str(cite(grounds[0].source, lang)),  # in brackets: as cited, no article
    )


def _advance(r: AdvanceResult, lang: str) -> str:
    amount, pct = money(r.amount, lang), percent(r.percentage, lang)
    if r.mandatory and r.capped:
        return text(lang, "verdict", "advance_due_capped", amount=amount, pct=pct)
    if r.mandatory and r.reference_value is not None:
        reference = money(r.reference_value, lang)
        return text(lang, "verdict", "advance_due", amount=amount, pct=pct, reference=reference)
    if r.mandatory:
        return text(lang, "verdict", "advance_due_plain", amount=amount, pct=pct)
    if r.voluntary and r.amount:
        return text(lang, "verdict", "advance_voluntary", amount=amount)
    return text(lang, "verdict", "advance_none")


def _bid(r: BidCompensationResult, lang: str) -> str:
    if not r.mandatory:
        return text(lang, "verdict", "bid_none")
    if r.total is None:
        return text(lang, "verdict", "bid_due_documents")
    owed = sum(1 for amount in r.amounts.values() if amount)
    return plural(lang, "verdict", "bid_due", owed, total=money(r.total, lang), n=owed)


def _ranking(r: RankingResult, lang: str) -> str:
    return text(lang, "verdict", "ranking_due" if r.required else "ranking_none")


def _bond(r: BondResult, lang: str) -> str:
    award = money(r.request.award_amount_excl_vat, lang)
    if not r.allowed:
        floor = next(f.params["floor"] for f in r.findings if f.code == "bond_forbidden_below")
        return text(lang, "verdict", "bond_not_allowed", award=award, floor=money(floor, lang))
    if r.amount:
        pct = percent(r.percentage, lang)
        return text(lang, "verdict", "bond_due", amount=money(r.amount, lang), pct=pct, award=award)
    if r.request.documents_percentage is not None:
        return text(lang, "verdict", "bond_none_documents")
    return text(lang, "verdict", "bond_none")


def bond_reason(r: BondResult, lang: str) -> str:
    """Why: what the law says when the documents are silent, or why no bond may be asked
    (the answer's own words, ``core.texts.answers``), with the article it rests on."""
    key = "bond_default_pct" if r.allowed else "bond_forbidden_below"
    applied = next((a for a in r.applied if a.rule == key), None)
    words = answer_lines("bond", r, lang)[1]
    if applied is None:
        return words
    return f"{words.rstrip('.')} ({cite(applied.source, lang)})."


_VERDICTS = {
    "procedure": _procedure,
    "advance": _advance,
    "bid_compensation": _bid,
    "provisional_ranking": _ranking,
    "bond": _bond,
}


def verdict(check: str, result: object, lang: str) -> str:
    """The answer of a decision in one plain sentence."""
    return _VERDICTS[check](result, lang)


def because(check: str, result: object, lang: str) -> str:
    """The main reason of the verdict, in one or two plain sentences."""
    if check == "procedure":
        key = "publication_" + result.publication_level
        return text(
            lang,
            "verdict",
            key,
            value=money(result.request.estimated_value_excl_vat, lang),
            threshold=money(result.eu_threshold, lang),
        )
    reasons = {
        "advance": advance_reason,
        "bid_compensation": bid_reason,
        "provisional_ranking": ranking_reason,
        "bond": bond_reason,
    }
    return reasons[check](result, lang)


def excluded_reason(option, r: ProcedureResult, lang: str) -> str:
    """Why the law does not allow an excluded procedure, in one plain sentence, no article.

    The lowest ceiling the estimate passes first; else the special circumstances that would
    open it (none of them ticked); else the contract type.
    """
    value = r.request.estimated_value_excl_vat
    ceilings = sorted(b.ceiling for b in option.bases if b.reason == "value_not_below")
    grounds = [b.ground for b in option.bases if b.reason == "ground_not_claimed"]
    if ceilings and grounds:
        return text(
            lang,
            "verdict",
            "excluded_value_or_ground",
            ceiling=money(ceilings[-1], lang),
            value=money(value, lang),
        )
    if ceilings:
        return text(
            lang,
            "verdict",
            "excluded_value",
            ceiling=money(ceilings[-1], lang),
            value=money(value, lang),
        )
    if grounds:
        return text(lang, "verdict", "excluded_ground")
    return text(
        lang,
        "verdict",
        "excluded_type",
        contract_type=text(lang, "contract_type", r.request.contract_type),
    )


def excluded_details(option, lang: str) -> list[str]:
    """For who asks: each legal ground of an excluded procedure with its article."""
    lines = []
    for basis in option.bases:
        if basis.reason == "value_not_below":
            lines.append(
                text(lang, "rule_value", "below", amount=money(basis.ceiling, lang))
                + f" — {cite(basis.source, lang)}"
            )
        elif basis.reason == "ground_not_claimed":
            lines.append(f"{text(lang, 'ground', basis.ground)} — {cite(basis.source, lang)}")
        else:
            lines.append(str(cite(basis.source, lang)))
    return lines


def allowed_line(option, basis, lang: str) -> str:
    """An allowed procedure on one legal ground: its name, the ground and the time limit."""
    days = option.min_time_limit_days
    parts = [text(lang, "procedure", option.procedure)]
    if basis.ground:
        parts.append(text(lang, "ground", basis.ground))
    elif basis.ceiling is not None:
        parts.append(text(lang, "verdict", "allowed_value", ceiling=money(basis.ceiling, lang)))
    if days:
        parts.append(plural(lang, "label", "min_time_limit", days, days=days))
    return " — ".join(parts)
