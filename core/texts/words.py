"""The words of the texts: the text tables per language, amounts, numbers, percentages, plurals.

The tables are ``resources/rules/texts/{nl,fr,en}.toml`` (English where a text is missing);
numbers are written the Belgian way through CLDR (Babel), loaded when first needed.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from core import parsed
from core.dates import LOCALES
from core.money import round_cents
from core.paths import resources_dir

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from core.texts.citations import Citation

FALLBACK = "en"
NARROW_NBSP = "\u202f"


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@cache
def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """The text tables of one language (English where a text is missing)."""
    path = resources_dir() / "rules" / "texts"
    base = parsed.loads((path / f"{FALLBACK}.toml").read_text(encoding="utf-8"))
    if lang == FALLBACK:
        return base
    own_file = path / f"{lang}.toml"
    own = parsed.loads(own_file.read_text(encoding="utf-8")) if own_file.exists() else {}
    return {table: {**keys, **own.get(table, {})} for table, keys in base.items()}


def pack_title(pack_id: str, title: str, lang: str) -> str:
    """A rule pack's title in the language (the ``pack_title`` table, by the pack's id); the
    pack's own title for a pack the texts do not know."""
    return catalogue(lang).get("pack_title", {}).get(pack_id, title)


def text(lang: str, table: str, key: str, **params: object) -> str:
    """One text, with its placeholders filled; the code itself when no text exists.

    A citation (from :func:`cite`) placed after a preposition of the language ("op grond van
    {source}", « sur la base de {source} ») is cited with that preposition before each of its
    acts, contracted where French contracts it (« de l'article … et de l'arrêté royal … »).
    """
    template = catalogue(lang).get(table, {}).get(key)
    if template is None:
        return key
    return fill(template, lang, **params)


def fill(template: str, lang: str, **params: object) -> str:
    """``template`` with its placeholders filled as ``text`` fills them (a citation after a
    preposition cited with it); a placeholder without a value is left as it is."""
    if not params:
        return template.format_map(_Blank())
    # what only a text with values needs (a register's cells have none, so the first page
    # loads neither the citations nor the decisions' modules)
    from core.decisions.explain import show
    from core.texts.citations import Citation

    for name, value in params.items():
        if isinstance(value, Citation):
            template = _embed_citation(template, name, value, lang)
    return template.format_map(_Blank({k: show(v) for k, v in params.items()}))


def _embed_citation(template: str, name: str, citation: Citation, lang: str) -> str:
    from core.texts.citations import prepositions

    def put(match: re.Match) -> str:
        word = match.group(1)
        if word.lower() in prepositions(lang):
            return _escape(citation.after(word, lang))
        return word + " " + _escape(citation.in_sentence(lang))

    out, count = re.subn(r"(\w+) \{" + name + r"\}", put, template)
    if not count:
        out = template.replace("{" + name + "}", _escape(citation.in_sentence(lang)))
    return out


def _escape(value: str) -> str:
    return value.replace("{", "{{").replace("}", "}}")


def plural(lang: str, table: str, key: str, count: Decimal | int, **params: object) -> str:
    """A text whose words follow a count: ``1 maand``, ``2 maanden``; « 1 mois », "1 month".

    The text table may hold ``key_one`` (and other CLDR plural categories) beside ``key``;
    the language's plural rule (CLDR, through Babel) picks one, ``key`` when it has no own form.
    """
    category = plural_category(lang, count)
    own = catalogue(lang).get(table, {})
    chosen = f"{key}_{category}" if f"{key}_{category}" in own else key
    return text(lang, table, chosen, **params)


def plural_category(lang: str, count: Decimal | int) -> str:
    """CLDR's plural category of ``count`` in ``lang`` ("one", "many" or "other").

    The rules of nl, fr and en are written out (as Babel 2.19 has them from CLDR: nl and en
    ``one: i = 1 and v = 0``; fr ``one: i = 0..1``, ``many: i != 0 and i % 1000000 = 0 and
    v = 0``), so that a text needs no Babel locale data (about 40 ms of a command's start);
    Babel answers for another language and stays the reference in
    ``tests/core/texts/test_plurals_like_babel.py``.
    """
    value = abs(Decimal(count))
    if lang not in ("nl", "fr", "en"):
        return _locale(lang).plural_form(value)
    whole = int(value)  # i: the integer digits
    exponent = value.as_tuple().exponent
    shown_decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0  # v
    if lang == "fr":
        if whole in (0, 1):
            return "one"
        return "many" if whole % 1_000_000 == 0 and shown_decimals == 0 else "other"
    return "one" if whole == 1 and shown_decimals == 0 else "other"


