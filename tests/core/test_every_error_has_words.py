"""Every refusal core can raise reads as a sentence in the user's language.

The raise sites are read from the source (every ``ValidationError(field, code, message,
params)`` with a literal code), so that a new refusal without its texts fails here rather
than appearing in English on a Dutch or French screen.
"""

from __future__ import annotations

import ast
import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

from core.errors import ValidationError
from core.money import parse_amount
from core.store import identifiers, model, organisations
from core.texts import LANGUAGES, error_text
from core.texts.words import catalogue

CORE = Path(__file__).resolve().parents[2] / "core"
#: a call of ValidationError in a file's text (the name, spaces or line breaks, a parenthesis)
CALLED = re.compile(r"\bValidationError\s*\(")


def _raise_sites() -> list[tuple[str, int, str, str | None, set[str] | None]]:
    """(file, line, code, field or None when computed, param names or None when computed)."""
    sites = []
    for path in sorted(CORE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not CALLED.search(source):  # parsed at every collection: only the files that raise
            continue
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ValidationError"
            ):
                continue
            if len(node.args) < 2 or not isinstance(node.args[1], ast.Constant):
                continue
            field = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
            params: set[str] | None = set()
            given = node.args[3] if len(node.args) > 3 else None
            given = next((k.value for k in node.keywords if k.arg == "params"), given)
            if given is not None:
                if isinstance(given, ast.Dict) and all(
                    isinstance(k, ast.Constant) for k in given.keys
                ):
                    params = {k.value for k in given.keys}
                else:
                    params = None
            sites.append(
                (str(path.relative_to(CORE.parent)), node.lineno, node.args[1].value, field, params)
            )
    return sites


SITES = _raise_sites()
CODES = sorted({site[2] for site in SITES})


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_raise_sites():
    assert len(SITES) > 60
    assert {"missing", "not_an_iban", "duplicate_reference", "cannot_restore_tender"} <= set(CODES)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", CODES)
def test_every_refusal_has_a_text_in_every_language(code, lang):
    assert code in catalogue(lang)["error"], f"no [error] text {code!r} in {lang}.toml"


@pytest.mark.parametrize("site", SITES, ids=lambda s: f"{s[0]}:{s[1]}:{s[2]}")
def test_every_raise_site_gives_the_values_its_text_speaks_of(site):
    path, line, code, field, params = site
    if params is None:
        pytest.skip("params computed at run time")  # none today; see the next test
    for lang in LANGUAGES:
        for key in (code, code + "_open"):
            template = catalogue(lang)["error"].get(key)
            if template is None:
                continue
            missing = _placeholders(template) - params - {"field"}
            assert not missing, f"{path}:{line}: the {lang} text of {key!r} needs {missing}"


def test_no_raise_site_computes_its_params():
    assert [s[:3] for s in SITES if s[4] is None] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_a_refusal_names_has_a_name_in_every_language(lang):
    names = {re.split(r"[\[.]", s[3], maxsplit=1)[0] for s in SITES if s[3]}
    for cls in (model.Tender, model.Organisation, model.Tenderer):
        names |= set(cls.__dataclass_fields__)
    fields = catalogue(lang)["field"]
    assert sorted(names - set(fields)) == []


def test_an_organisation_still_in_use_is_said_with_its_tenders():
    usage = organisations.Usage(1, 1, (("2026/001", "Roads"),), (("2026/007", "Lamps"),))
    exc = organisations.InUseError("Aannemer Peeters", usage)
    assert error_text(exc, "nl") == (
        "„Aannemer Peeters” kan niet verwijderd worden: opdrachten gebruiken het nog "
        "(2026/001, 2026/007)."
    )


def _refused(call) -> ValidationError:
    try:
        call()
    except ValidationError as exc:
        return exc
    raise AssertionError("not refused")


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda: identifiers.iban("BE68 5390 0754 7035"),
            {
                "nl": "IBAN: gelezen BE68 5390 0754 7035; de controlecijfers van deze IBAN kloppen "
                "niet. Waarschijnlijk is een teken verkeerd getypt.",
                "fr": "IBAN\u00a0: lu BE68 5390 0754 7035\u00a0; les chiffres de contrôle de cet "
                "IBAN ne correspondent pas. Un caractère est probablement mal tapé.",
            },
        ),
        (
            lambda: identifiers.enterprise_number("0123.456.748"),
            {
                "nl": "Ondernemingsnummer: gelezen 0123.456.748; bij deze eerste acht cijfers "
                "horen als laatste twee 49, niet 48. Waarschijnlijk is een cijfer verkeerd getypt.",
                "fr": "Numéro d'entreprise\u00a0: lu 0123.456.748\u00a0; avec ces huit premiers "
                "chiffres, les deux derniers devraient être 49, pas 48. Un chiffre est "
                "probablement mal tapé.",
            },
        ),
        (
            lambda: parse_amount("1234567890123456", "offer"),
            {
                "nl": "Offerte: „1234567890123456” is te groot; de toepassing aanvaardt hoogstens "
                "€\u00a0999.999.999.999,99.",
                "fr": "Offre\u00a0: «\u00a01234567890123456\u00a0» est trop grand\u00a0; "
                "l'application accepte au plus 999\u202f999\u202f999\u202f999,99\u00a0€.",
            },
        ),
        (
            lambda: model.email("info@", "email"),
            {
                "nl": "E-mail: „info@” is geen e-mailadres zoals info@example.be.",
                "fr": "E-mail\u00a0: «\u00a0info@\u00a0» n'est pas une adresse e-mail comme "
                "info@example.be.",
            },
        ),
    ],
)
def test_a_refusal_reads_in_dutch_and_french(call, expected):
    exc = _refused(call)
    for lang, sentence in expected.items():
        assert error_text(exc, lang) == sentence


def test_a_reduced_compensation_above_the_full_one_is_said_in_euro():
    exc = ValidationError(
        "documents_reduced_amount",
        "reduced_above_full",
        "english",
        {"reduced": Decimal("1500"), "full": Decimal("1000")},
    )
    assert "€\u00a01.500,00" in error_text(exc, "nl")
    assert "€\u00a01.000,00" in error_text(exc, "nl")
