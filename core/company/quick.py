"""Quick checks without a tender: each check of the engine as a short form (what ``main.py
decide CHECK`` takes), its fields declared here so the window builds the form and core reads
it; the company's own data fills the fields it knows (its size class, its figures)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from core.company.profile import Profile
from core.decisions import CHECKS
from core.decisions.explain import Explained
from core.rules import schema
from core.rules.pack import RulePack


@dataclass(frozen=True)
class Field:
    """One field of a quick check: its name in the check's input, its kind (``date``,
    ``code``, ``codes``, ``amount``, ``months``, ``flag``), the codes it offers and the texts
    table that names them, and whether it may be left empty."""

    name: str
    kind: str
    codes: tuple[str, ...] = ()
    words: str = ""
    optional: bool = False


_DATE = Field("launch_date", "date")
_AUTHORITY = Field("authority", "code", schema.AUTHORITIES, "authority")
_TYPE = Field("contract_type", "code", schema.CONTRACT_TYPES, "contract_type")
_VALUE = Field("estimated_value_excl_vat", "amount")
_PROCEDURE = Field("procedure", "code", schema.PROCEDURES, "procedure")

#: the checks a form offers, in the order the page lists them, and their fields
FORMS: dict[str, tuple[Field, ...]] = {
    "advance": (
        _DATE,
        _AUTHORITY,
        _PROCEDURE,
        _TYPE,
        Field("contractor_size", "code", schema.SIZES, "size"),
        Field("amount_incl_vat", "amount"),
        Field("duration_months", "months"),
    ),
    "bid_compensation": (
        _DATE,
        _PROCEDURE,
        Field("required_items", "codes", schema.REQUIRED_ITEMS, "item", optional=True),
        Field("documents_amount", "amount", optional=True),
    ),
    "provisional_ranking": (
        _DATE,
        _PROCEDURE,
        _AUTHORITY,
        _TYPE,
        _VALUE,
        Field("price_only", "flag"),
    ),
    "bond": (
        _DATE,
        Field("award_amount_excl_vat", "amount"),
        Field("contract_type", "code", schema.CONTRACT_TYPES, "contract_type", optional=True),
    ),
    "e_invoicing": (_DATE, _AUTHORITY, _TYPE, _VALUE),
    "sme_class": (
        Field("staff_awu", "amount"),
        Field("turnover", "amount"),
        Field("balance_sheet_total", "amount"),
    ),
    "procedure": (_DATE, _AUTHORITY, _TYPE, _VALUE),
}


def prefill(profile: Profile | None, pack: RulePack, today: date) -> dict[str, object]:
    """What the forms start with: the date the rules use, and what the profile knows (its
    size class and figures); a field the profile cannot fill stays empty."""
    values: dict[str, object] = {"launch_date": today}
    if profile is None:
        return values
    size = profile.size_class(pack)
    if size is not None:
        values["contractor_size"] = size
    org = profile.organisation
    for name, value in (
        ("staff_awu", org.staff_awu),
        ("turnover", org.turnover),
        ("balance_sheet_total", org.balance_sheet_total),
    ):
        if value is not None:
            values[name] = value
    return values


def run(check: str, data: Mapping, pack: RulePack) -> Explained:
    """Decide a quick check: the engine's check, as ``main.py decide`` runs it."""
    return CHECKS[check].run(data, pack)
