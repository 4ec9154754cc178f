"""Loading a rule pack file: parse the TOML, validate every key, period and basis.

A problem raises RulePackError naming the file, the key and the line: unknown or missing
keys, unknown fields, overlapping, gapped or unordered periods, impossible dates, values of
the wrong kind, bad codes.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from core import parsed
from core.errors import RulePackError
from core.input_files import InputFileError, check_depth, read_bytes
from core.paths import bundled_rule_pack
from core.record import replace
from core.rules import schema
from core.rules.pack import ONE_DAY, Basis, RulePack, RuleValue
from core.rules.values import ValueKindError, parse_value


def load_pack(path: str | Path) -> RulePack:
    """Load and validate a rule pack file; raise RulePackError naming file, key and line."""
    pack = _read(path)
    return replace(pack, bundled=pack.fingerprint == bundled_pack().fingerprint)


@lru_cache(maxsize=1)
def bundled_pack() -> RulePack:
    """The rule pack shipped with the app (loaded and validated once)."""
    return replace(_read(bundled_rule_pack(), cached=True), bundled=True)


def active_pack(user_pack: str | Path | None = None) -> RulePack:
    """The user's pack when one is given (validated before use), else the bundled one."""
    return load_pack(user_pack) if user_pack else bundled_pack()


def _read(path: str | Path, cached: bool = False) -> RulePack:
    """The pack in ``path``, validated; ``bundled`` is left for the caller to set.

    ``cached``: the parsed TOML may come from the cache of parsed files (the bundled pack,
    read at every start; a user's pack, perhaps edited between runs, is parsed each time).
    """
    path = Path(path)
    name = str(path)
    try:
        data_bytes = read_bytes(path)  # a regular file of sane size: never /dev/zero or a FIFO
    except InputFileError as exc:
        raise RulePackError(name, exc.message) from None
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise RulePackError(name, "is not UTF-8 text") from None
    try:
        if cached:  # the depth is checked before a parse: a text in the cache was parsed whole
            data = parsed.loads(text, before_parse=lambda text: check_depth(text, "toml"))
        else:
            check_depth(text, "toml")
            data = parsed.parse(text)
    except InputFileError as exc:
        raise RulePackError(name, exc.message) from None
    except RecursionError:  # a guard: check_depth refuses this first
        raise RulePackError(name, "is nested too deeply") from None
    except ValueError as exc:
        if not parsed.is_decode_error(exc):
            raise
        line = _line_of_decode_error(str(exc))
        raise RulePackError(name, f"is not valid TOML: {exc}", line=line) from None
    return _Builder(name, text, data).build()


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

    def __init__(self, name: str, text: str, data: dict) -> None:
        self.name = name
        self.lines = text.splitlines()
        self.data = data

    # -- locating problems -------------------------------------------------------------
    def _header_line(self, header: str, index: int) -> int | None:
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
            ending=frozenset(key for key, spec in schema.PARAMS.items() if spec.ends),
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
        raw = self.data.get("basis")  # absent: refused below like an empty list
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
