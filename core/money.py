"""Money and decimal numbers: Decimal everywhere, half-up rounding to the cent at the end.

``parse_amount`` is the one function that reads amounts typed by a user, in the Belgian
forms (``1.234,56``, ``1234,56``, ``1 234,56 €``) and the plain form (``1234.56``).
``read_amount`` reads them as a user of one language types them: ``620.000`` is 620 000 in
Dutch and French, ``620,000`` in English, and says when the language decided the reading.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation

from core.errors import ValidationError
from core.limits import MAX_AMOUNT, MAX_DECIMALS, SHOWN_CHARS
from core.record import record

CENT = Decimal("0.01")

# ASCII digits only: Arabic-Indic or full-width digits are refused, not read as numbers
_PLAIN = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$", re.ASCII)
_SPACES = re.compile(r"[\s\u00a0\u202f']")

#: the thousands separator each language's users type (the other mark is the decimal mark)
GROUP_MARK = {"nl": ".", "fr": ".", "en": ","}


def round_cents(value: Decimal) -> Decimal:
    """Round to the cent, half up (0.005 -> 0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def with_vat(excl_vat: Decimal, pct: Decimal) -> Decimal:
    """An amount excl. VAT plus ``pct`` percent VAT, to the cent (74380.17 at 21 -> 90000.01)."""
    return round_cents(excl_vat * (1 + pct / 100))


def ceil_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Round up to the next multiple of ``step`` (6016.65 with step 10 -> 6020)."""
    return (value / step).to_integral_value(rounding=ROUND_CEILING) * step


def to_cents(value: Decimal) -> int:
    """Integer cents of an amount, rounded half up (for storage)."""
    return int(round_cents(value) * 100)


def from_cents(cents: int) -> Decimal:
    """Decimal euro amount of integer cents."""
    return (Decimal(cents) / 100).quantize(CENT)


def plain_decimal(raw: object, field: str) -> Decimal:
    """Read a decimal given as a plain string (``"9000.00"``) or a JSON integer/Decimal.

    Floats are refused: they cannot carry money exactly.
    """
    if isinstance(raw, bool):
        raise ValidationError(field, "not_a_number", f"expected a number, got {shown(raw)}")
    if isinstance(raw, int | Decimal):
        value = Decimal(raw)
    elif isinstance(raw, str) and _PLAIN.match(raw.strip()):
        value = Decimal(raw.strip())
    elif isinstance(raw, float):
        raise ValidationError(
            field,
            "float_number",
            f"give {shown(raw)} as a decimal string, not a floating-point number",
            {"typed": typed_text(raw)},
        )
    else:
        raise ValidationError(field, "not_a_number", f"expected a decimal number, got {shown(raw)}")
    if not value.is_finite():
        raise ValidationError(field, "not_a_number", f"expected a finite number, got {shown(raw)}")
    return within_bounds(value, raw, field)


def within_bounds(value: Decimal, raw: object, field: str) -> Decimal:
    """Refuse a number larger than ``MAX_AMOUNT`` or with more than ``MAX_DECIMALS`` decimals.

    Every number a user or a file gives passes here (``plain_decimal``, ``parse_amount``).
    """
    if abs(value) > MAX_AMOUNT:
        raise ValidationError(
            field,
            "too_large",
            f"{shown(raw)} is too large: the most the app accepts is {MAX_AMOUNT:,.2f}",
            {"typed": typed_text(raw), "most": MAX_AMOUNT},
        )
    if value != 0 and value.as_tuple().exponent < -MAX_DECIMALS:
        raise ValidationError(
            field,
            "too_many_decimals",
            f"{shown(raw)} has more than {MAX_DECIMALS} decimals",
            {"typed": typed_text(raw), "decimals": MAX_DECIMALS},
        )
    return value


def shown(raw: object) -> str:
    """A value as shown in a message: at most ``SHOWN_CHARS`` characters of it."""
    shown = repr(raw) if isinstance(raw, str) else str(raw)
    return shown if len(shown) <= SHOWN_CHARS else shown[: SHOWN_CHARS - 1] + "…"


@record(frozen=True)
class Reading:
    """An amount as read from what a user typed; ``by_language`` when it could be read two
    ways and the user's language chose (``620.000`` is 620 000 in Dutch): a form says how it
    read the entry so that a surprise shows at once."""

    value: Decimal
    by_language: bool = False


def read_amount(text: str, field: str = "amount", language: str | None = None) -> Reading:
    """Read an amount as a user of ``language`` types it (see ``parse_amount``).

    With a language, ``1.234`` and ``1,234`` are read as that language writes numbers (the
    thousands separator of ``GROUP_MARK``) instead of being refused; without one, they are
    refused with both readings shown.
    """
    try:
        return Reading(parse_amount(text, field))
    except ValidationError as exc:
        if exc.code != "ambiguous_amount" or language not in GROUP_MARK:
            raise
        typed = exc.params["typed"]
        mark = "." if "." in _SPACES.sub("", typed) else ","
        chosen = "as_group" if mark == GROUP_MARK[language] else "as_decimal"
        sign = -1 if typed.lstrip().startswith("-") else 1
        return Reading(sign * exc.params[chosen], by_language=True)


def typed_text(raw: object) -> str:
    """What a user typed, as a message quotes it: at most ``SHOWN_CHARS`` characters."""
    text = raw.strip() if isinstance(raw, str) else str(raw)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def parse_amount(text: str, field: str = "amount") -> Decimal:
    """Read an amount typed by a user; refuse what could be read two ways.

    Accepted: ``1.234,56`` ``1234,56`` ``1 234,56 €`` ``EUR 1234.56`` ``1234.56`` ``1234``
    ``1,234.56``. Refused with both readings shown: ``1.234`` and ``1,234`` (a thousands
    separator or a decimal mark?); ``read_amount`` reads those by the user's language.
    """
    if not isinstance(text, str):
        return plain_decimal(text, field)
    cleaned = text.strip().replace("€", "").replace("EUR", "").replace("eur", "")
    cleaned = _SPACES.sub("", cleaned)
    sign = ""
    if cleaned[:1] in ("+", "-"):
        sign, cleaned = cleaned[0], cleaned[1:]
    if not cleaned or not re.fullmatch(r"[0-9][0-9.,]*", cleaned, re.ASCII):
        raise ValidationError(
            field, "not_an_amount", f"{shown(text)} is not an amount", {"typed": text.strip()}
        )
    normal = _normalise_separators(cleaned, text, field)
    try:
        value = Decimal(sign + normal)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex above
        raise ValidationError(
            field, "not_an_amount", f"{shown(text)} is not an amount", {"typed": text.strip()}
        ) from exc
    return within_bounds(value, text, field)


def _normalise_separators(s: str, original: str, field: str) -> str:
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal_mark = "." if s.rfind(".") > s.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        whole, _, frac = s.rpartition(decimal_mark)
        if decimal_mark in whole or not _valid_groups(whole, group_mark):
            raise ValidationError(
                field,
                "not_an_amount",
                f"{shown(original)} mixes separators in a way that is not an amount",
                {"typed": original.strip()},
            )
        return whole.replace(group_mark, "") + "." + frac
    mark = "." if dots else "," if commas else ""
    if not mark:
        return s
    parts = s.split(mark)
    if len(parts) > 2:
        if not _valid_groups(s, mark):
            raise ValidationError(
                field,
                "not_an_amount",
                f"{shown(original)} is not an amount",
                {"typed": original.strip()},
            )
        return s.replace(mark, "")
    whole, frac = parts
    if not frac:
        raise ValidationError(
            field,
            "not_an_amount",
            f"{shown(original)} ends with a separator",
            {"typed": original.strip()},
        )
    # "0,001": a thousands group never follows a leading zero, so this is a decimal mark
    if len(frac) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0"):
        as_group = whole + frac
        as_decimal = whole + "." + frac
        raise ValidationError(
            field,
            "ambiguous_amount",
            f"{shown(original)} could be {as_group} or {as_decimal}; "
            f"write {whole}.{frac},00 if you mean {as_group} euro",
            {
                "typed": original.strip(),
                "as_group": Decimal(as_group),
                "as_decimal": Decimal(as_decimal),
                "example": f"{whole}.{frac},00",
            },
        )
    return whole + "." + frac


def _valid_groups(whole: str, mark: str) -> bool:
    groups = whole.split(mark)
    if len(groups) == 1:
        return groups[0].isdigit()
    return (
        1 <= len(groups[0]) <= 3
        and groups[0].isdigit()
        and all(len(g) == 3 and g.isdigit() for g in groups[1:])
    )
