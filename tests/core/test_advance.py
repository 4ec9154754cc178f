"""The advance of law art. 12/1-12/8: hypotheses, percentages, reference value, cap, dates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError

D = Decimal


def adv(decide, **overrides):
    data = {
        "launch_date": "2025-03-01",
        "authority": "local",
        "procedure": "open",
        "contract_type": "services",
        "amount_incl_vat": "120000.00",
        "duration_months": 12,
        "contractor_size": "small",
    }
    data.update(overrides)
    return decide("advance", **data)


def test_worked_example_small_24_months(decide):
    """Research example 1: 180,000 over 24 months, small: 9,000 settled in two halves."""
    r = adv(decide, amount_incl_vat="180000.00", duration_months=24)
    assert (r.mandatory, r.hypothesis, r.reference_value, r.percentage, r.amount) == (
        True,
        2,
        D("90000"),
        D("10"),
        D("9000.00"),
    )
    assert [(t.amount, t.when_executed_reaches) for t in r.settlement] == [
        (D("4500.00"), D("54000.00")),
        (D("4500.00"), D("108000.00")),
    ]


@pytest.mark.parametrize(("size", "pct"), [("micro", 20), ("small", 10), ("medium", 5)])
def test_sme_minimum_applies_when_the_documents_are_silent(decide, size, pct):
    """Hypothesis 2 uses the minimum of the size class when the documents set nothing."""
    r = adv(decide, contractor_size=size)
    assert (r.hypothesis, r.percentage) == (2, D(pct))
    assert r.amount == D("120000.00") * pct / 100


def test_large_winner_gets_no_mandatory_advance(decide):
    """A large enterprise in an open procedure: nothing mandatory, amount 0.00."""
    r = adv(decide, contractor_size="large")
    assert (r.mandatory, r.hypothesis, r.amount, r.reason) == (
        False,
        None,
        D("0.00"),
        "contractor_not_sme",
    )
    assert r.settlement == ()


@pytest.mark.parametrize("ground", ["value", "no_suitable_tenders", "research_products"])
def test_hypothesis_1_is_15_percent_for_any_size(decide, ground):
    """Negotiated without publication on a listed ground: 15% even for a large winner."""
    r = adv(
        decide,
        procedure="negotiated_without_publication",
        negotiated_ground=ground,
        contract_type="supplies",  # the research-products ground is for supplies only
        contractor_size="large",
        amount_incl_vat="121000.00",
        duration_months=4,
    )
    assert (r.mandatory, r.hypothesis, r.percentage, r.amount) == (True, 1, D(15), D("18150.00"))


def test_negotiated_procedure_on_another_ground_triggers_neither_hypothesis(decide):
    """Urgency is not a listed ground, and hypothesis 2 excludes this procedure."""
    r = adv(
        decide,
        procedure="negotiated_without_publication",
        negotiated_ground="extreme_urgency",
        contractor_size="micro",
    )
    assert (r.mandatory, r.reason) == (False, "negotiated_ground_not_listed")


def test_negotiated_procedure_without_a_ground_assumes_the_value_ground(decide):
    """No ground given: the value ground is assumed and said so."""
    r = adv(decide, procedure="negotiated_without_publication")
    assert r.hypothesis == 1
    assert "negotiated_ground_assumed_value" in [f.code for f in r.findings]


def test_twelve_months_counts_whole_and_thirteen_is_prorated(decide):
    """Up to 12 months the whole amount is the reference value; beyond, amount x 12 / months."""
    assert adv(decide, amount_incl_vat="130000", duration_months=12).reference_value == 130000
    assert adv(decide, amount_incl_vat="130000", duration_months=13).reference_value == 120000
    assert adv(decide, amount_incl_vat="130000", duration_months="12.5").reference_value == (
        D("130000") * 12 / D("12.5")
    )


def test_reference_value_is_exact_and_rounded_only_at_the_end(decide):
    """242,000 over 18 months at 15%: 161,333.33... gives exactly 24,200.00."""
    r = adv(
        decide,
        amount_incl_vat="242000.00",
        duration_months=18,
        contractor_size="medium",
        documents_percentage="15",
    )
    assert r.to_dict()["reference_value"] == "161333.33"
    assert r.amount == D("24200.00")


def test_indefinite_duration_uses_twelve_monthly_values(decide):
    """Indefinite duration: monthly value x 12; the settlement base is left to the documents."""
    r = adv(
        decide,
        amount_incl_vat=None,
        duration_months=None,
        monthly_value_incl_vat="4840.00",
        contractor_size="medium",
    )
    assert (r.reference_value, r.amount) == (D("58080.00"), D("2904.00"))
    assert all(t.when_executed_reaches is None for t in r.settlement)
    assert "settlement_base_unknown_indefinite" in [f.code for f in r.findings]


def test_cap_exactly_reached_is_not_capped_and_one_cent_more_is(decide):
    """20% of 1,125,000 is the cap itself; 20% of 1,125,000.05 is capped at 225,000.00."""
    exact = adv(decide, amount_incl_vat="1125000", contractor_size="micro")
    over = adv(decide, amount_incl_vat="1125000.05", contractor_size="micro")
    assert (exact.amount, exact.capped) == (D("225000.00"), False)
    assert (over.amount, over.capped) == (D("225000.00"), True)
    assert over.amount_unrounded == D("225000.010")


def test_settlement_halves_add_up_to_an_odd_cent_advance(decide):
    """An advance of 1,200.01 is settled as 600.01 + 600.00: nothing lost to rounding."""
    r = adv(decide, amount_incl_vat="12000.10", contractor_size="small")
    assert r.amount == D("1200.01")
    assert sum(t.amount for t in r.settlement) == r.amount


@pytest.mark.parametrize(("size", "pct"), [("micro", "19"), ("small", "9.99"), ("medium", "4")])
def test_documents_percentage_below_the_minimum_is_refused(decide, size, pct):
    """The documents may not set less than the legal minimum of the size class."""
    with pytest.raises(ValidationError) as info:
        adv(decide, contractor_size=size, documents_percentage=pct)
    assert info.value.code == "below_legal_minimum"
    assert "minimum" in info.value.message


def test_documents_percentage_above_20_needs_an_article_12_4_case(decide):
    """25% is refused unless the documents rely on a case allowing more than 20%."""
    with pytest.raises(ValidationError) as info:
        adv(decide, contractor_size="medium", documents_percentage="25")
    assert info.value.code == "above_legal_maximum"
    r = adv(decide, contractor_size="medium", documents_percentage="25", above_20_allowed=True)
    assert r.percentage == 25 and r.amount == D("30000.00")
    assert "above_maximum_case_claimed" in [f.code for f in r.findings]


@pytest.mark.parametrize("authority", ["federal_central", "region", "community", "local"])
def test_state_regions_communities_and_local_authorities_are_obliged(decide, authority):
    """These buyers must pay the advance to an SME winner."""
    assert adv(decide, authority=authority).mandatory


@pytest.mark.parametrize("authority", ["federal_other", "public_body"])
def test_other_public_bodies_are_obliged_only_if_financed_and_supervised(decide, authority):
    """Both conditions are needed; without them only a voluntary advance is possible."""
    assert adv(decide, authority=authority, financed_and_supervised=True).mandatory
    r = adv(decide, authority=authority)
    assert (r.mandatory, r.reason) == (False, "buyer_not_obliged")


def test_non_obliged_buyer_may_grant_a_voluntary_advance_up_to_20_percent(decide):
    """Research example 6: 60,500 over 2 months, voluntary maximum 12,100.00."""
    r = adv(
        decide,
        authority="other",
        amount_incl_vat="60500.00",
        duration_months=2,
        contractor_size="micro",
        documents_percentage="20",
    )
    assert (r.mandatory, r.voluntary, r.amount) == (False, True, D("12100.00"))
    with pytest.raises(ValidationError):
        adv(decide, authority="other", documents_percentage="20.01")


def test_confirmed_exception_removes_the_obligation(decide):
    """A contract covering financing and execution of works: no mandatory advance."""
    r = adv(decide, exception="financing_and_works", contract_type="works")
    assert (r.mandatory, r.reason) == (False, "exception")
    assert "exception_unverified" not in [f.code for f in r.findings]


@pytest.mark.parametrize("exception", ["rental", "insurance", "other"])
def test_unconfirmed_exceptions_are_applied_but_flagged(decide, exception):
    """Rental, insurance and others come from a news item: low confidence, said so."""
    r = adv(decide, exception=exception)
    assert not r.mandatory
    assert "exception_unverified" in [f.code for f in r.findings]
    assert any(
        a.rule == "advance_exceptions_unconfirmed" and a.confidence == "unverified"
        for a in r.applied
    )


def test_regime_starts_on_2024_01_01(decide):
    """Launched 2023-12-31: no mandatory advance; launched 2024-01-01: mandatory."""
    before = adv(decide, launch_date="2023-12-31")
    assert (before.mandatory, before.reason, before.amount) == (False, "not_in_force", D("0.00"))
    assert adv(decide, launch_date="2024-01-01").mandatory


def test_low_value_contract_is_hypothesis_2_with_a_warning(decide):
    """Whether the advance rules reach a low-value contract is an open question: the app says so."""
    r = adv(decide, procedure="low_value")
    assert r.hypothesis == 2
    assert "low_value_advance_uncertain" in [f.code for f in r.findings]


@pytest.mark.parametrize(
    "overrides",
    [
        {"duration_months": 0},
        {"duration_months": -3},
        {"amount_incl_vat": "-1"},
        {"amount_incl_vat": None},
        {"duration_months": None},
        {"contractor_size": "tiny"},
        {"procedure": "direct"},
        {"documents_percentage": "120"},
        {"exception": "charity"},
        {"negotiated_ground": "friendship"},
        {"financed_and_supervised": "yes"},
        {"amount_incl_vat": 1200.5},
    ],
)
def test_bad_advance_input_is_refused(decide, overrides):
    """Each wrong input is a validation error with a message, never a crash."""
    with pytest.raises(ValidationError) as info:
        adv(decide, **overrides)
    assert info.value.message
