"""Every kind of broken rule pack is refused, naming the file, the key and the line."""

from __future__ import annotations

import pytest

from tests.core.test_rule_pack import (
    BUNDLED_TEXT,
    _block,
    assert_names,
    line_at,
    line_of,
    refusal,
    write_copy,
)

ADVANCE_CAP_BLOCK = _block("[[param.advance_cap]]", "# --- advance_obliged_authorities")
PACK_BLOCK = _block("[pack]\n", "# --- eu_threshold_works")
MICRO = (
    '  { size = "micro", staff_below = "10", turnover_max = "2000000", balance_max = "2000000" },'
)
SMALL = (
    '  { size = "small", staff_below = "50", turnover_max = "10000000", balance_max = "10000000" },'
)
EXTRA_PARAM = (
    '[[param.advance_ceiling]]\nvalid_from = 2024-01-01\nvalue = "1"\nsource = "x"\n'
    'url = "https://example.org"\nconfidence = "verified"\n\n# --- advance_cap:'
)
TRANCHES = 'value = [ { share = "0.5", at = "0.30" }, { share = "0.5", at = "0.60" } ]'
WORKS_2018 = 'valid_from = 2018-01-01\nvalid_to = 2019-12-31\nvalue = "5548000"'

# (old text, new text, key named, line the error names (None: no line), words of the message)
BROKEN = {
    "toml_syntax": (
        'version = "2026.11.2"',
        'version = "2026.11.2',
        None,
        'version = "2026.11.2',
        "is not valid TOML: …",
    ),
    "impossible_date": (
        'valid_from = 2026-01-01\nvalue = "30000"',
        'valid_from = 2026-02-30\nvalue = "30000"',
        None,
        "valid_from = 2026-02-30",
        "is not valid TOML: …",
    ),
    "unknown_key": (
        "# --- advance_cap:",
        EXTRA_PARAM,
        "advance_ceiling",
        "[[param.advance_ceiling]]",
        "unknown key (not a rule the engine knows)",
    ),
    "missing_key": (
        ADVANCE_CAP_BLOCK,
        "",
        "advance_cap",
        None,
        "missing key: the engine needs this rule",
    ),
    "unknown_field": (
        'value = "225000"\nsource = "Law 17-06-2016 art. 12/1, fifth para."\n',
        'value = "225000"\namount = "225000"\nsource = "Law 17-06-2016 art. 12/1, fifth para."\n',
        "advance_cap",
        'amount = "225000"',
        "unknown field 'amount' (allowed: valid_from, value, source, url, confidence, valid_to, "
        "note, note_nl, note_fr)",
    ),
    "missing_source": (
        'source = "Law 17-06-2016 art. 12/1, fifth para."\n',
        "",
        "advance_cap",
        "[[param.advance_cap]]",
        "missing field 'source'",
    ),
    "bad_confidence": (
        'confidence = "verified"\n\n# --- advance_cap_above_maximum',
        'confidence = "sure"\n\n# --- advance_cap_above_maximum',
        "advance_cap",
        'confidence = "sure"',
        "confidence must be one of verified, secondary, unverified, convention, got 'sure'",
    ),
    "valid_to_before_valid_from": (
        'valid_to = 2017-12-31\nvalue = "5225000"',
        'valid_to = 2015-12-31\nvalue = "5225000"',
        "eu_threshold_works",
        "valid_to = 2015-12-31",
        "valid_to is before valid_from",
    ),
    "date_as_text": (
        'valid_to = 2017-12-31\nvalue = "5225000"',
        'valid_to = "2017-12-31"\nvalue = "5225000"',
        "eu_threshold_works",
        'valid_to = "2017-12-31"',
        "valid_to must be a date like 2024-01-01, got '2017-12-31'",
    ),
    "empty_source": (
        'source = "Law 17-06-2016 art. 12/1, fifth para."\n',
        'source = "  "\n',
        "advance_cap",
        'source = "  "',
        "source must be a non-empty string",
    ),
    "overlap": (
        WORKS_2018,
        WORKS_2018.replace("2018-01-01", "2017-12-01"),
        "eu_threshold_works",
        "valid_from = 2017-12-01",
        "period from 2017-12-01 overlaps the period from 2016-01-01",
    ),
    "gap": (
        WORKS_2018,
        WORKS_2018.replace("2018-01-01", "2018-01-02"),
        "eu_threshold_works",
        "valid_from = 2018-01-02",
        "gap between 2017-12-31 and 2018-01-02: no rule for the days in between",
    ),
    "float_value": (
        'value = "20"\nsource = "Law 17-06-2016 art. 12/1, first para.',
        'value = 0.5\nsource = "Law 17-06-2016 art. 12/1, first para.',
        "advance_voluntary_max_pct",
        "value = 0.5",
        "bad value: give 0.5 as a decimal string, not a floating-point number",
    ),
    "negative_amount": (
        'value = "225000"\nsource = "Law 17-06-2016 art. 12/1, fifth para."',
        'value = "-225000"\nsource = "Law 17-06-2016 art. 12/1, fifth para."',
        "advance_cap",
        'value = "-225000"',
        "bad value: value must not be negative, got '-225000'",
    ),
    "percent_above_100": (
        'value = "15"',
        'value = "150"',
        "advance_h1_pct",
        'value = "150"',
        "bad value: value is a percentage and must be at most 100, got '150'",
    ),
    "unknown_code": (
        'value = ["federal_central"]',
        'value = ["federal_central", "province"]',
        "central_authorities",
        'value = ["federal_central", "province"]',
        "bad value: unknown code(s) ['province']; allowed: federal_central, federal_other, "
        "region, community, local, public_body, other",
    ),
    "tranches_not_one": (
        TRANCHES,
        TRANCHES.replace('"0.5", at = "0.60"', '"0.4", at = "0.60"'),
        "advance_settlement",
        TRANCHES.replace('"0.5", at = "0.60"', '"0.4", at = "0.60"'),
        "bad value: the shares of the tranches must add up to 1",
    ),
    "sme_limits_order": (
        f"{MICRO}\n{SMALL}",
        f"{SMALL}\n{MICRO}",
        "sme_limits",
        "value = [",
        "bad value: size classes must be micro, small, medium, in that order",
    ),
    "unknown_procedure": (
        'id = "open"\nprocedure = "open"',
        'id = "open"\nprocedure = "opened"',
        "basis open",
        'procedure = "opened"',
        "unknown procedure 'opened'",
    ),
    "unknown_ground": (
        'ground = "sole_operator"',
        'ground = "only_operator"',
        "basis negotiated_sole_operator",
        'ground = "only_operator"',
        "unknown ground 'only_operator'",
    ),
    "below_not_an_amount": (
        'below = "social_services_negotiated_ceiling"',
        'below = "central_authorities"',
        "basis negotiated_social_services_value",
        'below = "central_authorities"',
        "below must be 'eu_threshold' or an amount parameter, got 'central_authorities'",
    ),
    "missing_pack_table": (
        PACK_BLOCK,
        "",
        None,
        None,
        "missing the [pack] table (id, version, title, published, covers_from)",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_pack_is_refused_naming_file_key_and_line(tmp_path, case):
    """Each broken copy is refused; the message names the file, the key and the field's line."""
    old, new, key, line, words = BROKEN[case]
    path, text = write_copy(tmp_path, old, new)
    expected_line = None if line is None else line_of(text, line)
    assert_names(refusal(path), path, key, expected_line, words)


def test_a_period_of_one_day_is_a_period(tmp_path):
    """valid_to on the day of valid_from is one day of rule, not a period that ends before it
    starts: what is wrong with this copy is the gap after it."""
    path, _ = write_copy(
        tmp_path,
        'valid_to = 2017-12-31\nvalue = "5225000"',
        'valid_to = 2016-01-01\nvalue = "5225000"',
    )
    exc = refusal(path)
    assert (exc.key, exc.message) == (
        "eu_threshold_works",
        "gap between 2016-01-01 and 2018-01-01: no rule for the days in between",
    )


def test_periods_out_of_order_are_refused(tmp_path):
    """Two periods listed in reverse date order are refused at the second one's valid_from."""
    first = _block("[[param.bond_default_pct]]", "[[param.bond_default_pct]]\nvalid_from = 2023")
    second = _block("[[param.bond_default_pct]]\nvalid_from = 2023", "# --- bond_rounding_step")
    path, text = write_copy(tmp_path, first + second, second.rstrip("\n") + "\n\n" + first)
    header = text.index("[[param.bond_default_pct]]\nvalid_from = 2017-06-30")
    exc = refusal(path)
    assert_names(
        exc,
        path,
        "bond_default_pct",
        line_at(text, header) + 1,
        "periods must be listed in date order",
    )
    assert text.splitlines()[exc.line - 1] == "valid_from = 2017-06-30"


def test_duplicate_basis_id_is_refused(tmp_path):
    """A second [[basis]] with an id already used is refused at its id line."""
    path, text = write_copy(tmp_path, 'id = "restricted"', 'id = "open"')
    second = text.index('id = "open"\nprocedure = "restricted"')
    assert_names(refusal(path), path, "basis open", line_at(text, second), "duplicate basis id")


def test_missing_file_is_refused(tmp_path):
    """A pack file that does not exist is refused naming the path."""
    path = tmp_path / "nowhere.toml"
    exc = refusal(path)
    assert_names(exc, path, None, None, "cannot be read: No such file or directory")


def test_file_that_is_not_utf8_is_refused(tmp_path):
    """A pack saved in Latin-1 (its 'é', '§' and '°' not UTF-8) is refused as not UTF-8."""
    path = tmp_path / "latin1.toml"
    path.write_bytes(BUNDLED_TEXT.encode("latin-1"))
    assert_names(refusal(path), path, None, None, "is not UTF-8 text")


@pytest.mark.parametrize("field", ["covers_from = 2017-06-30", "published = 2026-11-29"])
def test_pack_dates_with_a_time_are_refused(tmp_path, field):
    """A [pack] date written with a time of day is refused like a period date would be."""
    path, text = write_copy(tmp_path, field, field + "T00:00:00")
    name = field.split(" ")[0]
    assert_names(
        refusal(path),
        path,
        f"pack.{name}",
        line_of(text, field + "T00:00:00"),
        f"{name} must be a date like 2017-06-30",
    )


def test_an_unknown_table_is_refused_at_its_header(tmp_path):
    path = tmp_path / "pack.toml"
    text = BUNDLED_TEXT + "\n[extra]\nx = 1\n"
    path.write_text(text, encoding="utf-8")
    assert_names(
        refusal(path),
        path,
        "extra",
        line_of(text, "[extra]"),
        "unknown table 'extra' (expected pack, param, basis)",
    )


def test_a_pack_nested_too_deeply_is_refused_before_it_is_read(tmp_path):
    """A hostile file of nested lists is refused with a message, not a crash."""
    path = tmp_path / "pack.toml"
    path.write_text(BUNDLED_TEXT + "\nnested = " + "[" * 300 + "]" * 300 + "\n", encoding="utf-8")
    assert_names(refusal(path), path, None, None, "is nested more than 64 levels deep")


def test_a_field_the_line_search_cannot_find_is_named_at_its_table(tmp_path):
    """A field written as a quoted key: the error points at its table's header, not at a
    field of the same name in the next table (even an indented one)."""
    old = BUNDLED_TEXT[
        BUNDLED_TEXT.index('confidence = "verified"\n\n# --- advance_cap_above_maximum') :
    ]
    old = old[: old.index("[[param.advance_cap_above_maximum]]")]
    path, text = write_copy(
        tmp_path,
        old + "[[param.advance_cap_above_maximum]]",
        old.replace('confidence = "verified"', '"confidence" = "sure"')
        + "  [[param.advance_cap_above_maximum]]",
    )
    words = "confidence must be one of verified, secondary, unverified, convention, got 'sure'"
    assert_names(refusal(path), path, "advance_cap", line_of(text, "[[param.advance_cap]]"), words)


def test_a_pack_that_ends_in_the_middle_of_a_line_is_refused_without_a_line(tmp_path):
    """The TOML reader says 'at end of document', not a line: the error names none."""
    path = tmp_path / "pack.toml"
    path.write_text(BUNDLED_TEXT + "\nextra = ", encoding="utf-8")
    assert_names(refusal(path), path, None, None, "is not valid TOML: …")
