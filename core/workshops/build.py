"""A workshop file made from a folder, or from a register.

The folder a trainer prepares (``workshop make --from DIR``)::

    workshop.toml      id = "sme-2024", language = "nl", today = "2025-03-01",
                       and a [title] table with nl, fr and en
    exercises.json     the exercises with their keys (a scenario file, see ``exercises``)
    workspace.sqlite   optional: the exercise register (an empty one without it)
    rules.toml         optional: the rule pack of the workshop (the bundled one without it)
    handout.pdf        optional: the hand-out

From a register (``workshop make --from-db PATH``), the exercises are its tenders' stored
decisions (their facts are the tender, their key the engine's answer to the stored input),
unless an exercises file is given. Either way every key is checked against the engine first:
a key it disagrees with stops the making (``KeysDisagreeError``, with every disagreeing key),
unless ``force``.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.decisions import CHECKS
from core.exchange.scenarios import FORMAT, Outcome
from core.names import LANGUAGES
from core.rules import load_pack
from core.rules.pack import RulePack
from core.store.backups import snapshot
from core.store.workspace import WorkspaceError, open_workspace
from core.texts import text
from core.workshops import archive
from core.workshops.archive import Manifest
from core.workshops.errors import WorkshopError
from core.workshops.exercises import disagreeing, read_exercises

#: the keys an exercise made from a stored decision asks for, per kind of decision
STORED_KEYS = {
    "procedure": ("allowed", "simplest"),
    "advance": ("mandatory", "percentage", "amount"),
    "bid_compensation": ("mandatory", "amounts"),
    "provisional_ranking": ("required",),
}


class KeysDisagreeError(WorkshopError):
    """Answer keys the engine disagrees with; ``outcomes`` has the line of each."""

    def __init__(self, path: Path, outcomes: list[Outcome]) -> None:
        super().__init__(path, "keys_disagree", count=len(outcomes))
        self.outcomes = outcomes


@dataclass(frozen=True)
class Made:
    """A workshop file written: its manifest, how many exercises, the keys forced through."""

    path: Path
    manifest: Manifest
    exercises: int
    disagreeing: tuple[Outcome, ...] = ()


def make_from_folder(
    folder: Path, out: Path, pack: RulePack, today: date, force: bool = False
) -> Made:
    """Make a workshop file from a prepared folder (layout in the module's docstring)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise WorkshopError(folder, "bad_folder", why="not a folder")
    try:
        meta = tomllib.loads((folder / "workshop.toml").read_text(encoding="utf-8"))
        doc = json.loads((folder / archive.EXERCISES).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WorkshopError(
            folder, "bad_folder", why=f"{Path(exc.filename).name} is missing"
        ) from None
    except (OSError, ValueError) as exc:
        raise WorkshopError(folder, "bad_folder", why=str(exc)) from None
    manifest = _manifest(meta, folder, today)
    members = {n: folder / n for n in archive.OPTIONAL if (folder / n).is_file()}
    if archive.RULES in members:
        pack = load_pack(members[archive.RULES])
    with tempfile.TemporaryDirectory() as scratch:
        register = folder / archive.WORKSPACE
        members[archive.WORKSPACE] = _register_copy(
            register if register.is_file() else None, Path(scratch)
        )
        return _write(out, manifest, doc, members, pack, force)


def make_from_db(
    db: Path,
    out: Path,
    pack: RulePack,
    today: date,
    meta: dict,
    exercises: Path | None = None,
    force: bool = False,
) -> Made:
    """Make a workshop file from a register: its stored decisions as exercises (or the
    ``exercises`` file's), ``meta`` the manifest's id, title, language and today."""
    db = Path(db)
    manifest = _manifest(meta, db, today)
    with tempfile.TemporaryDirectory() as scratch:
        copy = _register_copy(db, Path(scratch))
        if exercises is not None:
            try:
                doc = json.loads(Path(exercises).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise WorkshopError(exercises, "bad_exercises", why=str(exc)) from None
        else:
            doc = _stored_exercises(copy, pack)
        return _write(out, manifest, doc, {archive.WORKSPACE: copy}, pack, force)


def _write(
    out: Path,
    manifest: Manifest,
    doc: object,
    members: dict[str, Path],
    pack: RulePack,
    force: bool,
) -> Made:
    exercises = read_exercises(doc, out)
    wrong = disagreeing(doc, pack, archive.EXERCISES)
    if wrong and not force:
        raise KeysDisagreeError(out, wrong)
    manifest = Manifest(
        **{
            **manifest.__dict__,
            "rules": archive.RULES in members,
            "handout": archive.HANDOUT in members,
        }
    )
    archive.pack(Path(out), manifest, doc, members)
    return Made(Path(out), manifest, len(exercises), tuple(wrong))


def _manifest(meta: dict, where: Path, today: date) -> Manifest:
    """The manifest from ``workshop.toml`` (or the command line's values)."""
    title = meta.get("title")
    if isinstance(title, str):
        title = dict.fromkeys(LANGUAGES, title)
    raw = {
        "format": archive.FORMAT,
        "version": archive.VERSION,
        "id": meta.get("id") or where.stem,
        "title": title or dict.fromkeys(LANGUAGES, where.stem),
        "created": today.isoformat(),
        "settings": {
            "language": meta.get("language") or "en",
            "today": str(meta.get("today") or ""),
        },
    }
    try:
        return archive.read_manifest(raw, where)
    except WorkshopError as exc:
        raise WorkshopError(where, "bad_folder", why=exc.message("en")) from None


def _register_copy(source: Path | None, scratch: Path) -> Path:
    """A consistent copy of a register (an empty new one without ``source``), checked to
    be a workspace this version opens."""
    target = scratch / archive.WORKSPACE
    try:
        if source is not None:
            snapshot(source, target)
        with open_workspace(target, now=datetime.now(), auto_backup=False):
            pass
    except WorkspaceError as exc:
        raise WorkshopError(source or target, "bad_folder", why=exc.message) from None
    except OSError as exc:
        raise WorkshopError(source or target, "bad_folder", why=exc) from None
    except sqlite3.DatabaseError as exc:  # not a database at all
        raise WorkshopError(source or target, "bad_folder", why=exc) from None
    return target


def _stored_exercises(register: Path, pack: RulePack) -> dict:
    """One exercise per stored decision in step with its tender: the tender is the facts,
    the engine's answer to the stored input the key."""
    with open_workspace(register, now=datetime.now(), auto_backup=False, read_only=True) as ws:
        rows = ws.conn.execute(
            "SELECT t.reference, d.kind, d.input_json FROM decisions d "
            "JOIN tenders t ON t.id = d.tender_id WHERE d.state = 'current' ORDER BY t.id, d.id"
        ).fetchall()
    cases = []
    for reference, kind, data in rows:
        if kind not in STORED_KEYS:
            continue
        given = json.loads(data)
        result = CHECKS[kind].run(given, pack).to_dict()
        cases.append(
            {
                "id": f"{reference}-{kind}",
                "check": kind,
                "tender": reference,
                "title": {
                    lang: f"{reference}: {text(lang, 'label', 'check_' + kind)}"
                    for lang in LANGUAGES
                },
                "input": given,
                "expect": {k: result[k] for k in STORED_KEYS[kind] if k in result},
            }
        )
    return {"format": FORMAT, "cases": cases}
