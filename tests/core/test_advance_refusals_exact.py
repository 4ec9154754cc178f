"""An advance refused for its percentage or its ground: the figures of the translated message
and the grounds that would fit. Expected values are written out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError
from tests.core.test_decision_inputs_exact import ADVANCE, refused


@pytest.mark.parametrize(
    ("changes", "params", "dutch"),
    [
        (
            {"documents_percentage": "1"},
            {"pct": Decimal("1"), "low": Decimal("10")},
            "Voorschot in de opdrachtdocumenten: 1% is minder dan het wettelijke minimum van "
            "10% voor dit geval.",
        ),
        (
            {"documents_percentage": "35"},
            {"pct": Decimal("35"), "high": Decimal("20")},
            "Voorschot in de opdrachtdocumenten: 35% is meer dan het maximum van 20%; meer mag "
            "alleen in de gevallen van art. 12/4 §2 (vink dat geval aan).",
        ),
    ],
)
def test_a_percentage_outside_the_legal_bounds_is_said_in_dutch_with_both_figures(
    decide, changes, params, dutch
):
    """The window says the percentage typed and the bound it crosses, in the user's words."""
    from core.texts import error_text

    with pytest.raises(ValidationError) as caught:
        decide("advance", **{**ADVANCE, **changes})
    assert caught.value.params == params
    assert error_text(caught.value, "nl") == dutch


def test_a_ground_that_does_not_fit_the_contract_type_is_refused_with_those_that_do(decide):
    """A design contest is no ground for works: the refusal lists the grounds for works."""
    changes = {"procedure": "negotiated_without_publication", "negotiated_ground": "design_contest"}
    assert refused(decide, "advance", ADVANCE, **changes) == (
        "negotiated_ground",
        "not_for_contract_type",
        "negotiated_ground: the ground 'design_contest' of the negotiated procedure without "
        "prior publication does not apply to a works contract (grounds for works: value, "
        "no_suitable_tenders, sole_operator, extreme_urgency, repetition)",
    )
