"""Dated rule packs: answer "which value applies on this launch date" (loading: loader.py).

A pack is a TOML file (see ``resources/rules/be-procurement.toml``). Every parameter is a list
of periods ``[[param.KEY]]`` with ``valid_from``, optional ``valid_to`` (absent: open),
``value``, ``source`` (article), ``url`` and ``confidence``. Procedure grounds are
``[[basis]]`` entries. Loading checks unknown and missing keys, bad dates, overlapping and
gapped periods, and values of the wrong kind, and names the file, key and line of a problem.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from core.dates import format_date
from core.errors import NotCoveredError
from core.record import field, fields, record, replace

ONE_DAY = timedelta(days=1)


def note_in(notes: tuple[tuple[str, str], ...], note: str, lang: str) -> str:
    """A rule's note in ``lang`` (from its per-language notes), else the English ``note``."""
    return dict(notes).get(lang) or note


@record(frozen=True, kw_only=True)
class Dated:
    """A rule period: when it applies, its legal source, and how sure the research is."""

    valid_from: date
    valid_to: date | None
    source: str
    url: str
    confidence: str
    note: str = ""
    notes: tuple[tuple[str, str], ...] = ()
    pack_id: str = ""
    pack_version: str = ""

    def covers(self, on: date) -> bool:
        """True when the period includes ``on``."""
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def note_in(self, lang: str) -> str:
        """The note in ``lang``, else in English, else empty."""
        return note_in(self.notes, self.note, lang)


@record(frozen=True, kw_only=True)
class RuleValue(Dated):
    """One dated value of one parameter."""

    key: str
    value: object


@record(frozen=True, kw_only=True)
class Basis(Dated):
    """A legal basis that opens a procedure: contract types, value ceiling, claimed ground."""

    id: str
    procedure: str
    contract_types: tuple[str, ...]
    below: str | None
    ground: str | None


