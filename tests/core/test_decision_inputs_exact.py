"""Requests read from a file or a screen: what is refused, with which field, code and message.

The message is what ``main.py decide`` prints and what the window shows where it has no
translated text; the code is what the window translates. Every expected value is written out.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError

DAY = "2026-11-22"
BID = {"launch_date": DAY, "procedure": "open", "required_items": ["samples"]}
RANKING = {
    "launch_date": DAY,
    "procedure": "open",
    "authority": "local",
    "contract_type": "works",
    "estimated_value_excl_vat": "100000",
    "price_only": True,
}
ADVANCE = {
    "launch_date": DAY,
    "authority": "local",
    "procedure": "open",
    "contract_type": "works",
    "contractor_size": "small",
    "amount_incl_vat": "100000",
    "duration_months": "6",
}
PROCEDURE = {
    "launch_date": DAY,
    "authority": "local",
    "contract_type": "works",
    "estimated_value_excl_vat": "1000",
}
STATUSES = "winner, not_selected, substantially_irregular, unacceptable"


def refused(decide, check: str, base: dict, **changes) -> tuple[str, str, str]:
    with pytest.raises(ValidationError) as caught:
        decide(check, **{**base, **changes})
    return caught.value.field, caught.value.code, str(caught.value)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"tenderers": "A"},
            ("tenderers", "not_a_list", "tenderers: expected a list of tenderers"),
        ),
        (
            {"tenderers": ["A"]},
            ("tenderers[0]", "not_an_object", "tenderers[0]: expected an object, got 'A'"),
        ),
        (
            {"tenderers": [{"id": "A", "status": "winner"}, {"status": "winner"}]},
            ("tenderers[1].id", "missing", "tenderers[1].id: is required"),
        ),
        (
            {"tenderers": [{"id": True, "status": "winner"}]},
            ("tenderers[0].id", "missing", "tenderers[0].id: is required"),
        ),
        (
            {"tenderers": [{"id": "  ", "status": "winner"}]},
            ("tenderers[0].id", "missing", "tenderers[0].id: is required"),
        ),
        (
            {"tenderers": [{"id": 1.5, "status": "winner"}]},
            ("tenderers[0].id", "missing", "tenderers[0].id: is required"),
        ),
        (
            {"tenderers": [{"id": "A", "status": "loser"}]},
            ("status", "unknown_code", f"status: 'loser' is not one of: {STATUSES}"),
        ),
        (
            {"tenderers": [{"id": 7, "status": "winner"}, {"id": "7", "status": "unacceptable"}]},
            ("tenderers", "duplicate_id", "tenderers: two tenderers have the same id"),
        ),
        (
            {"documents_amount": "100", "documents_reduced_amount": "150"},
            (
                "documents_reduced_amount",
                "reduced_above_full",
                "documents_reduced_amount: the reduced amount 150 is more than the full amount 100",
            ),
        ),
        (
            {"required_items": ["samples", "samples"]},
            ("required_items", "duplicate_code", "required_items: lists a code twice"),
        ),
        (
            {"required_items": "samples"},
            (
                "required_items",
                "not_a_list",
                "required_items: expected a list of codes, got 'samples'",
            ),
        ),
        (
            {"procedure": None},
            ("procedure", "missing", "procedure: is required"),
        ),
    ],
)
def test_a_wrong_bid_compensation_request_is_refused_exactly(decide, changes, expected):
    """Tenderers, items and amounts of the bid compensation: each mistake named."""
    assert refused(decide, "bid_compensation", BID, **changes) == expected


def test_a_bid_compensation_reads_every_tenderer_and_both_amounts(decide):
    """Ids given as numbers are read as text; a reduced amount equal to the full is allowed."""
    r = decide(
        "bid_compensation",
        **BID,
        tenderers=[
            {"id": 7, "status": "winner"},
            {"id": "B", "status": "not_selected"},
            {"id": "C", "status": "unacceptable"},
        ],
        documents_amount="500",
        documents_reduced_amount="500",
    )
    assert r.to_dict()["amounts"] == {"7": "0.00", "B": "500.00", "C": "500.00"}
    assert r.to_dict()["total"] == "1000.00"


def test_a_zero_bid_compensation_is_a_choice_of_the_documents(decide):
    """The documents may set a compensation of 0 and a reduced amount of 0."""
    r = decide(
        "bid_compensation",
        **BID,
        tenderers=[{"id": "A", "status": "winner"}, {"id": "B", "status": "unacceptable"}],
        documents_amount="0",
        documents_reduced_amount="0",
    )
    assert r.to_dict()["amounts"] == {"A": "0.00", "B": "0.00"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"price_only": None},
            ("price_only", "missing", "price_only: is required (true or false)"),
        ),
        (
            {"price_only": "yes"},
            ("price_only", "not_a_bool", "price_only: expected true or false, got 'yes'"),
        ),
        (
            {"offers": {"A": "1"}},
            ("offers", "not_a_list", "offers: expected a list of offers"),
        ),
        (
            {"offers": [["A", "1"]]},
            ("offers[0]", "not_an_object", "offers[0]: expected an object, got ['A', '1']"),
        ),
        (
            {"offers": [{"id": "A", "offer": "1"}, {"offer": "1"}]},
            ("offers[1].id", "missing", "offers[1].id: is required"),
        ),
        (
            {"offers": [{"id": False, "offer": "1"}]},
            ("offers[0].id", "missing", "offers[0].id: is required"),
        ),
        (
            {"offers": [{"id": "", "offer": "1"}]},
            ("offers[0].id", "missing", "offers[0].id: is required"),
        ),
        (
            {"offers": [{"id": "A", "offer": "1"}, {"id": "A", "offer": "2"}]},
            ("offers", "duplicate_id", "offers: two offers have the same id"),
        ),
        (
            {"offers": [{"id": "A", "offer": "-1"}]},
            ("offer", "negative", "offer: must not be negative, got -1"),
        ),
        (
            {"offers": [{"id": "A"}]},
            ("offer", "missing", "offer: is required"),
        ),
    ],
)
def test_a_wrong_ranking_request_is_refused_exactly(decide, changes, expected):
    """The offers opened and the price-only answer: each mistake named."""
    assert refused(decide, "provisional_ranking", RANKING, **changes) == expected


def test_offers_are_read_in_order_with_numbers_as_ids(decide):
    """A free offer (0) is allowed and comes first; ids given as numbers are read as text."""
    r = decide(
        "provisional_ranking",
        **RANKING,
        offers=[{"id": 3, "offer": "900"}, {"id": "B", "offer": "0"}, {"id": "C", "offer": "900"}],
    )
    assert r.to_dict()["places"] == [
        {"id": "B", "place": 1},
        {"id": "3", "place": 2},
        {"id": "C", "place": 2},
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"documents_percentage": "1"},
            (
                "documents_percentage",
                "below_legal_minimum",
                "documents_percentage: 1% is below the legal minimum of 10% for this case "
                "(hypothesis 2, small enterprise)",
            ),
        ),
        (
            {"contractor_size": "medium", "documents_percentage": "1"},
            (
                "documents_percentage",
                "below_legal_minimum",
                "documents_percentage: 1% is below the legal minimum of 5% for this case "
                "(hypothesis 2, medium enterprise)",
            ),
        ),
        (
            {
                "procedure": "negotiated_without_publication",
                "negotiated_ground": "no_suitable_tenders",
                "documents_percentage": "1",
            },
            (
                "documents_percentage",
                "below_legal_minimum",
                "documents_percentage: 1% is below the legal minimum of 15% for this case "
                "(hypothesis 1, negotiated procedure without publication)",
            ),
        ),
        (
            {"documents_percentage": "35"},
            (
                "documents_percentage",
                "above_legal_maximum",
                "documents_percentage: 35% is above the maximum of 20%; more is only allowed "
                "in the cases of art. 12/4 §2 (set above_20_allowed)",
            ),
        ),
        (
            {"duration_months": None},
            (
                "duration_months",
                "missing",
                "duration_months: give the duration in months, or null with "
                "monthly_value_incl_vat for a contract of indefinite duration",
            ),
        ),
        (
            {"duration_months": "0"},
            (
                "duration_months",
                "bad_duration",
                "duration_months: must be more than zero months, got 0; use null for a "
                "contract of indefinite duration",
            ),
        ),
        (
            {"amount_incl_vat": None},
            ("amount_incl_vat", "missing", "amount_incl_vat: is required"),
        ),
        (
            {"launch_date": "2026-02-30"},
            (
                "launch_date",
                "impossible_date",
                "launch_date: 2026-02-30 is not a day of the calendar",
            ),
        ),
        (
            {"launch_date": "22/11/2026"},
            (
                "launch_date",
                "bad_date",
                "launch_date: expected a date as YYYY-MM-DD, got '22/11/2026'",
            ),
        ),
        (
            {"launch_date": 20261122},
            ("launch_date", "bad_date", "launch_date: expected a date as YYYY-MM-DD, got 20261122"),
        ),
        (
            {"financed_and_supervised": "no"},
            (
                "financed_and_supervised",
                "not_a_bool",
                "financed_and_supervised: expected true or false, got 'no'",
            ),
        ),
        (
            {"documents_percentage": "100.01"},
            (
                "documents_percentage",
                "bad_percentage",
                "documents_percentage: must be between 0 and 100, got 100.01",
            ),
        ),
        (
            {"documents_percentage": "-0.01"},
            (
                "documents_percentage",
                "bad_percentage",
                "documents_percentage: must be between 0 and 100, got -0.01",
            ),
        ),
        (
            {"amount_incl_vat": "0"},
            ("amount_incl_vat", "zero", "amount_incl_vat: must be more than zero"),
        ),
        (
            {"amount_incl_vat": "0.001"},
            ("amount_incl_vat", "zero", "amount_incl_vat: must be at least 0.01 euro, got 0.001"),
        ),
        (
            {"amount_incl_vat": "-3"},
            ("amount_incl_vat", "negative", "amount_incl_vat: must not be negative, got -3"),
        ),
        (
            {"authority": "king"},
            (
                "authority",
                "unknown_code",
                "authority: 'king' is not one of: federal_central, federal_other, region, "
                "community, local, public_body, other",
            ),
        ),
        (
            {"authority": None},
            ("authority", "missing", "authority: is required"),
        ),
        (
            {"launch_date": None},
            ("launch_date", "missing", "launch_date: is required"),
        ),
        (
            {"documents_percentage": "twenty"},
            (
                "documents_percentage",
                "not_a_number",
                "documents_percentage: expected a decimal number, got 'twenty'",
            ),
        ),
        (
            {"duration_months": "six"},
            (
                "duration_months",
                "not_a_number",
                "duration_months: expected a decimal number, got 'six'",
            ),
        ),
    ],
)
def test_a_wrong_advance_request_is_refused_exactly(decide, changes, expected):
    """Dates, amounts, percentages, durations and codes of the advance: each mistake named."""
    assert refused(decide, "advance", ADVANCE, **changes) == expected


def test_the_edges_of_what_an_advance_request_accepts(decide):
    """0 % and 100 % are percentages; 0.01 is an amount; a date object is a date."""
    assert decide("advance", **ADVANCE, documents_percentage="20").percentage == 20
    r = decide("advance", **{**ADVANCE, "contractor_size": "large"}, documents_percentage="0")
    assert (r.percentage, r.amount, r.voluntary) == (0, 0, False)
    r = decide("advance", **ADVANCE, documents_percentage="100", above_20_allowed=True)
    assert r.percentage == 100
    r = decide("advance", **{**ADVANCE, "amount_incl_vat": "0.01"})
    assert (r.request.amount_incl_vat, r.amount) == (Decimal("0.01"), Decimal("0.00"))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"grounds": "sole_operator"},
            ("grounds", "not_a_list", "grounds: expected a list of codes, got 'sole_operator'"),
        ),
        (
            {"grounds": ["sole_operator", "sole_operator"]},
            ("grounds", "duplicate_code", "grounds: lists a code twice"),
        ),
        (
            {"contract_type": "cake"},
            (
                "contract_type",
                "unknown_code",
                "contract_type: 'cake' is not one of: works, supplies, services, social_services",
            ),
        ),
        (
            {"estimated_value_excl_vat": "zero"},
            (
                "estimated_value_excl_vat",
                "not_a_number",
                "estimated_value_excl_vat: expected a decimal number, got 'zero'",
            ),
        ),
    ],
)
def test_a_wrong_procedure_request_is_refused_exactly(decide, changes, expected):
    """Grounds, type and value of the procedure check: each mistake named."""
    assert refused(decide, "procedure", PROCEDURE, **changes) == expected


def test_the_grounds_claimed_are_read_in_the_order_given(decide):
    """Two grounds claimed: both kept, in order (they decide which bases apply)."""
    r = decide("procedure", **PROCEDURE, grounds=["sole_operator", "extreme_urgency"])
    assert r.request.grounds == ("sole_operator", "extreme_urgency")
    assert decide("procedure", **PROCEDURE, grounds=None).request.grounds == ()


def test_a_request_that_is_not_an_object_is_refused(decide):
    """A list where an object is expected: said as such."""
    from core.decisions import CHECKS

    with pytest.raises(ValidationError) as caught:
        CHECKS["advance"].read([1, 2])
    assert (caught.value.field, caught.value.code, str(caught.value)) == (
        "input",
        "not_an_object",
        "input: expected an object, got [1, 2]",
    )


def test_the_sme_class_is_decided_on_the_reference_date_given(decide):
    """A reference date given is the date of the rules applied; a wrong one is refused."""
    r = decide(
        "sme_class",
        staff_awu="3",
        turnover="100000",
        balance_sheet_total="100000",
        reference_date="2020-05-04",
    )
    assert r.to_dict()["input"]["reference_date"] == "2020-05-04"
    d = r.to_dict()
    assert (d["size"], d["decided_by"]) == ("micro", "turnover")
    assert [f["code"] for f in d["findings"]] == ["sme_partner_linked_not_applied"]
    assert [(a["rule"], a["valid_from"]) for a in d["applied"]] == [("sme_limits", "2005-01-01")]
    assert refused(
        decide,
        "sme_class",
        {"staff_awu": "3", "turnover": "1", "balance_sheet_total": "1"},
        reference_date="2026-13-01",
    ) == (
        "reference_date",
        "impossible_date",
        "reference_date: 2026-13-01 is not a day of the calendar",
    )


def test_an_unknown_ground_is_refused_with_the_grounds_allowed(decide):
    """A ground the law does not know, among known ones: named, with the list to choose from."""
    assert refused(decide, "procedure", PROCEDURE, grounds=["sole_operator", "whim"]) == (
        "grounds",
        "unknown_code",
        "grounds: 'whim' is not one of: no_suitable_tenders, sole_operator, extreme_urgency, "
        "repetition, design_contest, research_products, additional_deliveries, "
        "commodity_market, advantageous_terms, needs_adaptation, design_or_innovation, "
        "complexity, specs_impossible, irregular_tenders_only, innovation_need",
    )
