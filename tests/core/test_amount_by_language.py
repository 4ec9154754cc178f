"""Amounts as people type them in their language: 620.000 is 620 000 euro in Dutch and French."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.money import parse_amount, read_amount


@pytest.mark.parametrize(
    ("typed", "language", "value"),
    [
        ("620.000", "nl", Decimal("620000")),
        ("620.000", "fr", Decimal("620000")),
        ("€ 620.000", "fr", Decimal("620000")),
        ("-1.234", "nl", Decimal("-1234")),
        ("620,000", "en", Decimal("620000")),
        ("620,000", "nl", Decimal("620.000")),
        ("1,234", "fr", Decimal("1.234")),
        ("620.000", "en", Decimal("620.000")),
    ],
)
def test_a_number_with_one_mark_and_three_digits_is_read_the_language_s_way(typed, language, value):
    reading = read_amount(typed, "estimated_value", language)
    assert reading.value == value
    assert reading.by_language is True


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1.234,56", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("1234.56", Decimal("1234.56")),
        ("1 234,56 €", Decimal("1234.56")),
        ("0,001", Decimal("0.001")),
        ("1.234.567", Decimal("1234567")),
        ("12,5", Decimal("12.5")),
        ("141500", Decimal("141500")),
    ],
)
@pytest.mark.parametrize("language", ["nl", "fr", "en", None])
def test_what_can_be_read_one_way_only_is_read_that_way_in_every_language(typed, value, language):
    reading = read_amount(typed, "amount", language)
    assert reading.value == value
    assert reading.by_language is False


def test_without_a_language_an_entry_read_two_ways_is_still_refused():
    with pytest.raises(ValidationError) as refused:
        read_amount("620.000", "amount")
    assert refused.value.code == "ambiguous_amount"
    with pytest.raises(ValidationError):
        parse_amount("620.000", "amount")


@pytest.mark.parametrize("typed", ["abc", "", "1.2.3,4,5", "12,"])
def test_what_is_no_amount_is_refused_in_every_language(typed):
    with pytest.raises(ValidationError) as refused:
        read_amount(typed, "offer", "nl")
    assert refused.value.code == "not_an_amount"
    assert refused.value.field == "offer"
