"""Dates typed by users: day first, ISO accepted, impossible days refused with a message."""

from __future__ import annotations

from datetime import date

import pytest

from core.dates import format_date, parse_date
from core.errors import ValidationError


@pytest.mark.parametrize(
    "typed", ["31/12/2026", "31-12-2026", "31.12.2026", "2026-12-31", " 31/12/2026 "]
)
def test_belgian_and_iso_forms_are_read(typed):
    """Every accepted form gives the 31st of December."""
    assert parse_date(typed) == date(2026, 12, 31)


def test_day_comes_first():
    """04/05/2026 is the fourth of May, never April the fifth."""
    assert parse_date("04/05/2026") == date(2026, 5, 4)


@pytest.mark.parametrize(
    ("typed", "code", "words"),
    [
        ("30/02/2026", "impossible_date", "30/02/2026 is not a day of the calendar"),
        ("2026-13-01", "impossible_date", "not a day of the calendar"),
        ("tomorrow", "bad_date", "write it as 31/12/2026"),
        ("", "bad_date", "not a date"),
        ("12/2026", "bad_date", "not a date"),
    ],
)
def test_wrong_dates_are_refused_with_what_was_read(typed, code, words):
    """The message says what is wrong and how to write it."""
    with pytest.raises(ValidationError) as info:
        parse_date(typed, "launch_date")
    assert (info.value.code, info.value.field) == (code, "launch_date")
    assert words in info.value.message


def test_dates_are_shown_day_first():
    """format_date writes 01/03/2026 and nothing for no date."""
    assert (format_date(date(2026, 3, 1)), format_date(None)) == ("01/03/2026", "")
