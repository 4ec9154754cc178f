"""``demo-data --db PATH --tenders N``: add realistic demo tenders to a workspace."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from typing import TextIO

from commands.common import pack_error, percent_on_stderr
from core.errors import RulePackError, ValidationError


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``demo-data`` on the main parser; ``common`` adds --db, --rules and --config."""
    dd = sub.add_parser(
        "demo-data",
        parents=[common],
        help="add realistic demo tenders to the workspace named with --db (created if new)",
    )
    dd.add_argument("--tenders", type=_count, required=True, metavar="N")
    dd.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    dd.set_defaults(handler=run)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {text}")
    return value


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Add demo tenders to a workspace; a percentage on stderr, then one summary line."""
    import sqlite3

    from core.demo.tenders import make_demo
    from core.rules import active_pack
    from core.store.sqlite_files import write_failure
    from core.store.workspace import WorkspaceError, open_workspace

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    if not args.db:
        print(
            "error: demo-data needs --db PATH (it never fills your own register)", file=sys.stderr
        )
        return 2
    started = time.monotonic()
    try:
        pack = active_pack(args.rules)
        now = datetime.now()
        with open_workspace(args.db, now=now) as ws:
            progress = percent_on_stderr("demo data")
            summary = make_demo(ws, pack, args.tenders, args.seed, now, progress)
    except RulePackError as exc:
        print(file=sys.stderr)
        pack_error(args, exc)
        return 2
    except WorkspaceError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:
        failure = write_failure(exc)
        if failure is None:
            raise
        why = (
            "the disk is full: make room on it."
            if failure == "disk_full"
            else f"the disk refused the write ({exc}): it may be full or removed."
        )
        print(
            f"\nerror: {args.db}: {why} Nothing of this run was added; run it again.",
            file=sys.stderr,
        )
        return 2
    print(file=sys.stderr)
    print(
        f"added {summary.tenders} tenders, {summary.organisations} organisations, "
        f"{summary.tenderers} tenderers and {summary.decisions} decisions to {args.db} "
        f"in {time.monotonic() - started:.1f} s",
        file=out,
    )
    return 0
