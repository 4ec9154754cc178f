"""Rule values in words: the same words from the pack's value and from a stored decision's."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.decisions.explain import show
from core.texts import LANGUAGES
from core.texts.rule_values import value_text

RAW = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|@|\b\d{5,}\b|\b(?:True|False|None)\b")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("on", [date(2020, 1, 1), date(2026, 11, 22)])
def test_every_value_reads_the_same_whether_stored_or_from_the_pack(pack, lang, on):
    """A decision stores a value as text (``0.5 @ 0.3``); it reads as the pack's own value."""
    for key in pack.params:
        rule = pack.in_force(key, on)
        if rule is None:
            continue
        words = value_text(key, rule.value, lang)
        assert value_text(key, show(rule.value), lang) == words, key
        assert not RAW.search(words), (key, words)


def test_values_are_written_for_the_language(pack):
    """Money, percentages, days and codes by their names, per language."""
    on = date(2026, 11, 22)
    value = lambda key, lang: value_text(key, pack.value(key, on).value, lang)  # noqa: E731
    assert value("advance_cap", "nl") == "€\u00a0225.000,00"
    assert value("advance_cap", "fr") == "225\u202f000,00\u00a0€"
    assert value("advance_settlement", "en") == "50% once 30% is executed; 50% once 60% is executed"
    assert value("advance_reference_months", "nl") == "12 maanden"
    assert value("central_authorities", "fr") == "service public fédéral (administration centrale)"
    assert value("advance_request_signature_required", "en") == "no"
    assert value("einvoicing_threshold", "nl") == "meer dan €\u00a03.000,00"


def test_the_bundled_pack_has_its_title_in_each_language_and_a_user_pack_keeps_its_own():
    from core.texts import pack_title

    assert pack_title("be-procurement", "x", "fr") == (
        "Marchés publics belges, secteurs classiques (loi du 17 juin 2016)"
    )
    assert pack_title("be-procurement", "x", "nl").startswith("Belgische overheidsopdrachten")
    assert pack_title("my-pack", "Mijn pakket", "fr") == "Mijn pakket"
