"""Results in their plain form (``decide --json``, what a tender stores): every field, literally.

And a stored decision read back is the decision that was taken, field for field, so that a
document shows what the screen showed. Expected values are written out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.decisions.stored import restore

DAY = "2026-11-22"


def plain(result) -> dict:
    """The plain form with the rules applied reduced to their names (their text is long)."""
    d = result.to_dict()
    d["applied"] = [a["rule"] for a in d["applied"]]
    d.pop("rule_version")
    return d


def test_a_bond_above_the_default_is_written_out_whole(decide):
    """7.5 % of 123,456 rounded up to the step: 9,260; more than 5 % needs reasons."""
    r = decide("bond", launch_date=DAY, award_amount_excl_vat="123456", documents_percentage="7.5")
    assert plain(r) == {
        "allowed": True,
        "required": True,
        "percentage": "7.5",
        "amount": "9260.00",
        "needs_reasons": True,
        "input": {
            "launch_date": DAY,
            "award_amount_excl_vat": "123456",
            "documents_percentage": "7.5",
            "contract_type": None,
            "execution_days": None,
        },
        "applied": ["bond_default_pct", "bond_forbidden_below", "bond_rounding_step"],
        "findings": [{"code": "bond_above_default_needs_reasons", "params": {"default": "5"}}],
    }


def test_a_former_bond_exemption_is_written_out_whole(decide):
    """Before 1 November 2023, 40,000 of works was exempt: allowed, not required, nothing."""
    r = decide(
        "bond", launch_date="2023-05-01", award_amount_excl_vat="40000", contract_type="works"
    )
    assert plain(r) == {
        "allowed": True,
        "required": False,
        "percentage": "0",
        "amount": "0.00",
        "needs_reasons": False,
        "input": {
            "launch_date": "2023-05-01",
            "award_amount_excl_vat": "40000",
            "documents_percentage": None,
            "contract_type": "works",
            "execution_days": None,
        },
        "applied": ["bond_default_pct", "bond_exempt_below", "bond_rounding_step"],
        "findings": [{"code": "bond_exempt_below", "params": {"floor": "50000"}}],
    }


@pytest.mark.parametrize(
    ("launch", "value", "expected"),
    [
        # from 1 March 2024: above 3,000 (3,000 itself is not above)
        ("2026-11-22", "3000", (False, "3000", "above", ["einvoicing_threshold"], [])),
        ("2026-11-22", "3000.01", (True, "3000", "above", ["einvoicing_threshold"], [])),
        # from 1 May 2023: from 30,000 on
        ("2023-06-01", "30000", (True, "30000", "at_least", ["einvoicing_threshold"], [])),
        # from 1 November 2022: from the EU threshold on (works: 5,382,000 in 2023)
        (
            "2023-01-22",
            "5382000",
            (True, "5382000", "at_least", ["einvoicing_threshold", "eu_threshold_works"], []),
        ),
        # before: not in force, no threshold
        (
            "2022-01-22",
            "9000000",
            (
                False,
                None,
                None,
                [],
                [{"code": "einvoicing_not_in_force", "params": {"starts": "2022-11-01"}}],
            ),
        ),
    ],
)
def test_e_invoicing_is_written_out_with_its_threshold_and_comparison(
    decide, launch, value, expected
):
    """The JSON says whether, from which value, and how that value is compared."""
    r = decide(
        "e_invoicing",
        launch_date=launch,
        authority="local",
        contract_type="works",
        estimated_value_excl_vat=value,
    )
    d = plain(r)
    assert (d["required"], d["threshold"], d["compare"], d["applied"], d["findings"]) == expected
    assert d["input"] == {
        "launch_date": launch,
        "authority": "local",
        "contract_type": "works",
        "estimated_value_excl_vat": value,
    }


def test_an_sme_class_is_written_out_with_what_decided_it(decide):
    """60 staff, turnover too high, balance sheet under 43 million: medium by balance sheet."""
    r = decide("sme_class", staff_awu="60", turnover="60000000", balance_sheet_total="40000000")
    assert plain(r) == {
        "size": "medium",
        "decided_by": "balance_sheet",
        "input": {
            "staff_awu": "60",
            "turnover": "60000000",
            "balance_sheet_total": "40000000",
            "reference_date": None,
        },
        "applied": ["sme_limits"],
        "findings": [{"code": "sme_partner_linked_not_applied", "params": {}}],
    }


def test_a_rule_note_is_read_in_the_users_language(decide):
    """The low-value ceiling's note in Dutch and French, English where no translation exists."""
    r = decide(
        "estimate",
        launch_date=DAY,
        authority="local",
        contract_type="services",
        **{"base_amount": "1000"},
    )
    note = next(a for a in r.applied if a.rule == "low_value_ceiling")
    assert note.note_in("nl") == (
        "Geen wijziging gevonden voor 2026, maar de gecoördineerde tekst kon niet gelezen worden."
    )
    assert note.note_in("fr") == (
        "Aucune modification trouvée pour 2026, mais le texte coordonné n'a pas pu être lu."
    )
    assert note.note_in("de") == (
        "No change found for 2026, but the consolidated text could not be read."
    )


