"""The working copy of a workshop in the user's data folder, its reset, and the scores.

Opening a workshop file unpacks it into ``<data folder>/workshops/<id>/`` (one working copy
per workshop id) with a copy of the file itself (``original.tdworkshop``) and a settings file
for the session (``settings.toml``: the language, the date the rules use, the workspace and
the rule pack of the copy), so the app started with ``--config`` on it works in the copy.
The workshop file is only ever read. A reset unpacks the kept copy again, so it works after
the USB stick is gone.

The scores are kept in ``scores.json`` beside the copy's register, not in a table of the
register: they are not tenders (a merge of a group's register into the office's must not
carry them, nor its audit log hold them), the register's format does not change, and a
reset removes them with the rest of the session.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from core.paths import default_workspace_path
from core.store.files import write_atomic
from core.workshops import archive
from core.workshops.archive import Manifest
from core.workshops.errors import WorkshopError
from core.workshops.exercises import Exercise, read_exercises

ORIGINAL, SETTINGS, SCORES = "original.tdworkshop", "settings.toml", "scores.json"
#: the words of the scores' CSV (the ``workshop_score`` table of the texts)
SCORE_WORDS = ("group", "exercise", "result", "answered_at", "seconds", "right", "wrong", "total")


def workshops_root() -> Path:
    """Where working copies live: ``workshops/`` in the user's data folder."""
    return default_workspace_path().parent / "workshops"


def file_hash(path: Path) -> str:
    """The SHA-256 of a file (a workshop file is compared with the copy kept of it)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class WorkingCopy:
    """A workshop opened: its folder, manifest and exercises."""

    folder: Path
    manifest: Manifest
    exercises: tuple[Exercise, ...] = field(default=())

    @property
    def workspace(self) -> Path:
        """The copy's register."""
        return self.folder / archive.WORKSPACE

    @property
    def settings(self) -> Path:
        """The settings file of the session (``main.py --config`` it)."""
        return self.folder / SETTINGS

    @property
    def rules(self) -> Path | None:
        """The workshop's own rule pack, or None for the bundled one."""
        path = self.folder / archive.RULES
        return path if path.is_file() else None

    @property
    def scores(self) -> Path:
        """The scores of the groups, kept beside the register."""
        return self.folder / SCORES


def open_workshop(path: Path, root: Path | None = None, fresh: bool = False) -> WorkingCopy:
    """Open a workshop file as a working copy (made if there is none yet).

    An existing working copy of the same file is continued as it is; one made from another
    version of the file is refused (``other_file``) unless ``fresh``, which replaces it.
    """
    path = Path(path)
    manifest, _ = archive.inspect(path)
    folder = (root or workshops_root()) / manifest.id
    kept = folder / ORIGINAL
    if kept.is_file() and not fresh:
        if file_hash(kept) != file_hash(path):
            raise WorkshopError(path, "other_file", id=manifest.id)
        return load(folder)
    _unpack_into(path, folder)
    return load(folder)


def reset(folder: Path) -> WorkingCopy:
    """Bring a working copy back to its workshop file's state: register, exercises,
    settings as the file has them; the answers and scores of the session are gone."""
    kept = Path(folder) / ORIGINAL
    if not kept.is_file():
        raise WorkshopError(folder, "no_working_copy")
    aside = folder.with_name(f".{folder.name}.original")
    shutil.copy2(kept, aside)
    try:
        _unpack_into(aside, folder)
    finally:
        aside.unlink(missing_ok=True)
    return load(folder)


