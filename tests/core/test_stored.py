"""Stored decisions read back as the same result, so documents show what the screen showed."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from core.decisions import CHECKS
from core.decisions.stored import STORED_KINDS, restore
from core.errors import ValidationError
from core.rules import bundled_pack

ROOT = Path(__file__).resolve().parents[2]
#: the public examples (a copy of ../shared's, see test_scenarios) and the project's own
FILES = sorted((ROOT / "tests" / "scenarios").glob("*.json"))


def _cases():
    for path in FILES:
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            if case.get("check") in STORED_KINDS and _decides(case):
                yield pytest.param(case["check"], case["input"], id=case["id"])


def _decides(case: dict) -> bool:
    """Cases about refused input have no result to store."""
    try:
        CHECKS[case["check"]].run(case["input"], bundled_pack())
    except ValidationError:
        return False
    return True


def _stored(result) -> dict:
    """What the register keeps: the plain form through JSON."""
    return json.loads(json.dumps(result.to_dict(), default=str))


@pytest.mark.parametrize(("kind", "data"), list(_cases()))
def test_every_scenario_result_reads_back_unchanged(kind, data, pack):
    result = CHECKS[kind].run(data, pack)
    stored = _stored(result)
    restored = restore(kind, stored)
    assert _stored(restored) == stored
    assert restored.flagged == result.flagged
    assert restored.request == result.request


def test_ranking_places_read_back_in_order(pack):
    data = {
        "launch_date": "2026-03-01",
        "procedure": "open",
        "authority": "local",
        "contract_type": "supplies",
        "estimated_value_excl_vat": "50000",
        "price_only": True,
        "offers": [
            {"id": "Bakkerij Peeters", "offer": "10000"},
            {"id": "Boulangerie Dupont", "offer": "9000"},
            {"id": "Ets. Lambert", "offer": "10000"},
        ],
    }
    restored = restore(
        "provisional_ranking", _stored(CHECKS["provisional_ranking"].run(data, pack))
    )
    assert [(p.tenderer_id, p.place) for p in restored.places] == [
        ("Boulangerie Dupont", 1),
        ("Bakkerij Peeters", 2),
        ("Ets. Lambert", 2),
    ]


def test_notes_in_other_languages_survive_storage(pack):
    data = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "141500",
    }
    result = CHECKS["procedure"].run(data, pack)
    with_notes = [a for a in result.applied if a.notes]
    assert with_notes, "the bundled pack has rules with notes in Dutch and French"
    restored = restore("procedure", _stored(result))
    back = {a.rule: a for a in restored.applied}
    for applied in with_notes:
        assert back[applied.rule].note_in("nl") == applied.note_in("nl")


def test_the_public_examples_are_among_the_cases():
    """None is left out: the 30 public examples that store a decision all read back above."""
    examples = [p for p in FILES if p.name == "examples.json"]
    assert examples, "tests/scenarios/examples.json (the public examples) is missing"
    ids = {case.id for case in _cases()}
    public = json.loads(examples[0].read_text(encoding="utf-8"))["cases"]
    stored = [c["id"] for c in public if c.get("check") in STORED_KINDS and _decides(c)]
    assert len(stored) == 30 and set(stored) <= ids


def test_a_rule_stored_without_a_note_reads_back_with_an_empty_one(pack):
    """Decisions stored before rules had notes: the rule reads back with an empty note."""
    data = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "141500",
    }
    stored = _stored(CHECKS["procedure"].run(data, pack))
    for applied in stored["applied"]:
        del applied["note"]
    restored = restore("procedure", stored)
    assert {a.note for a in restored.applied} == {""}
    assert {a["note"] for a in restored.to_dict()["applied"]} == {""}


def test_a_bond_above_the_default_percentage_reads_back_with_its_reasons_due(pack):
    """No scenario case sets more than the default: the reasons the buyer owes survive too."""
    data = {
        "launch_date": "2026-03-01",
        "award_amount_excl_vat": "90000",
        "documents_percentage": "7",
    }
    stored = _stored(CHECKS["bond"].run(data, pack))
    restored = restore("bond", stored)
    assert (restored.needs_reasons, restored.amount) == (True, Decimal("6300.00"))
    assert _stored(restored) == stored
