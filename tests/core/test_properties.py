"""Properties that must hold for every input, not just the chosen cases (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.decisions import CHECKS
from core.errors import ValidationError
from core.rules import bundled_pack
from core.rules.schema import AUTHORITIES, CONTRACT_TYPES, GROUNDS, PROCEDURES, SIZES

PACK = bundled_pack()
FIRST, LAST = date(2017, 6, 30), date(2027, 12, 31)
days = st.integers(0, (LAST - FIRST).days).map(lambda n: FIRST + timedelta(days=n))
regime_days = st.integers(0, (LAST - date(2024, 1, 1)).days).map(
    lambda n: date(2024, 1, 1) + timedelta(days=n)
)
cents = st.integers(1, 10**11).map(lambda c: Decimal(c) / 100)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(check, data, pack=PACK):
    return CHECKS[check].run(data, pack)


@FAST
@given(
    on=regime_days,
    authority=st.sampled_from(AUTHORITIES),
    procedure=st.sampled_from(PROCEDURES),
    size=st.sampled_from(SIZES),
    amount=cents,
    duration=st.one_of(st.none(), st.integers(1, 120)),
    pct=st.one_of(st.none(), st.integers(0, 100).map(Decimal)),
    above=st.booleans(),
    financed=st.booleans(),
)
def test_advance_never_exceeds_the_cap_or_20_percent_unless_allowed(
    on, authority, procedure, size, amount, duration, pct, above, financed
):
    """Whatever the input: amount <= 225,000 and <= 20% of the reference value (or refused)."""
    data = {
        "launch_date": on.isoformat(),
        "authority": authority,
        "procedure": procedure,
        "contract_type": "services",
        "contractor_size": size,
        "amount_incl_vat": str(amount),
        "duration_months": duration,
        "monthly_value_incl_vat": str(amount),
        "documents_percentage": None if pct is None else str(pct),
        "above_20_allowed": above,
        "financed_and_supervised": financed,
    }
    try:
        r = run("advance", data)
    except ValidationError:
        return
    cap = PACK.value("advance_cap", on).value
    assert r.amount <= cap
    assert r.amount >= 0
    if not above:
        assert r.amount <= (r.reference_value * Decimal("0.20")).quantize(
            Decimal("0.01")
        ) + Decimal("0.005")
    assert sum(t.amount for t in r.settlement) == r.amount


@FAST
@given(
    on=days,
    authority=st.sampled_from(AUTHORITIES),
    contract_type=st.sampled_from(CONTRACT_TYPES),
    grounds=st.lists(st.sampled_from(GROUNDS), unique=True, max_size=3),
    low=cents,
    high=cents,
)
def test_allowed_procedures_never_grow_as_the_value_grows(
    on, authority, contract_type, grounds, low, high
):
    """A higher estimate never opens a procedure that a lower one did not."""
    low, high = sorted((low, high))
    base = {
        "launch_date": on.isoformat(),
        "authority": authority,
        "contract_type": contract_type,
        "grounds": grounds,
    }
    small = run("procedure", {**base, "estimated_value_excl_vat": str(low)})
    large = run("procedure", {**base, "estimated_value_excl_vat": str(high)})
    assert set(large.allowed) <= set(small.allowed)
    assert {"open", "restricted"} <= set(large.allowed)


@FAST
@given(
    on=days,
    authority=st.sampled_from(AUTHORITIES),
    contract_type=st.sampled_from(CONTRACT_TYPES),
    value=cents,
    procedure=st.sampled_from(PROCEDURES),
    size=st.sampled_from(SIZES),
    price_only=st.booleans(),
)
def test_a_date_gives_the_same_result_as_the_rule_version_in_force_that_day(
    on, authority, contract_type, value, procedure, size, price_only
):
    """Deciding with the whole pack equals deciding with the pack cut to that day's rules."""
    snapshot = PACK.snapshot(on)
    cases = {
        "procedure": {
            "launch_date": on.isoformat(),
            "authority": authority,
            "contract_type": contract_type,
            "estimated_value_excl_vat": str(value),
        },
        "advance": {
            "launch_date": on.isoformat(),
            "authority": authority,
            "procedure": procedure,
            "contract_type": contract_type,
            "amount_incl_vat": str(value),
            "duration_months": 18,
            "contractor_size": size,
        },
        "provisional_ranking": {
            "launch_date": on.isoformat(),
            "procedure": procedure,
            "authority": authority,
            "contract_type": contract_type,
            "estimated_value_excl_vat": str(value),
            "price_only": price_only,
        },
        "bond": {"launch_date": on.isoformat(), "award_amount_excl_vat": str(value)},
        "e_invoicing": {
            "launch_date": on.isoformat(),
            "authority": authority,
            "contract_type": contract_type,
            "estimated_value_excl_vat": str(value),
        },
        "bid_compensation": {
            "launch_date": on.isoformat(),
            "procedure": procedure,
            "required_items": ["models"],
            "documents_amount": "1000",
            "tenderers": [{"id": "A", "status": "winner"}, {"id": "B", "status": "not_selected"}],
        },
    }
    for check, data in cases.items():
        whole, cut = run(check, data).to_dict(), run(check, data, snapshot).to_dict()
        assert whole == cut, check


@FAST
@given(
    staff=st.integers(0, 400),
    turnover=st.integers(0, 60_000_000),
    balance=st.integers(0, 60_000_000),
    more=st.integers(0, 5_000_000),
)
def test_a_bigger_enterprise_is_never_in_a_smaller_class(staff, turnover, balance, more):
    """Growing staff, turnover and balance never moves an enterprise to a smaller class."""
    order = {s: i for i, s in enumerate(SIZES)}

    def size(s, t, b):
        return run(
            "sme_class", {"staff_awu": str(s), "turnover": str(t), "balance_sheet_total": str(b)}
        ).size

    assert (
        order[size(staff + more % 7, turnover + more, balance + more)]
        >= order[size(staff, turnover, balance)]
    )
