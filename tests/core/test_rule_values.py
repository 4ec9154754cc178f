"""The values of a rule pack as the loader reads them: what a pack author may write, and the
exact words of each refusal (the loader puts them after the file, key and line)."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from core.rules.values import ValueKindError, parse_value

D = Decimal
HALF = {"share": "0.5", "at": "0.3"}
MICRO = {"size": "micro", "staff_below": "10", "turnover_max": "2", "balance_max": "2"}
SMALL = {"size": "small", "staff_below": "50", "turnover_max": "10", "balance_max": "10"}
MEDIUM = {"size": "medium", "staff_below": "250", "turnover_max": "50", "balance_max": "43"}

#: a rule of each kind whose reader looks at the key (codes: the codes that rule allows)
KEY = {"codes": "central_authorities"}
REFUSED = [
    ("tranches", [], "expected a list of {share, at} tables"),
    ("tranches", {"share": "1", "at": "0"}, "expected a list of {share, at} tables"),
    ("tranches", [{"share": "1"}], "each tranche has exactly 'share' and 'at', got ['share']"),
    ("tranches", [{"share": "0", "at": "0"}], "share and at are fractions between 0 and 1"),
    ("tranches", [{"share": "1.5", "at": "0"}], "share and at are fractions between 0 and 1"),
    ("tranches", [{"share": "1", "at": "1.01"}], "share and at are fractions between 0 and 1"),
    ("tranches", [{"share": "-1", "at": "0"}], "share must not be negative, got '-1'"),
    ("tranches", [{"share": "1", "at": "-0.1"}], "at must not be negative, got '-0.1'"),
    (
        "tranches",
        [HALF, {"share": "0.4", "at": "0.6"}],
        "the shares of the tranches must add up to 1",
    ),
    (
        "tranches",
        [{"share": "0.5", "at": "0.6"}, HALF],
        "tranches must be in the order of execution",
    ),
    ("sme_limits", {"size": "micro"}, "expected a list of size classes"),
    (
        "sme_limits",
        [{"size": "micro"}],
        "each size class has exactly ['balance_max', 'size', 'staff_below', 'turnover_max']",
    ),
    ("sme_limits", [{**MICRO, "size": "large"}], "unknown size class 'large'"),
    ("sme_limits", [{**MICRO, "size": "tiny"}], "unknown size class 'tiny'"),
    ("sme_limits", [MICRO, SMALL], "size classes must be micro, small, medium, in that order"),
    (
        "sme_limits",
        [MICRO, {**SMALL, "staff_below": "-5"}, MEDIUM],
        "staff_below must not be negative, got '-5'",
    ),
    ("threshold", {"compare": "below", "amount": "1"}, "compare must be 'at_least' or 'above'"),
    (
        "threshold",
        {"compare": "above", "ref": "other"},
        "expected {compare, amount} or {compare, ref = 'eu_threshold'}",
    ),
    ("threshold", {"compare": "above", "amount": "-1"}, "amount must not be negative, got '-1'"),
    ("threshold", ["above"], "expected a table"),
    ("flag", "yes", "expected true or false, got 'yes'"),
    ("codes", "local", "expected a list of codes"),
    ("percent", "100.01", "value is a percentage and must be at most 100, got '100.01'"),
]


@pytest.mark.parametrize(("kind", "raw", "message"), REFUSED, ids=[m for _, _, m in REFUSED])
def test_a_bad_value_is_refused_saying_what_is_wrong(kind, raw, message):
    with pytest.raises(ValueKindError) as info:
        parse_value(KEY.get(kind, "some_rule"), kind, raw)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        ("tranches", [{"share": "1", "at": "0"}], ((D(1), D(0)),)),
        ("tranches", [{"share": "1", "at": "1"}], ((D(1), D(1)),)),
        ("tranches", [HALF, {"share": "0.5", "at": "0.3"}], ((D("0.5"), D("0.3")),) * 2),
        ("percent", "100", D(100)),
        ("percent", "0", D(0)),
        ("flag", True, True),
        (
            "threshold",
            {"compare": "at_least", "amount": "0"},
            {"compare": "at_least", "amount": D(0)},
        ),
        (
            "threshold",
            {"compare": "above", "ref": "eu_threshold"},
            {"compare": "above", "ref": "eu_threshold"},
        ),
    ],
)
def test_values_at_the_edges_are_accepted(kind, raw, expected):
    assert parse_value("some_rule", kind, raw) == expected


def test_the_size_limits_are_read_as_amounts_per_class():
    limits = parse_value("sme_limits", "sme_limits", [MICRO, SMALL, MEDIUM])
    assert limits[0] == {
        "size": "micro",
        "staff_below": D(10),
        "turnover_max": D(2),
        "balance_max": D(2),
    }
    assert [c["size"] for c in limits] == ["micro", "small", "medium"]


def test_the_size_limits_are_listed_in_the_same_order_in_every_process():
    """The text of the size limits a decision applied (stored with it, shown with it) is the same
    from one start of the app to the next: it once followed the order of a set, which changes
    with Python's string hashes (hash seed 0 gave balance_max first)."""
    shown = subprocess.run(
        [sys.executable, "-c", SHOWN],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONHASHSEED": "0"},
    ).stdout
    assert shown.splitlines()[0] == "size micro; staff_below 10; turnover_max 2; balance_max 2"
    limits = parse_value("sme_limits", "sme_limits", [MICRO, SMALL, MEDIUM])
    assert [list(c) for c in limits] == [["size", "staff_below", "turnover_max", "balance_max"]] * 3


SHOWN = f"""
from core.decisions.explain import show
from core.rules.values import parse_value
limits = parse_value("sme_limits", "sme_limits", [{MICRO!r}, {SMALL!r}, {MEDIUM!r}])
print("\\n".join(show(c) for c in limits))
"""
