"""The register's records as typed dataclasses, validated before they reach the database."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.errors import ValidationError
from core.limits import MAX_LOGO_BYTES, text_limit
from core.money import from_cents, to_cents, typed_text
from core.rules import schema
from core.rules.bodies import all_bodies

STATUSES = ("draft", "published", "evaluation", "awarded", "closed", "cancelled")
TENDERER_STATUSES = (
    "preparing",  # a company's own offer, not yet submitted (schema 5 on)
    "submitted",
    "winner",
    "not_selected",
    "substantially_irregular",
    "unacceptable",
    "withdrawn",
)
FIRST_YEAR, LAST_YEAR = 1900, 2999  # a plausible year of accounts, not a legal limit
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_BELGIAN_POSTCODE = re.compile(r"[1-9][0-9]{3}")


def figures_year(raw: object, name: str = "figures_year") -> int | None:
    """The year of the accounts the size figures come from (an integer, or None)."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not FIRST_YEAR <= raw <= LAST_YEAR:
        raise ValidationError(
            name, "bad_year", f"{raw!r} is not a year like 2025", {"typed": typed_text(raw)}
        )
    return raw


def email(text: str, name: str = "email") -> str:
    """An e-mail address with one @ and a domain with a dot (empty stays empty)."""
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError(
            name,
            "not_an_email",
            f"{text!r} is not an e-mail address like info@example.be",
            {"typed": text},
        )
    return text


def country(text: str, name: str = "country") -> str:
    """A two-letter country code (ISO 3166), upper case; empty means Belgium."""
    if not text:
        return "BE"
    if not _COUNTRY.fullmatch(text):
        raise ValidationError(
            name,
            "not_a_country",
            f"{text!r} is not a two-letter country code like BE or FR",
            {"typed": text},
        )
    return text.upper()


def postcode(text: str, country_code: str, name: str = "postcode") -> str:
    """A postcode; in Belgium four digits, the first not 0."""
    if text and country_code == "BE" and not _BELGIAN_POSTCODE.fullmatch(text):
        raise ValidationError(
            name,
            "not_a_postcode",
            f"{text!r} is not a Belgian postcode: four digits like 9620",
            {"typed": text},
        )
    return text


def logo(raw: object, name: str = "logo") -> bytes | None:
    """The bytes of a letterhead's logo: a PNG or JPEG image of at most ``MAX_LOGO_BYTES``
    (None or empty: no logo)."""
    if raw is None or raw == b"":
        return None
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ValidationError(name, "not_an_image", f"expected image bytes, got {type(raw)}")
    data = bytes(raw)
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            name,
            "image_too_large",
            f"is {len(data):,} bytes; at most {MAX_LOGO_BYTES:,} are kept",
            {"size": len(data) // 1024, "limit": MAX_LOGO_BYTES // 1024},
        )
    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        raise ValidationError(name, "not_an_image", "is not a PNG or JPEG image")
    return data


def text_value(data: Mapping, name: str, required: bool = False) -> str:
    """A text field of ``data``, trimmed; refused when it is not text, missing while required
    or longer than the field keeps."""
    raw = data.get(name)
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raise ValidationError(name, "not_text", f"expected text, got {raw!r}")
    raw = raw.strip()
    if required and not raw:
        raise ValidationError(name, "missing", "is required")
    limit = text_limit(name)
    if len(raw) > limit:
        raise ValidationError(
            name,
            "too_long",
            f"is {len(raw):,} characters long; at most {limit:,} are kept",
            {"length": len(raw), "limit": limit},
        )
    return raw


