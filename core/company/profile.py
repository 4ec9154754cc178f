"""My company: which organisation of the register the user works for, and its contact person.

The organisation keeps its own data (enterprise number, address, IBAN, BIC, size figures and
their year); the workspace's ``settings`` table keeps which organisation it is and who the
contact person is. The size class comes from the engine's ``sme_class`` check, and the
profile says what a document of ours would miss (an empty IBAN, say) instead of printing "—".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime

from core.decisions import CHECKS
from core.decisions.sme import SmeResult
from core.errors import ValidationError
from core.limits import text_limit
from core.rules.pack import RulePack
from core.store.model import Organisation
from core.store.register import Register
from core.store.workspace import Workspace

#: the key of the organisation that is "my company" in the workspace's settings table
COMPANY_KEY = "my_company.organisation_id"
#: what a letter of ours must name, in the order a form asks it
REQUIRED = ("enterprise_number", "street", "postcode", "city", "iban", "bic", "contact_name")


@dataclass(frozen=True)
class Contact:
    """Who signs and answers for the company (the letters' sender)."""

    name: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping) -> Contact:
        """Trimmed texts, each within the length a form allows."""
        values = {}
        for f in fields(cls):
            raw = data.get(f.name) or ""
            if not isinstance(raw, str):
                raise ValidationError(f"contact_{f.name}", "not_text", "expected text")
            value = raw.strip()
            if len(value) > text_limit("name"):
                raise ValidationError(
                    f"contact_{f.name}",
                    "too_long",
                    f"is {len(value)} characters long, at most {text_limit('name')}",
                    {"length": len(value), "limit": text_limit("name")},
                )
            values[f.name] = value
        return cls(**values)


@dataclass(frozen=True)
class Profile:
    """My company as the register holds it, and its contact person."""

    organisation: Organisation
    contact: Contact

    def missing(self) -> tuple[str, ...]:
        """The fields a letter of ours needs that are empty (see ``REQUIRED``)."""
        org = self.organisation
        have = {
            "enterprise_number": org.enterprise_number,
            "street": org.street,
            "postcode": org.postcode,
            "city": org.city,
            "iban": org.iban,
            "bic": org.bic,
            "contact_name": self.contact.name,
        }
        return tuple(name for name in REQUIRED if not have[name])

    def size(self, pack: RulePack) -> SmeResult | None:
        """The size class the figures give (the engine's ``sme_class``), None without them."""
        org = self.organisation
        figures = (org.staff_awu, org.turnover, org.balance_sheet_total)
        if any(value is None for value in figures):
            return None
        data = {
            "staff_awu": str(org.staff_awu),
            "turnover": str(org.turnover),
            "balance_sheet_total": str(org.balance_sheet_total),
        }
        return CHECKS["sme_class"].run(data, pack)

    def size_class(self, pack: RulePack) -> str | None:
        """The class a decision uses: from the figures, else the one chosen by hand."""
        result = self.size(pack)
        return result.size if result is not None else self.organisation.size_class

    def figures_outdated(self, today: date) -> bool:
        """The figures are older than the last closed year (or have no year): a company's
        size is judged on its last closed accounts, so old figures may give the wrong class."""
        year = self.organisation.figures_year
        return year is None or year < last_closed_year(today)


def last_closed_year(today: date) -> int:
    """The last accounting year closed on ``today`` (a calendar year)."""
    return today.year - 1


def _settings(ws: Workspace) -> dict[str, str]:
    rows = ws.conn.execute(
        "SELECT key, value FROM settings WHERE key LIKE 'my_company.%'"
    ).fetchall()
    return {key: value for key, value in rows}


def company_id(ws: Workspace) -> int | None:
    """The id of my company, None when none was chosen (or it was deleted)."""
    raw = _settings(ws).get(COMPANY_KEY)
    if raw is None or not raw.isdigit():
        return None
    found = ws.conn.execute("SELECT 1 FROM organisations WHERE id = ?", [int(raw)]).fetchone()
    return int(raw) if found else None


def read_profile(register: Register) -> Profile | None:
    """My company and its contact person, None when no company was chosen."""
    org_id = company_id(register.ws)
    if org_id is None:
        return None
    stored = _settings(register.ws)
    contact = Contact(
        **{f.name: stored.get(f"my_company.contact_{f.name}", "") for f in fields(Contact)}
    )
    return Profile(register.organisation(org_id), contact)


def save_profile(
    register: Register,
    org_id: int | None,
    organisation: Mapping | None,
    contact: Mapping,
    now: datetime,
) -> int:
    """Make ``org_id`` (or a new organisation from ``organisation``) my company with its
    contact person, in one transaction; ``organisation`` also updates an existing one.
    Returns the company's id; a bad field raises ValidationError and nothing is written."""
    person = Contact.from_mapping(contact)
    with register.ws.transaction() as db:
        if org_id is None:
            if organisation is None:
                raise ValidationError("organisation", "missing", "is required")
            org_id = register.add_organisation(organisation, now)
        elif organisation is not None:
            register.update_organisation(org_id, organisation, now)
        else:
            register.organisation(org_id)  # refuses an unknown id
        values = {COMPANY_KEY: str(org_id)}
        values |= {f"my_company.contact_{f.name}": getattr(person, f.name) for f in fields(person)}
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                "DO UPDATE SET value = excluded.value",
                [key, value],
            )
    return org_id
