"""Rule packs: the bundled pack, dated look-ups, a user's pack (broken packs: *_refusals)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from core.errors import NotCoveredError, RulePackError, ValidationError
from core.paths import bundled_rule_pack
from core.rules import active_pack, bundled_pack, load_pack, schema

BUNDLED_TEXT = bundled_rule_pack().read_text(encoding="utf-8")
NEGOTIATED = "negotiated_value_ceiling"
EU_CENTRAL = "eu_threshold_supplies_services_central"
NEGOTIATED_2026 = (
    'value = "140000"\nsource = "KB 18-04-2017 art. 90, first para., 1°; KB 12-01-2026"'
)


def _block(start: str, end: str) -> str:
    """The bundled text from ``start`` up to (not including) ``end``."""
    begin = BUNDLED_TEXT.index(start)
    return BUNDLED_TEXT[begin : BUNDLED_TEXT.index(end, begin)]


def write_copy(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    """Write the bundled pack with ``old`` (which must occur once) replaced by ``new``."""
    assert BUNDLED_TEXT.count(old) == 1, f"{old!r} is not unique in the bundled pack"
    text = BUNDLED_TEXT.replace(old, new)
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    return path, text


def line_of(text: str, line: str) -> int:
    """1-based number of the only line of ``text`` equal to ``line``."""
    found = [n for n, s in enumerate(text.splitlines(), start=1) if s == line]
    assert len(found) == 1, f"{line!r} is on lines {found}"
    return found[0]


def line_at(text: str, offset: int) -> int:
    """1-based number of the line holding character ``offset`` of ``text``."""
    return text.count("\n", 0, offset) + 1


def refusal(path: Path) -> RulePackError:
    """The RulePackError that loading ``path`` raises."""
    with pytest.raises(RulePackError) as info:
        load_pack(path)
    return info.value


def assert_names(
    exc: RulePackError, path: Path, key: str | None, line: int | None, words: str
) -> None:
    """The error names the file, the key and the line, and says what is wrong, in full."""
    assert exc.path == str(path)
    assert exc.key == key
    assert exc.line == line
    text = str(exc)
    assert text.startswith(str(path))
    if words.endswith("…"):  # the rest is the TOML reader's own words
        assert exc.message.startswith(words[:-1]), exc.message
    else:
        assert exc.message == words, exc.message
    if line is not None:
        assert f"line {line}" in text
    if key is not None:
        assert f"key {key!r}" in text


# --- the bundled pack ----------------------------------------------------------------------


def test_bundled_pack_loads_with_its_metadata(pack):
    """The shipped pack loads and says what it is and from when it applies."""
    assert pack.id == "be-procurement"
    assert pack.covers_from == date(2017, 6, 30)
    assert pack.label == f"be-procurement {pack.version} ({pack.published:%d/%m/%Y})"
    assert len(pack.fingerprint) == 64
    assert pack.bases


def test_bundled_pack_defines_exactly_the_schema_parameters(pack):
    """Every parameter the engine reads is in the pack, and nothing else."""
    assert set(pack.params) == set(schema.PARAMS)


def test_every_parameter_is_in_force_on_the_publication_date(pack):
    """On the day the pack was published, every parameter has a value, except the abolished
    rules (the former bond exemptions), which are no longer in force."""
    for key, spec in schema.PARAMS.items():
        assert (pack.in_force(key, pack.published) is None) == spec.ends, key


def test_an_abolished_rule_ends_the_day_before_its_successor_starts(pack):
    """The former bond exemption holds on 2023-10-31 and is gone on 2023-11-01, when the
    prohibition below the same amount starts."""
    assert pack.in_force("bond_exempt_below", date(2023, 10, 31)).value == Decimal("50000")
    assert pack.in_force("bond_exempt_below", date(2023, 11, 1)) is None
    assert pack.in_force("bond_forbidden_below", date(2023, 10, 31)) is None
    assert pack.in_force("bond_forbidden_below", date(2023, 11, 1)).value == Decimal("50000")


def test_parameters_that_are_not_late_cover_the_first_launch_date(pack):
    """On covers_from every parameter has a value except the late ones (2022 onwards)."""
    for key, spec in schema.PARAMS.items():
        found = pack.in_force(key, pack.covers_from)
        assert (found is None) == spec.late, key


@pytest.mark.parametrize(
    ("key", "on", "expected"),
    [
        (NEGOTIATED, date(2017, 6, 30), Decimal("135000")),
        (NEGOTIATED, date(2025, 12, 31), Decimal("143000")),
        (NEGOTIATED, date(2026, 1, 1), Decimal("140000")),
        ("eu_threshold_works", date(2017, 12, 31), Decimal("5225000")),
        ("eu_threshold_works", date(2018, 1, 1), Decimal("5548000")),
        ("eu_threshold_works", date(2027, 12, 31), Decimal("5404000")),
        (
            "einvoicing_threshold",
            date(2024, 2, 29),
            {"compare": "at_least", "amount": Decimal("30000")},
        ),
        ("einvoicing_threshold", date(2024, 3, 1), {"compare": "above", "amount": Decimal("3000")}),
    ],
)
def test_value_picks_the_period_on_each_side_of_a_boundary(pack, key, on, expected):
    """value(key, day) returns the value of the period that contains that day."""
    found = pack.value(key, on)
    assert found.value == expected
    assert found.key == key
    assert found.covers(on)
    assert found.pack_id == pack.id and found.pack_version == pack.version


def test_values_carry_their_source_and_confidence(pack):
    """A value says where it comes from and how sure it is."""
    found = pack.value(NEGOTIATED, date(2026, 1, 1))
    assert found.valid_from == date(2026, 1, 1) and found.valid_to == date(2027, 12, 31)
    assert "art. 90" in found.source
    assert found.url.startswith("http")
    assert found.confidence == "secondary"


def test_launch_date_before_the_law_is_not_covered(pack):
    """A launch date before 2017-06-30 is refused with a message naming 2017-06-30."""
    with pytest.raises(NotCoveredError) as info:
        pack.value("eu_threshold_works", date(2017, 6, 29))
    exc = info.value
    assert isinstance(exc, ValidationError)
    assert exc.field == "launch_date" and exc.code == "before_covered"
    assert "2017-06-29 is before 2017-06-30" in exc.message
    assert "former law" in exc.message


def test_launch_date_after_the_last_closed_period_asks_for_a_newer_pack(pack):
    """A date past the last closed period is refused with 'load a newer rule pack'."""
    with pytest.raises(NotCoveredError) as info:
        pack.value("eu_threshold_works", date(2028, 1, 1))
    exc = info.value
    assert exc.code == "after_pack"
    assert "load a newer rule pack" in exc.message
    assert "'eu_threshold_works'" in exc.message and "2028-01-01" in exc.message
    assert "2027-12-31" in exc.message


def test_open_period_still_answers_after_the_closed_ones_end(pack):
    """A parameter whose last period is open has a value in 2028."""
    assert pack.value("low_value_ceiling", date(2028, 1, 1)).value == Decimal("30000")


def test_late_parameter_before_its_start_is_not_in_force(pack):
    """advance_cap before 2024-01-01: in_force gives None and value raises."""
    assert pack.in_force("advance_cap", date(2023, 12, 31)) is None
    assert pack.in_force("advance_cap", date(2024, 1, 1)).value == Decimal("225000")
    with pytest.raises(NotCoveredError) as info:
        pack.value("advance_cap", date(2023, 12, 31))
    exc = info.value
    assert (exc.field, exc.code) == ("launch_date", "not_in_force")
    assert exc.message == "rule 'advance_cap' only applies from 2024-01-01, not on 2023-12-31"
    assert exc.params == {
        "key": "advance_cap",
        "start": date(2024, 1, 1),
        "on": date(2023, 12, 31),
        "covers_from": date(2017, 6, 30),
        "covers_to": date(2027, 12, 31),
    }


def test_a_typed_launch_date_is_checked_against_the_whole_pack(pack):
    """The editor and the wizards refuse a date past the pack's last day, or before its
    first, naming the field typed; the last day itself is covered."""
    pack.check_covered(date(2027, 12, 31))
    with pytest.raises(NotCoveredError) as after:
        pack.check_covered(date(2028, 1, 1))
    assert (after.value.field, after.value.code) == ("launch_date", "after_pack")
    assert after.value.message == (
        "2028-01-01 is after 2027-12-31, the last launch date rule pack "
        "be-procurement 2026.11.2 (29/11/2026) covers; load a newer rule pack"
    )
    assert after.value.params == {
        "on": date(2028, 1, 1),
        "covers_from": date(2017, 6, 30),
        "covers_to": date(2027, 12, 31),
    }
    with pytest.raises(NotCoveredError) as before:
        pack.check_covered(date(2017, 6, 29), "offers_deadline")
    assert (before.value.field, before.value.code) == ("offers_deadline", "before_covered")


def test_bases_on_keeps_the_bases_in_force(pack):
    """bases_on lists the legal bases in force, and refuses a date before the pack."""
    ids = {b.id for b in pack.bases_on(date(2026, 1, 1))}
    assert {"low_value", "negotiated_value", "open", "innovation_partnership"} <= ids
    with pytest.raises(NotCoveredError):
        pack.bases_on(date(2017, 1, 1))


# --- snapshot and version_on ---------------------------------------------------------------


@pytest.mark.parametrize("on", [date(2025, 12, 31), date(2026, 1, 1), date(2026, 11, 22)])
def test_snapshot_keeps_exactly_the_periods_in_force(pack, on):
    """On a day every parameter is in force, the snapshot holds one period each: that day's."""
    snap = pack.snapshot(on)
    assert set(snap.params) == set(pack.params)
    for key, periods in pack.params.items():
        assert snap.params[key] == tuple(p for p in periods if p.covers(on)), key
        assert len(snap.params[key]) == (0 if schema.PARAMS[key].ends else 1), key
    assert snap.bases == tuple(b for b in pack.bases if b.covers(on))
    assert snap.value(NEGOTIATED, on) == pack.value(NEGOTIATED, on)
    assert len(snap.params["eu_threshold_works"]) < len(pack.params["eu_threshold_works"])
    # the snapshot names the pack it was cut from: the same fingerprint in stored decisions
    assert (snap.id, snap.version, snap.fingerprint) == (pack.id, pack.version, pack.fingerprint)