def _unpack_into(path: Path, folder: Path) -> None:
    """Unpack ``path`` into a new folder beside ``folder``, then put it in its place."""
    part = folder.with_name(f".{folder.name}.part")
    shutil.rmtree(part, ignore_errors=True)
    try:
        manifest = archive.unpack(path, part)
        shutil.copyfile(path, part / ORIGINAL)
        write_atomic(part / SETTINGS, _settings(manifest, part).encode("utf-8"))
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise WorkshopError(folder, "write_failed", why=exc.strerror or exc) from None
    except WorkshopError:
        shutil.rmtree(part, ignore_errors=True)
        raise
    old = folder.with_name(f".{folder.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    part.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def _settings(manifest: Manifest, folder: Path) -> str:
    """The session's settings file (paths relative to its folder)."""
    rules = archive.RULES if (folder / archive.RULES).is_file() else ""
    today = manifest.today.isoformat() if manifest.today else ""
    return (
        f'language = "{manifest.language}"\n'
        f'default_workspace = "{archive.WORKSPACE}"\n'
        f'rule_pack = "{rules}"\n'
        f'today = "{today}"\n'
    )


def load(folder: Path) -> WorkingCopy:
    """The working copy in ``folder`` (raises WorkshopError ``no_working_copy``)."""
    folder = Path(folder)
    if not (folder / ORIGINAL).is_file():
        raise WorkshopError(folder, "no_working_copy")
    manifest = archive.read_manifest(_json(folder / archive.MANIFEST), folder)
    exercises = read_exercises(_json(folder / archive.EXERCISES), folder)
    return WorkingCopy(folder, manifest, exercises)


def _json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise WorkshopError(path.parent, "no_working_copy") from None


def record(
    copy: WorkingCopy,
    group: str,
    exercise: str,
    right: bool,
    when: datetime,
    seconds: int | None = None,
) -> None:
    """Keep one answer of a group: the exercise, right or wrong, when, how long it took."""
    scores = read_scores(copy)
    scores.append(
        {
            "group": group,
            "exercise": exercise,
            "right": right,
            "answered_at": when.isoformat(timespec="seconds"),
            "seconds": seconds,
        }
    )
    write_atomic(copy.scores, json.dumps({"answers": scores}, indent=1).encode("utf-8"))


def read_scores(copy: WorkingCopy) -> list[dict]:
    """Every answer kept, oldest first (none after a reset)."""
    try:
        raw = json.loads(copy.scores.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        return []
    answers = raw.get("answers") if isinstance(raw, dict) else None
    return [a for a in answers or [] if isinstance(a, dict)]


def results(copy: WorkingCopy, group: str) -> dict[str, bool]:
    """Each exercise a group answered: whether its last answer was right."""
    return {
        str(row.get("exercise")): bool(row.get("right"))
        for row in read_scores(copy)
        if row.get("group") == group
    }


def score(copy: WorkingCopy, group: str) -> tuple[int, int]:
    """A group's score: the exercises whose last answer is right, and how many there are."""
    known = {e.id for e in copy.exercises}
    right = sum(1 for ident, ok in results(copy, group).items() if ok and ident in known)
    return right, len(copy.exercises)


def scores_csv(copy: WorkingCopy, words: dict[str, str]) -> str:
    """The scores as CSV (``;``): a row per answer, then a row per group with its totals.

    ``words``: the column headers and the words for right and wrong, in the trainer's
    language (keys ``group``, ``exercise``, ``result``, ``answered_at``, ``seconds``,
    ``right``, ``wrong``, ``total``).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    columns = ("group", "exercise", "result", "answered_at", "seconds")
    writer.writerow([words[c] for c in columns])
    totals: dict[str, list[int]] = {}
    for row in read_scores(copy):
        right = bool(row.get("right"))
        writer.writerow(
            [
                row.get("group", ""),
                row.get("exercise", ""),
                words["right" if right else "wrong"],
                row.get("answered_at", ""),
                "" if row.get("seconds") is None else row["seconds"],
            ]
        )
        total = totals.setdefault(str(row.get("group", "")), [0, 0])
        total[0 if right else 1] += 1
    for group, (right, wrong) in totals.items():
        writer.writerow([group, words["total"], f"{right}/{right + wrong}", "", ""])
    return out.getvalue()