@dataclass(frozen=True)
class Tender:
    """A tender of the register (money in Decimal euro; stored as integer cents)."""

    reference: str
    title: str
    authority: str
    contract_type: str
    estimated_value: Decimal
    launch_date: date
    buyer_id: int | None = None
    duration_months: Decimal | None = None
    indefinite: bool = False
    status: str = "draft"
    procedure: str | None = None
    procedure_basis: str | None = None
    motivation: str = ""
    price_only: bool | None = None
    required_items: tuple[str, ...] = ()
    offers_deadline: date | None = None
    award_deadline: date | None = None
    leading_official: str = ""
    notes: str = ""
    #: who adopts the tender's decisions (a code of resources/rules/bodies.toml; "" not chosen)
    competent_body: str = ""
    #: the budget line (article of the budget) the expense is charged to, as the buyer writes it
    budget_line: str = ""
    #: the public reference of the contract notice (its publication number), as published
    notice_reference: str = ""
    id: int | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> Tender:
        """Validate user or file input; every problem names its field."""
        data = inputs.need_mapping(data, "tender")
        launch = inputs.iso_date(data, "launch_date")
        offers = inputs.iso_date(data, "offers_deadline", required=False)
        award = inputs.iso_date(data, "award_deadline", required=False)
        if offers and offers < launch:
            raise ValidationError(
                "offers_deadline",
                "before_launch",
                f"{offers} is before the launch date {launch}",
                {"offers": offers, "launch": launch},
            )
        if award and offers and award < offers:
            raise ValidationError(
                "award_deadline",
                "before_offers",
                f"{award} is before the deadline for offers {offers}",
                {"award": award, "offers": offers},
            )
        indefinite = inputs.flag(data, "indefinite")
        duration = None if indefinite else inputs.months(data, "duration_months")
        price_only = data.get("price_only")
        if price_only is not None and not isinstance(price_only, bool):
            raise ValidationError("price_only", "not_a_bool", "expected true or false")
        return cls(
            reference=text_value(data, "reference", required=True),
            title=text_value(data, "title", required=True),
            authority=inputs.code(data, "authority", schema.AUTHORITIES),
            contract_type=inputs.code(data, "contract_type", schema.CONTRACT_TYPES),
            estimated_value=inputs.amount(data, "estimated_value"),
            launch_date=launch,
            buyer_id=data.get("buyer_id"),
            duration_months=duration,
            indefinite=indefinite,
            status=inputs.code(data, "status", STATUSES, required=False, default="draft"),
            procedure=inputs.code(data, "procedure", schema.PROCEDURES, required=False),
            procedure_basis=text_value(data, "procedure_basis") or None,
            motivation=text_value(data, "motivation"),
            price_only=price_only,
            required_items=inputs.codes(data, "required_items", schema.REQUIRED_ITEMS),
            offers_deadline=offers,
            award_deadline=award,
            leading_official=text_value(data, "leading_official"),
            notes=text_value(data, "notes"),
            competent_body=inputs.code(
                data, "competent_body", ("", *all_bodies()), required=False, default=""
            )
            or "",
            budget_line=text_value(data, "budget_line"),
            notice_reference=text_value(data, "notice_reference"),
            id=data.get("id"),
        )

    def to_row(self) -> dict[str, object]:
        """The database row (integer cents, ISO dates, JSON lists)."""
        return {
            "reference": self.reference,
            "title": self.title,
            "buyer_id": self.buyer_id,
            "authority": self.authority,
            "contract_type": self.contract_type,
            "estimated_value_cents": to_cents(self.estimated_value),
            "launch_date": self.launch_date.isoformat(),
            "duration_months": None if self.duration_months is None else str(self.duration_months),
            "indefinite": int(self.indefinite),
            "status": self.status,
            "procedure": self.procedure,
            "procedure_basis": self.procedure_basis,
            "motivation": self.motivation,
            "price_only": None if self.price_only is None else int(self.price_only),
            "required_items": json.dumps(list(self.required_items)),
            "offers_deadline": _iso(self.offers_deadline),
            "award_deadline": _iso(self.award_deadline),
            "leading_official": self.leading_official,
            "notes": self.notes,
            "competent_body": self.competent_body,
            "budget_line": self.budget_line,
            "notice_reference": self.notice_reference,
        }

    def to_mapping(self) -> dict[str, object]:
        """The tender as ``from_mapping`` reads it: ``from_mapping(t.to_mapping()) == t``.

        An update merges the fields it changes into this, so a field it does not name keeps
        its stored value.
        """
        return {
            "id": self.id,
            "reference": self.reference,
            "title": self.title,
            "buyer_id": self.buyer_id,
            "authority": self.authority,
            "contract_type": self.contract_type,
            "estimated_value": _plain(self.estimated_value),
            "launch_date": self.launch_date.isoformat(),
            "duration_months": _plain(self.duration_months),
            "indefinite": self.indefinite,
            "status": self.status,
            "procedure": self.procedure,
            "procedure_basis": self.procedure_basis,
            "motivation": self.motivation,
            "price_only": self.price_only,
            "required_items": list(self.required_items),
            "offers_deadline": _iso(self.offers_deadline),
            "award_deadline": _iso(self.award_deadline),
            "leading_official": self.leading_official,
            "notes": self.notes,
            "competent_body": self.competent_body,
            "budget_line": self.budget_line,
            "notice_reference": self.notice_reference,
        }

    @classmethod
    def from_row(cls, row: Mapping) -> Tender:
        """A tender read back from the database."""
        return cls(
            id=row["id"],
            reference=row["reference"],
            title=row["title"],
            buyer_id=row["buyer_id"],
            authority=row["authority"],
            contract_type=row["contract_type"],
            estimated_value=from_cents(row["estimated_value_cents"]),
            launch_date=date.fromisoformat(row["launch_date"]),
            duration_months=None
            if row["duration_months"] is None
            else Decimal(row["duration_months"]),
            indefinite=bool(row["indefinite"]),
            status=row["status"],
            procedure=row["procedure"],
            procedure_basis=row["procedure_basis"],
            motivation=row["motivation"],
            price_only=None if row["price_only"] is None else bool(row["price_only"]),
            required_items=tuple(json.loads(row["required_items"])),
            offers_deadline=_date(row["offers_deadline"]),
            award_deadline=_date(row["award_deadline"]),
            leading_official=row["leading_official"],
            notes=row["notes"],
            competent_body=row["competent_body"],
            budget_line=row["budget_line"],
            notice_reference=row["notice_reference"],
        )


