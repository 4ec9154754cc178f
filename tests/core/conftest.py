"""Fixtures of the core tests: the bundled rule pack and a helper to decide from a mapping."""

from __future__ import annotations

import pytest

from core.rules import bundled_pack


@pytest.fixture(scope="session")
def pack():
    """The rule pack that ships with the app."""
    return bundled_pack()


@pytest.fixture
def decide(pack):
    """Decide a check from a plain mapping, as a scenario file would give it."""

    from core.decisions import CHECKS

    def run(check: str, **data):
        return CHECKS[check].run(data, pack)

    return run


@pytest.fixture(autouse=True)
def _each_test_reaches_the_rules_it_uses(pack):
    """Under mutation testing of core/rules only (tools/mutate.py sets MUTATE_PACKAGE): the
    shared pack forgets its remembered answers and the next bundled_pack() loads it again, so
    that mutmut sees every test that reaches the loader and the look-ups, not only the first
    one. A mutant of another package changes no rule code, so its tests share one pack, as a
    normal run and the app do (reloading it for each test doubled the time of a mutant)."""
    import os

    if os.environ.get("MUTANT_UNDER_TEST") and os.environ.get("MUTATE_PACKAGE") == "rules":
        pack.memo.clear()
        bundled_pack.cache_clear()
