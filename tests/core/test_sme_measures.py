"""Bid compensation, provisional ranking, SME class, bond and e-invoicing on their edges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.decisions.ranking import provisional_places
from core.errors import ValidationError

D = Decimal
TENDERERS = [
    {"id": "A", "status": "winner"},
    {"id": "B", "status": "not_selected"},
    {"id": "C", "status": "unacceptable"},
    {"id": "D", "status": "substantially_irregular"},
]


def bid(decide, **overrides):
    data = {
        "launch_date": "2025-05-01",
        "procedure": "restricted",
        "required_items": ["drawings"],
        "tenderers": TENDERERS,
        "documents_amount": "2500.00",
    }
    data.update(overrides)
    return decide("bid_compensation", **data)


def test_bid_compensation_goes_to_everyone_but_the_winner(decide):
    """Without a reduction clause every tenderer but the winner gets the full amount."""
    r = bid(decide)
    assert r.mandatory
    assert r.amounts == {"A": D("0.00"), "B": D("2500.00"), "C": D("2500.00"), "D": D("2500.00")}
    assert r.total == D("7500.00")


def test_documents_may_reduce_it_for_irregular_and_unacceptable_offers(decide):
    """The reduced amount applies only to substantially irregular and unacceptable offers."""
    r = bid(decide, documents_reduced_amount="500")
    assert (r.amounts["B"], r.amounts["C"], r.amounts["D"], r.total) == (
        D("2500.00"),
        D("500.00"),
        D("500.00"),
        D("3500.00"),
    )


@pytest.mark.parametrize("procedure", ["open", "simplified_negotiated_with_publication"])
def test_excluded_procedures_owe_no_compensation(decide, procedure):
    """Open and simplified procedures: not mandatory; the documents' amount is voluntary."""
    r = bid(decide, procedure=procedure)
    assert (r.mandatory, r.reason) == (False, "procedure_excluded")
    assert "voluntary_bid_compensation" in [f.code for f in r.findings]
    assert not bid(decide, procedure=procedure, documents_amount=None).total


@pytest.mark.parametrize(
    "item",
    [
        "samples",
        "models",
        "prototypes",
        "drawings",
        "graphic_designs",
        "plastic_arts",
        "musical_arts",
        "cinematographic_arts",
        "performing_arts",
    ],
)
def test_every_listed_item_triggers_it(decide, item):
    """Each required item listed by the law makes the compensation mandatory."""
    assert bid(decide, required_items=[item]).mandatory


def test_no_required_items_no_duty(decide):
    """Without samples, models or designs nothing is due."""
    r = bid(decide, required_items=[], documents_amount=None)
    assert (r.mandatory, r.reason, r.total) == (False, "no_required_items", D("0.00"))


def test_bid_compensation_starts_on_2024_02_01(decide):
    """Launched 2024-01-31: no duty; launched 2024-02-01: due."""
    assert bid(decide, launch_date="2024-01-31").reason == "not_in_force"
    assert bid(decide, launch_date="2024-02-01").mandatory


def test_mandatory_without_an_amount_leaves_it_to_the_documents(decide):
    """The law sets no amount: the result says the documents must set it."""
    r = bid(decide, documents_amount=None)
    assert r.mandatory and r.total is None and r.amounts["B"] is None
    assert "documents_must_set_amount" in [f.code for f in r.findings]


@pytest.mark.parametrize(
    "overrides",
    [
        {"required_items": ["paintings"]},
        {"documents_amount": "-1"},
        {"documents_reduced_amount": "3000"},
        {"tenderers": [{"id": "A", "status": "lost"}]},
        {"tenderers": [{"id": "A", "status": "winner"}, {"id": "A", "status": "not_selected"}]},
        {"tenderers": [{"status": "winner"}]},
        {"procedure": "auction"},
    ],
)
def test_bad_bid_compensation_input_is_refused(decide, overrides):
    """Unknown items or statuses, negative or inconsistent amounts, duplicate ids: refused."""
    with pytest.raises(ValidationError):
        bid(decide, **overrides)


def rank(decide, **overrides):
    data = {
        "launch_date": "2024-07-01",
        "procedure": "open",
        "authority": "local",
        "contract_type": "works",
        "estimated_value_excl_vat": "300000",
        "price_only": True,
    }
    data.update(overrides)
    return decide("provisional_ranking", **data)


def test_ranking_duty_needs_every_condition(decide):
    """Open or restricted, below the EU threshold, price only, published from 2024-06-01."""
    assert rank(decide).required
    assert rank(decide, procedure="restricted").required
    assert rank(decide, procedure="competitive_negotiation").reason == "procedure_not_covered"
    assert rank(decide, price_only=False).reason == "not_price_only"
    assert rank(decide, launch_date="2024-05-31").reason == "not_in_force"
    assert rank(decide, launch_date="2024-06-01").required


def test_ranking_duty_stops_at_the_eu_threshold(decide):
    """Supplies of a municipality in 2026: required at 215,999.99, not at 216,000."""
    kw = {"launch_date": "2026-03-01", "contract_type": "supplies"}
    assert rank(decide, estimated_value_excl_vat="215999.99", **kw).required
    assert rank(decide, estimated_value_excl_vat="216000", **kw).reason == (
        "at_or_above_eu_threshold"
    )