def test_a_stored_procedure_decision_reads_back_as_taken(decide):
    """Every option and every basis (its procedure included) is the one decided."""
    r = decide(
        "procedure",
        launch_date=DAY,
        authority="local",
        contract_type="works",
        estimated_value_excl_vat="100000",
        grounds=["sole_operator"],
    )
    back = restore("procedure", r.to_dict())
    assert back == r
    assert {b.procedure for o in back.options for b in o.bases} >= {"open", "low_value"}
    assert all(b.procedure == o.procedure for o in back.options for b in o.bases)


def test_a_ranking_stored_before_places_were_kept_reads_back_without_places(decide):
    """A ranking decision stored without its places (an earlier version) still opens."""
    r = decide(
        "provisional_ranking",
        launch_date=DAY,
        procedure="open",
        authority="local",
        contract_type="works",
        estimated_value_excl_vat="100000",
        price_only=True,
        offers=[{"id": "A", "offer": "5"}],
    )
    stored = r.to_dict()
    assert restore("provisional_ranking", stored) == r
    del stored["places"]
    back = restore("provisional_ranking", stored)
    assert (back.required, back.reason, back.places) == (True, "required", ())


def test_an_advance_before_the_2024_regime_says_from_when_it_applies(decide):
    """A contract launched in June 2023: no mandatory advance, and the remark gives the date."""
    from core.texts import explain_lines

    r = decide(
        "advance",
        launch_date="2023-06-01",
        authority="local",
        procedure="open",
        contract_type="works",
        contractor_size="small",
        amount_incl_vat="100000",
        duration_months="6",
    )
    d = r.to_dict()
    del d["input"], d["applied"], d["rule_version"]
    assert d == {
        "mandatory": False,
        "hypothesis": None,
        "reason": "not_in_force",
        "reference_value": None,
        "percentage": "0",
        "amount": "0.00",
        "amount_unrounded": "0",
        "capped": False,
        "voluntary": False,
        "minimum_percentage": None,
        "maximum_percentage": None,
        "signature_required": True,
        "settlement": [],
        "findings": [{"code": "advance_regime_not_in_force", "params": {"starts": "2024-01-01"}}],
    }
    remarks = [line for line in explain_lines("advance", r, "en") if line.startswith("  - ")]
    assert remarks == [
        "  - No mandatory advance: the regime of art. 12/1 applies from 01/01/2024; only what "
        "the documents provided applies."
    ]


