"""When no advance is due, the answer says so: a € 0,00 advance is never "granted voluntarily",
never settled in tranches, and a voluntary one is never mandatory."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.decisions import CHECKS
from core.errors import ValidationError
from core.rules.schema import AUTHORITIES, SIZES

BASE = {
    "launch_date": "2025-03-01",
    "authority": "local",
    "procedure": "open",
    "contract_type": "services",
    "amount_incl_vat": "120000.00",
    "duration_months": 12,
    "contractor_size": "small",
}


def advance(pack, **overrides):
    return CHECKS["advance"].run({**BASE, **overrides}, pack)


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"contractor_size": "large"}, id="large winner, documents silent"),
        pytest.param(
            {"contractor_size": "large", "documents_percentage": "0"}, id="large winner, 0 %"
        ),
        pytest.param({"authority": "other"}, id="buyer not obliged, documents silent"),
        pytest.param({"authority": "other", "documents_percentage": "0"}, id="not obliged, 0 %"),
        pytest.param({"launch_date": "2020-03-01"}, id="before the regime"),
        pytest.param(
            {"exception": "financing_and_works", "contract_type": "works"}, id="exception"
        ),
        pytest.param(
            {"authority": "other", "documents_percentage": "20", "amount_incl_vat": "0.01"},
            id="20 % of one cent",
        ),
    ],
)
def test_nothing_due_is_never_a_voluntary_advance(pack, overrides):
    r = advance(pack, **overrides)
    assert r.amount == Decimal("0.00")
    assert (r.mandatory, r.voluntary, r.settlement) == (False, False, ())
    assert "voluntary_advance" not in codes(r)


def test_a_voluntary_advance_is_explained_as_one(pack):
    """The other side: 5 % granted by a buyer that is not obliged is voluntary, and said so."""
    r = advance(pack, authority="other", documents_percentage="5")
    assert (r.mandatory, r.voluntary, r.amount) == (False, True, Decimal("6000.00"))
    assert "voluntary_advance" in codes(r)
    assert sum(t.amount for t in r.settlement) == r.amount


@settings(max_examples=150, deadline=None)
@given(
    authority=st.sampled_from(AUTHORITIES),
    size=st.sampled_from(SIZES),
    pct=st.none() | st.decimals(0, 30, places=2),
    cents=st.integers(1, 10**9),
    months=st.integers(1, 60),
)
def test_voluntary_means_not_mandatory_and_more_than_nothing(
    pack, authority, size, pct, cents, months
):
    data = {
        "authority": authority,
        "contractor_size": size,
        "amount_incl_vat": str(Decimal(cents) / 100),
        "duration_months": months,
    }
    if pct is not None:
        data["documents_percentage"] = str(pct)
    try:
        r = advance(pack, **data)
    except ValidationError:
        return  # a percentage outside the law's range is refused, which other tests check
    assert r.voluntary == ("voluntary_advance" in codes(r))
    if r.voluntary:
        assert not r.mandatory and r.amount > 0
    if r.amount == 0:
        assert not r.voluntary and r.settlement == ()
    else:
        assert sum(t.amount for t in r.settlement) == r.amount
