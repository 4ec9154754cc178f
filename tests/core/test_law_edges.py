"""The law on each side of its edge dates, and the open questions the answers must admit.

Bond: KB 4 September 2023 for contracts launched from 2023-11-01. Signature of the advance
request: dropped for contracts launched from 2024-02-01 (BOSA news of 22-12-2023). A ground of
the negotiated procedure must fit the contract type (the rule pack's bases).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from core.decisions import inputs
from core.errors import ValidationError
from core.texts import text

D = Decimal
BEFORE, REFORM = "2023-10-31", "2023-11-01"


def bond(decide, amount, on, **more):
    return decide("bond", launch_date=on, award_amount_excl_vat=str(amount), **more)


def answer(r):
    return (r.allowed, r.required, r.amount)


@pytest.mark.parametrize(
    ("on", "expected"),
    [(BEFORE, (True, False, D("0.00"))), (REFORM, (False, False, D("0.00")))],
)
def test_bond_below_50000_exempt_before_the_reform_forbidden_from_it(decide, on, expected):
    assert answer(bond(decide, "49999.99", on)) == expected


@pytest.mark.parametrize(("on", "asked"), [(BEFORE, D("2500.00")), (REFORM, D("0.00"))])
def test_a_bond_the_documents_ask_below_50000(decide, on, asked):
    """Before the reform the documents could still ask one; from it they may not."""
    r = bond(decide, "49999.99", on, documents_percentage="5")
    assert r.amount == asked
    assert ("bond_documents_not_allowed" in [f.code for f in r.findings]) == (on == REFORM)


@pytest.mark.parametrize("on", [BEFORE, REFORM])
def test_at_50000_a_bond_is_due_when_the_documents_are_silent(decide, on):
    assert answer(bond(decide, 50000, on)) == (True, True, D("2500.00"))


@pytest.mark.parametrize(
    ("on", "contract_type", "days", "required"),
    [
        (BEFORE, "supplies", 45, False),
        (BEFORE, "services", 45, False),
        (BEFORE, "supplies", 46, True),
        (BEFORE, "works", 30, True),
        (REFORM, "supplies", 30, True),
    ],
)
def test_the_former_short_execution_exemption(decide, on, contract_type, days, required):
    """Supplies and services executed within 45 days: no bond unless asked, until the reform."""
    r = bond(decide, 120000, on, contract_type=contract_type, execution_days=days)
    assert (r.allowed, r.required) == (True, required)
    assert r.amount == (D("6000.00") if required else D("0.00"))


SHORT = (
    "Onder het vroegere art. 25, § 1, 1°: geen borgtocht verschuldigd voor leveringen of "
    "diensten uitgevoerd binnen 45 dagen, tenzij de opdrachtdocumenten er een vragen (slechts "
    "één bron)."
)
NOT_CHECKED = (
    "Onder de vroegere regels was voor leveringen en diensten uitgevoerd binnen 45 dagen geen "
    "borgtocht verschuldigd, tenzij de opdrachtdocumenten er een vroegen: geef het soort "
    "opdracht en de uitvoeringstermijn in dagen op om die vrijstelling na te gaan."
)
SERVICES = (
    "De vroegere vrijstelling voor sommige diensten (vervoer, juridische diensten, studies, "
    "informatica, onderzoek en ontwikkeling) wordt niet toegepast: de precieze draagwijdte "
    "ervan kon niet vastgesteld worden."
)


@pytest.mark.parametrize(
    ("more", "said"),
    [
        ({"contract_type": "supplies", "execution_days": 45}, [SHORT]),
        ({"contract_type": "services", "execution_days": 46}, [SERVICES]),
        ({"contract_type": "works", "execution_days": 30}, []),
        ({"contract_type": "works"}, [NOT_CHECKED]),
        ({"contract_type": "supplies"}, [NOT_CHECKED, SERVICES]),
        ({"execution_days": 30}, [NOT_CHECKED, SERVICES]),
    ],
)
def test_what_the_former_short_execution_exemption_says_in_dutch(decide, more, said):
    """Before the reform, a bond of 120 000: the exemption applied, not checked for want of
    the contract type or the days, and the service exemptions not applied, as printed."""
    from core.texts import explain_lines

    shown = explain_lines("bond", bond(decide, 120000, BEFORE, **more), "nl")
    assert [line for line in (SHORT, NOT_CHECKED, SERVICES) if "  - " + line in shown] == said


def test_the_former_exemptions_cite_their_paragraph_and_their_confidence(decide):
    small = bond(decide, 40000, BEFORE)
    short = bond(decide, 120000, BEFORE, contract_type="supplies", execution_days=10)
    by_rule = {a.rule: a for a in small.applied + short.applied}
    assert by_rule["bond_exempt_below"].source.startswith("KB 14-01-2013 art. 25 §1, 3°")
    assert by_rule["bond_exempt_below"].confidence == "verified"
    assert by_rule["bond_exempt_max_execution_days"].source.startswith(
        "KB 14-01-2013 art. 25 §1, 1°"
    )
    assert by_rule["bond_exempt_max_execution_days"].confidence == "secondary"
    unknown = bond(decide, 120000, BEFORE)
    assert unknown.required
    codes = [f.code for f in unknown.findings]
    assert "bond_short_execution_not_checked" in codes
    assert "bond_former_service_exemptions_not_applied" in codes


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_required_is_said_wherever_the_bond_answer_is_shown(decide, lang):
    from core.texts import explain_lines

    shown = explain_lines("bond", bond(decide, 45000, BEFORE), lang)
    assert text(lang, "label", "bond_not_required") in shown
    shown = explain_lines("bond", bond(decide, 120000, REFORM), lang)
    assert text(lang, "label", "bond_required") in shown


def advance(decide, on, **more):
    data = {
        "launch_date": on,
        "authority": "local",
        "procedure": "open",
        "contract_type": "services",
        "amount_incl_vat": "96800",
        "duration_months": 8,
        "contractor_size": "small",
        **more,
    }
    return decide("advance", **data)


@pytest.mark.parametrize(
    ("on", "signed"), [("2023-12-31", True), ("2024-01-31", True), ("2024-02-01", False)]
)
def test_the_request_must_be_signed_before_1_february_2024(decide, on, signed):
    r = advance(decide, on)
    assert r.signature_required is signed
    assert r.to_dict()["signature_required"] is signed
    rule = next(a for a in r.applied if a.rule == "advance_request_signature_required")
    if not signed:  # the date comes from the BOSA news of 22-12-2023
        assert "bosa.belgium.be" in rule.url and rule.valid_from.isoformat() == "2024-02-01"


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_french_says_no_longer_required_never_must_not(decide, lang):
    from core.texts import explain_lines

    after = "\n".join(explain_lines("advance", advance(decide, "2024-02-01"), lang))
    before = "\n".join(explain_lines("advance", advance(decide, "2024-01-31"), lang))
    assert "01/02/2024" in after and "01/02/2024" in before
    if lang == "fr":
        assert "la signature n'est plus requise" in after
    assert not re.search(r"ne doit pas être signée|must not be signed|mag niet", after + before)


@pytest.mark.parametrize(
    ("contract_type", "ground"),
    [
        ("services", "research_products"),
        ("works", "research_products"),
        ("supplies", "design_contest"),
        ("works", "additional_deliveries"),
        ("supplies", "repetition"),
        ("social_services", "commodity_market"),
    ],
)
def test_a_ground_that_does_not_fit_the_type_is_a_validation_error(decide, contract_type, ground):
    with pytest.raises(ValidationError) as caught:
        advance(
            decide,
            "2025-03-01",
            procedure="negotiated_without_publication",
            negotiated_ground=ground,
            contract_type=contract_type,
        )
    assert caught.value.field == "negotiated_ground"
    assert ground in caught.value.message and contract_type in caught.value.message


def test_the_procedure_check_does_not_refuse_such_a_ground(decide):
    """FORMAT.md: the procedure check simply opens no procedure on a ground that does not fit."""
    r = decide(
        "procedure",
        launch_date="2026-03-01",
        authority="local",
        contract_type="services",
        estimated_value_excl_vat="200000",
        grounds=["research_products"],
    )
    assert "negotiated_without_publication" not in r.allowed
    assert "ground_not_applicable" in [f.code for f in r.findings]


def test_the_grounds_that_fit_come_from_the_pack(pack):
    """Drop services from the research ground's basis in a copy of the pack: it fits then."""
    from core.decisions.advance import negotiated_grounds
    from core.record import replace

    on = inputs.iso_date({"d": "2025-03-01"}, "d")
    assert "research_products" not in negotiated_grounds(pack, on, "services")
    bases = tuple(
        replace(b, contract_types=(*b.contract_types, "services"))
        if b.ground == "research_products"
        else b
        for b in pack.bases
    )
    widened = replace(pack, bases=bases, memo={})
    assert "research_products" in negotiated_grounds(widened, on, "services")


