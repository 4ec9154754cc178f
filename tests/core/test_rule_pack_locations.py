"""A broken rule pack is refused at the line the author must fix, not at the rule's first
period; and a few look-ups whose slips would change what a user reads (notes, the pack's
identity)."""

from __future__ import annotations

from datetime import date

import pytest

from core.rules import bundled_pack
from tests.core.test_rule_pack import (
    BUNDLED_TEXT,
    _block,
    assert_names,
    line_at,
    line_of,
    refusal,
    write_copy,
)

#: the second of the six periods of eu_threshold_works (2018-2019)
WORKS_2018_BLOCK = _block(
    "[[param.eu_threshold_works]]\nvalid_from = 2018-01-01",
    "[[param.eu_threshold_works]]\nvalid_from = 2020",
)
WORKS = "eu_threshold_works"


def _second_period(tmp_path, old: str, new: str):
    """The pack with ``old`` replaced by ``new`` inside the second works period only."""
    assert WORKS_2018_BLOCK.count(old) == 1
    return write_copy(tmp_path, WORKS_2018_BLOCK, WORKS_2018_BLOCK.replace(old, new))


def _second_header(text: str) -> int:
    """The line of the second [[param.eu_threshold_works]] header."""
    first = text.index("[[param.eu_threshold_works]]")
    return line_at(text, text.index("[[param.eu_threshold_works]]", first + 1))


# (old text in the second period, new text, the line named, words of the message)
IN_THE_SECOND_PERIOD = {
    "confidence": (
        'confidence = "verified"',
        'confidence = "likely"',
        'confidence = "likely"',
        "confidence must be one of verified, secondary, unverified, convention, got 'likely'",
    ),
    "empty_source": (
        'source = "Del. Reg. (EU) 2017/2365; MB 21-12-2017; KB 18-04-2017 art. 11"',
        'source = ""',
        'source = ""',
        "source must be a non-empty string",
    ),
    "date_as_text": (
        "valid_to = 2019-12-31",
        'valid_to = "2019-12-31"',
        'valid_to = "2019-12-31"',
        "valid_to must be a date like 2024-01-01, got '2019-12-31'",
    ),
    "bad_value": (
        'value = "5548000"',
        'value = "five million"',
        'value = "five million"',
        "bad value: expected a decimal number, got 'five million'",
    ),
}


@pytest.mark.parametrize("case", sorted(IN_THE_SECOND_PERIOD))
def test_a_mistake_in_a_later_period_is_named_at_that_period(tmp_path, case):
    """The line is the one in the period that is wrong, not the same field of the first
    period (six periods of eu_threshold_works look alike)."""
    old, new, line, words = IN_THE_SECOND_PERIOD[case]
    path, text = _second_period(tmp_path, old, new)
    expected = line_at(text, text.index(new))
    assert text.splitlines()[expected - 1] == line
    assert_names(refusal(path), path, WORKS, expected, words)


def test_a_missing_field_in_a_later_period_is_named_at_that_periods_header(tmp_path):
    path, text = _second_period(
        tmp_path, 'source = "Del. Reg. (EU) 2017/2365; MB 21-12-2017; KB 18-04-2017 art. 11"\n', ""
    )
    assert_names(refusal(path), path, WORKS, _second_header(text), "missing field 'source'")


def test_a_start_date_written_as_text_is_refused_not_compared(tmp_path):
    """valid_from as a quoted string is named as such (comparing it with a date would crash)."""
    path, text = _second_period(tmp_path, "valid_from = 2018-01-01", 'valid_from = "2018-01-01"')
    assert_names(
        refusal(path),
        path,
        WORKS,
        line_of(text, 'valid_from = "2018-01-01"'),
        "valid_from must be a date like 2024-01-01, got '2018-01-01'",
    )


def test_a_period_starting_on_the_last_day_of_the_one_before_overlaps_it(tmp_path):
    """valid_to is the period's last day: a next period from that same day overlaps by one."""
    path, text = _second_period(tmp_path, "valid_from = 2018-01-01", "valid_from = 2017-12-31")
    assert_names(
        refusal(path),
        path,
        WORKS,
        line_of(text, "valid_from = 2017-12-31"),
        "period from 2017-12-31 overlaps the period from 2016-01-01",
    )


def test_two_periods_from_the_same_day_overlap_rather_than_being_out_of_order(tmp_path):
    path, text = _second_period(tmp_path, "valid_from = 2018-01-01", "valid_from = 2016-01-01")
    second = _second_header(text)
    assert_names(
        refusal(path),
        path,
        WORKS,
        second + 1,
        "period from 2016-01-01 overlaps the period from 2016-01-01",
    )


def test_a_rule_whose_first_period_starts_after_the_pack_covers_is_refused(tmp_path):
    """The pack says it covers tenders from covers_from: a rule that starts later would leave
    those tenders without a value."""
    path, text = write_copy(tmp_path, "covers_from = 2017-06-30", "covers_from = 2015-06-30")
    first = line_at(text, text.index("[[param.eu_threshold_works]]"))
    assert_names(
        refusal(path),
        path,
        WORKS,
        first + 1,
        "first period starts 2016-01-01, after the pack's covers_from 2015-06-30",
    )
    assert text.splitlines()[first] == "valid_from = 2016-01-01"