def test_a_procedure_choice_is_written_out_option_by_option(decide):
    """Works of 100,000 with a sole operator claimed, launched on 22/11/2026."""
    r = decide(
        "procedure",
        launch_date=DAY,
        authority="local",
        contract_type="works",
        estimated_value_excl_vat="100000",
        grounds=["sole_operator"],
    )
    d = plain(r)
    assert (d["allowed"], d["excluded"]) == (
        [
            "negotiated_without_publication",
            "simplified_negotiated_with_publication",
            "open",
            "restricted",
            "competitive_negotiation",
        ],
        ["low_value", "competitive_dialogue", "innovation_partnership"],
    )
    assert (d["simplest"], d["publication_level"], d["eu_threshold"]) == (
        "negotiated_without_publication",
        "belgian",
        "5404000",
    )
    assert [
        (o["procedure"], o["allowed"], o["prior_publication"], o["min_time_limit_days"])
        for o in d["options"]
    ] == [
        ("low_value", False, False, 0),
        ("negotiated_without_publication", True, False, 0),
        ("simplified_negotiated_with_publication", True, True, 22),
        ("open", True, True, 35),
        ("restricted", True, True, 30),
        ("competitive_negotiation", True, True, 30),
        ("competitive_dialogue", False, True, 30),
        ("innovation_partnership", False, True, 30),
    ]
    negotiated = d["options"][1]["bases"]
    assert negotiated[:4] == [
        {
            "basis": "negotiated_value",
            "applies": True,
            "reason": "applies",
            "source": "Law 17-06-2016 art. 42 §1, 1°, a); KB 18-04-2017 art. 90, first para., 1°",
            "confidence": "verified",
            "ceiling": "140000",
            "ground": None,
        },
        {
            "basis": "negotiated_social_services_value",
            "applies": False,
            "reason": "contract_type",
            "source": "Law 17-06-2016 art. 89 §1, first para., 2°",
            "confidence": "verified",
            "ceiling": "750000",
            "ground": None,
        },
        {
            "basis": "negotiated_no_suitable_tenders",
            "applies": False,
            "reason": "ground_not_claimed",
            "source": "Law 17-06-2016 art. 42 §1, 1°, b)",
            "confidence": "verified",
            "ceiling": None,
            "ground": "no_suitable_tenders",
        },
        {
            "basis": "negotiated_sole_operator",
            "applies": True,
            "reason": "applies",
            "source": "Law 17-06-2016 art. 42 §1, 1°, c)",
            "confidence": "verified",
            "ceiling": None,
            "ground": "sole_operator",
        },
    ]
    assert d["options"][0]["bases"] == [
        {
            "basis": "low_value",
            "applies": False,
            "reason": "value_not_below",
            "source": "Law 17-06-2016 art. 92; KB 18-04-2017 art. 124",
            "confidence": "verified",
            "ceiling": "30000",
            "ground": None,
        }
    ]
    assert d["findings"] == [
        {"code": "check_approved_amount_at_award", "params": {}},
        {"code": "competitive_dialogue_below_eu_open", "params": {}},
    ]
    # a basis used is listed with its ceiling, or its procedure when it has none
    assert [(a.rule, a.value) for a in r.applied if a.rule.startswith("basis:")] == [
        ("basis:negotiated_value", "140000"),
        ("basis:negotiated_sole_operator", "negotiated_without_publication"),
        ("basis:simplified_works", "750000"),
        ("basis:open", "open"),
        ("basis:restricted", "restricted"),
        ("basis:competitive_negotiation_value", "5404000"),
    ]


def test_a_mandatory_advance_is_written_out_with_its_bounds_and_tranches(decide):
    """1,200,000 over 24 months to a small winner: 12 months count, 10 % of 600,000 is
    60,000, paid back in two halves when 30 % and 60 % of the contract are executed."""
    r = decide(
        "advance",
        launch_date=DAY,
        authority="local",
        procedure="open",
        contract_type="works",
        contractor_size="small",
        amount_incl_vat="1200000",
        duration_months="24",
    )
    d = r.to_dict()
    del d["input"], d["applied"], d["rule_version"]
    assert d == {
        "mandatory": True,
        "hypothesis": 2,
        "reason": "hypothesis_2",
        "reference_value": "600000.00",
        "percentage": "10",
        "amount": "60000.00",
        "amount_unrounded": "60000",
        "capped": False,
        "voluntary": False,
        "minimum_percentage": "10",
        "maximum_percentage": "20",
        "signature_required": False,
        "settlement": [
            {
                "amount": "30000.00",
                "when_executed_reaches": "360000.00",
                "share": "0.5",
                "at": "0.30",
            },
            {
                "amount": "30000.00",
                "when_executed_reaches": "720000.00",
                "share": "0.5",
                "at": "0.60",
            },
        ],
        "findings": [],
    }


