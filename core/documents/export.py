"""Writing documents to disk: each file whole or not at all, a batch with progress and a report.

A file is written to a new hidden ``.part`` file beside its place (``core.store.files``: never
through a planted link), flushed to the disk, then renamed over its name: after a crash or a
full disk there is the old file or the new one, never half a PDF. Two documents of one run
never share a file: a name already written in the run gets ``-2``, ``-3``… (references
``2026/017`` and ``2026-017``, or tenderers "Dupont & Fils" and "Dupont - Fils"). A batch
goes on after a tender whose document cannot be made (it is reported with the reason) and
after a file that cannot be written (reported with the system's message).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from core.documents import batch
from core.documents.data import Signatory
from core.record import replace
from core.rules.pack import RulePack
from core.store import search
from core.store.files import write_atomic
from core.store.register import Register
from core.store.workspace import open_workspace

ProgressFn = Callable[[int, int], None]


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``name`` with ``-2``, ``-3``… before its extension, not yet in ``used``.

    Names are compared without case (two names that differ only in case are one file on
    Windows and macOS); the name returned is added to ``used``.
    """
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{extension}"
    used.add(candidate.casefold())
    return candidate


@dataclass(frozen=True)
class Skipped:
    """A tender whose document could not be made, and why (in the document's language)."""

    reference: str
    code: str
    message: str


@dataclass(frozen=True)
class Failed:
    """A file that could not be written, with the system's message."""

    path: Path
    message: str


@dataclass
class ExportReport:
    """What a batch did: files written, tenders skipped, files that failed, whether cancelled."""

    written: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when every file that could be made was written."""
        return not self.failed and not self.cancelled


def export(
    register: Register,
    tender_ids: Sequence[int],
    kind: str,
    lang: str,
    out_dir: Path,
    issued: date,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int = 1,
    signatory: Signatory | None = None,
) -> ExportReport:
    """Write the ``kind`` documents of the tenders to ``out_dir`` (created when missing).

    With ``processes`` above 1 the documents are made by a pool of processes
    (``core.documents.batch``) that read the register's file themselves; they are written
    here, in the order of the ids, as in one process. ``signatory`` signs the letters of an
    organisation that names none (the settings' default).
    """
    report = ExportReport()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        report.failed.append(Failed(out_dir, exc.strerror or str(exc)))
        return report
    total = len(tender_ids)
    if processes > 1:
        source = batch.source_of(register.ws)
        outcomes = batch.in_pool(
            source, register.pack, tender_ids, kind, lang, issued, processes, cancelled, signatory
        )
    else:
        outcomes = batch.in_this_process(register, tender_ids, kind, lang, issued, signatory)
    used: set[str] = set()  # one run never writes two documents to one file
    try:
        for done in range(total):
            if cancelled and cancelled():
                report.cancelled = True
                break
            made = next(outcomes, None)
            if made is None:  # the pool saw the cancel first
                report.cancelled = True
                break
            if made.code:
                report.skipped.append(Skipped(made.reference, made.code, made.message))
            for item in made.files:
                path = out_dir / unique_name(item.name, used)
                try:
                    write_atomic(path, item.data)
                except OSError as exc:
                    report.failed.append(Failed(path, exc.strerror or str(exc)))
                else:
                    report.written.append(path)
            if progress:
                progress(done + 1, total)
    finally:
        outcomes.close()  # a pool stops at once
    return report


def export_view(
    workspace_path: Path,
    pack: RulePack,
    query: search.Query | Sequence[int],
    kind: str,
    lang: str,
    out_dir: Path,
    issued: date,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
    signatory: Signatory | None = None,
) -> ExportReport:
    """``export`` on its own read-only connection (safe off the GUI thread).

    ``query`` is the register view to export, or the tender ids themselves. ``processes``:
    how many make the documents; by default one per core for a batch big enough to gain.
    """
    with open_workspace(workspace_path, now=datetime.min, read_only=True, check=False) as ws:
        if isinstance(query, search.Query):
            whole = replace(query, after=None, limit=max(search.count(ws, query), 1))
            ids = [row.id for row in search.search(ws, whole)]
        else:
            ids = list(query)
        register = Register(ws, pack)
        if processes is None:
            processes = batch.processes_for(len(ids))
        return export(
            register, ids, kind, lang, out_dir, issued, progress, cancelled, processes, signatory
        )
