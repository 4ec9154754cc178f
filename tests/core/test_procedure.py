"""Procedure choice: every value ceiling on both sides, every rule period, every ground."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError

CENT = Decimal("0.01")


def proc(decide, value, on="2026-11-22", authority="local", contract_type="supplies", grounds=()):
    return decide(
        "procedure",
        launch_date=on,
        authority=authority,
        contract_type=contract_type,
        estimated_value_excl_vat=str(value),
        grounds=list(grounds),
    )


# (first day, last day, ceiling of the negotiated procedure without publication, law value)
NEGOTIATED_PERIODS = [
    ("2017-06-30", "2017-12-31", 135000),
    ("2018-01-01", "2019-12-31", 144000),
    ("2020-01-01", "2021-12-31", 139000),
    ("2022-01-01", "2023-12-31", 140000),
    ("2024-01-01", "2025-12-31", 143000),
    ("2026-01-01", "2027-12-31", 140000),
]
# (first day, works, supplies/services central, supplies/services sub-central)
EU_PERIODS = [
    ("2017-06-30", 5225000, 135000, 209000),
    ("2018-01-01", 5548000, 144000, 221000),
    ("2020-01-01", 5350000, 139000, 214000),
    ("2022-01-01", 5382000, 140000, 215000),
    ("2024-01-01", 5538000, 143000, 221000),
    ("2026-01-01", 5404000, 140000, 216000),
]


@pytest.mark.parametrize(("first", "last", "ceiling"), NEGOTIATED_PERIODS)
def test_negotiated_value_ground_is_strictly_below_the_ceiling_of_the_period(
    decide, first, last, ceiling
):
    """One cent below the ceiling opens the procedure without publication; the ceiling not."""
    for day in (first, last):
        assert "negotiated_without_publication" in proc(decide, ceiling - CENT, day).allowed
        assert "negotiated_without_publication" not in proc(decide, ceiling, day).allowed


@pytest.mark.parametrize(("first", "works", "central", "subcentral"), EU_PERIODS)
def test_eu_threshold_of_each_period_decides_the_publication_level(
    decide, first, works, central, subcentral
):
    """From the EU threshold on, the notice goes to the EU level; one cent below, Belgian."""
    for contract_type, authority, threshold in (
        ("works", "local", works),
        ("supplies", "federal_central", central),
        ("services", "local", subcentral),
        ("services", "region", subcentral),
    ):
        below = proc(decide, threshold - CENT, first, authority, contract_type)
        at = proc(decide, threshold, first, authority, contract_type)
        assert (below.publication_level, at.publication_level) == ("belgian", "eu")
        assert below.eu_threshold == threshold


def test_low_value_contract_ends_at_30000_for_every_contract_type(decide):
    """The accepted-invoice route is open up to 29,999.99 and closed from 30,000."""
    for contract_type in ("works", "supplies", "services", "social_services"):
        assert proc(decide, "29999.99", contract_type=contract_type).simplest == "low_value"
        result = proc(decide, 30000, contract_type=contract_type)
        assert "low_value" not in result.allowed


def test_simplified_procedure_for_works_ends_at_750000(decide):
    """Works may use the simplified negotiated procedure with publication below 750,000."""
    assert (
        "simplified_negotiated_with_publication"
        in proc(decide, "749999.99", contract_type="works").allowed
    )
    result = proc(decide, 750000, contract_type="works")
    assert "simplified_negotiated_with_publication" not in result.allowed
    assert result.simplest == "open"


def test_simplified_procedure_for_supplies_follows_the_buyer_eu_threshold(decide):
    """A municipality may use it up to 216,000 in 2026, a federal service up to 140,000."""
    key = "simplified_negotiated_with_publication"
    assert key in proc(decide, "215999.99", authority="local").allowed
    assert key not in proc(decide, 216000, authority="local").allowed
    assert key in proc(decide, "139999.99", authority="federal_central").allowed
    assert key not in proc(decide, 140000, authority="federal_central").allowed


def test_competitive_negotiation_on_value_follows_the_eu_threshold(decide):
    """Works below 5,404,000 (2026) may use the competitive procedure with negotiation."""
    key = "competitive_negotiation"
    assert key in proc(decide, "5403999.99", contract_type="works").allowed
    assert key not in proc(decide, 5404000, contract_type="works").allowed


def test_only_federal_central_is_central(decide):
    """Every other buyer kind gets the sub-central supplies threshold."""
    for authority in ("federal_other", "region", "community", "local", "public_body", "other"):
        assert proc(decide, 1000, authority=authority).eu_threshold == 216000
    assert proc(decide, 1000, authority="federal_central").eu_threshold == 140000


def test_social_services_use_their_own_750000_ceiling(decide):
    """Social services: negotiated without publication below 750,000, EU notice from it."""
    below = proc(decide, "749999.99", contract_type="social_services")
    at = proc(decide, 750000, contract_type="social_services")
    assert below.simplest == "negotiated_without_publication"
    assert below.publication_level == "belgian"
    assert "negotiated_without_publication" not in at.allowed
    assert at.publication_level == "eu"
    assert at.simplest == "simplified_negotiated_with_publication"


def test_social_services_do_not_use_the_general_negotiated_ceiling(decide):
    """At 200,000 social services still qualify, other services do not."""
    assert (
        "negotiated_without_publication"
        in proc(decide, 200000, contract_type="social_services").allowed
    )
    assert (
        "negotiated_without_publication"
        not in proc(decide, 200000, contract_type="services").allowed
    )


@pytest.mark.parametrize(
    ("ground", "types"),
    [
        ("no_suitable_tenders", {"works", "supplies", "services", "social_services"}),
        ("sole_operator", {"works", "supplies", "services", "social_services"}),
        ("extreme_urgency", {"works", "supplies", "services", "social_services"}),
        ("repetition", {"works", "services", "social_services"}),
        ("design_contest", {"services", "social_services"}),
        ("research_products", {"supplies"}),
        ("additional_deliveries", {"supplies"}),
        ("commodity_market", {"supplies"}),
        ("advantageous_terms", {"supplies", "services", "social_services"}),
    ],
)
def test_article_42_grounds_open_the_negotiated_procedure_without_value_limit(
    decide, ground, types
):
    """A claimed art. 42 ground allows the procedure at any value, for its contract types."""
    for contract_type in ("works", "supplies", "services", "social_services"):
        result = proc(decide, 9_000_000, contract_type=contract_type, grounds=[ground])
        assert ("negotiated_without_publication" in result.allowed) == (contract_type in types)
        if contract_type not in types:
            assert any(f.code == "ground_not_applicable" for f in result.findings)


@pytest.mark.parametrize(
    "ground",
    [
        "needs_adaptation",
        "design_or_innovation",
        "complexity",
        "specs_impossible",
        "irregular_tenders_only",
    ],
)
def test_article_38_grounds_open_negotiation_and_dialogue_at_any_value(decide, ground):
    """Art. 38 grounds allow the competitive procedure with negotiation and the dialogue."""
    without = proc(decide, 9_000_000, contract_type="works")
    with_ground = proc(decide, 9_000_000, contract_type="works", grounds=[ground])
    for key in ("competitive_negotiation", "competitive_dialogue"):
        assert key not in without.allowed
        assert key in with_ground.allowed


def test_competitive_dialogue_needs_a_ground_even_below_the_eu_threshold(decide):
    """The value ground f) of art. 38 opens negotiation, not the dialogue (not verified)."""
    result = proc(decide, 50000)
    assert "competitive_negotiation" in result.allowed
    assert "competitive_dialogue" not in result.allowed


def test_innovation_partnership_needs_the_innovation_ground(decide):
    """Art. 40: only for a need the market cannot meet."""
    assert "innovation_partnership" not in proc(decide, 1000).allowed
    assert "innovation_partnership" in proc(decide, 1000, grounds=["innovation_need"]).allowed


def test_open_and_restricted_are_always_allowed(decide):
    """Open and restricted procedures need no ground at any value."""
    for value in ("0.01", 140000, 99_000_000):
        assert {"open", "restricted"} <= set(proc(decide, value).allowed)


def test_excluded_procedure_says_why(decide):
    """An excluded procedure carries the ceiling it failed and the grounds it would need."""
    result = proc(decide, 141500, on="2026-03-01", contract_type="services")
    option = result.option("negotiated_without_publication")
    value_checks = [b for b in option.bases if b.reason == "value_not_below"]
    assert [b.ceiling for b in value_checks] == [Decimal(140000)]
    assert "art. 42" in value_checks[0].source
    assert {b.ground for b in option.bases if b.reason == "ground_not_claimed"} >= {
        "no_suitable_tenders",
        "sole_operator",
        "extreme_urgency",
    }


def test_allowed_procedure_names_its_article_and_time_limit(decide):
    """The simplified procedure cites art. 41 and its 22-day minimum time limit."""
    option = proc(decide, 100000, contract_type="works").option(
        "simplified_negotiated_with_publication"
    )
    assert option.allowed and option.min_time_limit_days == 22
    assert "art. 41 §1, 2°" in option.grounds_used[0].source
    assert option.prior_publication


def test_uncertain_rules_are_flagged_in_the_explanation(decide):
    """The 2026 negotiated ceiling (instrument not found) is flagged, the EU threshold not."""
    result = proc(decide, 100000, on="2026-05-01")
    flagged = {a.rule for a in result.flagged}
    assert "negotiated_value_ceiling" in flagged
    assert "eu_threshold_supplies_services_subcentral" not in flagged
    assert all(a.pack.startswith("be-procurement ") for a in result.applied)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("launch_date", "2017-06-29"),
        ("launch_date", "2026-02-30"),
        ("launch_date", "01/02/2026"),
        ("launch_date", "2028-01-01"),
        ("authority", "ministry"),
        ("contract_type", "goods"),
        ("estimated_value_excl_vat", "-10"),
        ("estimated_value_excl_vat", "0"),
        ("estimated_value_excl_vat", "12,5"),
        ("grounds", ["urgency"]),
    ],
)
def test_bad_input_is_a_validation_error_naming_the_field(decide, field, value):
    """Wrong input is refused with the field named, never a crash."""
    data = {
        "launch_date": "2026-02-01",
        "authority": "local",
        "contract_type": "supplies",
        "estimated_value_excl_vat": "10000",
        field: value,
    }
    with pytest.raises(ValidationError) as info:
        decide("procedure", **data)
    assert info.value.field in (field, "launch_date")
    assert info.value.message


def test_the_plans_of_one_pack_share_rules_yet_each_answer_is_a_fresh_packs(pack):
    """A pack's plans for other contract types and buyers share the rules they record (kept
    once per pack): every answer, in every period, is still what a pack deciding it first
    gives, each basis's ceiling its own (the EU thresholds differ by contract type and
    buyer)."""
    from core.decisions import CHECKS
    from core.record import replace
    from core.rules.schema import AUTHORITIES, CONTRACT_TYPES

    for contract_type in CONTRACT_TYPES:
        for authority in AUTHORITIES:
            data = {
                "launch_date": "2026-03-01",
                "authority": authority,
                "contract_type": contract_type,
                "estimated_value_excl_vat": "150000",
            }
            fresh = CHECKS["procedure"].run(data, replace(pack, memo={}))
            assert CHECKS["procedure"].run(data, pack).to_dict() == fresh.to_dict()
