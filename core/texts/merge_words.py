"""A merge's differences in the user's words: each field's name and both values, as the
window and the command line show them (``core.store.merge`` gives them as stored)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation

from core.dates import format_date
from core.money import from_cents
from core.texts.words import colon, money, text

#: tender columns and decision inputs that hold a date, an amount in cents, an amount as text
_DATES = ("launch_date", "offers_deadline", "award_deadline", "reference_date")
_CENTS = ("estimated_value_cents",)
_AMOUNTS = (
    "estimated_value_excl_vat",
    "amount_incl_vat",
    "documents_amount",
    "documents_reduced_amount",
    "award_amount_excl_vat",
    "monthly_value_incl_vat",
    "offer",
)
#: codes shown through a table of the texts
_CODES = {"authority": "authority", "contract_type": "contract_type", "procedure": "procedure"}
_FLAGS = ("price_only", "indefinite", "financed_and_supervised")


def field_label(difference: object, lang: str) -> str:
    """The name of what differs: "Titel", "Perceel 2", "Inschrijver Acme bv",
    "Voorschot: Bedrag incl. btw"."""
    name, item, key = difference.field, difference.item, difference.key
    if name == "lots":
        return f"{text(lang, 'label', 'part_lot')} {item}"
    if name == "tenderers":
        return f"{text(lang, 'field', 'tenderer')} {item}"
    if name == "decision":
        check = text(lang, "label", f"check_{item}")
        return f"{check}{colon(lang)} {text(lang, 'field', key)}" if key else check
    if name.endswith("_cents"):
        name = name[: -len("_cents")]
    return text(lang, "field", name)


def value_text(difference: object, value: object, lang: str) -> str:
    """One side's value of ``difference`` in words ("—" where that side has none)."""
    if value is None:
        return text(lang, "merge", "none")
    name = difference.key if difference.field == "decision" else difference.field
    if difference.field == "lots":
        title, cents = value
        shown = money(from_cents(cents), lang)
        return f"{title}, {shown}" if title else shown
    if difference.field == "tenderers":
        status, cents = value
        shown = text(lang, "doc", f"tenderer_{status}")
        return shown if cents is None else f"{shown}, {money(from_cents(cents), lang)}"
    if difference.field == "decision" and not difference.key:
        state, decided = value
        word = text(lang, "doc", f"state_{state}")
        if word == f"state_{state}":
            word = text(lang, "merge", f"state_{state}")
        return text(lang, "merge", "decided", state=word, date=_date(str(decided).split("T")[0]))
    return _plain(name, value, lang)


def _plain(name: str, value: object, lang: str) -> str:
    if name in _CENTS and isinstance(value, int):
        return money(from_cents(value), lang)
    if name in _AMOUNTS:
        try:
            return money(Decimal(str(value)), lang)
        except InvalidOperation:
            return str(value)
    if name in _DATES:
        return _date(str(value))
    if name in _CODES:
        return text(lang, _CODES[name], str(value))
    if name == "status":
        return text(lang, "doc", f"status_{value}")
    if name in _FLAGS or isinstance(value, bool):
        return text(lang, "label", "yes" if value else "no")
    if name == "required_items":
        items = json.loads(value) if isinstance(value, str) else value
        if isinstance(items, list):
            return ", ".join(text(lang, "item", str(i)) for i in items) or text(
                lang, "merge", "none"
            )
    if isinstance(value, list):
        return "; ".join(_row(r, lang) for r in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _row(row: object, lang: str) -> str:
    """A tenderer of a decision's input: its name and status or offer."""
    if not isinstance(row, dict):
        return str(row)
    rest = [
        text(lang, "status", str(v)) if k == "status" else _plain("offer", v, lang)
        for k, v in row.items()
        if k != "id"
    ]
    return f"{row.get('id', '')}: {', '.join(rest)}"


def _date(value: str) -> str:
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value
