"""make mutate's sample: the same mutants on every run, and a score with an honest interval."""

from __future__ import annotations

import pytest

from tools.mutate import interval, sample_of, sample_score

NAMES = [f"core.store.register.x_f__mutmut_{n}" for n in range(1, 2001)]


def test_the_sample_is_the_same_on_every_run_and_of_the_size_asked():
    first = sample_of(NAMES, 300)
    assert len(set(first)) == 300 and set(first) <= set(NAMES)
    assert sample_of(list(reversed(NAMES)), 300) == first  # the listing's order does not matter
    assert sample_of(NAMES, 300, seed=21) != first


def test_a_package_smaller_than_the_sample_is_tested_whole():
    assert sample_of(NAMES[:40], 300) == sorted(NAMES[:40])


@pytest.mark.parametrize(
    ("killed", "judged", "low", "high"),
    [(90, 100, 82.6, 94.5), (300, 300, 98.7, 100.0), (0, 10, 0.0, 27.8), (0, 0, 0.0, 100.0)],
)
def test_the_interval_is_wilsons(killed, judged, low, high):
    assert interval(killed, judged) == pytest.approx((low, high), abs=0.05)


def test_the_sample_score_counts_only_what_was_tested_and_sets_sql_case_apart():
    known = {"a": "killed", "b": "survived", "c": "timeout", "d": "not checked", "e": "survived"}
    line = sample_score(known, ["a", "b", "c", "d", "e"], same={"e"})
    assert "sample of 5: 66.7 % killed (2 of 3;" in line
    assert "1 SQL-case equivalents apart; 1 not yet tested" in line