def test_a_missing_pack_field_is_named_at_the_pack_header(tmp_path):
    title = 'title = "Belgian public procurement, classic sectors (law of 17 June 2016)"\n'
    path, text = write_copy(tmp_path, title, "")
    assert_names(refusal(path), path, "pack", line_of(text, "[pack]"), "missing field 'title'")


def test_a_rule_written_as_one_table_instead_of_periods_is_refused_at_its_header(tmp_path):
    path, text = write_copy(tmp_path, "[[param.advance_cap]]", "[param.advance_cap]")
    assert_names(
        refusal(path),
        path,
        "advance_cap",
        line_of(text, "[param.advance_cap]"),
        "expected one or more [[param.KEY]] periods",
    )


def test_param_written_as_a_plain_value_is_refused(tmp_path):
    """A top-level ``param = …`` instead of [[param.KEY]] periods (no line: it is no table)."""
    start = BUNDLED_TEXT.index("# --- eu_threshold_works")
    end = BUNDLED_TEXT.index("[[basis]]")
    path = tmp_path / "pack.toml"
    path.write_text(
        'param = "thresholds"\n' + BUNDLED_TEXT[:start] + BUNDLED_TEXT[end:], encoding="utf-8"
    )
    assert_names(refusal(path), path, "param", None, "param must hold [[param.KEY]] periods")


def test_a_pack_without_any_rule_names_the_first_rule_it_needs(tmp_path):
    start = BUNDLED_TEXT.index("# --- eu_threshold_works")
    end = BUNDLED_TEXT.index("[[basis]]")
    path = tmp_path / "pack.toml"
    path.write_text(BUNDLED_TEXT[:start] + BUNDLED_TEXT[end:], encoding="utf-8")
    assert_names(
        refusal(path), path, "eu_threshold_works", None, "missing key: the engine needs this rule"
    )


@pytest.mark.parametrize(
    ("old", "new", "key", "words"),
    [
        (
            'value = { micro = "20", small = "10", medium = "5" }',
            'value = { micro = "20", small = "-10", medium = "5" }',
            "advance_h2_min_pct",
            "bad value: small must not be negative, got '-10'",
        ),
        (
            'value = { micro = "20", small = "20", medium = "20" }',
            'value = { micro = "20", small = "200", medium = "20" }',
            "advance_h2_max_pct",
            "bad value: small is a percentage and must be at most 100, got '200'",
        ),
        (
            'value = "15"',
            'value = "-15"',
            "advance_h1_pct",
            "bad value: value must not be negative, got '-15'",
        ),
    ],
)
def test_a_bad_percentage_names_the_size_it_is_for(tmp_path, old, new, key, words):
    """In a table per size, the message says which size's figure is wrong."""
    path, text = write_copy(tmp_path, old, new)
    value_line = line_of(text, new)
    assert_names(refusal(path), path, key, value_line, words)


def test_a_rule_note_is_read_in_the_users_language():
    """A period with a Dutch note shows it in Dutch, falls back to English in German."""
    pack = bundled_pack()
    noted = [p for periods in pack.params.values() for p in periods if dict(p.notes).get("nl")]
    assert noted, "the bundled pack has Dutch notes"
    period = noted[0]
    assert period.note_in("nl") == dict(period.notes)["nl"] != period.note
    assert period.note_in("de") == period.note != ""


def test_the_bundled_packs_identity_is_stable():
    """The fingerprint names the pack in every stored decision: the same pack read by a later
    version of the app must give the same fingerprint, or every stored decision would look
    made with another pack. A change of the pack (or of how it is read) changes this value:
    update it knowingly, with the pack's version."""
    pack = bundled_pack()
    assert (pack.version, pack.short_fingerprint) == ("2026.11.2", "446fc94ee9")
    assert pack.version_on(date(2026, 11, 22)).startswith("be-procurement 2026.11.2#")


@pytest.mark.parametrize("written", ['basis = "open"', "basis = []"])
def test_bases_written_as_a_plain_value_or_an_empty_list_are_refused(tmp_path, written):
    """The legal grounds of the procedures must be [[basis]] tables: a value or an empty list
    in their place is refused, not read as a pack that allows no procedure at all."""
    start = BUNDLED_TEXT.index("[[basis]]")
    path = tmp_path / "pack.toml"
    path.write_text(f"{written}\n" + BUNDLED_TEXT[:start], encoding="utf-8")
    assert_names(
        refusal(path),
        path,
        "basis",
        None,
        "expected [[basis]] entries (the legal grounds of procedures)",
    )


def test_the_bodies_a_buyer_chooses_from_follow_its_kind():
    """A federal service's minister or official; a municipality's college or council; an
    unknown kind none; every body once, in the order first met."""
    from core.rules.bodies import all_bodies, bodies_of

    assert bodies_of("federal_central") == ("minister", "official")
    assert bodies_of("local")[:2] == ("college", "council")
    assert bodies_of("no_such_kind") == ()
    assert all_bodies()[:4] == ("minister", "official", "board", "government")
    assert len(all_bodies()) == len(set(all_bodies())) == 13
