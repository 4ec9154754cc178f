"""Fixtures of the core tests: the bundled rule pack and a helper to decide from a mapping."""

from __future__ import annotations

import os

import pytest

from core.rules import bundled_pack


def _mutating_rules() -> bool:
    """Mutation testing of core/rules is under way (tools/mutate.py sets MUTATE_PACKAGE)."""
    return os.environ.get("MUTATE_PACKAGE") == "rules"


@pytest.fixture(scope=lambda fixture_name, config: "function" if _mutating_rules() else "session")
def pack():
    """The rule pack that ships with the app: one for the whole run, as the app has one.

    Under mutation testing of core/rules each test loads it again, so that mutmut sees every
    test that reaches the loader and the look-ups (a pack loaded once for the run hid from it
    which tests read the procedure bases, and a mutant of the loader survived them all).
    """
    if _mutating_rules():
        bundled_pack.cache_clear()
    return bundled_pack()


@pytest.fixture
def decide(pack):
    """Decide a check from a plain mapping, as a scenario file would give it."""

    from core.decisions import CHECKS

    def run(check: str, **data):
        return CHECKS[check].run(data, pack)

    return run


@pytest.fixture(autouse=True)
def _each_test_reaches_the_rules_it_uses():
    """Under mutation testing of core/rules, a test that calls bundled_pack() itself (through
    the command line, say) loads the pack again too. A mutant of another package changes no
    rule code, so its tests share one pack (reloading it for each test doubled its time)."""
    if _mutating_rules():
        bundled_pack.cache_clear()
