"""Dates written out read exactly as Babel (CLDR) writes them, in every language of the app.

``core.dates.long_date`` names the months itself so that a command needs no Babel; Babel's
``format_date`` with CLDR's pattern ``d MMMM y`` stays the reference.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel.dates import format_date

from core.dates import LOCALES, long_date
from core.names import LANGUAGES


def babel_long_date(value: date, lang: str) -> str:
    shown = format_date(value, "d MMMM y", locale=LOCALES[lang])
    return "1er" + shown[1:] if lang == "fr" and value.day == 1 else shown


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_day_of_a_leap_year_reads_as_babel_writes_it(lang):
    day = date(2024, 1, 1)
    while day.year == 2024:
        assert long_date(day, lang) == babel_long_date(day, lang)
        day += timedelta(days=1)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "value", [date(1, 1, 1), date(999, 8, 9), date(2016, 6, 17), date(9999, 12, 31)]
)
def test_far_years_read_as_babel_writes_them(value, lang):
    assert long_date(value, lang) == babel_long_date(value, lang)


def test_the_first_of_a_month_in_french_is_an_ordinal():
    assert long_date(date(2024, 2, 1), "fr") == "1er février 2024"
    assert long_date(date(2016, 6, 17), "nl") == "17 juni 2016"
