"""The cache of parsed TOML files gives what tomllib gives, and never a stale or damaged file."""

from __future__ import annotations

import tomllib

import pytest

from core import parsed
from core.paths import resources_dir
from core.rules import loader

TEXT = """
title = "\\u0000 a string that starts with the cache's mark"
plain = "x"
day = 2026-03-01
moment = 2026-03-01T10:20:30+01:00
local = 2026-03-01T10:20:30
hour = 07:32:00
numbers = [1, 2.5, inf, -0.0, true]
[[periods]]
valid_from = 2024-01-01
note = "€ 143.000"
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(parsed.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_the_second_read_comes_from_the_cache_and_equals_the_parse(cache, monkeypatch):
    first = parsed.loads(TEXT)
    assert first == tomllib.loads(TEXT)
    assert len(list(cache.glob("*.json"))) == 1
    monkeypatch.setattr(parsed, "parse", lambda text: pytest.fail("parsed again"))
    second = parsed.loads(TEXT)
    assert second == first
    assert type(second["day"]) is type(first["day"])
    assert second["moment"].utcoffset() == first["moment"].utcoffset()
    second["periods"].clear()
    assert parsed.loads(TEXT)["periods"], "each call gets its own tables"


def test_a_changed_text_is_parsed_again(cache):
    parsed.loads(TEXT)
    changed = TEXT.replace('plain = "x"', 'plain = "y"')
    assert parsed.loads(changed)["plain"] == "y"
    assert len(list(cache.glob("*.json"))) == 2


def test_a_damaged_cache_file_is_parsed_again_and_rewritten(cache):
    parsed.loads(TEXT)
    (kept,) = cache.glob("*.json")
    kept.write_text('{"title": "\\u0000Dnot a date"}', "utf-8")
    assert parsed.loads(TEXT) == tomllib.loads(TEXT)
    kept.write_bytes(b"\xff\x00")
    assert parsed.loads(TEXT) == tomllib.loads(TEXT)
    assert parsed.loads(TEXT) == tomllib.loads(TEXT)  # rewritten whole: read back


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(parsed.CACHE_ENV, str(blocker / "parsed"))
    assert parsed.loads(TEXT) == tomllib.loads(TEXT)


def test_bad_toml_raises_as_tomllib_does_and_is_not_kept(cache):
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed.loads("key = ")
    assert not list(cache.iterdir())


def test_the_bundled_pack_read_from_the_cache_is_the_same_pack(cache):
    path = resources_dir() / "rules" / "be-procurement.toml"
    fresh = loader._read(path, cached=True)
    assert len(list(cache.glob("*.json"))) == 1
    again = loader._read(path, cached=True)
    assert again == fresh
    assert again.fingerprint == loader._read(path).fingerprint


def test_the_check_before_a_parse_runs_only_when_the_text_is_parsed(cache):
    """The rule pack's depth check guards the parser: a text read from the cache was parsed
    whole before and is not checked again; a refusal keeps nothing."""
    checked = []
    assert parsed.loads(TEXT, before_parse=checked.append) == tomllib.loads(TEXT)
    assert parsed.loads(TEXT, before_parse=checked.append) == tomllib.loads(TEXT)
    assert checked == [TEXT]

    def refuse(text):
        raise ValueError("too deep")

    with pytest.raises(ValueError, match="too deep"):
        parsed.loads(TEXT + "\nmore = 1\n", before_parse=refuse)
    assert len(list(cache.glob("*.json"))) == 1