def test_snapshot_before_a_late_regime_still_has_it_not_in_force(pack):
    """In a 2020 snapshot the 2024 advance cap is still not in force."""
    on = date(2020, 1, 1)
    assert pack.snapshot(on).in_force("advance_cap", on) is None


def test_snapshot_before_a_late_regime_holds_no_period_that_is_not_in_force(pack):
    """A 2020 snapshot holds no period that does not cover 2020-01-01 (e.g. advance_cap)."""
    on = date(2020, 1, 1)
    snap = pack.snapshot(on)
    stray = [p.key for ps in snap.params.values() for p in ps if not p.covers(on)]
    assert stray == []


def test_version_on_changes_at_a_boundary_and_not_within_a_period(pack):
    """version_on differs across 2026-01-01 and is equal for two days of one period."""
    before, after = pack.version_on(date(2025, 12, 31)), pack.version_on(date(2026, 1, 1))
    assert before != after
    assert after == pack.version_on(date(2027, 12, 31))
    assert pack.version_on(date(2024, 2, 29)) != pack.version_on(date(2024, 3, 1))
    assert after.startswith(f"{pack.id} {pack.version}#")


def test_version_on_refuses_a_date_before_the_pack(pack):
    """version_on of a date the pack does not cover raises NotCoveredError."""
    with pytest.raises(NotCoveredError):
        pack.version_on(date(2017, 6, 29))


