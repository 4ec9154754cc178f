"""The date a rule starts is written as the app writes every date (01/01/2024), in the
answer and in its remarks, not in the ISO form the engine keeps (2024-01-01)."""

from __future__ import annotations

import pytest

from core.texts import explain_lines

BEFORE_THE_REGIME = {
    "launch_date": "2023-06-01",
    "authority": "local",
    "procedure": "open",
    "contract_type": "works",
    "contractor_size": "small",
    "amount_incl_vat": "100000",
    "duration_months": "6",
}


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "geldt vanaf 01/01/2024"),
        ("fr", "01/01/2024"),
        ("en", "applies from 01/01/2024"),
    ],
)
def test_the_start_of_the_advance_regime_reads_as_a_belgian_date(decide, lang, words):
    lines = explain_lines("advance", decide("advance", **BEFORE_THE_REGIME), lang)
    text = "\n".join(lines)
    assert words in text
    assert "2024-01-01" not in text
