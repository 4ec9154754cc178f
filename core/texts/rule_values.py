"""A rule of the pack as a user reads it: its name, its value in words, its dates, its note.

The engine keeps a rule's value in a form for machines (``225000``, ``federal_central``,
``0.5 @ 0.3``); a decision stores it as that text (:func:`core.decisions.explain.show`). Here
both become words: amounts as money, percentages with their sign, codes by their names, dates
as the app writes them (``01/01/2024``), in the user's language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from core.dates import format_date
from core.decisions.explain import Applied
from core.rules import schema
from core.texts.citations import cite
from core.texts.words import colon, money, number, percent, plural, semicolon, text

#: the text table that names the codes of each code set
_CODE_TABLES = {
    schema.AUTHORITIES: "authority",
    schema.PROCEDURES: "procedure",
    schema.EXCEPTIONS: "exception",
    schema.REQUIRED_ITEMS: "item",
    schema.TENDERER_STATUSES: "status",
    schema.CONTRACT_TYPES: "contract_type",
}
_BASIS = "basis:"
#: the unit of the parameters that count days or months (the others are plain numbers)
_UNITS = {"bond_exempt_max_execution_days": "days", "advance_reference_months": "months"}


def _code_name(code: str, lang: str) -> str:
    if code == "value":  # the value ground of the negotiated procedure
        return text(lang, "rule_value", "value_ground")
    for codes, table in _CODE_TABLES.items():
        if code in codes:
            return text(lang, table, code)
    return text(lang, "ground", code)


def _decimal(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _pairs(shown: str) -> list[tuple[str, str]]:
    """``micro 20; small 10`` as ``[("micro", "20"), ("small", "10")]``."""
    return [tuple(part.split(" ", 1)) for part in shown.split("; ") if " " in part]


def _read(kind: str, shown: str) -> object:
    """A value as :func:`show` wrote it, read back into the form of its kind."""
    if kind in ("eur", "number", "percent"):
        return Decimal(shown)
    if kind == "codes":
        return tuple(code for code in shown.split(", ") if code)
    if kind == "flag":
        return shown == "True"
    if kind in ("percent_by_size", "days_by_procedure"):
        return {key: value for key, value in _pairs(shown)}
    if kind == "tranches":
        return tuple(tuple(part.split(" @ ")) for part in shown.split("; "))
    if kind == "sme_limits":
        return tuple(dict(_pairs(item)) for item in shown.split(", "))
    if kind == "threshold":
        return dict(_pairs(shown))
    return shown


def value_text(key: str, value: object, lang: str) -> str:
    """The value of rule ``key`` in words; ``value`` as the pack holds it or as it was stored.

    A value the app cannot read in its kind is shown as it is, never dropped.
    """
    spec = schema.PARAMS.get(key)
    if spec is None:
        return str(value)
    try:
        if isinstance(value, str):
            value = _read(spec.kind, value)
        if key in _UNITS:
            unit, count = _UNITS[key], _decimal(value)
            return plural(lang, "rule_value", unit, count, **{unit: number(count, lang)})
        return _WRITERS[spec.kind](value, lang)
    except (InvalidOperation, ValueError, KeyError, TypeError):
        return str(value)


def _codes(value, lang: str) -> str:
    return semicolon(lang).join(_code_name(code, lang) for code in value)


def _flag(value, lang: str) -> str:
    return text(lang, "label", "yes" if value else "no")


def _by_size(value, lang: str) -> str:
    return semicolon(lang).join(
        f"{text(lang, 'size', size)} {percent(_decimal(pct), lang)}" for size, pct in value.items()
    )


def _days(value, lang: str) -> str:
    return semicolon(lang).join(
        f"{text(lang, 'procedure', procedure)}{colon(lang)} "
        + plural(lang, "rule_value", "days", int(days), days=int(days))
        for procedure, days in value.items()
    )


def _tranches(value, lang: str) -> str:
    return semicolon(lang).join(
        text(
            lang,
            "rule_value",
            "tranche",
            share=percent(_decimal(share) * 100, lang),
            at=percent(_decimal(at) * 100, lang),
        )
        for share, at in value
    )


def _sme_limits(value, lang: str) -> str:
    return semicolon(lang).join(
        text(
            lang,
            "rule_value",
            "sme_limit",
            size=text(lang, "size", str(limit["size"])),
            staff=number(_decimal(limit["staff_below"]), lang),
            turnover=money(_decimal(limit["turnover_max"]), lang),
            balance=money(_decimal(limit["balance_max"]), lang),
        )
        for limit in value
    )


def _threshold(value, lang: str) -> str:
    compare = text(lang, "label", f"compare_{value['compare']}")
    if "amount" in value:
        return f"{compare} {money(_decimal(value['amount']), lang)}"
    return text(lang, "rule_value", "eu_threshold", compare=compare)


_WRITERS = {
    "eur": lambda value, lang: money(_decimal(value), lang),
    "number": lambda value, lang: number(_decimal(value), lang),
    "percent": lambda value, lang: percent(_decimal(value), lang),
    "codes": _codes,
    "flag": _flag,
    "percent_by_size": _by_size,
    "days_by_procedure": _days,
    "tranches": _tranches,
    "sme_limits": _sme_limits,
    "threshold": _threshold,
}


def valid_text(valid_from: date, valid_to: date | None, lang: str) -> str:
    """``in force 01/01/2024 to no end date``, dates as the app writes them."""
    end = format_date(valid_to) if valid_to else text(lang, "label", "open_end")
    return text(lang, "label", "valid", start=format_date(valid_from), end=end)


def rule_name(applied: Applied, lang: str, procedures: dict[str, str] | None = None) -> str:
    """What a rule is about, in words: the parameter's name, or the procedure a legal ground
    opens (``procedures`` maps a ground's id to its procedure, from the decision)."""
    if applied.rule.startswith(_BASIS):
        basis = applied.rule[len(_BASIS) :]
        procedure = (procedures or {}).get(basis) or (
            applied.value if applied.value in schema.PROCEDURES else ""
        )
        if not procedure:
            return text(lang, "rule_value", "basis_unknown")
        return text(lang, "rule_value", "basis", procedure=text(lang, "procedure", procedure))
    return text(lang, "param", applied.rule)


def applied_value(applied: Applied, lang: str) -> str:
    """The value a decision used, in words; empty when it says nothing beyond the name (a
    legal ground recorded without a ceiling)."""
    if applied.rule.startswith(_BASIS):
        try:
            ceiling = Decimal(applied.value)
        except InvalidOperation:
            return ""
        return text(lang, "rule_value", "below", amount=money(ceiling, lang))
    return value_text(applied.rule, applied.value, lang)


def rule_line(applied: Applied, lang: str, procedures: dict[str, str] | None = None) -> str:
    """One rule a decision applied: name, value, legal source and the dates it is in force."""
    shown = applied_value(applied, lang)
    head = rule_name(applied, lang, procedures) + (f"{colon(lang)} {shown}" if shown else "")
    return (
        f"{head} — {cite(applied.source, lang)} "
        f"({valid_text(applied.valid_from, applied.valid_to, lang)})"
    )


def uncertain_note(applied: Applied, lang: str, procedures: dict[str, str] | None = None) -> str:
    """Why a rule of medium or low confidence must be checked, in plain words."""
    note = applied.note_in(lang)
    sure = text(lang, "confidence", applied.confidence)
    return f"{rule_name(applied, lang, procedures)}{colon(lang)} {sure}." + (
        f" {note}" if note else ""
    )


def procedures_of(result: object) -> dict[str, str]:
    """The procedure each legal ground of a procedure decision opens (empty for the others)."""
    return {
        basis.basis_id: basis.procedure
        for option in getattr(result, "options", ())
        for basis in option.bases
    }