def test_two_days_share_a_version_exactly_when_the_same_rules_are_in_force(pack):
    """version_on (found by the stretch of days between two changes of the law) is the same
    for two days exactly when the same periods and bases are in force on both: on the first
    and last day of every period and basis and the days on either side, every fortnight of
    the pack and a year past it; and a snapshot of a covered day says the same."""
    rules = [*(p for periods in pack.params.values() for p in periods), *pack.bases]
    last = pack.covers_to + timedelta(days=365)
    edges = {r.valid_from for r in rules} | {r.valid_to for r in rules if r.valid_to}
    near = {day + timedelta(days=n) for day in edges for n in (-1, 0, 1)}
    fortnights = range(0, (last - pack.covers_from).days, 14)
    near |= {pack.covers_from + timedelta(days=n) for n in fortnights}
    days = sorted(day for day in near if pack.covers_from <= day <= last)
    in_force = {on: frozenset(id(r) for r in rules if r.covers(on)) for on in days}
    versions = {on: pack.version_on(on) for on in days}
    assert len(set(versions.values())) == len(set(in_force.values())) > 10
    assert len(set(zip(versions.values(), in_force.values(), strict=True))) == len(
        set(versions.values())
    )
    covered = [on for on in days if on <= pack.covers_to]  # a snapshot past the pack is refused
    for on in covered[:: len(covered) // 8]:
        assert pack.snapshot(on).version_on(on) == versions[on]


# --- consistency the research asks for -----------------------------------------------------


def _value_or_none(pack, key: str, on: date):
    try:
        found = pack.in_force(key, on)
    except NotCoveredError:
        return None
    return None if found is None else found.value


def ceiling_mismatches(pack) -> tuple[list[date], list[tuple[date, object, object]]]:
    """Days checked and the days the negotiated ceiling differs from the EU central threshold.

    Both parameters are constant within their periods, so comparing them on the first and last
    day of every period of either, and on the day after each closed period, checks every day.
    """
    days = {pack.covers_from}
    for key in (NEGOTIATED, EU_CENTRAL):
        for period in pack.params[key]:
            days.add(period.valid_from)
            if period.valid_to is not None:
                days.update({period.valid_to, period.valid_to + timedelta(days=1)})
    checked = sorted(d for d in days if d >= pack.covers_from)
    wrong = []
    for day in checked:
        ours, eu = _value_or_none(pack, NEGOTIATED, day), _value_or_none(pack, EU_CENTRAL, day)
        if ours != eu:
            wrong.append((day, ours, eu))
    return checked, wrong


def test_negotiated_ceiling_equals_eu_central_threshold_in_every_period(pack):
    """Since 2017-06-30 the Belgian negotiated-value ceiling equals the EU central threshold."""
    checked, wrong = ceiling_mismatches(pack)
    assert wrong == []
    periods = [
        p for p in pack.params[NEGOTIATED] if p.valid_to is None or p.valid_to >= pack.covers_from
    ]
    assert len(checked) >= 2 * len(periods)
    assert {_value_or_none(pack, NEGOTIATED, d) for d in checked} - {None} == {
        p.value for p in periods
    }


def test_consistency_check_catches_a_change_to_only_one_of_the_two(tmp_path):
    """Raising the 2026 negotiated ceiling alone makes the consistency check fail."""
    path, _ = write_copy(tmp_path, NEGOTIATED_2026, NEGOTIATED_2026.replace("140000", "141000"))
    _, wrong = ceiling_mismatches(load_pack(path))
    assert wrong == [
        (date(2026, 1, 1), Decimal("141000"), Decimal("140000")),
        (date(2027, 12, 31), Decimal("141000"), Decimal("140000")),
    ]


# --- a user-supplied pack ------------------------------------------------------------------


def test_active_pack_uses_the_users_pack(tmp_path):
    """active_pack(path) answers from the user's file, not from the bundled pack."""
    path, _ = write_copy(tmp_path, NEGOTIATED_2026, NEGOTIATED_2026.replace("140000", "150000"))
    on = date(2026, 1, 1)
    user = active_pack(path)
    assert user.path == str(path)
    assert user.value(NEGOTIATED, on).value == Decimal("150000")
    assert active_pack(str(path)).value(NEGOTIATED, on).value == Decimal("150000")
    assert bundled_pack().value(NEGOTIATED, on).value == Decimal("140000")
    assert user.fingerprint != bundled_pack().fingerprint and not user.bundled


def test_active_pack_without_a_file_is_the_bundled_pack():
    """active_pack() with no user pack gives the bundled pack."""
    assert active_pack(None) is bundled_pack()
    assert active_pack().path == str(bundled_rule_pack())


def test_active_pack_validates_the_users_pack(tmp_path):
    """A broken user pack is refused by active_pack before any value is read."""
    path, text = write_copy(tmp_path, NEGOTIATED_2026, NEGOTIATED_2026.replace('"140000"', "-1"))
    exc = pytest.raises(RulePackError, active_pack, path).value
    assert_names(
        exc,
        path,
        NEGOTIATED,
        line_of(text, "value = -1"),
        "bad value: value must not be negative, got -1",
    )


# --- broken packs ---------------------------------------------------------------------------


def test_an_unmodified_copy_loads_like_the_bundled_pack(tmp_path, pack):
    """The copy written by the tests loads: failures below come from the changes alone."""
    path, _ = write_copy(tmp_path, "[pack]\n", "[pack]\n")
    copy = load_pack(path)
    assert copy.params == pack.params and copy.bases == pack.bases
    assert copy.fingerprint == pack.fingerprint and copy.bundled


def test_the_canonical_text_is_every_field_of_each_rule(monkeypatch):
    """The fingerprint and the rule versions stored with decisions are made of this text:
    it must not change when the way it is made does (the field names each class has are
    learnt anew here, as in a fresh start). A rule's fields are its attributes, as
    ``dataclasses.asdict`` gave them when the rules were dataclasses."""
    import json

    from core.rules import pack as pack_module
    from core.rules.loader import bundled_pack
    from core.rules.pack import canonical

    monkeypatch.setattr(pack_module, "_FIELD_NAMES", {})
    pack = bundled_pack()
    rules = [*(p for periods in pack.params.values() for p in periods), *pack.bases]
    for rule in rules:
        assert canonical(rule) == json.dumps(
            vars(rule), sort_keys=True, default=str, ensure_ascii=False
        )
    whole = json.loads(canonical(pack))
    assert whole["bases"] == json.loads(json.dumps([vars(b) for b in pack.bases], default=str))
    assert len(rules) > 90
