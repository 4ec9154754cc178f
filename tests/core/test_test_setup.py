"""The test run itself leaves the checkout as it found it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_hypothesis_keeps_no_database_and_no_files_in_the_checkout():
    from hypothesis import settings
    from hypothesis.configuration import storage_directory

    assert settings.default.database is None
    where = storage_directory("constants", intent_to_write=False).path.resolve()
    assert ROOT not in where.parents, where
