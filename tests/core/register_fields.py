"""What the register's state machine types into each field, and what the register must keep.

Each field offers (as typed, as stored) pairs; ``BAD`` as stored means the register must
refuse it. Used by tests/core/test_register_stateful.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from core.rules.schema import AUTHORITIES, CONTRACT_TYPES, PROCEDURES, REQUIRED_ITEMS, SIZES
from core.store.model import STATUSES, TENDERER_STATUSES

BAD = object()  # an expected value meaning "refused"

# (as typed, as stored) — BAD when the register must refuse it
MONEY = [("150000", "150000.00"), ("0.5", "0.50"), ("49610.25", "49610.25"), ("0", "0.00")]
BAD_MONEY = [("-3", BAD), ("abc", BAD), (1.5, BAD)]
NUMBERS = [("0207437468", "0207.437.468"), ("BE 0403.578.002", "0403.578.002")]
NUMBERS += [("1234.567.894", "1234.567.894"), ("0809010088", "0809.010.088")]
NUMBERS += [("", None)] * 4 + [("0207.437.469", BAD)]
IBANS = [
    ("be68539007547034", "BE68 5390 0754 7034"),
    ("BE71 0961 2345 6769", "BE71 0961 2345 6769"),
]
IBANS += [
    ("nl91abna0417164300", "NL91 ABNA 0417 1643 00"),
    ("", None),
    ("BE68 5390 0754 7035", BAD),
]
TEXTS = [("Renovatie", "Renovatie"), ("  Réfection de l'école  ", "Réfection de l'école"), ("", "")]
LAUNCHES = [date(2024, 3, 1), date(2025, 6, 15), date(2026, 3, 1)]
#: tenderer status -> status in a bid compensation decision (withdrawn ones are left out)
DECIDED_AS = {s: s for s in TENDERER_STATUSES if s != "withdrawn"} | {"submitted": "not_selected"}

ORG_FIELDS = {
    "name": st.sampled_from([("Bouw NV", "Bouw NV"), ("  Électro SA ", "Électro SA"), ("", BAD)]),
    "street": st.sampled_from(TEXTS),
    "city": st.sampled_from([("Gent", "Gent"), ("Liège", "Liège"), ("", "")]),
    "postcode": st.sampled_from([("9000", "9000"), ("75001", "75001"), ("", "")]),
    "country": st.sampled_from([("BE", "BE"), ("fr", "FR"), ("", "BE"), ("B1", BAD)]),
    "email": st.sampled_from([("info@bouw.be", "info@bouw.be"), ("", ""), ("bouw.be", BAD)]),
    "enterprise_number": st.sampled_from(NUMBERS),
    "iban": st.sampled_from(IBANS),
    "bic": st.sampled_from([("gkcc be bb", "GKCCBEBB"), ("", None), ("GKCC", BAD)]),
    "size_class": st.sampled_from([(s, s) for s in SIZES] + [(None, None), ("huge", BAD)]),
    "staff_awu": st.sampled_from([("23.5", "23.5"), ("0", "0"), (None, None), ("-1", BAD)]),
    "turnover": st.sampled_from([*MONEY, (None, None), *BAD_MONEY]),
    "balance_sheet_total": st.sampled_from([*MONEY, (None, None), ("-3", BAD)]),
    "figures_year": st.sampled_from([(2025, 2025), (None, None), (1800, BAD), ("2025", BAD)]),
    "phone": st.sampled_from([("  09 266 52 11 ", "09 266 52 11"), ("", ""), (12, BAD)]),
    "signatory_name": st.sampled_from(TEXTS),
    "signatory_function": st.sampled_from(TEXTS),
    "logo": st.sampled_from(
        [(b"\x89PNG\r\n\x1a\nimage", b"\x89PNG\r\n\x1a\nimage"), (None, None), (b"GIF89a", BAD)]
    ),
}
POSITIVE = [m for m in MONEY if m[0] != "0"] + [("0", BAD), *BAD_MONEY]
TENDER_FIELDS = {
    "title": st.sampled_from([t if t[0] else ("", BAD) for t in TEXTS]),
    "notes": st.sampled_from(TEXTS),
    "motivation": st.sampled_from(TEXTS),
    "leading_official": st.sampled_from(TEXTS),
    "budget_line": st.sampled_from(TEXTS),
    "notice_reference": st.sampled_from(TEXTS),
    "competent_body": st.sampled_from(
        [("college", "college"), ("minister", "minister"), ("", ""), ("mayor", BAD)]
    ),
    "estimated_value": st.sampled_from(POSITIVE),
    "authority": st.sampled_from([(a, a) for a in AUTHORITIES] + [("city", BAD)]),
    "contract_type": st.sampled_from([(c, c) for c in CONTRACT_TYPES] + [("food", BAD)]),
    "status": st.sampled_from([(s, s) for s in STATUSES] + [("won", BAD)]),
    "procedure": st.sampled_from([(p, p) for p in PROCEDURES] + [(None, None), ("any", BAD)]),
    "procedure_basis": st.sampled_from([("art. 42 §1, 1°, a)", "art. 42 §1, 1°, a)"), ("", None)]),
    "price_only": st.sampled_from([(True, True), (False, False), (None, None), ("yes", BAD)]),
    "required_items": st.lists(st.sampled_from(REQUIRED_ITEMS), max_size=2, unique=True).map(
        lambda items: (items, items)
    )
    | st.just((["sculptures"], BAD)),
    "duration_months": st.sampled_from([("18", "18"), ("0.5", "0.5"), (None, None), ("0", BAD)]),
    "indefinite": st.sampled_from([(True, True), (False, False)]),
}
TENDERER_FIELDS = {
    "status": st.sampled_from([(s, s) for s in TENDERER_STATUSES] + [("won", BAD)]),
    "offer": st.sampled_from([*MONEY, (None, None), *BAD_MONEY]),
}


def valid(options: st.SearchStrategy) -> st.SearchStrategy:
    """Only the (typed, stored) pairs the register accepts."""
    return options.filter(lambda pair: pair[1] is not BAD)


def refused(expected: dict) -> bool:
    return any(value is BAD for value in expected.values())


def new_organisation(given: dict) -> dict:
    """The fields of a new organisation: what was given, the defaults for the rest."""
    blank = dict.fromkeys(
        ("street", "postcode", "city", "email", "phone", "signatory_name", "signatory_function"), ""
    )
    none = (
        "enterprise_number",
        "iban",
        "bic",
        "size_class",
        "staff_awu",
        "turnover",
        "balance_sheet_total",
        "logo",
    )
    return {**blank, **dict.fromkeys(none), "country": "BE", "figures_year": None, **given}


def new_tender(given: dict) -> dict:
    """The fields of a new tender: what was given, the defaults for the rest."""
    defaults = {
        "duration_months": None,
        "indefinite": False,
        "status": "draft",
        "procedure": None,
        "procedure_basis": None,
        "price_only": None,
        "required_items": [],
        "offers_deadline": None,
        "award_deadline": None,
        **dict.fromkeys(
            (
                "motivation",
                "leading_official",
                "notes",
                "competent_body",
                "budget_line",
                "notice_reference",
            ),
            "",
        ),
    }
    return {**defaults, **given}


def days(start: date, offsets) -> list[tuple[str, str]]:
    return [((start + timedelta(days=n)).isoformat(),) * 2 for n in offsets]


def same(what: str, stored: dict, expected: dict) -> None:
    """Every field of a record read back is the model's (the message names those that differ)."""
    fields = (set(stored) | set(expected)) - {"id"}
    wrong = {
        f: (stored.get(f, "-"), expected.get(f, "-"))
        for f in fields
        if stored.get(f, "-") != expected.get(f, "-")
    }
    assert not wrong, f"{what}: field -> (stored, expected): {wrong}"


def by_id(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: int(r["id"]))