def test_the_confidence_marks_of_the_review(decide, pack):
    """Medium: the cap on an art. 12/4 §2 advance and the settlement base; the simplicity
    order is the app's convention."""
    above = advance(decide, "2025-03-01", documents_percentage="30", above_20_allowed=True)
    by_rule = {a.rule: a.confidence for a in above.applied}
    assert by_rule["advance_cap_above_maximum"] == "secondary"
    assert by_rule["advance_settlement"] == "secondary"
    plain = advance(decide, "2025-03-01")
    assert "advance_cap_above_maximum" not in {a.rule for a in plain.applied}
    on = inputs.iso_date({"d": "2025-03-01"}, "d")
    assert pack.value("procedure_simplicity_order", on).confidence == "convention"


def codes(r):
    return [f.code for f in r.findings]


def test_open_questions_are_findings(decide):
    low = advance(decide, "2025-03-01", procedure="low_value", amount_incl_vat="24200")
    assert "low_value_advance_uncertain" in codes(low)
    bid = {"procedure": "low_value", "required_items": ["drawings"]}
    assert "low_value_bid_compensation_uncertain" in codes(
        decide("bid_compensation", launch_date="2025-03-01", **bid)
    )
    proc = {"launch_date": "2026-03-01", "authority": "local", "contract_type": "supplies"}
    below = decide("procedure", estimated_value_excl_vat="180000", **proc)
    assert "competitive_dialogue_below_eu_open" in codes(below)
    above = decide("procedure", estimated_value_excl_vat="900000", **proc)
    assert "competitive_dialogue_below_eu_open" not in codes(above)
    social = decide(
        "procedure",
        launch_date="2026-03-01",
        authority="local",
        contract_type="social_services",
        estimated_value_excl_vat="900000",
    )
    assert "social_services_reference_open" in codes(social)


