"""The plural category of a count is the one Babel (CLDR) gives, in every language of the app.

``core.texts.words.plural_category`` applies the CLDR rules of nl, fr and en itself so that a
text with a count needs no Babel locale data; Babel's ``Locale.plural_form`` is the reference.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from core.dates import LOCALES
from core.names import LANGUAGES
from core.texts.words import plural, plural_category


def babel_category(lang: str, count: Decimal | int) -> str:
    return Locale.parse(LOCALES[lang]).plural_form(abs(Decimal(count)))


COUNTS = [0, 1, 2, 3, 10, 999_999, 1_000_000, 1_000_001, 2_000_000, 3_000_000_000, -1, -2]
COUNTS += [Decimal(c) for c in ("0.0", "0.5", "1.0", "1.5", "1.00", "2.5", "1E+6", "1000000.0")]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("count", COUNTS, ids=str)
def test_a_count_falls_in_babels_category(count, lang):
    assert plural_category(lang, count) == babel_category(lang, count)


@given(
    count=st.integers(min_value=0, max_value=10**13) | st.decimals(0, 10**9, places=2),
    lang=st.sampled_from(LANGUAGES),
)
def test_any_count_falls_in_babels_category(count, lang):
    assert plural_category(lang, count) == babel_category(lang, count)


def test_the_category_picks_the_words():
    assert plural("nl", "label", "min_time_limit", 1, days=1) == "minimale termijn: 1 dag"
    assert plural("fr", "label", "min_time_limit", 1, days=1) != plural(
        "fr", "label", "min_time_limit", 2, days=2
    )
