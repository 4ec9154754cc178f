"""Legal explanation texts, per language, kept next to the rules (resources/rules/texts).

Core returns codes and numbers; these texts turn a decision result into sentences for the
command line, the wizards' result pages and the PDF documents, in Dutch, French or English.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from decimal import Decimal
from functools import cache

from core.dates import format_date
from core.decisions.explain import Explained, Finding, show
from core.errors import ValidationError
from core.paths import resources_dir

LANGUAGES = ("nl", "fr", "en")
FALLBACK = "en"
NARROW_NBSP = "\u202f"


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@cache
def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """The text tables of one language (English where a text is missing)."""
    path = resources_dir() / "rules" / "texts"
    base = tomllib.loads((path / f"{FALLBACK}.toml").read_text(encoding="utf-8"))
    if lang == FALLBACK:
        return base
    own_file = path / f"{lang}.toml"
    own = tomllib.loads(own_file.read_text(encoding="utf-8")) if own_file.exists() else {}
    return {table: {**keys, **own.get(table, {})} for table, keys in base.items()}


@cache
def _citation_terms(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    path = resources_dir() / "rules" / "texts" / "citations.toml"
    terms = tomllib.loads(path.read_text(encoding="utf-8")).get(lang, {}).get("terms", [])
    out = []
    for english, own in terms:
        left = r"\b" if english[:1].isalnum() else ""
        right = r"\b" if english[-1:].isalnum() else ""
        out.append((re.compile(left + re.escape(english) + right), own))
    return tuple(out)


def cite(source: str, lang: str) -> str:
    """A legal citation of the rule pack in the user's language (``Law`` -> ``Wet``, ``Loi``)."""
    for pattern, own in _citation_terms(lang):
        source = pattern.sub(own.replace("\\", "\\\\"), source)
    return source


def text(lang: str, table: str, key: str, **params: object) -> str:
    """One text, with its placeholders filled; the code itself when no text exists."""
    template = catalogue(lang).get(table, {}).get(key)
    if template is None:
        return key
    return template.format_map(_Blank({k: show(v) for k, v in params.items()}))


def colon(lang: str) -> str:
    """The colon after a label: French puts a no-break space before it."""
    return "\u00a0:" if lang == "fr" else ":"


def label(lang: str, key: str, **params: object) -> str:
    """A label of the ``label`` table followed by the language's colon."""
    return text(lang, "label", key, **params) + colon(lang)


def money(value: Decimal | None, lang: str) -> str:
    """An amount the Belgian way for the language: ``€ 1.234,56``, ``1 234,56 €``, ``€1,234.56``."""
    if value is None:
        return "-"
    whole, _, cents = f"{value:,.2f}".partition(".")
    if lang == "nl":
        return "€ " + whole.replace(",", ".") + "," + cents
    if lang == "fr":
        return whole.replace(",", NARROW_NBSP) + "," + cents + " €"
    return "€" + whole + "." + cents


def number(value: Decimal, lang: str) -> str:
    """A plain number with the language's decimal mark (``12,5`` in Dutch and French)."""
    shown = show(value)
    return shown.replace(".", ",") if lang in ("nl", "fr") else shown


def percent(value: Decimal, lang: str) -> str:
    """A percentage with the language's decimal mark and sign."""
    return number(value, lang) + ("\u00a0%" if lang == "fr" else "%")


#: How a finding's parameters are put into words: codes through their table, amounts as money.
_PARAM_TABLES = {
    "ground": "ground",
    "contract_type": "contract_type",
    "exception": "exception",
    "rule": "threshold",
}
_PARAM_MONEY = ("floor", "threshold", "part")
_PARAM_NUMBER = ("default",)


def finding_text(finding: Finding, lang: str) -> str:
    """A finding in words, its codes translated and its amounts written the Belgian way."""
    params: dict[str, str] = {}
    for name, value in finding.params.items():
        if name in _PARAM_TABLES:
            params[name] = text(lang, _PARAM_TABLES[name], value)
        elif name in _PARAM_MONEY:
            params[name] = money(Decimal(value), lang)
        elif name in _PARAM_NUMBER:
            params[name] = number(Decimal(value), lang)
        else:
            params[name] = value
    return text(lang, "finding", finding.code, **params)


def explanation_lines(result: Explained, lang: str) -> list[str]:
    """The rules applied, the uncertain ones marked, the remarks and the pack version."""
    t = lambda table, key, **p: text(lang, table, key, **p)  # noqa: E731
    lines = [label(lang, "rules_applied")]
    for applied in result.applied:
        mark = "  " if not applied.flagged else "! "
        end = applied.valid_to.isoformat() if applied.valid_to else t("label", "open_end")
        lines.append(
            f"  {mark}{cite(applied.source, lang)} [{applied.rule} = {applied.value}; "
            f"{t('label', 'valid', start=applied.valid_from.isoformat(), end=end)}]"
        )
    flagged = result.flagged
    if flagged:
        lines.append(label(lang, "uncertain"))
        for applied in flagged:
            note = f" {applied.note_in(lang)}" if applied.note_in(lang) else ""
            sure = t("confidence", applied.confidence)
            lines.append(f"  ! {cite(applied.source, lang)}{colon(lang)} {sure}.{note}")
    if result.findings:
        lines.append(label(lang, "findings"))
        for finding in result.findings:
            lines.append("  - " + finding_text(finding, lang))
    lines.append(f"{label(lang, 'rule_version')} {result.rule_version}")
    return lines


def explain_lines(check: str, result: Explained, lang: str) -> list[str]:
    """A decision result as plain text lines: the answer first, then its explanation."""
    from core.texts_answers import answer_lines  # the per-check answers

    return [
        text(lang, "label", f"check_{check}"),
        *answer_lines(check, result, lang),
        "",
        *explanation_lines(result, lang),
    ]


#: error parameters that are percentages; dates are written as the app writes them
_ERROR_PERCENT = ("pct", "low", "high")


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
