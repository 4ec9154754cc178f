"""``core.record``: a record behaves as the dataclass it replaced, on every point its users need.

Each case defines the same class with ``@dataclass`` and with ``@record`` and compares what
they do: construction, defaults, equality, hashing, ``repr``, ``replace``, frozen fields,
pickling and copying (a batch export sends the rule pack to worker processes).
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date
from decimal import Decimal

import pytest

from core import record as rec
from core.rules import bundled_pack


def _both(frozen: bool, kw_only: bool = False):
    """The same three classes (a base, a child with its own fields, a mutable holder) made by
    dataclasses and by ``core.record``."""
    made = {}
    for name, make, field in (
        ("dc", dataclasses.dataclass, dataclasses.field),
        ("rec", rec.record, rec.field),
    ):

        @make(frozen=frozen, kw_only=kw_only)
        class Period:
            valid_from: date
            valid_to: date | None
            note: str = ""

            def covers(self, on: date) -> bool:
                return self.valid_from <= on

        @make(frozen=frozen, kw_only=kw_only)
        class Value(Period):
            key: str = "k"
            value: object = None
            memo: dict = field(default_factory=dict, compare=False, repr=False)

        made[name] = (Period, Value)
    return made["dc"], made["rec"]


ARGS = {"valid_from": date(2026, 1, 1), "valid_to": None}


@pytest.mark.parametrize("frozen", [True, False])
def test_a_record_is_made_compared_and_shown_as_the_dataclass_was(frozen):
    (dc_period, dc_value), (rec_period, rec_value) = _both(frozen)
    for period, value in ((dc_period, dc_value), (rec_period, rec_value)):
        a = value(date(2026, 1, 1), None, "n", "eu", Decimal("1.50"))
        b = value(**ARGS, note="n", key="eu", value=Decimal("1.5"), memo={"x": 1})
        assert a == b  # Decimal 1.50 == 1.5, the memo is not compared
        assert a != value(**ARGS, note="other", key="eu", value=Decimal("1.5"))
        assert a != period(**ARGS, note="n")  # another class is never equal
        assert a.memo == {} and b.memo == {"x": 1}
        assert value(**ARGS).memo is not value(**ARGS).memo  # a factory per instance
        assert a.covers(date(2026, 3, 1))
    assert repr(rec_value(**ARGS, key="eu")) == repr(dc_value(**ARGS, key="eu"))
    assert [f.name for f in rec.fields(rec_value)] == [f.name for f in dataclasses.fields(dc_value)]


def test_a_frozen_record_is_hashed_as_the_dataclass_and_refuses_changes():
    (_, dc_value), (_, rec_value) = _both(frozen=True, kw_only=True)
    dc, made = dc_value(**ARGS, key="eu"), rec_value(**ARGS, key="eu")
    assert hash(made) == hash(dc)  # the same tuple of compared fields
    assert hash(made) == hash(rec_value(**ARGS, key="eu", memo={"a": 2}))
    with pytest.raises(AttributeError):
        made.note = "changed"
    with pytest.raises(AttributeError):
        del made.note
    assert made.note == ""
    with pytest.raises(TypeError):
        rec_value(date(2026, 1, 1), None)  # keyword only, as the dataclass refuses it
    with pytest.raises(TypeError):
        dc_value(date(2026, 1, 1), None)


def test_a_mutable_record_can_change_and_is_not_hashable():
    _, (_, rec_value) = _both(frozen=False)
    made = rec_value(**ARGS)
    made.note = "changed"
    assert made.note == "changed"
    with pytest.raises(TypeError):
        hash(made)


@pytest.mark.parametrize(
    "kwargs",
    [{"valid_from": date(2026, 1, 1)}, {**ARGS, "colour": "red"}],
    ids=["missing", "unknown"],
)
def test_a_record_refuses_what_the_dataclass_refused(kwargs):
    (_, dc_value), (_, rec_value) = _both(frozen=True)
    with pytest.raises(TypeError):
        dc_value(**kwargs)
    with pytest.raises(TypeError, match="missing|unexpected"):
        rec_value(**kwargs)
    with pytest.raises(TypeError, match="multiple"):
        rec_value(date(2026, 1, 1), valid_from=date(2026, 1, 1), valid_to=None)


def test_a_required_field_after_a_default_is_refused_when_the_class_is_made():
    with pytest.raises(TypeError, match="follows default"):

        @rec.record
        class Wrong:
            first: str = ""
            second: str


def test_replace_pickle_and_copy_keep_every_field_and_the_class():
    _, (_, rec_value) = _both(frozen=True)
    made = rec_value(**ARGS, key="eu", memo={"kept": 1})
    changed = rec.replace(made, note="new")
    assert (changed.note, changed.key, changed.memo, made.note) == ("new", "eu", {"kept": 1}, "")
    # the app's pack without the answers the tests before this one left in its memo (seconds
    # of copying, in a whole run), and with one of its own, as a pack in use holds
    pack = rec.replace(bundled_pack(), memo={})
    pack.value("low_value_ceiling", date(2026, 3, 1))
    assert pack.memo
    for same in (pickle.loads(pickle.dumps(pack)), copy.deepcopy(pack), copy.copy(pack)):
        assert same == pack
        assert same.fingerprint == pack.fingerprint
        assert same.value("low_value_ceiling", date(2026, 3, 1)) == pack.value(
            "low_value_ceiling", date(2026, 3, 1)
        )
    with pytest.raises(TypeError):
        rec.replace(object())


def test_a_post_init_runs_after_the_fields_are_set():
    @rec.record(frozen=True)
    class Checked:
        amount: Decimal

        def __post_init__(self):
            if self.amount < 0:
                raise ValueError("negative")

    assert Checked(Decimal(1)).amount == 1
    assert Checked(amount=Decimal(2)) == Checked(Decimal(2))
    with pytest.raises(ValueError, match="negative"):
        Checked(Decimal(-1))
    with pytest.raises(ValueError, match="negative"):
        Checked(amount=Decimal(-1))  # every field by name: the engines' quicker way in
