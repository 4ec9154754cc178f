"""What a tender means for us: each question answered by the checks ``main.py decide`` runs,
from the tender and the profile; the same figures as ``decide``; what is missing is named."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from commands import decide
from core.company.meaning import Facts, facts_of, meaning, rules, words
from core.company.offers import add_offer
from core.company.profile import read_profile, save_profile
from core.rules import bundled_pack
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = [
    *sorted((ROOT / "tests" / "scenarios").glob("*.json")),
    Path("/work/shared/scenarios/examples.json"),
]
#: what a tender and a company profile can hold (a case needing more is not an offer's)
ADVANCE_KEYS = {
    "launch_date",
    "authority",
    "procedure",
    "contract_type",
    "contractor_size",
    "amount_incl_vat",
    "duration_months",
    "monthly_value_incl_vat",
}
BOND_KEYS = {"launch_date", "award_amount_excl_vat", "contract_type"}


def decide_json(check: str, data: dict) -> dict:
    """What ``main.py decide CHECK JSON --json`` prints, read back."""
    out = io.StringIO()
    args = argparse.Namespace(check=check, input=json.dumps(data), rules=None, json=True, lang="en")
    assert decide.run(args, out) == 0
    printed = json.loads(out.getvalue())
    printed.pop("rule_pack")
    return printed


def cases_with_a_contractor():
    """The scenario cases of the advance (with the contractor's size) and of the bond (with
    the winner's amount) that an offer and a profile can express."""
    found = []
    for path in SCENARIOS:
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"] if isinstance(data, dict) else data:
            given, expect = case["input"], case.get("expect", {})
            if "error" in expect or not isinstance(given, dict):
                continue
            advance = case["check"] == "advance" and set(given) <= ADVANCE_KEYS
            advance = advance and bool(given.get("contractor_size"))
            # a fixed duration with its amount, or an indefinite one with its monthly value
            indefinite = given.get("duration_months") is None
            advance = advance and (given.get("amount_incl_vat") is None) == indefinite
            bond = case["check"] == "bond" and set(given) <= BOND_KEYS
            if advance or bond:
                found.append(pytest.param(case["check"], given, id=f"{path.stem}:{case['id']}"))
    return found


def facts_from(check: str, given: dict) -> Facts:
    """The tender and profile a scenario case describes."""
    if check == "bond":
        return Facts(
            launch_date=date.fromisoformat(given["launch_date"]),
            authority="local",
            contract_type=given.get("contract_type", "works"),
            estimated_value=Decimal(given["award_amount_excl_vat"]),
            offer=Decimal(str(given["award_amount_excl_vat"])),
        )
    if given.get("duration_months") is None:  # indefinite: our amount is a month's
        monthly = Decimal(str(given["monthly_value_incl_vat"]))
        return Facts(
            launch_date=date.fromisoformat(given["launch_date"]),
            authority=given["authority"],
            contract_type=given["contract_type"],
            estimated_value=monthly * 48,
            procedure=given["procedure"],
            size_class=given["contractor_size"],
            indefinite=True,
            monthly_incl_vat=monthly,
        )
    return Facts(
        launch_date=date.fromisoformat(given["launch_date"]),
        authority=given["authority"],
        contract_type=given["contract_type"],
        estimated_value=Decimal(str(given["amount_incl_vat"])),
        procedure=given["procedure"],
        duration_months=Decimal(str(given["duration_months"])),
        amount_incl_vat=Decimal(str(given["amount_incl_vat"])),
        size_class=given["contractor_size"],
    )


CASES = cases_with_a_contractor()


def test_the_scenarios_give_cases_to_compare():
    assert len(CASES) >= 10


@pytest.mark.parametrize(("check", "given"), CASES)
def test_the_figures_are_those_of_main_py_decide(check, given):
    pack = bundled_pack()
    topic = {"advance": "advance", "bond": "bond"}[check]
    [line] = [x for x in meaning(facts_from(check, given), pack) if x.topic == topic]
    assert line.result is not None, line.refused or line.missing
    assert json.loads(json.dumps(line.result.to_dict(), default=str)) == decide_json(
        check, line.given
    )
    # and the input is the case's own, field by field
    for key, value in given.items():
        assert (
            line.given[key] is None
            if value is None
            else Decimal(str(line.given[key])) == Decimal(str(value))
            if key.endswith(("incl_vat", "excl_vat", "months"))
            else line.given[key] == value
        )


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


WALLOON = {
    "name": "Menuiserie Dupont SRL",
    "staff_awu": "12",
    "turnover": "1800000",
    "balance_sheet_total": "900000",
    "figures_year": 2025,
}
NOTICE = {
    "reference": "2026/S 210-000123",
    "buyer": "Commune de Gembloux",
    "title": "Fourniture de mobilier scolaire",
    "authority": "local",
    "contract_type": "supplies",
    "estimated_value": "90000",
    "procedure": "open",
    "launch_date": "2026-11-02",
    "duration_months": "12",
    "required_items": ["samples"],
    "price_only": True,
    "offers_deadline": "2026-11-27",
}


def test_our_offer_gives_the_advance_on_our_amount_with_its_rules(reg):
    mine = save_profile(reg, None, WALLOON, {"name": "Claire Dupont"}, NOW)
    tenderer = add_offer(reg, mine, {**NOTICE, "offer": "87500"}, NOW)
    pack = bundled_pack()
    facts = facts_of(reg, tenderer, read_profile(reg), pack)
    assert facts.size_class == "small"
    assert facts.amount_incl_vat == Decimal("105875.00")  # 87 500 + 21 % standard VAT
    lines = {line.topic: line for line in meaning(facts, pack)}
    advance = lines["advance"]
    assert advance.result.mandatory and advance.result.hypothesis == 2
    assert advance.result.amount == Decimal("10587.50")
    shown = words(advance, facts, "fr")
    assert "Montant\u00a0: 10\u202f587,50\u00a0€" in shown
    assert any("87\u202f500,00\u00a0€ hors TVA plus 21\u00a0%" in w for w in shown)
    assert any(source.startswith("article 12/1") for source, _ in rules(advance, "fr"))
    assert lines["bid_compensation"].result.reason == "procedure_excluded"  # open: excluded
    assert lines["ranking"].result.required  # an open procedure, price only
    assert lines["bond"].result.amount == Decimal("4380.00")  # 5 % of 87 500, rounded up
    assert lines["e_invoicing"].result.required


def test_without_our_amount_the_advance_and_bond_say_it_is_missing(reg):
    mine = save_profile(reg, None, WALLOON, {}, NOW)
    tenderer = add_offer(reg, mine, NOTICE, NOW)
    pack = bundled_pack()
    lines = {x.topic: x for x in meaning(facts_of(reg, tenderer, read_profile(reg), pack), pack)}
    assert lines["advance"].missing == ("offer",)
    assert lines["bond"].missing == ("offer",)
    assert lines["advance"].result is None
    assert lines["ranking"].result is not None  # it needs no amount


def test_a_company_without_figures_or_class_is_not_taken_for_large(reg):
    mine = save_profile(reg, None, {"name": "Sans chiffres"}, {}, NOW)
    tenderer = add_offer(reg, mine, {**NOTICE, "offer": "87500"}, NOW)
    pack = bundled_pack()
    lines = {x.topic: x for x in meaning(facts_of(reg, tenderer, read_profile(reg), pack), pack)}
    assert lines["advance"].missing == ("contractor_size",)


def test_an_indefinite_contract_takes_our_monthly_amount_for_the_advance(reg):
    """Art. 12/5: the reference value of a contract of indefinite duration is the monthly
    value times 12; our amount on such a contract is a month's (sme-measures §9 example 3:
    € 4 840 a month incl. VAT, a medium company, 5 %: € 2 904)."""
    medium = {**WALLOON, "staff_awu": "60", "turnover": "9000000", "balance_sheet_total": "5000000"}
    mine = save_profile(reg, None, medium, {}, NOW)
    notice = {
        **NOTICE,
        "authority": "local",
        "contract_type": "services",
        "procedure": "restricted",
    }
    notice = {**notice, "duration_months": None, "indefinite": True, "offer": "4000"}
    tenderer = add_offer(reg, mine, notice, NOW)
    pack = bundled_pack()
    facts = facts_of(reg, tenderer, read_profile(reg), pack)
    assert facts.monthly_incl_vat == Decimal("4840.00") and facts.amount_incl_vat is None
    lines = {line.topic: line for line in meaning(facts, pack)}
    advance = lines["advance"]
    assert advance.missing == () and advance.given["monthly_value_incl_vat"] == "4840.00"
    assert advance.result.reference_value == Decimal("58080.00")
    assert advance.result.amount == Decimal("2904.00")
    assert any("4\u202f000,00\u00a0€ hors TVA" in w for w in words(advance, facts, "fr"))
    # the bond is not computed on a monthly amount: the line says why, with no figure
    assert lines["bond"].result is None and lines["bond"].note == "bond_indefinite"


def test_an_indefinite_contract_without_our_amount_asks_the_monthly_one(reg):
    mine = save_profile(reg, None, WALLOON, {}, NOW)
    notice = {**NOTICE, "duration_months": None, "indefinite": True}
    tenderer = add_offer(reg, mine, notice, NOW)
    pack = bundled_pack()
    lines = {x.topic: x for x in meaning(facts_of(reg, tenderer, read_profile(reg), pack), pack)}
    assert lines["advance"].missing == ("monthly_offer",)