@pytest.mark.parametrize(
    ("changes", "findings"),
    [
        # above every ceiling: nothing to check at award, no open question
        ({"estimated_value_excl_vat": "6000000"}, []),
        # the competitive dialogue is allowed on a ground: its question on value is moot
        ({"grounds": ["needs_adaptation"]}, [("check_approved_amount_at_award", {})]),
        # a ground that opens nothing for works is said, with the ground and the type
        (
            {"grounds": ["commodity_market"]},
            [
                (
                    "ground_not_applicable",
                    {"ground": "commodity_market", "contract_type": "works"},
                ),
                ("check_approved_amount_at_award", {}),
                ("competitive_dialogue_below_eu_open", {}),
            ],
        ),
        (
            {"contract_type": "social_services", "estimated_value_excl_vat": "1000000"},
            [("social_services_reference_open", {})],
        ),
    ],
)
def test_the_remarks_of_a_procedure_choice_are_those_that_apply(decide, changes, findings):
    """Each remark of the procedure check appears exactly where it concerns the contract."""
    data = {
        "launch_date": DAY,
        "authority": "local",
        "contract_type": "works",
        "estimated_value_excl_vat": "100000",
    }
    r = decide("procedure", **{**data, **changes})
    assert [(f.code, f.params) for f in r.findings] == findings


def test_a_ground_that_opens_nothing_is_named_in_words(decide):
    """The remark names the ground and the contract type as the user knows them."""
    from core.texts import explain_lines

    r = decide(
        "procedure",
        launch_date=DAY,
        authority="local",
        contract_type="works",
        estimated_value_excl_vat="100000",
        grounds=["commodity_market"],
    )
    assert (
        "  - The ground 'supplies quoted and bought on a commodity market' opens no procedure "
        "for works." in explain_lines("procedure", r, "en")
    )


ADVANCE = {
    "launch_date": DAY,
    "authority": "local",
    "procedure": "open",
    "contract_type": "works",
    "contractor_size": "small",
    "amount_incl_vat": "100000",
    "duration_months": "6",
}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"exception": "financing_and_works"}, ("exception", None, [])),
        (
            {"exception": "rental"},
            ("exception", None, [("exception_unverified", {"exception": "rental"})]),
        ),
        (
            {"authority": "public_body"},
            (
                "buyer_not_obliged",
                None,
                [("buyer_obliged_only_if_financed_and_supervised", {})],
            ),
        ),
        ({"authority": "public_body", "financed_and_supervised": True}, ("hypothesis_2", 2, [])),
        ({"authority": "other"}, ("buyer_not_obliged", None, [])),
        (
            {
                "procedure": "negotiated_without_publication",
                "negotiated_ground": "no_suitable_tenders",
            },
            ("hypothesis_1", 1, []),
        ),
        (
            {
                "contract_type": "social_services",
                "procedure": "negotiated_without_publication",
                "negotiated_ground": "sole_operator",
            },
            ("negotiated_ground_not_listed", None, []),
        ),
    ],
)
def test_why_an_advance_is_or_is_not_mandatory(decide, changes, expected):
    """The reason, the hypothesis and the remarks, for each kind of buyer, ground and
    exception."""
    r = decide("advance", **{**ADVANCE, **changes})
    assert (r.reason, r.hypothesis, [(f.code, f.params) for f in r.findings]) == expected


def test_an_advance_of_fifty_cents_is_still_a_voluntary_advance(decide):
    """20 % of a € 2,50 contract to a large winner: € 0,50 granted by the documents."""
    r = decide(
        "advance",
        **{**ADVANCE, "contractor_size": "large", "amount_incl_vat": "2.50"},
        documents_percentage="20",
    )
    assert (r.amount, r.voluntary, r.mandatory) == (Decimal("0.50"), True, False)
    assert [f.code for f in r.findings] == ["voluntary_advance"]