def colon(lang: str) -> str:
    """The colon after a label: French puts a no-break space before it."""
    return "\u00a0:" if lang == "fr" else ":"


def semicolon(lang: str) -> str:
    """The semicolon between the items of a list: French puts a no-break space before it."""
    return "\u00a0; " if lang == "fr" else "; "


def label(lang: str, key: str, **params: object) -> str:
    """A label of the ``label`` table followed by the language's colon."""
    return text(lang, "label", key, **params) + colon(lang)


@cache
def _locale(lang: str):  # noqa: ANN202 - babel.Locale, imported when first needed
    from babel import Locale  # not at start-up: a command that writes no number needs none

    return Locale.parse(LOCALES.get(lang, "en"))


#: How CLDR writes an amount in euro in each language of the app (Babel's
#: ``format_currency`` for nl_BE, fr_BE and en): the thousands mark, the decimal mark, and
#: the amount with its sign and € around the digits. Written out so that the register's first
#: page needs no Babel (its import and locale data are about 40 ms of the start); Babel stays
#: the reference: ``tests/core/texts/test_money_like_babel.py`` compares the two.
_EURO = {
    "nl": (".", ",", "€\u00a0{}", "€\u00a0-{}"),
    "fr": (NARROW_NBSP, ",", "{}\u00a0€", "-{}\u00a0€"),
    "en": (",", ".", "€{}", "-€{}"),
}


def money(value: Decimal | None, lang: str) -> str:
    """An amount the Belgian way (CLDR): ``€ 1.234,56``, ``1 234,56 €``, ``€1,234.56``.

    Rounded half up to the cent; the spaces are no-break spaces (narrow between the thousands
    in French), so an amount never breaks before its €.
    """
    if value is None:
        return "-"
    amount = round_cents(Decimal(value))
    if lang not in _EURO:
        from babel.numbers import format_currency

        return format_currency(amount, "EUR", locale=_locale(lang))
    group, point, positive, negative = _EURO[lang]
    whole, _, cents = f"{abs(amount):f}".partition(".")
    digits = f"{int(whole):,}".replace(",", group) + point + cents
    return (negative if amount.is_signed() else positive).format(digits)


def amount_field(value: Decimal | None, lang: str) -> str:
    """An amount as put back in a field to edit, without the €: ``1.234,56``, ``1 234,56``.

    The same digits and separators as :func:`money`, so what the user sees and what they edit
    agree; ``core.money.parse_amount`` reads every form back.
    """
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(round_cents(Decimal(value)), "#,##0.00", locale=_locale(lang))


def number(value: Decimal | int, lang: str, grouping: bool = True) -> str:
    """A plain number, every decimal kept: ``12,5`` and ``1.250`` in Dutch, ``1 250`` in French.

    ``grouping=False`` leaves out the thousands separator (for a value put back in a field).
    """
    from babel.numbers import format_decimal

    return format_decimal(
        Decimal(value).normalize(),
        locale=_locale(lang),
        decimal_quantization=False,
        group_separator=grouping,
    )


def percent(value: Decimal | int, lang: str) -> str:
    """A percentage given in percent (``20`` for 20 %): ``20%`` in Dutch, « 20 % » in French."""
    from babel.numbers import format_percent

    return format_percent(Decimal(value) / 100, locale=_locale(lang), decimal_quantization=False)


def percent_range(low: Decimal | int, high: Decimal | int, lang: str) -> str:
    """``10% tot 20%``; one value when both ends are the same (``20%``, not ``20% tot 20%``)."""
    if Decimal(low) == Decimal(high):
        return percent(low, lang)
    return text(lang, "label", "range", low=percent(low, lang), high=percent(high, lang))
