"""Reading and checking the value of one rule-pack period by its kind."""

from __future__ import annotations

from decimal import Decimal

from core.errors import ValidationError
from core.money import plain_decimal
from core.rules import schema

HUNDRED = Decimal(100)


class ValueKindError(ValueError):
    """A value that does not fit its kind; the loader adds file, key and line."""


def parse_value(key: str, kind: str, raw: object) -> object:
    """Turn the TOML value of parameter ``key`` into what the engine uses, or raise."""
    reader = _READERS.get(kind)
    if reader is None:  # pragma: no cover - schema and readers are kept together
        raise ValueKindError(f"unknown kind {kind!r}")
    return reader(key, raw)


def _decimal(raw: object, what: str = "value") -> Decimal:
    try:
        value = plain_decimal(raw, what)
    except ValidationError as exc:
        raise ValueKindError(exc.message) from None
    if value < 0:
        raise ValueKindError(f"{what} must not be negative, got {raw!r}")
    return value


def _eur(key: str, raw: object) -> Decimal:
    return _decimal(raw)


def _percent(key: str, raw: object, what: str = "value") -> Decimal:
    value = _decimal(raw, what)
    if value > HUNDRED:
        raise ValueKindError(f"{what} is a percentage and must be at most 100, got {raw!r}")
    return value


def _codes(key: str, raw: object) -> tuple[str, ...]:
    allowed = schema.CODE_SETS[key]
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        raise ValueKindError("expected a list of codes")
    unknown = [c for c in raw if c not in allowed]
    if unknown:
        raise ValueKindError(f"unknown code(s) {unknown}; allowed: {', '.join(allowed)}")
    return tuple(raw)


def _flag(key: str, raw: object) -> bool:
    if not isinstance(raw, bool):
        raise ValueKindError(f"expected true or false, got {raw!r}")
    return raw


def _table(raw: object) -> dict:
    if not isinstance(raw, dict):
        raise ValueKindError("expected a table")
    return raw


def _percent_by_size(key: str, raw: object) -> dict[str, Decimal]:
    table = _table(raw)
    expected = set(schema.SIZES) - {"large"}
    if set(table) != expected:
        raise ValueKindError(f"expected exactly the sizes {sorted(expected)}, got {sorted(table)}")
    return {size: _percent(key, v, size) for size, v in table.items()}


def _days_by_procedure(key: str, raw: object) -> dict[str, int]:
    table = _table(raw)
    unknown = set(table) - set(schema.PROCEDURES)
    if unknown:
        raise ValueKindError(f"unknown procedure(s) {sorted(unknown)}")
    out = {}
    for proc, days in table.items():
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            raise ValueKindError(f"{proc}: expected a whole number of days, got {days!r}")
        out[proc] = days
    return out


def _tranches(key: str, raw: object) -> tuple[tuple[Decimal, Decimal], ...]:
    if not isinstance(raw, list) or not raw:
        raise ValueKindError("expected a list of {share, at} tables")
    out = []
    for item in raw:
        table = _table(item)
        if set(table) != {"share", "at"}:
            raise ValueKindError(f"each tranche has exactly 'share' and 'at', got {sorted(table)}")
        share, at = _decimal(table["share"], "share"), _decimal(table["at"], "at")
        if not (0 < share <= 1 and 0 <= at <= 1):
            raise ValueKindError("share and at are fractions between 0 and 1")
        out.append((share, at))
    if sum(s for s, _ in out) != 1:
        raise ValueKindError("the shares of the tranches must add up to 1")
    if [a for _, a in out] != sorted(a for _, a in out):
        raise ValueKindError("tranches must be in the order of execution")
    return tuple(out)


#: the limits of a size class, in the order of the pack's tables: a value's text (the rule a
#: decision applied, as stored and shown) lists them in this order in every process, where the
#: order of a set changed with Python's string hashes from one process to the next
SIZE_LIMITS = ("staff_below", "turnover_max", "balance_max")


def _sme_limits(key: str, raw: object) -> tuple[dict[str, object], ...]:
    if not isinstance(raw, list):
        raise ValueKindError("expected a list of size classes")
    fields = {"size", *SIZE_LIMITS}
    out = []
    for item in raw:
        table = _table(item)
        if set(table) != fields:
            raise ValueKindError(f"each size class has exactly {sorted(fields)}")
        if table["size"] not in schema.SIZES or table["size"] == "large":
            raise ValueKindError(f"unknown size class {table['size']!r}")
        out.append({"size": table["size"], **{f: _decimal(table[f], f) for f in SIZE_LIMITS}})
    if [c["size"] for c in out] != ["micro", "small", "medium"]:
        raise ValueKindError("size classes must be micro, small, medium, in that order")
    return tuple(out)


def _threshold(key: str, raw: object) -> dict[str, object]:
    table = _table(raw)
    compare = table.get("compare")
    if compare not in ("at_least", "above"):
        raise ValueKindError("compare must be 'at_least' or 'above'")
    if set(table) == {"compare", "amount"}:
        return {"compare": compare, "amount": _decimal(table["amount"], "amount")}
    if set(table) == {"compare", "ref"} and table["ref"] == "eu_threshold":
        return {"compare": compare, "ref": "eu_threshold"}
    raise ValueKindError("expected {compare, amount} or {compare, ref = 'eu_threshold'}")


_READERS = {
    "eur": _eur,
    "number": _eur,
    "percent": _percent,
    "codes": _codes,
    "flag": _flag,
    "percent_by_size": _percent_by_size,
    "days_by_procedure": _days_by_procedure,
    "tranches": _tranches,
    "sme_limits": _sme_limits,
    "threshold": _threshold,
}
