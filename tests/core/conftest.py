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