@dataclass(frozen=True)
class Organisation:
    """A buyer or a company, with its identifiers and (for SMEs) its size figures."""

    name: str
    enterprise_number: str | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "BE"
    iban: str | None = None
    bic: str | None = None
    email: str = ""
    size_class: str | None = None
    staff_awu: Decimal | None = None
    turnover: Decimal | None = None
    balance_sheet_total: Decimal | None = None
    figures_year: int | None = None
    phone: str = ""
    #: who signs the organisation's letters, and in what function (empty: the settings' default)
    signatory_name: str = ""
    signatory_function: str = ""
    #: a PNG or JPEG image for the letterhead, its bytes (see ``logo``)
    logo: bytes | None = field(default=None, repr=False)
    id: int | None = None

    @classmethod
    def from_mapping(cls, data: Mapping) -> Organisation:
        """Validate user or file input: enterprise number and IBAN with their check digits."""
        from core.store import identifiers

        data = inputs.need_mapping(data, "organisation")
        number = text_value(data, "enterprise_number")
        iban = text_value(data, "iban")
        bic = text_value(data, "bic")
        land = country(text_value(data, "country"))
        return cls(
            name=text_value(data, "name", required=True),
            enterprise_number=identifiers.enterprise_number(number) if number else None,
            street=text_value(data, "street"),
            postcode=postcode(text_value(data, "postcode"), land),
            city=text_value(data, "city"),
            country=land,
            iban=identifiers.iban(iban) if iban else None,
            bic=identifiers.bic(bic) if bic else None,
            email=email(text_value(data, "email")),
            size_class=inputs.code(data, "size_class", schema.SIZES, required=False),
            staff_awu=inputs.amount(data, "staff_awu", required=False, allow_zero=True),
            turnover=inputs.amount(data, "turnover", required=False, allow_zero=True),
            balance_sheet_total=inputs.amount(
                data, "balance_sheet_total", required=False, allow_zero=True
            ),
            figures_year=figures_year(data.get("figures_year")),
            phone=text_value(data, "phone"),
            signatory_name=text_value(data, "signatory_name"),
            signatory_function=text_value(data, "signatory_function"),
            logo=logo(data.get("logo")),
            id=data.get("id"),
        )

    def to_row(self) -> dict[str, object]:
        """The database row."""
        return {
            "name": self.name,
            "enterprise_number": self.enterprise_number,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "iban": self.iban,
            "bic": self.bic,
            "email": self.email,
            "size_class": self.size_class,
            "staff_awu": None if self.staff_awu is None else str(self.staff_awu),
            "turnover_cents": None if self.turnover is None else to_cents(self.turnover),
            "balance_cents": None
            if self.balance_sheet_total is None
            else to_cents(self.balance_sheet_total),
            "figures_year": self.figures_year,
            "phone": self.phone,
            "signatory_name": self.signatory_name,
            "signatory_function": self.signatory_function,
            "logo": self.logo,
        }

    def to_mapping(self) -> dict[str, object]:
        """The organisation as ``from_mapping`` reads it (see ``Tender.to_mapping``)."""
        return {
            "id": self.id,
            "name": self.name,
            "enterprise_number": self.enterprise_number,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
            "iban": self.iban,
            "bic": self.bic,
            "email": self.email,
            "size_class": self.size_class,
            "staff_awu": _plain(self.staff_awu),
            "turnover": _plain(self.turnover),
            "balance_sheet_total": _plain(self.balance_sheet_total),
            "figures_year": self.figures_year,
            "phone": self.phone,
            "signatory_name": self.signatory_name,
            "signatory_function": self.signatory_function,
            "logo": self.logo,
        }

    @classmethod
    def from_row(cls, row: Mapping) -> Organisation:
        """An organisation read back from the database."""
        return cls(
            id=row["id"],
            name=row["name"],
            enterprise_number=row["enterprise_number"],
            street=row["street"],
            postcode=row["postcode"],
            city=row["city"],
            country=row["country"],
            iban=row["iban"],
            bic=row["bic"],
            email=row["email"],
            size_class=row["size_class"],
            staff_awu=None if row["staff_awu"] is None else Decimal(row["staff_awu"]),
            turnover=None if row["turnover_cents"] is None else from_cents(row["turnover_cents"]),
            balance_sheet_total=None
            if row["balance_cents"] is None
            else from_cents(row["balance_cents"]),
            figures_year=row["figures_year"],
            phone=row["phone"],
            signatory_name=row["signatory_name"],
            signatory_function=row["signatory_function"],
            logo=row["logo"],
        )


