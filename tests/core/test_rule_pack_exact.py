"""What a rule-pack author reads when a value or a date is wrong, word for word, and the values
at the edges that must be accepted. Completes test_rule_values.py and test_rule_pack.py for the
kinds and answers mutation testing showed unpinned; every expected value is written out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.errors import NotCoveredError
from core.rules.values import ValueKindError, parse_value

SIZES = {"micro": "20", "small": "10", "medium": "5"}


@pytest.mark.parametrize(
    ("key", "kind", "raw", "message"),
    [
        (
            "advance_h2_min_pct",
            "percent_by_size",
            {"micro": "20", "small": "10"},
            "expected exactly the sizes ['medium', 'micro', 'small'], got ['micro', 'small']",
        ),
        (
            "advance_h2_min_pct",
            "percent_by_size",
            {**SIZES, "large": "1"},
            "expected exactly the sizes ['medium', 'micro', 'small'], got "
            "['large', 'medium', 'micro', 'small']",
        ),
        (
            "advance_h2_min_pct",
            "percent_by_size",
            {**SIZES, "micro": "200"},
            "micro is a percentage and must be at most 100, got '200'",
        ),
        ("advance_h2_min_pct", "percent_by_size", "20", "expected a table"),
        (
            "min_time_limit_days",
            "days_by_procedure",
            {"open": 35, "auction": 3},
            "unknown procedure(s) ['auction']",
        ),
        (
            "min_time_limit_days",
            "days_by_procedure",
            {"open": -1},
            "open: expected a whole number of days, got -1",
        ),
        (
            "min_time_limit_days",
            "days_by_procedure",
            {"open": True},
            "open: expected a whole number of days, got True",
        ),
        (
            "min_time_limit_days",
            "days_by_procedure",
            {"restricted": "30"},
            "restricted: expected a whole number of days, got '30'",
        ),
        ("central_authorities", "codes", ["local", 3], "expected a list of codes"),
        (
            "eu_threshold_works",
            "eur",
            1.5,
            "give 1.5 as a decimal string, not a floating-point number",
        ),
        ("eu_threshold_works", "eur", "abc", "expected a decimal number, got 'abc'"),
        ("eu_threshold_works", "number", "-1", "value must not be negative, got '-1'"),
    ],
)
def test_a_wrong_value_is_refused_in_the_authors_words(key, kind, raw, message):
    """The refusal says what is wrong with the value, for every kind of value."""
    with pytest.raises(ValueKindError) as caught:
        parse_value(key, kind, raw)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("key", "kind", "raw", "expected"),
    [
        (
            "advance_h2_min_pct",
            "percent_by_size",
            {"micro": "0", "small": "100", "medium": "5"},
            {"micro": Decimal("0"), "small": Decimal("100"), "medium": Decimal("5")},
        ),
        ("min_time_limit_days", "days_by_procedure", {"open": 0}, {"open": 0}),
        ("x", "flag", False, False),
        ("central_authorities", "codes", [], ()),
        ("eu_threshold_works", "eur", "0", Decimal("0")),
    ],
)
def test_values_at_the_edges_are_read(key, kind, raw, expected):
    """0 %, 100 %, 0 days, false, no codes and 0 euro are values a pack may hold."""
    assert parse_value(key, kind, raw) == expected


@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        (
            lambda pack: pack.check_covered(date(2028, 1, 1)),
            (
                "after_pack",
                "2028-01-01 is after 2027-12-31, the last launch date rule pack be-procurement "
                "2026.11.2 (29/11/2026) covers; load a newer rule pack",
                {"on": date(2028, 1, 1)},
            ),
        ),
        (
            lambda pack: pack.check_date(date(2017, 6, 29)),
            (
                "before_covered",
                "2017-06-29 is before 2017-06-30, the first launch date this rule pack covers "
                "(law of 17 June 2016); earlier contracts follow the former law, which the app "
                "does not cover",
                {"on": date(2017, 6, 29)},
            ),
        ),
        (
            lambda pack: pack.value("eu_threshold_works", date(2028, 1, 1)),
            (
                "after_pack",
                "rule pack be-procurement 2026.11.2 (29/11/2026) has no value of "
                "'eu_threshold_works' for 2028-01-01 (its last period ends 2027-12-31); load a "
                "newer rule pack",
                {"on": date(2028, 1, 1)},
            ),
        ),
    ],
)
def test_a_date_outside_the_pack_is_refused_in_full_words(pack, ask, expected):
    """What the command line prints for a launch date the pack cannot answer, and the dates
    the window's translated message is made of."""
    with pytest.raises(NotCoveredError) as caught:
        ask(pack)
    code, message, on = expected
    exc = caught.value
    assert (exc.field, exc.code, exc.message) == ("launch_date", code, message)
    assert exc.params == {
        **on,
        "covers_from": date(2017, 6, 30),
        "covers_to": date(2027, 12, 31),
    }


