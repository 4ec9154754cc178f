"""Every answer key in tests/scenarios, case by case, in this process.

test_scenarios.py runs the same files through ``main.py scenarios`` as a user does; this one
names the failing case and lets a mutation tool see which code each case reaches.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.exchange.scenarios import run_case

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "tests" / "scenarios").glob("*.json"))


def _cases():
    for path in FILES:
        for index, case in enumerate(json.loads(path.read_text(encoding="utf-8"))["cases"]):
            yield pytest.param(path, index, case, id=f"{path.stem}:{case['id']}")


@pytest.mark.parametrize(("path", "index", "case"), list(_cases()))
def test_the_case_passes(path, index, case, pack):
    outcome = run_case(str(path), index, case, pack, set())
    assert (outcome.status, outcome.message) == ("ok", ""), outcome.line()