def test_each_tenderer_gets_only_its_own_place_with_ties_sharing_a_place():
    """Places by ascending price: 100 -> 1, 120 and 120 -> 2, 150 -> 4."""
    places = provisional_places({"X": D(120), "Y": D(100), "Z": D(150), "W": D(120)})
    assert {p.tenderer_id: p.place for p in places} == {"Y": 1, "W": 2, "X": 2, "Z": 4}


@pytest.mark.parametrize(
    ("staff", "turnover", "balance", "size", "by"),
    [
        ("9.9", "2000000", "99000000", "micro", "turnover"),
        ("10", "2000000", "2000000", "small", "turnover"),
        ("9", "2000000.01", "2000000.01", "small", "turnover"),
        ("9", "2000000.01", "2000000", "micro", "balance_sheet"),
        ("49", "10000000", "99000000", "small", "turnover"),
        ("50", "1", "1", "medium", "turnover"),
        ("49", "10000000.01", "10000000.01", "medium", "turnover"),
        ("249", "50000000", "99000000", "medium", "turnover"),
        ("249", "99000000", "43000000", "medium", "balance_sheet"),
        ("249", "50000000.01", "43000000.01", "large", "none"),
        ("250", "0", "0", "large", "none"),
        ("0", "0", "0", "micro", "turnover"),
    ],
)
def test_sme_class_boundaries(decide, staff, turnover, balance, size, by):
    """Staff below the limit AND turnover OR balance at most the limit, smallest class first;
    the answer says which figure decided it (the editor shows it)."""
    r = decide("sme_class", staff_awu=staff, turnover=turnover, balance_sheet_total=balance)
    assert (r.size, r.decided_by) == (size, by)
    # the limits shown: those of the class found, or for a large one the medium limits it passed
    assert r.limits["staff_below"] == {"micro": 10, "small": 50, "medium": 250, "large": 250}[size]
    assert r.request.turnover == Decimal(turnover)


def test_sme_class_refuses_negative_figures(decide):
    """A negative staff count is refused."""
    with pytest.raises(ValidationError):
        decide("sme_class", staff_awu="-1", turnover="0", balance_sheet_total="0")


def bond(decide, amount, on="2024-03-01", pct=None):
    data = {"launch_date": on, "award_amount_excl_vat": str(amount)}
    if pct is not None:
        data["documents_percentage"] = pct
    return decide("bond", **data)


def test_bond_is_forbidden_below_50000(decide):
    """49,999.99: no bond may be asked; 50,000: 5% = 2,500."""
    assert not bond(decide, "49999.99").allowed
    r = bond(decide, 50000)
    assert (r.allowed, r.amount) == (True, D("2500.00"))


def test_bond_is_rounded_up_to_the_next_ten_euro(decide):
    """5% of 120,333 = 6,016.65 -> 6,020; 5% of 120,000 stays 6,000; 5% of 100,001 -> 5,010."""
    assert bond(decide, 120333).amount == 6020
    assert bond(decide, 120000).amount == 6000
    assert bond(decide, 100001).amount == 5010


def test_bond_percentage_of_the_documents(decide):
    """0% means no bond; 3% needs no reasons; 7% needs reasons in the documents."""
    assert bond(decide, 100000, pct="0").amount == 0
    low = bond(decide, 100000, pct="3")
    high = bond(decide, 100000, pct="7")
    assert (low.amount, low.needs_reasons) == (3000, False)
    assert (high.amount, high.needs_reasons) == (7000, True)


def test_bond_below_50000_before_the_2023_reform_was_exempt_not_forbidden(decide):
    """Before 2023-11-01 art. 25 §1, 3° exempted a small contract unless the documents asked a
    bond: it may be asked, is not due by default, and the documents' bond is due."""
    r = bond(decide, 40000, on="2023-10-31")
    assert (r.allowed, r.required, r.amount) == (True, False, D("0.00"))
    rule = next(a for a in r.applied if a.rule == "bond_exempt_below")
    assert "§1, 3°" in rule.source
    asked = decide(
        "bond", launch_date="2023-10-31", award_amount_excl_vat="40000", documents_percentage="5"
    )
    assert (asked.allowed, asked.required, asked.amount) == (True, False, D("2000.00"))
    after = bond(decide, 40000, on="2023-11-01")
    assert (after.allowed, after.required, after.amount) == (False, False, D("0.00"))


def einv(decide, value, on, authority="local", contract_type="supplies"):
    return decide(
        "e_invoicing",
        launch_date=on,
        authority=authority,
        contract_type=contract_type,
        estimated_value_excl_vat=str(value),
    ).required


def test_e_invoicing_phases(decide):
    """EU-level contracts from 2022-11-01, from 30,000 on 2023-05-01, above 3,000 2024-03-01."""
    assert not einv(decide, 5000000, "2022-10-31")
    assert einv(decide, 215000, "2022-11-01")
    assert not einv(decide, "214999.99", "2022-11-01")
    assert not einv(decide, 100000, "2023-04-30")
    assert einv(decide, 30000, "2023-05-01")
    assert not einv(decide, "29999.99", "2023-05-01")
    assert not einv(decide, 5000, "2024-02-29")
    assert einv(decide, "3000.01", "2024-03-01")
    assert not einv(decide, 3000, "2024-03-01")