def test_the_bundled_pack_is_named_by_its_id_and_version(pack):
    """Documents and decisions name the bundled pack plainly, without a fingerprint."""
    assert pack.label == "be-procurement 2026.11.2 (29/11/2026)"
    assert (pack.stored_id, pack.stored_version) == ("be-procurement", "2026.11.2")
    assert pack.file_name == "be-procurement.toml"
    assert len(pack.short_fingerprint) == 10
    assert pack.fingerprint.startswith(pack.short_fingerprint)


NEGOTIATED_VALUE = (
    'contract_types = ["works", "supplies", "services"]\n'
    'below = "negotiated_value_ceiling"\nvalid_from = 2017-06-30\n'
)
TYPES = "contract_types must list codes among works, supplies, services, social_services"


@pytest.mark.parametrize(
    ("new", "key", "line", "words"),
    [
        (
            NEGOTIATED_VALUE + 'ceiling = "1"\n',
            "basis",
            'ceiling = "1"',
            "unknown field 'ceiling' (allowed: id, procedure, contract_types, valid_from, "
            "source, url, confidence, valid_to, below, ground, note, note_nl, note_fr)",
        ),
        (
            NEGOTIATED_VALUE + "valid_to = 2016-01-01\n",
            "basis",
            "valid_to = 2016-01-01",
            "valid_to is before valid_from",
        ),
        (
            NEGOTIATED_VALUE.replace('["works", "supplies", "services"]', "[]"),
            "basis negotiated_value",
            "contract_types = []",
            TYPES,
        ),
        (
            NEGOTIATED_VALUE.replace('["works", "supplies", "services"]', '["works", "cakes"]'),
            "basis negotiated_value",
            'contract_types = ["works", "cakes"]',
            TYPES,
        ),
        (
            NEGOTIATED_VALUE.replace('["works", "supplies", "services"]', '"works"'),
            "basis negotiated_value",
            'contract_types = "works"',
            TYPES,
        ),
    ],
)
def test_a_broken_basis_is_refused_at_its_own_line(tmp_path, new, key, line, words):
    """The second basis of the pack, broken: the message points at that basis's line."""
    from tests.core.test_rule_pack import assert_names, line_of, refusal, write_copy

    path, text = write_copy(tmp_path, NEGOTIATED_VALUE, new)
    assert_names(refusal(path), path, key, line_of(text, line), words)


def test_a_pack_without_procedure_bases_is_refused(tmp_path):
    """Cut before the first [[basis]]: the pack says it lacks the legal grounds."""
    from tests.core.test_rule_pack import BUNDLED_TEXT, assert_names, refusal

    path = tmp_path / "pack.toml"
    path.write_text(BUNDLED_TEXT[: BUNDLED_TEXT.index("[[basis]]")], encoding="utf-8")
    assert_names(
        refusal(path),
        path,
        "basis",
        None,
        "expected [[basis]] entries (the legal grounds of procedures)",
    )


def test_the_version_of_the_rules_stored_with_a_decision_is_stable(pack):
    """The rule version a decision keeps, for a day before the 2024 regimes (some rules not
    yet in force) and for a day after: it changes only when the rules in force change."""
    assert pack.version_on(date(2023, 6, 1)) == "be-procurement 2026.11.2#6b65f5be27"
    assert pack.version_on(date(2026, 11, 22)) == "be-procurement 2026.11.2#1a13a389d2"


def test_a_snapshot_answers_for_its_own_periods_only(tmp_path):
    """A basis that ended is not in a later snapshot, and the snapshot's last covered day is
    its own, not the whole pack's (it remembers nothing of the pack it was cut from)."""
    from core.rules import load_pack
    from tests.core.test_rule_pack import write_copy

    path, _ = write_copy(tmp_path, NEGOTIATED_VALUE, NEGOTIATED_VALUE + "valid_to = 2019-12-31\n")
    modified = load_pack(path)
    assert modified.covers_to == date(2027, 12, 31)
    snapshot = modified.snapshot(date(2020, 1, 1))
    assert "negotiated_value" not in {b.id for b in snapshot.bases}
    assert len(snapshot.bases) == len(modified.bases) - 1
    assert snapshot.covers_to == date(2021, 12, 31)


def test_the_rules_the_research_is_unsure_of_on_a_day_in_the_packs_order():
    """What the first page lists: the rules in force that day with that confidence mark; the
    signature of the advance request is unverified from 1 February 2024, secondary before."""
    from core.rules import bundled_pack
    from core.rules.confidence import rules_of_confidence

    pack = bundled_pack()
    today, before = date(2026, 11, 22), date(2024, 1, 31)
    assert rules_of_confidence(pack, today, "unverified") == [
        "advance_exceptions_unconfirmed",
        "advance_request_signature_required",
    ]
    assert rules_of_confidence(pack, today, "convention") == ["procedure_simplicity_order"]
    assert rules_of_confidence(pack, before, "unverified") == ["advance_exceptions_unconfirmed"]
    assert "advance_request_signature_required" in rules_of_confidence(pack, before, "secondary")
