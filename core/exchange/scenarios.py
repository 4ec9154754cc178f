"""Scenario files (format ``tender-scenarios/1``): legal cases with their expected outcome.

See ``../shared/scenarios/FORMAT.md``. Each case is run through the engine and only the keys
present in ``expect`` are compared: amounts as exact decimals rounded to the cent, ``allowed``
as a set, ``allowed_includes`` / ``allowed_excludes`` as subsets, ``error`` as "the engine
refused the input with a validation error".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from core.decisions import CHECKS
from core.errors import ValidationError
from core.input_files import InputFileError, loads_json, read_text
from core.money import round_cents
from core.record import record
from core.rules.pack import RulePack

FORMAT = "tender-scenarios/1"
CASE_FIELDS = ("id", "check", "input", "expect")


@record(frozen=True)
class Outcome:
    """One line of the report: a case passed, failed, or could not be used."""

    status: str  # "ok", "fail", "unusable"
    case_id: str
    message: str = ""

    def line(self) -> str:
        """The report line for this case: one line, whatever the file holds.

        Ids and messages are shown with their control characters escaped (a newline as
        ``\\n``), so a case can never print a line of its own, such as a forged ``ok``.
        """
        if self.status == "ok":
            return f"ok {printable(self.case_id)}"
        if self.status == "fail":
            return f"FAIL {printable(self.case_id)}: {printable(self.message)}"
        return f"ERROR {printable(self.message)}"


def printable(text: str) -> str:
    """``text`` with every character a terminal would not print as itself escaped.

    Newlines, tabs, escape codes, other control and format characters (bidi overrides,
    zero-width spaces) and lone surrogates are written as Python writes them in a string's
    repr: ``\\n``, ``\\x1b``, ``\\u202e``.
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@record
class Report:
    """Counts of a run over one or more files, and the exit status."""

    passed: int = 0
    failed: int = 0
    unusable: bool = False

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if outcome.status == "ok":
            self.passed += 1
        else:
            self.failed += 1
        if outcome.status == "unusable":
            self.unusable = True

    @property
    def exit_status(self) -> int:
        """0 all passed, 1 a case failed, 2 a file or case could not be used."""
        if self.unusable:
            return 2
        return 1 if self.failed else 0

    def summary(self) -> str:
        """The last line: ``N passed, M failed``."""
        return f"{self.passed} passed, {self.failed} failed"


def run_files(paths: list[str], pack: RulePack) -> Iterator[Outcome]:
    """Run every case of every file, one outcome per case (or per unusable file)."""
    for path in paths:
        yield from run_file(path, pack)


def run_file(path: str, pack: RulePack) -> Iterator[Outcome]:
    """Run every case of one file; a bad case never stops the others."""
    try:
        doc = loads_json(read_text(path))
    except InputFileError as exc:
        yield Outcome("unusable", "", f"{path}: {exc.message}")
        return
    yield from run_doc(path, doc, pack)


