"""The engine's list of checks: every check by name, in the order shown, a stand-in only in the
place of a known check, and the package's names offered before their modules are loaded."""

from __future__ import annotations

import pytest

import core.decisions
from core.decisions import CHECKS, Check

ORDER = (
    "procedure",
    "advance",
    "bid_compensation",
    "provisional_ranking",
    "sme_class",
    "bond",
    "e_invoicing",
    "estimate",
)


def test_the_checks_are_offered_in_the_order_shown_and_counted():
    assert list(CHECKS) == list(ORDER)
    assert len(CHECKS) == 8


def test_a_stand_in_takes_the_place_of_a_known_check_only():
    real = CHECKS["bond"]
    stand_in = Check("bond", dict, lambda request, pack: ("stand-in", request))
    try:
        CHECKS["bond"] = stand_in  # type: ignore[index]
        assert CHECKS["bond"] is stand_in
        assert CHECKS["bond"].run({"a": 1}, None) == ("stand-in", {"a": 1})
    finally:
        CHECKS["bond"] = real  # type: ignore[index]
    assert CHECKS["bond"] is real
    with pytest.raises(KeyError):
        CHECKS["no_such_check"] = stand_in  # type: ignore[index]
    assert "no_such_check" not in list(CHECKS)


def test_the_package_lists_the_names_it_loads_on_first_use():
    listed = dir(core.decisions)
    for name in ("CHECKS", "Check", "decide_procedure", "RankingResult", "SmeRequest"):
        assert name in listed
    assert listed == sorted(listed)
    with pytest.raises(AttributeError, match="has no attribute 'decide_nothing'"):
        _ = core.decisions.decide_nothing


def test_the_package_loads_a_decision_function_when_first_asked_for_it():
    from core.decisions.bond import decide_bond
    from core.decisions.ranking import RankingResult

    assert core.decisions.__getattr__("decide_bond") is decide_bond
    assert core.decisions.decide_bond is decide_bond  # kept for the next use
    assert core.decisions.__getattr__("RankingResult") is RankingResult
    with pytest.raises(AttributeError) as caught:
        core.decisions.__getattr__("decide_nothing")
    assert str(caught.value) == "module 'core.decisions' has no attribute 'decide_nothing'"


def test_a_fresh_list_of_checks_makes_each_check_on_first_use():
    checks = type(core.decisions.CHECKS)()
    first = checks["bond"]
    assert first.name == "bond" and checks["bond"] is first
    with pytest.raises(KeyError) as caught:
        checks["no_such_check"] = first
    assert caught.value.args == ("no_such_check",)
