"""An organisation as a user types it: every field checked on its own (so that each problem
shows under its field at once), the figures read the Belgian way, and the SME size class
computed from staff, turnover and balance-sheet total by the rule pack.

The editor calls :func:`read_typed` on every keystroke; when it reports no error, its
``data`` is what :meth:`core.store.register.Register.add_organisation` stores.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from core.decisions import CHECKS, inputs
from core.decisions.sme import SmeResult
from core.errors import ValidationError
from core.money import read_amount
from core.rules.pack import RulePack
from core.store import identifiers, model
from core.store.model import Organisation

TEXTS = (
    "name",
    "enterprise_number",
    "street",
    "postcode",
    "city",
    "country",
    "iban",
    "bic",
    "email",
    "phone",
    "signatory_name",
    "signatory_function",
)
#: staff in annual work units (part-time work counts as a fraction), turnover and
#: balance-sheet total in euro
FIGURES = ("staff_awu", "turnover", "balance_sheet_total")
FIELDS = (*TEXTS, *FIGURES, "figures_year")


@dataclass(frozen=True)
class TypedOrganisation:
    """What was typed, read: the mapping for the register (identifiers normalised, like
    ``0123.456.749``), the problems by field, and the size class the figures give (None
    until all three figures are there and valid)."""

    data: dict[str, object]
    errors: dict[str, ValidationError]
    size: SmeResult | None
    #: the figures that could be read two ways and were read as the user's language writes
    #: numbers (``620.000`` in Dutch is 620 000): the form says how it read them
    read_by_language: tuple[str, ...] = ()

    @property
    def missing_figures(self) -> tuple[str, ...]:
        """The figures still to type before the size class can be computed."""
        return tuple(name for name in FIGURES if name not in self.data)


def _figure(text: str, name: str, lang: str | None, by_language: list[str]) -> Decimal:
    reading = read_amount(text, name, lang)
    inputs.amount({name: reading.value}, name, allow_zero=True)  # refuses a negative figure
    if reading.by_language:
        by_language.append(name)
    return reading.value


def _year(text: str) -> int:
    if not text.isdigit():
        raise ValidationError(
            "figures_year", "bad_year", f"{text!r} is not a year like 2025", {"typed": text}
        )
    return model.figures_year(int(text))


def read_typed(
    typed: Mapping[str, str],
    size_class: str | None,
    pack: RulePack,
    lang: str | None = None,
    logo: bytes | None = None,
) -> TypedOrganisation:
    """Read the typed fields; ``size_class`` is the class chosen by hand, used only while the
    figures are incomplete (complete figures decide the class). With ``lang``, a figure that
    could be read two ways (``620.000``) is read as that language writes numbers; without,
    it is refused with both readings. ``logo``: the letterhead image chosen (None: none)."""
    data: dict[str, object] = {name: typed.get(name, "").strip() for name in TEXTS}
    errors: dict[str, ValidationError] = {}

    def check(name: str, read: Callable[[], object]) -> object | None:
        try:
            return read()
        except ValidationError as exc:
            errors[name] = exc
            return None

    data["logo"] = check("logo", lambda: model.logo(logo))

    if not data["name"]:
        errors["name"] = ValidationError("name", "missing", "is required")
    for name, read in (
        ("enterprise_number", identifiers.enterprise_number),
        ("iban", identifiers.iban),
        ("bic", identifiers.bic),
        ("email", model.email),
    ):
        if data[name]:
            normal = check(name, lambda read=read, name=name: read(data[name]))
            data[name] = data[name] if normal is None else normal
    land = check("country", lambda: model.country(data["country"])) or "BE"
    data["country"] = land
    check("postcode", lambda: model.postcode(data["postcode"], land))
    by_language: list[str] = []
    for name in FIGURES:
        text = typed.get(name, "").strip()
        figure = lambda text=text, name=name: _figure(text, name, lang, by_language)  # noqa: E731
        value = check(name, figure) if text else None
        if value is not None:
            data[name] = str(value)
    year = typed.get("figures_year", "").strip()
    if year:
        data["figures_year"] = check("figures_year", lambda: _year(year))
    size = None
    if all(name in data for name in FIGURES):
        size = CHECKS["sme_class"].run({name: data[name] for name in FIGURES}, pack)
        data["size_class"] = size.size
    else:
        data["size_class"] = size_class
    if not errors:
        check("organisation", lambda: Organisation.from_mapping(data))
        if "organisation" in errors and errors["organisation"].field in (*FIELDS, "logo"):
            errors[errors["organisation"].field] = errors.pop("organisation")
    return TypedOrganisation(data, errors, size, tuple(by_language))
