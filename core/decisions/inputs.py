"""Reading a request from a mapping (scenario file, store, GUI) with clear validation errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.errors import ValidationError
from core.money import plain_decimal, round_cents, shown, typed_text
from core.rules import schema

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MISSING = object()


def _get(data: Mapping, name: str, required: bool) -> object:
    if name not in data or data[name] is None:
        if required:
            raise ValidationError(name, "missing", "is required")
        return _MISSING
    return data[name]


def need_mapping(data: object, what: str = "input") -> Mapping:
    """Refuse an input that is not an object."""
    if not isinstance(data, Mapping):
        raise ValidationError(
            what, "not_an_object", f"expected an object, got {data!r}", {"typed": typed_text(data)}
        )
    return data


def iso_date(data: Mapping, name: str, required: bool = True) -> date | None:
    """A date written ``YYYY-MM-DD`` that exists in the calendar."""
    raw = _get(data, name, required)
    if raw is _MISSING:
        return None
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str) or not _ISO.match(raw):
        raise ValidationError(
            name,
            "bad_date",
            f"expected a date as YYYY-MM-DD, got {shown(raw)}",
            {"typed": typed_text(raw)},
        )
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            name, "impossible_date", f"{raw} is not a day of the calendar", {"typed": raw}
        ) from None


def code(
    data: Mapping,
    name: str,
    allowed: tuple[str, ...],
    required: bool = True,
    default: str | None = None,
) -> str | None:
    """One code among ``allowed``."""
    raw = _get(data, name, required)
    if raw is _MISSING:
        return default
    if raw not in allowed:
        raise ValidationError(
            name,
            "unknown_code",
            f"{shown(raw)} is not one of: {', '.join(allowed)}",
            {"typed": typed_text(raw), "allowed": ", ".join(allowed)},
        )
    return raw


def codes(data: Mapping, name: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    """A list of codes among ``allowed`` (absent: empty); duplicates are refused."""
    raw = _get(data, name, False)
    if raw is _MISSING:
        return ()
    if not isinstance(raw, list):
        raise ValidationError(
            name,
            "not_a_list",
            f"expected a list of codes, got {shown(raw)}",
            {"typed": typed_text(raw)},
        )
    for item in raw:
        if item not in allowed:
            raise ValidationError(
                name,
                "unknown_code",
                f"{item!r} is not one of: {', '.join(allowed)}",
                {"typed": typed_text(item), "allowed": ", ".join(allowed)},
            )
    if len(set(raw)) != len(raw):
        raise ValidationError(name, "duplicate_code", "lists a code twice")
    return tuple(raw)


def flag(data: Mapping, name: str, default: bool = False) -> bool:
    """A true/false answer."""
    raw = _get(data, name, False)
    if raw is _MISSING:
        return default
    if not isinstance(raw, bool):
        raise ValidationError(
            name,
            "not_a_bool",
            f"expected true or false, got {shown(raw)}",
            {"typed": typed_text(raw)},
        )
    return raw


def amount(
    data: Mapping, name: str, required: bool = True, allow_zero: bool = False
) -> Decimal | None:
    """A euro amount: not negative, and more than zero unless ``allow_zero``."""
    raw = _get(data, name, required)
    if raw is _MISSING:
        return None
    value = plain_decimal(raw, name)
    if value < 0:
        raise ValidationError(name, "negative", f"must not be negative, got {raw}")
    if value == 0 and not allow_zero:
        raise ValidationError(name, "zero", "must be more than zero")
    if value and not allow_zero and round_cents(value) == 0:
        raise ValidationError(name, "zero", f"must be at least 0.01 euro, got {raw}")
    return value


def percentage(data: Mapping, name: str) -> Decimal | None:
    """A percentage between 0 and 100."""
    raw = _get(data, name, False)
    if raw is _MISSING:
        return None
    value = plain_decimal(raw, name)
    if value < 0 or value > 100:
        raise ValidationError(name, "bad_percentage", f"must be between 0 and 100, got {raw}")
    return value


def months(data: Mapping, name: str) -> Decimal | None:
    """A duration in months (more than zero), or None when given as null."""
    raw = _get(data, name, False)
    if raw is _MISSING:
        return None
    value = plain_decimal(raw, name)
    if value <= 0:
        raise ValidationError(
            name,
            "bad_duration",
            f"must be more than zero months, got {raw}; use null for a "
            f"contract of indefinite duration",
        )
    return value


def contract_basics(data: Mapping) -> dict[str, object]:
    """The fields most checks share: launch date, buyer, contract type, estimated value."""
    return {
        "launch_date": iso_date(data, "launch_date"),
        "authority": code(data, "authority", schema.AUTHORITIES),
        "contract_type": code(data, "contract_type", schema.CONTRACT_TYPES),
        "estimated_value_excl_vat": amount(data, "estimated_value_excl_vat"),
    }