@pytest.mark.parametrize(
    ("on", "uncertain", "mandatory"),
    [("2023-12-31", False, False), ("2024-01-31", True, False), ("2024-02-01", False, True)],
)
def test_the_bid_compensation_start_date_is_said_to_be_disputed(decide, on, uncertain, mandatory):
    """One source says 1 January 2024: a January 2024 contract is told; the pack keeps
    1 February 2024 from the BOSA news."""
    r = decide(
        "bid_compensation", launch_date=on, procedure="restricted", required_items=["models"]
    )
    assert r.mandatory is mandatory
    assert ("bid_compensation_start_date_uncertain" in codes(r)) is uncertain


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_new_finding_has_a_text(lang):
    for code in (
        "bond_exempt_below",
        "bond_exempt_short_execution",
        "bond_short_execution_not_checked",
        "bond_former_service_exemptions_not_applied",
        "bond_documents_not_allowed",
        "low_value_advance_uncertain",
        "low_value_bid_compensation_uncertain",
        "competitive_dialogue_below_eu_open",
        "social_services_reference_open",
        "bid_compensation_start_date_uncertain",
    ):
        assert text(lang, "finding", code) != code, code


def test_a_bond_the_documents_ask_under_the_floor_is_written_out_whole(decide):
    """From the reform, 49,999.99 with 5 % in the documents: no bond, and the documents'
    clause said to be void, each remark with the floor of 50,000."""
    r = bond(decide, "49999.99", REFORM, documents_percentage="5")
    d = r.to_dict()
    d["applied"] = [a["rule"] for a in d["applied"]]
    d.pop("rule_version")
    assert d == {
        "allowed": False,
        "required": False,
        "percentage": "0",
        "amount": "0.00",
        "needs_reasons": False,
        "input": {
            "launch_date": REFORM,
            "award_amount_excl_vat": "49999.99",
            "documents_percentage": "5",
            "contract_type": None,
            "execution_days": None,
        },
        "applied": ["bond_default_pct", "bond_forbidden_below"],
        "findings": [
            {"code": "bond_forbidden_below", "params": {"floor": "50000"}},
            {"code": "bond_documents_not_allowed", "params": {"floor": "50000"}},
        ],
    }


@pytest.mark.parametrize(("pct", "needs_reasons"), [("5", False), ("5.01", True)])
def test_only_a_bond_above_the_default_needs_reasons(decide, pct, needs_reasons):
    r = bond(decide, 60000, REFORM, documents_percentage=pct)
    assert r.needs_reasons is needs_reasons
    codes = [f.code for f in r.findings]
    assert ("bond_above_default_needs_reasons" in codes) is needs_reasons
