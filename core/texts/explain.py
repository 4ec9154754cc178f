"""A decision result in sentences: the answer, the rules applied, what is uncertain, refusals.

For the command line (``decide``), the wizards' answer pages and the PDF documents.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.dates import format_date
from core.decisions.explain import Explained, Finding
from core.errors import ValidationError
from core.texts.answers import answer_lines
from core.texts.citations import cite
from core.texts.rule_values import procedures_of, rule_line
from core.texts.words import catalogue, colon, label, money, number, percent, text

#: How a finding's parameters are put into words: codes through their table, amounts as money.
_PARAM_TABLES = {
    "ground": "ground",
    "contract_type": "contract_type",
    "exception": "exception",
    "rule": "threshold",
}
_PARAM_MONEY = ("floor", "threshold", "part")
_PARAM_PERCENT = ("default",)
_PARAM_DATES = ("starts",)


def finding_text(finding: Finding, lang: str) -> str:
    """A finding in words, its codes translated and its amounts written the Belgian way."""
    params: dict[str, str] = {}
    for name, value in finding.params.items():
        if name in _PARAM_TABLES:
            params[name] = text(lang, _PARAM_TABLES[name], value)
        elif name in _PARAM_MONEY:
            params[name] = money(Decimal(value), lang)
        elif name in _PARAM_PERCENT:
            params[name] = percent(Decimal(value), lang)
        elif name in _PARAM_DATES:  # as the app writes dates: 01/07/2022
            params[name] = format_date(date.fromisoformat(value))
        else:
            params[name] = value
    return text(lang, "finding", finding.code, **params)


def explanation_lines(result: Explained, lang: str) -> list[str]:
    """The rules applied, the uncertain ones marked, the remarks and the pack version.

    Each rule in words: its name, its value (money, percentages, names, dates as the app
    writes them), its legal source and the dates it is in force; never a key or a code.
    """
    procedures = procedures_of(result)
    lines = [label(lang, "rules_applied")]
    for applied in result.applied:
        mark = "  " if not applied.flagged else "! "
        lines.append(f"  {mark}{rule_line(applied, lang, procedures)}")
    flagged = result.flagged
    if flagged:
        lines.append(label(lang, "uncertain"))
        for applied in flagged:
            note = f" {applied.note_in(lang)}" if applied.note_in(lang) else ""
            sure = text(lang, "confidence", applied.confidence)
            lines.append(f"  ! {cite(applied.source, lang)}{colon(lang)} {sure}.{note}")
    if result.findings:
        lines.append(label(lang, "findings"))
        for finding in result.findings:
            lines.append("  - " + finding_text(finding, lang))
    lines.append(f"{label(lang, 'rule_version')} {result.rule_version}")
    return lines


def explain_lines(check: str, result: Explained, lang: str) -> list[str]:
    """A decision result as plain text lines: the answer first, then its explanation."""
    return [
        text(lang, "label", f"check_{check}"),
        *answer_lines(check, result, lang),
        "",
        *explanation_lines(result, lang),
    ]


#: error parameters that are percentages; dates are written as the app writes them
_ERROR_PERCENT = ("pct", "low", "high")
#: error parameters that are amounts of money
_ERROR_MONEY = ("most", "reduced", "full")
#: error parameters that are codes of a text table
_ERROR_TABLES = ("ground", "contract_type")


def error_text(error: ValidationError, lang: str) -> str:
    """Why an input is refused, in the user's language, naming the input and what to do.

    The text of the error's code in the ``error`` table, its parameters written the Belgian
    way (dates ``30/06/2017``); the English message of the error where no text fits (a code
    without a text, or a parameter the raise site does not give).
    """
    key = error.code
    if error.params.get("covers_to", "") is None:
        key += "_open"  # a pack without an end date
    template = catalogue(lang).get("error", {}).get(key)
    if template is None:
        return error.message
    params: dict[str, str] = {}
    for name, value in error.params.items():
        if isinstance(value, date):
            params[name] = format_date(value)
        elif name in _ERROR_PERCENT:
            params[name] = percent(Decimal(value), lang)
        elif name in _ERROR_MONEY:
            params[name] = money(Decimal(value), lang)
        elif name in _ERROR_TABLES:  # a code: in words
            params[name] = text(lang, _PARAM_TABLES[name], str(value))
        elif isinstance(value, int) and not isinstance(value, bool):  # a count: 20.000 tekens
            params[name] = number(Decimal(value), lang)
        elif isinstance(value, Decimal):  # every digit as given: 141.500 is not 141.5
            params[name] = f"{value:f}".replace(".", "," if lang in ("nl", "fr") else ".")
        else:
            params[name] = str(value)
    root = re.split(r"[\[.]", error.field, maxsplit=1)[0]
    field = catalogue(lang).get("field", {}).get(root)
    if field is not None:
        params["field"] = field
    try:
        return template.format(**params)
    except KeyError:
        return error.message
