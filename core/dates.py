"""Reading dates typed by a user: Belgian day-first forms and ISO; impossible dates refused."""

from __future__ import annotations

import re
from datetime import date

from core.errors import ValidationError

_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(text: str, field: str = "date") -> date:
    """``31/12/2026``, ``31-12-2026``, ``31.12.2026`` or ``2026-12-31``; never month-first."""
    cleaned = (text or "").strip()
    if match := _DAY_FIRST.match(cleaned):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValidationError(
            field,
            "bad_date",
            f"{text!r} is not a date; write it as 31/12/2026",
            {"typed": cleaned},
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            "impossible_date",
            f"{day:02d}/{month:02d}/{year} is not a day of the calendar",
            {"typed": f"{day:02d}/{month:02d}/{year}"},
        ) from None


def format_date(value: date | None) -> str:
    """A date the Belgian way, ``31/12/2026``; empty for none."""
    return value.strftime("%d/%m/%Y") if value else ""


#: The CLDR locale of each language of the app: Belgian Dutch and French, and English.
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en"}


#: CLDR's month names (Babel's ``get_month_names("wide", "format", ...)``) for the languages
#: of the app: a date written out needs no Babel, whose locale data cost about 40 ms of a
#: command's start. Babel stays the reference: ``tests/core/test_long_dates_like_babel.py``.
MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def long_date(value: date, lang: str) -> str:
    """A date written out: ``17 juni 2016``, ``1er février 2024``, ``17 June 2016``."""
    if lang in MONTHS:  # CLDR's "d MMMM y"
        shown = f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"
    else:
        from babel.dates import format_date as babel_date

        shown = babel_date(value, "d MMMM y", locale=LOCALES.get(lang, "en"))
    if lang == "fr" and value.day == 1:  # French writes the first day as an ordinal
        shown = "1er" + shown[1:]
    return shown
