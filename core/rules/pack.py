"""Dated rule packs: load, validate and answer "which value applies on this launch date".

A pack is a TOML file (see ``resources/rules/be-procurement.toml``). Every parameter is a list
of periods ``[[param.KEY]]`` with ``valid_from``, optional ``valid_to`` (absent: open),
``value``, ``source`` (article), ``url`` and ``confidence``. Procedure grounds are
``[[basis]]`` entries. Loading checks unknown and missing keys, bad dates, overlapping and
gapped periods, and values of the wrong kind, and names the file, key and line of a problem.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from core.errors import NotCoveredError, RulePackError
from core.rules import schema
from core.rules.values import ValueKindError, parse_value

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class RuleValue(Dated):
    """One dated value of one parameter."""

    key: str
    value: object


@dataclass(frozen=True, kw_only=True)
class Basis(Dated):
    """A legal basis that opens a procedure: contract types, value ceiling, claimed ground."""

    id: str
    procedure: str
    contract_types: tuple[str, ...]
    below: str | None
    ground: str | None


@dataclass(frozen=True)
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
    note: str = ""
    sha256: str = field(default="", compare=False)
    #: answers already computed for a date (the pack never changes once loaded)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def label(self) -> str:
        """Short name for status bars and documents: ``id version (published)``."""
        return f"{self.id} {self.version} ({self.published.isoformat()})"

    def check_date(self, on: date, field_name: str = "launch_date") -> None:
        """Refuse a launch date the pack does not cover."""
        if on < self.covers_from:
            raise NotCoveredError(
                field_name,
                "before_covered",
                f"{on.isoformat()} is before {self.covers_from.isoformat()}, the first launch "
                f"date this rule pack covers (law of 17 June 2016); earlier contracts follow "
                f"the former law, which the app does not cover",
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
            )
        return found

    def in_force(self, key: str, on: date) -> RuleValue | None:
        """The value of ``key`` on ``on``, or None before a late regime started."""
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
        last_end = periods[-1].valid_to if periods else None
        raise NotCoveredError(
            "launch_date",
            "after_pack",
            f"rule pack {self.label} has no value of {key!r} for {on.isoformat()} "
            f"(its last period ends {last_end}); load a newer rule pack",
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
        is refused as it would be by ``value``.
        """
        params = {}
        for key in self.params:
            found = self.in_force(key, on)
            params[key] = () if found is None else (found,)
        return replace(self, params=params, bases=self.bases_on(on), memo={})

    def version_on(self, on: date) -> str:
        """Identifier of the set of rule periods in force on ``on``."""
        memo_key = ("version_on", on)
        if memo_key not in self.memo:
            self.memo[memo_key] = self._version_on(on)
        return self.memo[memo_key]

    def _version_on(self, on: date) -> str:
        self.check_date(on)
        parts = []
        for key in sorted(self.params):
            period = next((p for p in self.params[key] if p.covers(on)), None)
            parts.append(f"{key}={period.valid_from if period else '-'}")
        digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:10]
        return f"{self.id} {self.version}#{digest}"