@dataclass(frozen=True)
class Tenderer:
    """A company that submitted an offer on a tender, with its status and offer."""

    tender_id: int
    organisation_id: int
    status: str = "submitted"
    offer: Decimal | None = None
    id: int | None = None
    name: str = field(default="", compare=False)

    @classmethod
    def from_mapping(cls, data: Mapping) -> Tenderer:
        """Validate a tenderer."""
        data = inputs.need_mapping(data, "tenderer")
        for name in ("tender_id", "organisation_id"):
            if not isinstance(data.get(name), int) or isinstance(data.get(name), bool):
                raise ValidationError(name, "missing", "is required")
        return cls(
            tender_id=data["tender_id"],
            organisation_id=data["organisation_id"],
            status=inputs.code(
                data, "status", TENDERER_STATUSES, required=False, default="submitted"
            ),
            offer=inputs.amount(data, "offer", required=False, allow_zero=True),
            id=data.get("id"),
        )

    def to_mapping(self) -> dict[str, object]:
        """The tenderer as ``from_mapping`` reads it (see ``Tender.to_mapping``)."""
        return {
            "id": self.id,
            "tender_id": self.tender_id,
            "organisation_id": self.organisation_id,
            "status": self.status,
            "offer": _plain(self.offer),
        }


def _plain(value: Decimal | None) -> str | None:
    """A decimal as text (``from_mapping`` reads it back exactly), or None."""
    return None if value is None else f"{value:f}"


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