@record(frozen=True)
class RulePack:
    """A validated rule pack."""

    id: str
    version: str
    title: str
    published: date
    covers_from: date
    path: str
    params: dict[str, tuple[RuleValue, ...]]
    bases: tuple[Basis, ...]
    first_periods: dict[str, RuleValue] = field(default_factory=dict)
    #: parameters that are no longer in force after their last period (abolished rules)
    ending: frozenset[str] = frozenset()
    note: str = ""
    #: every value equals the bundled pack's, wherever the file lies (set by the loader)
    bundled: bool = field(default=False, compare=False)
    #: answers already computed for a date (the pack never changes once loaded)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def file_name(self) -> str:
        """The pack's file name, as a user would recognise it."""
        return Path(self.path).name

    @property
    def stored_id(self) -> str:
        """The pack id stored with a decision: the file name for a pack that is not bundled.

        A modified pack may keep the bundled pack's ``[pack]`` id and version; stored under
        them, its decisions would pass for the bundled pack's.
        """
        return self.id if self.bundled else self.file_name

    @property
    def stored_version(self) -> str:
        """The version stored with a decision; ``version#fingerprint`` when not bundled."""
        return self.version if self.bundled else f"{self.version}#{self.short_fingerprint}"

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the canonical form of every value of the pack (see ``canonical``).

        Made when first asked for (a decision stored, a pack compared with the bundled one),
        not when the pack is loaded: the window's first page needs none. A snapshot keeps
        the fingerprint of the pack it was cut from."""
        if "fingerprint" not in self.memo:
            self.memo["fingerprint"] = fingerprint(self)
        return self.memo["fingerprint"]

    @property
    def short_fingerprint(self) -> str:
        """The first characters of the fingerprint, enough to tell packs apart by eye."""
        return self.fingerprint[:10]

    @property
    def label(self) -> str:
        """Short name for status bars and documents: ``id version (published)``, the date as
        the app writes dates (22/11/2026)."""
        return f"{self.id} {self.version} ({format_date(self.published)})"

    @property
    def covers_to(self) -> date | None:
        """The last launch date every rule of the pack has a value for (None: no end).

        A rule abolished for good (``ending``) does not limit it: after its last period it is
        simply no longer in force.
        """
        if "covers_to" not in self.memo:
            ends = [
                max(p.valid_to for p in periods)
                for key, periods in self.params.items()
                if key not in self.ending
                and periods
                and all(p.valid_to is not None for p in periods)
            ]
            self.memo["covers_to"] = min(ends) if ends else None
        return self.memo["covers_to"]

    def coverage(self, on: date) -> dict[str, date | None]:
        """The parameters of a NotCoveredError: the date asked and the dates the pack covers."""
        return {"on": on, "covers_from": self.covers_from, "covers_to": self.covers_to}

    def check_date(self, on: date, field_name: str = "launch_date") -> None:
        """Refuse a launch date before the pack (the former law, which the app does not cover)."""
        if on < self.covers_from:
            raise NotCoveredError(
                field_name,
                "before_covered",
                f"{on.isoformat()} is before {self.covers_from.isoformat()}, the first launch "
                f"date this rule pack covers (law of 17 June 2016); earlier contracts follow "
                f"the former law, which the app does not cover",
                self.coverage(on),
            )

    def check_covered(self, on: date, field_name: str = "launch_date") -> None:
        """Refuse a launch date outside the pack: before it, or after its last rule period.

        What a user types is checked with this before anything is decided: after
        ``covers_to`` some rule (the EU thresholds, say) has no value, and a newer pack is
        needed.
        """
        self.check_date(on, field_name)
        end = self.covers_to
        if end is not None and on > end:
            raise NotCoveredError(
                field_name,
                "after_pack",
                f"{on.isoformat()} is after {end.isoformat()}, the last launch date rule pack "
                f"{self.label} covers; load a newer rule pack",
                self.coverage(on),
            )

    def starts(self, key: str) -> date:
        """The first day a parameter has a value (when a later regime came into force)."""
        return self.first_periods[key].valid_from

    def first(self, key: str) -> RuleValue:
        """The first period of a parameter (kept in snapshots; for voluntary use before it)."""
        return self.first_periods[key]

    def value(self, key: str, on: date) -> RuleValue:
        """The value of ``key`` in force on ``on``; a clear error when there is none."""
        found = self.in_force(key, on)
        if found is None:
            raise NotCoveredError(
                "launch_date",
                "not_in_force",
                f"rule {key!r} only applies from {self.starts(key).isoformat()}, "
                f"not on {on.isoformat()}",
                {"key": key, "start": self.starts(key), **self.coverage(on)},
            )
        return found

    def in_force(self, key: str, on: date) -> RuleValue | None:
        """The value of ``key`` on ``on``, or None before a late regime started or after an
        abolished rule ended."""
        memo_key = ("in_force", key, on)
        if memo_key in self.memo:
            return self.memo[memo_key]
        found = self._in_force(key, on)
        self.memo[memo_key] = found
        return found

    def _in_force(self, key: str, on: date) -> RuleValue | None:
        self.check_date(on)
        periods = self.params[key]
        for period in periods:
            if period.covers(on):
                return period
        if on < self.starts(key):
            return None
        if key in self.ending and periods[-1].valid_to is not None:
            return None  # abolished: no longer in force after its last period
        last_end = periods[-1].valid_to  # never empty: the loader refuses a rule without periods
        raise NotCoveredError(
            "launch_date",
            "after_pack",
            f"rule pack {self.label} has no value of {key!r} for {on.isoformat()} "
            f"(its last period ends {last_end}); load a newer rule pack",
            self.coverage(on),
        )

    def bases_on(self, on: date) -> tuple[Basis, ...]:
        """The procedure bases in force on ``on``."""
        memo_key = ("bases_on", on)
        if memo_key not in self.memo:
            self.check_date(on)
            self.memo[memo_key] = tuple(b for b in self.bases if b.covers(on))
        return self.memo[memo_key]

    def snapshot(self, on: date) -> RulePack:
        """The same pack cut down to the periods in force on ``on`` (one version of the law).

        A regime that has not started yet keeps no period; a date past the pack's last period
        is refused as it would be by ``value``. The snapshot holds this pack's very periods and
        bases, so it shares their canonical texts (``_canonical``) and makes none again.
        """
        params = {}
        for key in self.params:
            found = self.in_force(key, on)
            params[key] = () if found is None else (found,)
        memo = {  # the whole pack's fingerprint, as a snapshot names it
            "fingerprint": self.fingerprint,
            "canonical": self.memo.setdefault("canonical", {}),
        }
        return replace(self, params=params, bases=self.bases_on(on), memo=memo)

    def version_on(self, on: date) -> str:
        """Identifier of the set of rule periods in force on ``on``."""
        memo_key = ("version_on", on)
        found = self.memo.get(memo_key)
        if found is None:
            found = self.memo[memo_key] = self._version_on(on)
        return found

    def _version_on(self, on: date) -> str:
        self.check_date(on)
        # the dates between two changes of the law share one version: found by the stretch of
        # days ``on`` falls in, its text made once (not by walking every rule for each date)
        changes = self.memo.get("changes")
        if changes is None:
            changes = self.memo["changes"] = _changes(self)
        memo_key = ("version_of", bisect_right(changes, on))
        if memo_key not in self.memo:
            keys = sorted(self.params)
            periods = [next((p for p in self.params[key] if p.covers(on)), None) for key in keys]
            pairs = zip(keys, periods, strict=True)
            parts = [f"{k}={self._canonical(p) if p else '-'}" for k, p in pairs]
            parts += [self._canonical(b) for b in self.bases_on(on)]
            digest = _sha256("|".join(parts))[:10]
            self.memo[memo_key] = f"{self.id} {self.version}#{digest}"
        return self.memo[memo_key]

    def _canonical(self, rule: Dated) -> str:
        """``canonical(rule)`` of one of this pack's periods or bases, made once: most
        periods are the same from one rule version to the next. Kept by the rule's id, with
        the rule (so that the id is never another rule's), in a table the pack's snapshots
        share."""
        texts = self.memo.get("canonical")
        if texts is None:
            texts = self.memo["canonical"] = {}
        found = texts.get(id(rule))
        if found is None or found[0] is not rule:
            found = texts[id(rule)] = (rule, canonical(rule))
        return found[1]


def _changes(pack: RulePack) -> list[date]:
    """Every day on which a period or basis of ``pack`` starts or the day after one ends,
    in order: between two of them (from one, up to the day before the next) the same
    periods and bases are in force every day."""
    days = set()
    for rule in [*(p for periods in pack.params.values() for p in periods), *pack.bases]:
        days.add(rule.valid_from)
        if rule.valid_to is not None and rule.valid_to < date.max:
            days.add(rule.valid_to + ONE_DAY)
    return sorted(days)


def canonical(value: object) -> str:
    """One text for a rule period, a basis or a whole pack: every field, keys sorted.

    Two packs with the same canonical text give every answer alike; any changed value,
    date, source or note changes it.
    """
    if isinstance(value, RulePack):
        value = {
            "pack": [value.id, value.version, value.title, value.published, value.covers_from],
            "note": value.note,
            "params": {k: [_plain(p) for p in v] for k, v in sorted(value.params.items())},
            "bases": [_plain(b) for b in value.bases],
        }
    elif isinstance(value, Dated):
        value = _plain(value)
    return _CANONICAL.encode(value)


#: ``json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)``, made once: a rule
#: version's text takes some seventy of them
_CANONICAL = json.JSONEncoder(sort_keys=True, default=str, ensure_ascii=False)


def _plain(value: object) -> object:
    """What ``dataclasses.asdict`` would give of a record (every field, nested records as
    dicts), as JSON writes it, without its deep copies: the same text in a fraction of the
    time (every stored decision of a pack that is not the bundled one needs its fingerprint)."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind is tuple or kind is list:
        return [_plain(item) for item in value]
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not hasattr(kind, "__record_fields__"):
            return _plain(list(value)) if isinstance(value, (tuple, list)) else value
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return {name: _plain(getattr(value, name)) for name in names}


#: the types ``_plain`` gives back as they are (JSON writes them, or ``str`` of them)
_LEAVES = frozenset({str, int, float, bool, type(None), date, Decimal})
#: the field names of each record ``_plain`` met
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def fingerprint(pack: RulePack) -> str:
    """SHA-256 of the canonical text of the whole pack."""
    return _sha256(canonical(pack))


def _sha256(text: str) -> str:
    """The SHA-256 of ``text`` in UTF-8, in hex. ``hashlib`` (OpenSSL, about 11 million
    instructions) is loaded only when a rule version or a fingerprint is first asked for:
    loading a pack and the window's first page need neither."""
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()