def load_pack(path: str | Path) -> RulePack:
    """Load and validate a rule pack file; raise RulePackError naming file, key and line."""
    path = Path(path)
    name = str(path)
    try:
        data_bytes = path.read_bytes()
    except OSError as exc:
        raise RulePackError(name, f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise RulePackError(name, "is not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _line_of_decode_error(str(exc))
        raise RulePackError(name, f"is not valid TOML: {exc}", line=line) from None
    return _Builder(name, text, data, hashlib.sha256(data_bytes).hexdigest()).build()


def _dated(table: dict, meta: dict) -> dict[str, object]:
    """The fields of a validated period or basis table that every Dated rule has."""
    return {
        "valid_from": table["valid_from"],
        "valid_to": table.get("valid_to"),
        "source": table["source"],
        "url": table["url"],
        "confidence": table["confidence"],
        "note": table.get("note", ""),
        "notes": _notes(table),
        "pack_id": meta["id"],
        "pack_version": meta["version"],
    }


def _notes(table: dict) -> tuple[tuple[str, str], ...]:
    """The note in every language the period gives: (("en", ...), ("nl", ...), ...)."""
    out = [("en", table["note"])] if table.get("note") else []
    out += [(f.split("_")[1], table[f]) for f in schema.NOTE_FIELDS if table.get(f)]
    return tuple(out)


def _line_of_decode_error(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


class _Builder:
    """Validates the parsed TOML of one pack and builds the RulePack."""

    def __init__(self, name: str, text: str, data: dict, sha: str) -> None:
        self.name = name
        self.lines = text.splitlines()
        self.data = data
        self.sha = sha

    # -- locating problems -------------------------------------------------------------
    def _header_line(self, header: str, index: int = 0) -> int | None:
        pattern = re.compile(r"^\s*\[\[?\s*" + re.escape(header) + r"\s*\]\]?\s*(#.*)?$")
        seen = -1
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                seen += 1
                if seen == index:
                    return number
        return None

    def _field_line(self, header: str, index: int, fname: str | None) -> int | None:
        start = self._header_line(header, index)
        if start is None or fname is None:
            return start
        pattern = re.compile(r"^\s*" + re.escape(fname) + r"\s*=")
        for number in range(start, len(self.lines)):
            line = self.lines[number]
            if line.lstrip().startswith("["):
                break
            if pattern.match(line):
                return number + 1
        return start

    def fail(
        self,
        message: str,
        key: str | None = None,
        header: str | None = None,
        index: int = 0,
        fname: str | None = None,
    ) -> RulePackError:
        line = self._field_line(header, index, fname) if header else None
        return RulePackError(self.name, message, key=key, line=line)

    # -- building ----------------------------------------------------------------------
    def build(self) -> RulePack:
        unknown_top = set(self.data) - {"pack", "param", "basis"}
        if unknown_top:
            top = sorted(unknown_top)[0]
            raise self.fail(
                f"unknown table {top!r} (expected pack, param, basis)", key=top, header=top
            )
        meta = self._meta()
        params = self._params(meta)
        bases = self._bases(meta, params)
        return RulePack(
            id=meta["id"],
            version=meta["version"],
            title=meta["title"],
            published=meta["published"],
            covers_from=meta["covers_from"],
            note=meta.get("note", ""),
            path=self.name,
            params=params,
            bases=bases,
            first_periods={key: periods[0] for key, periods in params.items()},
            sha256=self.sha,
        )

    def _meta(self) -> dict:
        meta = self.data.get("pack")
        if not isinstance(meta, dict):
            raise self.fail("missing the [pack] table (id, version, title, published, covers_from)")
        self._check_fields(
            meta, schema.PACK_FIELDS_REQUIRED, schema.PACK_FIELDS_OPTIONAL, "pack", "pack", 0
        )
        for fname in ("published", "covers_from"):
            if not isinstance(meta[fname], date) or isinstance(meta[fname], datetime):
                raise self.fail(
                    f"{fname} must be a date like 2017-06-30",
                    key=f"pack.{fname}",
                    header="pack",
                    fname=fname,
                )
        for fname in ("id", "version", "title"):
            if not isinstance(meta[fname], str) or not meta[fname].strip():
                raise self.fail(
                    f"{fname} must be a non-empty string",
                    key=f"pack.{fname}",
                    header="pack",
                    fname=fname,
                )
        return meta

    def _check_fields(
        self, table: dict, required: tuple, optional: tuple, key: str, header: str, index: int
    ) -> None:
        for fname in table:
            if fname not in required and fname not in optional:
                raise self.fail(
                    f"unknown field {fname!r} (allowed: {', '.join(required + optional)})",
                    key=key,
                    header=header,
                    index=index,
                    fname=fname,
                )
        for fname in required:
            if fname not in table:
                raise self.fail(f"missing field {fname!r}", key=key, header=header, index=index)

    def _period_common(self, table: dict, key: str, header: str, index: int) -> None:
        for fname in ("valid_from", "valid_to"):
            if fname in table and (
                not isinstance(table[fname], date) or isinstance(table[fname], datetime)
            ):
                raise self.fail(
                    f"{fname} must be a date like 2024-01-01, got {table[fname]!r}",
                    key=key,
                    header=header,
                    index=index,
                    fname=fname,
                )
        if table.get("valid_to") is not None and table["valid_to"] < table["valid_from"]:
            raise self.fail(
                "valid_to is before valid_from",
                key=key,
                header=header,
                index=index,
                fname="valid_to",
            )
        if table["confidence"] not in schema.CONFIDENCES:
            raise self.fail(
                f"confidence must be one of {', '.join(schema.CONFIDENCES)}, got "
                f"{table['confidence']!r}",
                key=key,
                header=header,
                index=index,
                fname="confidence",
            )
        for fname in ("source", "url"):
            if not isinstance(table[fname], str) or not table[fname].strip():
                raise self.fail(
                    f"{fname} must be a non-empty string",
                    key=key,
                    header=header,
                    index=index,
                    fname=fname,
                )

    def _params(self, meta: dict) -> dict[str, tuple[RuleValue, ...]]:
        raw = self.data.get("param", {})
        if not isinstance(raw, dict):
            raise self.fail("param must hold [[param.KEY]] periods", key="param")
        for key in raw:
            if key not in schema.PARAMS:
                raise self.fail(
                    "unknown key (not a rule the engine knows)", key=key, header=f"param.{key}"
                )
        for key in schema.PARAMS:
            if key not in raw:
                raise self.fail("missing key: the engine needs this rule", key=key)
        out = {}
        for key, periods in raw.items():
            out[key] = self._periods(meta, key, periods)
        return out

    def _periods(self, meta: dict, key: str, periods: object) -> tuple[RuleValue, ...]:
        header = f"param.{key}"
        if not isinstance(periods, list) or not periods:
            raise self.fail("expected one or more [[param.KEY]] periods", key=key, header=header)
        spec = schema.PARAMS[key]
        built: list[RuleValue] = []
        for index, table in enumerate(periods):
            self._check_fields(
                table,
                schema.PERIOD_FIELDS_REQUIRED,
                schema.PERIOD_FIELDS_OPTIONAL,
                key,
                header,
                index,
            )
            self._period_common(table, key, header, index)
            try:
                value = parse_value(key, spec.kind, table["value"])
            except ValueKindError as exc:
                raise self.fail(
                    f"bad value: {exc}", key=key, header=header, index=index, fname="value"
                ) from None
            built.append(
                RuleValue(
                    key=key,
                    value=value,
                    **_dated(table, meta),
                )
            )
        for index in range(1, len(built)):
            prev, cur = built[index - 1], built[index]
            if cur.valid_from < prev.valid_from:
                raise self.fail(
                    "periods must be listed in date order",
                    key=key,
                    header=header,
                    index=index,
                    fname="valid_from",
                )
            if prev.valid_to is None or cur.valid_from <= prev.valid_to:
                raise self.fail(
                    f"period from {cur.valid_from} overlaps the period from {prev.valid_from}",
                    key=key,
                    header=header,
                    index=index,
                    fname="valid_from",
                )
            if cur.valid_from != prev.valid_to + ONE_DAY:
                raise self.fail(
                    f"gap between {prev.valid_to} and {cur.valid_from}: no rule "
                    f"for the days in between",
                    key=key,
                    header=header,
                    index=index,
                    fname="valid_from",
                )
        if not spec.late and built[0].valid_from > meta["covers_from"]:
            raise self.fail(
                f"first period starts {built[0].valid_from}, after the pack's "
                f"covers_from {meta['covers_from']}",
                key=key,
                header=header,
                fname="valid_from",
            )
        return tuple(built)

    def _bases(self, meta: dict, params: dict) -> tuple[Basis, ...]:
        raw = self.data.get("basis", [])
        if not isinstance(raw, list) or not raw:
            raise self.fail(
                "expected [[basis]] entries (the legal grounds of procedures)", key="basis"
            )
        seen: set[str] = set()
        out = []
        for index, table in enumerate(raw):
            self._check_fields(
                table,
                schema.BASIS_FIELDS_REQUIRED,
                schema.BASIS_FIELDS_OPTIONAL,
                "basis",
                "basis",
                index,
            )
            self._period_common(table, "basis", "basis", index)
            bid = table["id"]
            where = {"key": f"basis {bid}", "header": "basis", "index": index}
            if bid in seen:
                raise self.fail("duplicate basis id", fname="id", **where)
            seen.add(bid)
            if table["procedure"] not in schema.PROCEDURES:
                raise self.fail(
                    f"unknown procedure {table['procedure']!r}", fname="procedure", **where
                )
            types = table["contract_types"]
            if (
                not isinstance(types, list)
                or not types
                or any(t not in schema.CONTRACT_TYPES for t in types)
            ):
                raise self.fail(
                    f"contract_types must list codes among {', '.join(schema.CONTRACT_TYPES)}",
                    fname="contract_types",
                    **where,
                )
            below = table.get("below")
            if (
                below is not None
                and below != "eu_threshold"
                and (below not in params or schema.PARAMS[below].kind != "eur")
            ):
                raise self.fail(
                    f"below must be 'eu_threshold' or an amount parameter, got {below!r}",
                    fname="below",
                    **where,
                )
            ground = table.get("ground")
            if ground is not None and ground not in schema.GROUNDS:
                raise self.fail(f"unknown ground {ground!r}", fname="ground", **where)
            out.append(
                Basis(
                    id=bid,
                    procedure=table["procedure"],
                    contract_types=tuple(types),
                    below=below,
                    ground=ground,
                    **_dated(table, meta),
                )
            )
        return tuple(out)
