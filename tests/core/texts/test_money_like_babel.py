"""Amounts are written exactly as Babel (CLDR) writes them, in every language of the app.

``core.texts.money`` writes the digits itself so that the window's first page needs no Babel;
Babel's ``format_currency`` stays the reference for what an amount looks like.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from core.dates import LOCALES
from core.limits import MAX_AMOUNT
from core.money import round_cents
from core.names import LANGUAGES
from core.texts import money


def babel_money(value: Decimal, lang: str) -> str:
    return format_currency(round_cents(value), "EUR", locale=LOCALES[lang])


EDGES = [
    "0",
    "-0",
    "0.004",
    "-0.004",
    "0.005",
    "-0.005",
    "0.5",
    "1",
    "-1",
    "999.995",
    "1000",
    "-1000",
    "1234.56",
    "-1234.56",
    "99999.999",
    "1000000",
    "-1234567.891",
    str(MAX_AMOUNT),
    str(-MAX_AMOUNT),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("raw", EDGES)
def test_an_amount_reads_as_babel_writes_it(raw, lang):
    assert money(Decimal(raw), lang) == babel_money(Decimal(raw), lang)


@given(
    value=st.decimals(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=3),
    lang=st.sampled_from(LANGUAGES),
)
def test_any_amount_reads_as_babel_writes_it(value, lang):
    assert money(value, lang) == babel_money(value, lang)


def test_an_integer_amount_and_no_amount():
    assert money(1500, "nl") == "€\u00a01.500,00"
    assert money(None, "fr") == "-"
