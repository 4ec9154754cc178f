"""Results in their plain form (``decide --json``, what a tender stores): every field, literally.

And a stored decision read back is the decision that was taken, field for field, so that a
document shows what the screen showed. Expected values are written out by hand.
"""

from __future__ import annotations

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
