"""The exercises of a workshop and their answer keys.

The exercises are a scenario file (``tender-scenarios/1``, see ``../shared/scenarios/FORMAT.md``)
whose cases also carry what a trainee reads: ``title`` and ``facts`` per language (``nl``,
``fr``, ``en``), or ``tender``, the reference of a tender of the workshop's register whose
data are the facts; and ``source``, where the facts and the key come from. The keys are
checked with the scenario runner itself (``core.exchange.scenarios``), so ``main.py
scenarios`` and the workshop agree on what a right key is.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.decisions import CHECKS
from core.exchange.scenarios import FORMAT, Outcome, run_doc
from core.names import LANGUAGES
from core.rules import load_pack
from core.rules.pack import RulePack
from core.workshops import archive
from core.workshops.errors import WorkshopError


@dataclass(frozen=True)
class Exercise:
    """One case to solve: what the trainee reads, and the key."""

    id: str
    check: str
    input: dict
    expect: dict
    title: dict[str, str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)
    tender: str = ""
    source: str = ""

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` (else English, else any, else the id)."""
        return _in(self.title, lang) or self.id

    def facts_in(self, lang: str) -> str:
        """The facts in ``lang`` (else English, else any); empty for a tender's facts."""
        return _in(self.facts, lang)


def _in(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


def _texts(case: Mapping, key: str, where: str, path: Path) -> dict[str, str]:
    raw = case.get(key) or {}
    if not isinstance(raw, dict) or not all(
        k in LANGUAGES and isinstance(v, str) and v.strip() for k, v in raw.items()
    ):
        raise WorkshopError(path, "bad_exercises", why=f"{where}: {key} must map nl/fr/en to text")
    return dict(raw)


def read_exercises(doc: object, path: Path) -> tuple[Exercise, ...]:
    """The exercises of a scenario document (raises WorkshopError ``bad_exercises``).

    Only the shape is checked here; whether each key agrees with the engine is
    :func:`disagreeing`'s question.
    """
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise WorkshopError(path, "bad_exercises", why=f"format must be {FORMAT}")
    cases = doc.get("cases")
    if not isinstance(cases, list):
        raise WorkshopError(path, "bad_exercises", why="'cases' must be a list")
    out, seen = [], set()
    for index, case in enumerate(cases):
        where = f"case {index + 1}"
        if not isinstance(case, dict):
            raise WorkshopError(path, "bad_exercises", why=f"{where}: not an object")
        ident = case.get("id")
        if not isinstance(ident, str) or not ident.strip() or ident in seen:
            raise WorkshopError(path, "bad_exercises", why=f"{where}: a missing or repeated id")
        seen.add(ident)
        where = f"case {ident!r}"
        if case.get("check") not in CHECKS:
            raise WorkshopError(path, "bad_exercises", why=f"{where}: unknown check")
        if not isinstance(case.get("input"), dict) or not isinstance(case.get("expect"), dict):
            raise WorkshopError(path, "bad_exercises", why=f"{where}: input and expect")
        facts, tender = _texts(case, "facts", where, path), case.get("tender") or ""
        if not facts and not (isinstance(tender, str) and tender.strip()):
            raise WorkshopError(path, "bad_exercises", why=f"{where}: no facts and no tender")
        source = case.get("source") or ""
        out.append(
            Exercise(
                ident,
                case["check"],
                dict(case["input"]),
                dict(case["expect"]),
                _texts(case, "title", where, path),
                facts,
                str(tender),
                source if isinstance(source, str) else "",
            )
        )
    return tuple(out)


def disagreeing(doc: object, pack: RulePack, label: str) -> list[Outcome]:
    """The keys the engine does not agree with (empty: every key is right), each with the
    scenario runner's line (``FAIL id: key: expected x, got y``)."""
    return [o for o in run_doc(label, doc, pack) if o.status != "ok"]


def check_file(path: Path, pack: RulePack) -> Iterator[Outcome]:
    """Run the answer keys of a workshop file through the scenario runner, against the
    workshop's own rule pack when it has one, else ``pack`` (``main.py scenarios``)."""
    manifest_and_doc = archive.inspect(Path(path))
    own = archive.rules_text(Path(path))
    if own is not None:
        with tempfile.TemporaryDirectory() as scratch:
            rules = Path(scratch) / archive.RULES
            rules.write_bytes(own)
            pack = load_pack(rules)
    yield from run_doc(str(path), manifest_and_doc[1], pack)


def find(exercises: tuple[Exercise, ...], ident: str) -> Exercise | None:
    """The exercise of id ``ident``, or None."""
    return next((e for e in exercises if e.id == ident), None)
