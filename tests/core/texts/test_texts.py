"""Legal explanation texts: the same keys and placeholders in every language, and used."""

from __future__ import annotations

import re
import tomllib

import pytest

from core.decisions import CHECKS
from core.paths import resources_dir
from core.texts import LANGUAGES, cite, explain_lines, money

TEXTS = resources_dir() / "rules" / "texts"


def load(lang):
    return tomllib.loads((TEXTS / f"{lang}.toml").read_text(encoding="utf-8"))


def placeholders(value):
    return sorted(re.findall(r"{(\w+)}", value))


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_every_text_with_the_same_placeholders(lang):
    """nl and fr have exactly the keys of en, with the same {placeholders}."""
    en, other = load("en"), load(lang)
    assert set(other) == set(en)
    for table, keys in en.items():
        assert set(other[table]) == set(keys), table
        for key, value in keys.items():
            assert placeholders(other[table][key]) == placeholders(value), (table, key)


def test_money_is_written_the_belgian_way_per_language():
    """nl € 1.234,56; fr 1 234,56 € (narrow no-break space, no-break space before €)."""
    from decimal import Decimal

    assert money(Decimal("1234.5"), "nl") == "€\u00a01.234,50"
    assert money(Decimal("1234.5"), "fr") == "1\u202f234,50\u00a0€"
    assert money(Decimal("1234.5"), "en") == "€1,234.50"
    assert money(Decimal("9000"), "nl") == "€\u00a09.000,00"
    assert money(Decimal("9000"), "fr") == "9\u202f000,00\u00a0€"


EXAMPLES = {
    "procedure": {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "141500",
    },
    "advance": {
        "launch_date": "2025-02-01",
        "authority": "local",
        "procedure": "open",
        "contract_type": "services",
        "amount_incl_vat": "96800.00",
        "duration_months": 8,
        "contractor_size": "small",
        "exception": "rental",
    },
    "bid_compensation": {
        "launch_date": "2024-04-15",
        "procedure": "restricted",
        "required_items": ["drawings"],
        "documents_amount": "2500",
        "tenderers": [{"id": "A", "status": "winner"}, {"id": "B", "status": "not_selected"}],
    },
    "provisional_ranking": {
        "launch_date": "2024-07-01",
        "procedure": "open",
        "authority": "local",
        "contract_type": "works",
        "estimated_value_excl_vat": "300000",
        "price_only": True,
    },
    "sme_class": {"staff_awu": "9", "turnover": "1", "balance_sheet_total": "1"},
    "bond": {"launch_date": "2024-03-01", "award_amount_excl_vat": "120333"},
    "e_invoicing": {
        "launch_date": "2024-03-01",
        "authority": "local",
        "contract_type": "supplies",
        "estimated_value_excl_vat": "5000",
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("check", sorted(EXAMPLES))
def test_every_result_explains_itself_in_every_language(pack, check, lang):
    """The answer, the rules with their sources and the uncertain ones, with no raw code."""
    result = CHECKS[check].run(EXAMPLES[check], pack)
    lines = explain_lines(check, result, lang)
    joined = "\n".join(lines)
    assert "{" not in joined, joined
    assert any(cite(a.source, lang) in joined for a in result.applied)
    for applied in result.flagged:
        assert f"! {cite(applied.source, lang)}" in joined


def test_an_unverified_exception_is_said_in_dutch(pack):
    """A rental exception (low confidence) is marked and explained in the user's language."""
    result = CHECKS["advance"].run(EXAMPLES["advance"], pack)
    joined = "\n".join(explain_lines("advance", result, "nl"))
    nl = load("nl")
    assert nl["confidence"]["unverified"] in joined
    assert nl["exception"]["rental"] in joined


def test_uncertain_rule_notes_are_shown_in_the_user_language(pack):
    """The note of an unverified rule is in Dutch in a Dutch explanation, else English."""
    result = CHECKS["advance"].run(EXAMPLES["advance"], pack)
    rule = next(a for a in result.applied if a.rule == "advance_exceptions_unconfirmed")
    assert rule.note_in("nl").startswith("Slechts één van de vijf uitzonderingen")
    assert rule.note_in("en") == rule.note
    assert rule.note_in("nl") in "\n".join(explain_lines("advance", result, "nl"))
