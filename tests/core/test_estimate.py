"""The estimated value: everything adds up, and splitting under a threshold is warned."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.texts import explain_lines


def est(decide, **overrides):
    data = {"launch_date": "2026-11-22", "authority": "local", "contract_type": "services"}
    data.update(overrides)
    return decide("estimate", **data)


def test_four_years_of_40000_is_160000_and_splitting_is_warned(decide):
    """Research example 3: one year of 40,000 is under 140,000; the whole is 160,000."""
    r = est(decide, yearly_amount="40000", years=4)
    assert r.total == Decimal("160000.00")
    assert {w[0] for w in r.split_warnings} == {"negotiated_value_ceiling"}
    assert r.split_warnings[0][2] == Decimal("40000")


def test_options_renewals_lots_and_premiums_all_count(decide):
    """Base 50,000 + 2 renewals + option 10,000 + premiums 2,000 = 162,000."""
    r = est(
        decide,
        base_amount="50000",
        renewals=2,
        options=[{"label": "maintenance", "amount": "10000"}],
        premiums="2000",
    )
    assert r.total == Decimal("162000.00")
    assert [p.kind for p in r.parts] == ["base", "renewal", "renewal", "option", "premium"]


def test_lots_add_up_and_a_small_lot_is_no_way_under_the_eu_threshold(decide):
    """Two lots of 120,000: the contract reaches the 216,000 EU threshold as a whole."""
    r = est(decide, lots=[{"label": "1", "amount": "120000"}, {"label": "2", "amount": "120000"}])
    assert r.total == Decimal("240000.00")
    assert ("eu_threshold", Decimal("216000"), Decimal("120000")) in r.split_warnings


def test_no_warning_when_every_part_is_on_the_same_side(decide):
    """A 20,000 contract in one part is simply low value: nothing to warn."""
    assert est(decide, base_amount="20000").split_warnings == ()


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"yearly_amount": "1000"},
        {"base_amount": "-1"},
        {"renewals": -1},
        {"base_amount": "100", "options": [{"label": "x", "amount": "abc"}]},
    ],
)
def test_bad_estimate_input_is_refused(decide, overrides):
    """Missing base, years without amount, negative amounts, bad counts: refused."""
    with pytest.raises(ValidationError):
        est(decide, **overrides)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_warning_reads_in_every_language(decide, lang):
    """The splitting warning names the threshold and the amounts in words."""
    joined = "\n".join(explain_lines("estimate", est(decide, yearly_amount="40000", years=4), lang))
    warning = next(
        line
        for line in joined.splitlines()
        if "140" in line and "40" in line and line.startswith("  - ")
    )
    assert "{" not in warning and "negotiated_value_ceiling" not in warning
    expected = {"nl": "€\u00a0140.000,00", "fr": "140\u202f000,00\u00a0€", "en": "€140,000.00"}
    assert expected[lang] in warning
