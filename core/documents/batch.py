"""Making the documents of many tenders: in this process, or in a pool with one process per core.

A PDF is built in pure Python (reportlab), so one process keeps one core busy. Each of the
pool's processes opens the workspace read-only itself and gets only tender ids; it sends back
the PDF bytes, and the caller writes them (``core.documents.export``: each file whole or not at
all), in the order of the ids, so that file names come out as in one process.

How the processes start (``START_METHODS``): where the system has it (Linux, macOS, with a
Python that keeps the server to this user: ``SAFE_FORKSERVER``), as copies of a server process
that imported this module once, at the first batch (``forkserver``: a new Python started for
it, not a copy of this one and its Qt threads); the server stays until the app ends, and each
later process starts in milliseconds. On Windows, as a new Python each (``spawn``), which
imports reportlab and the store again: about half a second. A process copied from the server
has the server's environment, so what a document depends on is handed to it
(``_start_worker``). A small batch is made in this process (``processes_for``).
"""

from __future__ import annotations

import atexit
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.documents import DocumentError, Rendered, gather, render
from core.documents.data import Signatory
from core.record import replace
from core.rules.pack import RulePack
from core.store.register import Register
from core.store.workspace import Workspace, open_workspace

#: tenders per process below which a process does not pay for its start
TENDERS_PER_PROCESS = 40
#: documents asked of each process ahead of the one being written (keeps every core busy,
#: bounds the memory held and what a cancel has to wait for)
AHEAD = 3
#: how often a wait for a document looks whether the batch was cancelled (seconds)
POLL = 0.05
#: how the pool's processes are started, the first the system has (module docstring)
START_METHODS = ("forkserver", "spawn")
#: the first Python whose forkserver listens on a socket in a private folder: before it, on
#: Linux, any local user could reach the server and have it run code (CVE-2022-42919)
SAFE_FORKSERVER = (3, 11, 1)


@dataclass(frozen=True)
class Outcome:
    """What one tender gave: its files, or why its document cannot be made."""

    reference: str
    files: tuple[Rendered, ...] = ()
    code: str = ""
    message: str = ""


def outcome(
    register: Register,
    tender_id: int,
    kind: str,
    lang: str,
    issued: date,
    signatory: Signatory | None = None,
) -> Outcome:
    """The ``kind`` documents of one tender (a document that cannot be made is an Outcome too);
    ``signatory`` signs the letters of an organisation that names none."""
    file = gather(register, tender_id, signatory)
    try:
        return Outcome(file.tender.reference, tuple(render(kind, file, lang, issued)))
    except DocumentError as exc:
        return Outcome(file.tender.reference, code=exc.code, message=exc.message)


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows and macOS
        return os.cpu_count() or 1


def processes_for(tenders: int) -> int:
    """How many processes make the documents of ``tenders`` tenders (1: this one alone)."""
    return max(1, min(cores(), tenders // TENDERS_PER_PROCESS))


def source_of(ws: Workspace) -> Path:
    """The file a workspace reads: its own, or the private copy a read-only one reads instead."""
    return Path(ws.conn.execute("PRAGMA database_list").fetchone()[2]) if ws.temporary else ws.path


def in_this_process(
    register: Register,
    tender_ids: Sequence[int],
    kind: str,
    lang: str,
    issued: date,
    signatory: Signatory | None = None,
) -> Iterator[Outcome]:
    """The outcomes one by one, in the order of the ids."""
    for tender_id in tender_ids:
        yield outcome(register, tender_id, kind, lang, issued, signatory)


def in_pool(
    source: Path,
    pack: RulePack,
    tender_ids: Sequence[int],
    kind: str,
    lang: str,
    issued: date,
    processes: int,
    cancelled: Callable[[], bool] | None = None,
    signatory: Signatory | None = None,
) -> Iterator[Outcome]:
    """The outcomes in the order of the ids, made by ``processes`` processes.

    Ends early, without an error, once ``cancelled()`` is true: documents not started are
    dropped, the pool waits only for those being built (a fraction of a second) and stops.
    An error of a process (a tender that is gone, a damaged file) is raised here.
    """
    from concurrent.futures import ProcessPoolExecutor, wait

    from reportlab import rl_config

    pool = ProcessPoolExecutor(
        max_workers=processes,
        mp_context=starts(),
        initializer=_start_worker,
        initargs=(source, replace(pack, memo={}), signatory, rl_config.invariant),
    )
    try:
        pending = iter(tender_ids)
        window: deque = deque()

        def ask() -> None:
            for tender_id in pending:
                window.append(pool.submit(_outcome_here, tender_id, kind, lang, issued))
                if len(window) >= processes * AHEAD:
                    return

        ask()
        while window:
            head = window[0]
            while not wait([head], timeout=POLL).done:
                if cancelled and cancelled():
                    return
            if cancelled and cancelled():
                return
            window.popleft()
            result = head.result()
            ask()
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def starts():  # noqa: ANN201 - a multiprocessing context, whose class depends on the method
    """The multiprocessing context the pool's processes start with (``START_METHODS``).

    The server of ``forkserver`` is one for the whole process and imports what the first
    caller asked for: here this module, so that a process copied from it has the documents
    loaded (a server already running keeps what it has, and its processes import the rest)."""
    from multiprocessing import get_all_start_methods, get_context

    offered = get_all_start_methods()
    if sys.version_info < SAFE_FORKSERVER:
        offered = [m for m in offered if m != "forkserver"]
    method = next(m for m in START_METHODS if m in offered)
    context = get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload([__name__])
    return context


#: what a pool process reads: the file and the pack (given once, at its start), then the
#: register it opens on its first document (an error there reaches the caller as it is)
_worker: dict = {}


def _start_worker(
    source: Path, pack: RulePack, signatory: Signatory | None = None, invariant: int | None = None
) -> None:
    """In a new pool process: keep what its documents are made from, and make them as the
    caller's process would: with its reportlab ``invariant`` (no date or random id in a PDF,
    set by the tests), not the one the process inherited."""
    if invariant is not None:
        from reportlab import rl_config

        rl_config.invariant = invariant
    _worker.update(source=source, pack=pack, signatory=signatory)


def _outcome_here(tender_id: int, kind: str, lang: str, issued: date) -> Outcome:
    """In a pool process: the outcome of one tender, from the workspace opened read-only."""
    if "register" not in _worker:
        ws = open_workspace(_worker["source"], now=datetime.min, read_only=True, check=False)
        atexit.register(ws.close)
        _worker["register"] = Register(ws, _worker["pack"])
    return outcome(_worker["register"], tender_id, kind, lang, issued, _worker.get("signatory"))