def run_doc(path: str, doc: object, pack: RulePack) -> Iterator[Outcome]:
    """Run every case of a scenario document read from ``path`` (the name its messages give):
    a file of its own, or the answer keys of a workshop."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        got = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        yield Outcome("unusable", "", f"{path}: format must be {FORMAT!r}, got {got!r}")
        return
    cases = doc.get("cases")
    if not isinstance(cases, list):
        yield Outcome("unusable", "", f"{path}: 'cases' must be a list")
        return
    seen: set[str] = set()
    for index, case in enumerate(cases):
        yield run_case(path, index, case, pack, seen)


def run_case(path: str, index: int, case: object, pack: RulePack, seen: set[str]) -> Outcome:
    """Run one case and compare the engine's answer with the expectation."""
    label = f"{path}: case {index + 1}"
    if not isinstance(case, dict):
        return Outcome("unusable", "", f"{label}: a case must be an object")
    case_id = case.get("id")
    if isinstance(case_id, str) and case_id:
        label = f"{path}: case {case_id!r}"
    missing = [f for f in CASE_FIELDS if f not in case]
    if missing:
        return Outcome("unusable", str(case_id or ""), f"{label}: missing {', '.join(missing)}")
    if not isinstance(case_id, str) or not case_id.strip():
        return Outcome("unusable", "", f"{label}: id must be a non-empty string")
    if case_id in seen:
        return Outcome("unusable", case_id, f"{label}: the id is used twice in the file")
    seen.add(case_id)
    check = CHECKS.get(case["check"]) if isinstance(case["check"], str) else None
    if check is None:
        return Outcome(
            "unusable",
            case_id,
            f"{label}: unknown check {case['check']!r} (known: {', '.join(CHECKS)})",
        )
    expect = case["expect"]
    if not isinstance(expect, dict) or not expect:
        return Outcome("unusable", case_id, f"{label}: expect must be a non-empty object")
    try:
        result = check.run(case["input"], pack)
    except ValidationError as exc:
        if expect.get("error") is True:
            return Outcome("ok", case_id)
        return Outcome("fail", case_id, f"input: validation error: {exc}")
    except Exception as exc:  # noqa: BLE001 - a bug must be a FAIL line, never a traceback
        return Outcome("fail", case_id, f"internal error: {type(exc).__name__}: {exc}")
    if expect.get("error") is True:
        return Outcome("fail", case_id, "error: expected a validation error, got a result")
    actual = result.to_dict()
    for key, want in expect.items():
        try:
            problem = compare_key(key, want, actual)
        except TypeError as exc:  # an expectation of an unusable shape, e.g. a set of dicts
            problem = f"{key}: cannot compare {_show(want)}: {exc}"
        if problem:
            return Outcome("fail", case_id, problem)
    return Outcome("ok", case_id)


def compare_key(key: str, want: object, actual: dict) -> str | None:
    """None when the engine's answer matches ``want`` for ``key``, else the FAIL text."""
    set_valued = key != "allowed" or isinstance(actual.get("allowed"), list)
    if key in ("allowed_includes", "allowed_excludes", "allowed") and set_valued:
        have = actual.get("allowed")
        if not isinstance(have, list):
            return f"{key}: this check has no list of allowed procedures"
        have = set(have)
        if not isinstance(want, list):
            return f"{key}: expected a list in the scenario file, got {_show(want)}"
        if key == "allowed":
            ok = set(want) == have
        elif key == "allowed_includes":
            ok = set(want) <= have
        else:
            ok = not (set(want) & have)
        if ok:
            return None
        return f"{key}: expected {_show(sorted(want))}, got {_show(sorted(have))}"
    if key == "error":
        return None if want is False else f"error: expected {_show(want)}"
    if key not in actual:
        return f"{key}: expected {_show(want)}, got nothing (the engine has no {key!r})"
    if same(want, actual[key]):
        return None
    return f"{key}: expected {_show(want)}, got {_show(actual[key])}"


def same(want: object, have: object) -> bool:
    """Equality of an expected and an actual value, decimals compared to the cent."""
    if isinstance(want, bool) or isinstance(have, bool) or want is None or have is None:
        return want is have or (want == have and type(want) is type(have))
    if isinstance(want, dict):
        return isinstance(have, dict) and all(
            k in have and same(v, have[k]) for k, v in want.items()
        )
    if isinstance(want, list):
        return (
            isinstance(have, list | tuple)
            and len(want) == len(have)
            and all(same(w, h) for w, h in zip(want, have, strict=True))
        )
    wd, hd = _as_decimal(want), _as_decimal(have)
    if wd is not None and hd is not None:
        return round_cents(wd) == round_cents(hd)
    return want == have


def _as_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, str):
        try:
            parsed = Decimal(value.strip())
        except InvalidOperation:
            return None
        return parsed if parsed.is_finite() else None
    return None


def _show(value: object) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)
