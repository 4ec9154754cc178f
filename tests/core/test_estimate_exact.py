"""The estimated value as a user reads it: each part named, the JSON whole, the refusals exact.

Every expected value here is written out by hand (amounts, labels, messages), never computed
with the code under test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.texts import error_text, explain_lines


def est(decide, **overrides):
    data = {"launch_date": "2026-11-22", "authority": "local", "contract_type": "services"}
    data.update(overrides)
    return decide("estimate", **data)


def refusal(decide, **overrides) -> tuple[str, str, str]:
    with pytest.raises(ValidationError) as caught:
        est(decide, **overrides)
    return caught.value.field, caught.value.code, str(caught.value)


def answer(result) -> list[str]:
    """The answer as the explanation prints it in English: the lines under the title."""
    lines = explain_lines("estimate", result, "en")
    return lines[1 : lines.index("")]


def test_every_part_is_listed_with_its_name_and_amount(decide):
    """Three years of 40,000 renewed twice, two options (one unnamed), premiums: as shown."""
    r = est(
        decide,
        yearly_amount="40000",
        years="3",
        renewals=2,
        options=[{"label": "maintenance", "amount": "5000"}, {"amount": "0"}],
        premiums="1000",
    )
    assert answer(r) == [
        "Estimated value excl. VAT: €366,000.00",
        "  Base years: €120,000.00",
        "  Renewal 1: €120,000.00",
        "  Renewal 2: €120,000.00",
        "  Option maintenance: €5,000.00",
        "  Option 2: €0.00",
        "  Premiums premiums: €1,000.00",
    ]


def test_a_base_amount_and_its_renewals_are_listed_as_such(decide):
    """A base of 50,000 renewed twice and a lot: base, renewals 1 and 2, the lot by name."""
    r = est(decide, base_amount="50000", renewals=2, lots=[{"label": "north", "amount": "7000"}])
    assert answer(r) == [
        "Estimated value excl. VAT: €157,000.00",
        "  Base base: €50,000.00",
        "  Renewal 1: €50,000.00",
        "  Renewal 2: €50,000.00",
        "  Lot north: €7,000.00",
    ]


def test_the_json_of_an_estimate_keeps_every_part_and_warning(decide):
    """What ``decide estimate --json`` prints: total, parts, warnings and the input read."""
    r = est(
        decide,
        yearly_amount="40000",
        years="2",
        options=[{"label": "maintenance", "amount": "5000"}],
        lots=[{"label": "A", "amount": "100"}],
        premiums="250.50",
    )
    d = r.to_dict()
    assert d["total"] == "85350.50"
    assert d["parts"] == [
        {"kind": "base", "label": "years", "amount": "80000"},
        {"kind": "option", "label": "maintenance", "amount": "5000"},
        {"kind": "lot", "label": "A", "amount": "100"},
        {"kind": "premium", "label": "premiums", "amount": "250.50"},
    ]
    assert d["split_warnings"] == [
        {"rule": "low_value_ceiling", "threshold": "30000", "part": "100"},
    ]
    assert d["input"] == {
        "launch_date": "2026-11-22",
        "authority": "local",
        "contract_type": "services",
        "yearly_amount": "40000",
        "years": "2",
        "base_amount": None,
        "renewals": 0,
        "options": [["maintenance", "5000"]],
        "lots": [["A", "100"]],
        "premiums": "250.50",
    }
    assert d["findings"] == [
        {
            "code": "splitting_warning",
            "params": {"rule": "low_value_ceiling", "threshold": "30000", "part": "100"},
        }
    ]


def test_the_warning_says_which_threshold_and_which_part(decide):
    """The remark names the part and the threshold in words, as the user reads it."""
    r = est(decide, base_amount="100000", renewals=1)
    remarks = [line for line in explain_lines("estimate", r, "en") if line.startswith("  - ")]
    assert remarks == [
        "  - One part (€100,000.00) stays under €140,000.00, the threshold for the negotiated "
        "procedure without publication, but the whole contract does not: the whole value "
        "counts, and splitting a contract to stay under a threshold is forbidden."
    ]


@pytest.mark.parametrize(
    ("lots", "warned"),
    [
        # the whole exactly at the ceiling: the ceiling is reached, splitting is warned
        (["70000", "70000"], [("negotiated_value_ceiling", "140000", "70000")]),
        # one lot exactly at the ceiling: that part does not stay under it
        (["140000", "140000"], [("eu_threshold", "216000", "140000")]),
        # the whole exactly at the EU threshold
        (
            ["108000", "108000"],
            [
                ("negotiated_value_ceiling", "140000", "108000"),
                ("eu_threshold", "216000", "108000"),
            ],
        ),
        # one lot exactly at the EU threshold
        (["216000", "216000"], []),
        # the whole exactly at the low-value ceiling
        (["10000", "20000"], [("low_value_ceiling", "30000", "10000")]),
    ],
)
def test_splitting_is_warned_from_the_threshold_itself(decide, lots, warned):
    """A threshold is reached at its amount: a whole of exactly 140,000 is not under 140,000."""
    r = est(decide, lots=[{"label": str(n), "amount": a} for n, a in enumerate(lots, 1)])
    assert [(w, str(t), str(p)) for w, t, p in r.split_warnings] == warned


def test_the_eu_threshold_is_that_of_the_contract_type_and_the_buyer(decide):
    """Works: 5,404,000; a federal buyer's services: 140,000; a local buyer's: 216,000."""
    works = est(decide, contract_type="works", lots=[{"amount": "3000000"}, {"amount": "3000000"}])
    assert ("eu_threshold", Decimal("5404000"), Decimal("3000000")) in works.split_warnings
    federal = est(decide, authority="federal_central", yearly_amount="50000", years="3")
    assert ("eu_threshold", Decimal("140000"), Decimal("50000")) in federal.split_warnings
    local = est(decide, yearly_amount="50000", years="3")
    assert [w[0] for w in local.split_warnings] == ["negotiated_value_ceiling"]


def test_the_smallest_part_is_the_base_when_there_is_no_year(decide):
    """A base of 100,000 renewed once: the part that stays under 140,000 is the base."""
    r = est(decide, base_amount="100000", renewals=1)
    assert r.split_warnings == (("negotiated_value_ceiling", Decimal("140000"), Decimal("100000")),)


def test_a_renewal_of_a_yearly_amount_counts_all_its_years(decide):
    """Two years of 10,000 renewed once: the renewal is 20,000 too."""
    r = est(decide, yearly_amount="10000", years="2", renewals=1)
    assert [(p.kind, p.label, p.amount) for p in r.parts] == [
        ("base", "years", Decimal("20000")),
        ("renewal", "1", Decimal("20000")),
    ]
    assert r.total == Decimal("40000.00")


def test_zero_amounts_are_accepted_where_a_part_may_be_free(decide):
    """A free base with one lot, a yearly amount of 0, zero premiums: accepted, nothing added."""
    assert est(decide, base_amount="0", lots=[{"amount": "500"}]).total == Decimal("500.00")
    assert est(decide, yearly_amount="0", years="1").total == Decimal("0.00")
    r = est(decide, base_amount="100", premiums="0")
    assert r.request.premiums == Decimal("0")
    assert [p.kind for p in r.parts] == ["base"]
    assert est(decide, base_amount="100", renewals=None).request.renewals == 0


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {},
            (
                "base_amount",
                "missing",
                "base_amount: give a base amount, a yearly amount with the number of years, "
                "or the lots",
            ),
        ),
        (
            {"yearly_amount": "1000"},
            (
                "years",
                "missing",
                "years: a yearly amount needs the number of years (all renewals included "
                "count separately)",
            ),
        ),
        (
            {"base_amount": "100", "renewals": -1},
            ("renewals", "bad_count", "renewals: expected a whole number of renewals, got -1"),
        ),
        (
            {"base_amount": "100", "renewals": "2"},
            ("renewals", "bad_count", "renewals: expected a whole number of renewals, got '2'"),
        ),
        (
            {"base_amount": "100", "renewals": True},
            ("renewals", "bad_count", "renewals: expected a whole number of renewals, got True"),
        ),
        (
            {"base_amount": "100", "options": "maintenance"},
            ("options", "not_a_list", "options: expected a list of {label, amount}"),
        ),
        (
            {"base_amount": "100", "lots": [{"amount": "1"}, "second"]},
            ("lots[1]", "not_an_object", "lots[1]: expected an object, got 'second'"),
        ),
        (
            {"base_amount": "100", "options": [{"label": "x", "amount": "-5"}]},
            ("options[0].amount", "negative", "options[0].amount: must not be negative, got -5"),
        ),
        (
            {"base_amount": "100", "lots": [{"label": "x"}]},
            ("lots[0].amount", "missing", "lots[0].amount: is required"),
        ),
    ],
)
def test_a_wrong_estimate_is_refused_with_the_field_and_the_reason(decide, overrides, expected):
    """Each refusal names the field the user must correct and says why."""
    assert refusal(decide, **overrides) == expected


@pytest.mark.parametrize(
    ("renewals", "words"),
    [
        (-1, "„-1” is geen geheel getal van nul of meer."),
        ("twee", "„twee” is geen geheel getal van nul of meer."),
    ],
)
def test_a_wrong_number_of_renewals_is_refused_repeating_what_was_typed(decide, renewals, words):
    with pytest.raises(ValidationError) as caught:
        est(decide, base_amount="100", renewals=renewals)
    assert error_text(caught.value, "nl").endswith(words)
