"""``export-pdf``: write the PDF documents of one tender or of the whole register."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from commands.common import issued_on, pack_error, percent_on_stderr
from core.errors import RulePackError
from core.names import DOCUMENTS, LANGUAGES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``export-pdf`` on the main parser; ``common`` adds --db, --rules and --config."""
    ex = sub.add_parser(
        "export-pdf",
        parents=[common],
        help="write PDF documents of one tender (--tender) or of every tender (--all)",
    )
    which = ex.add_mutually_exclusive_group(required=True)
    which.add_argument("--tender", metavar="ID", help="the tender's reference or number")
    which.add_argument("--all", action="store_true", help="every tender of the register")
    ex.add_argument("--document", choices=list(DOCUMENTS), required=True, metavar="KIND")
    ex.add_argument("--lang", choices=LANGUAGES, default="nl")
    ex.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    ex.add_argument("--issued", metavar="YYYY-MM-DD", help="the date of issue (default: today)")
    ex.add_argument(
        "--processes",
        type=_at_least_one,
        metavar="N",
        help="how many processes make the documents (default: one per core when there are "
        "enough tenders to gain from it)",
    )
    ex.set_defaults(handler=run)


def _at_least_one(text: str) -> int:
    """A count of processes: a whole number from 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return number


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Export; progress on stderr; 0 when every file was written, 1 when one was not.

    The whole register is checked first (``PRAGMA quick_check``, about a second for 100,000
    tenders), then its documents are made on every core. One tender's documents read a few
    pages of the file: they are made without the check, which costs as much as the register
    is big, and a page found damaged on the way is reported as a damaged workspace.
    """
    import sqlite3

    from core.documents.batch import processes_for
    from core.documents.data import Signatory
    from core.documents.export import export
    from core.rules import active_pack
    from core.startup import settings_of, workspace_path
    from core.store.register import Register
    from core.store.workspace import WorkspaceError, open_workspace

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    issued = issued_on(args)
    if issued is None:
        return 2
    settings = settings_of(args)
    try:
        pack = active_pack(args.rules)
        path = workspace_path(args)
        ws = open_workspace(path, now=datetime.now(), read_only=True, check=args.all)
    except RulePackError as exc:
        pack_error(args, exc)
        return 2
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with ws:
        try:
            ids = _tender_ids(ws, args.tender)
            if not ids:
                print(f"error: no tender with reference or number {args.tender!r}", file=sys.stderr)
                return 2
            progress = percent_on_stderr("export")
            processes = args.processes or processes_for(len(ids))
            report = export(
                Register(ws, pack),
                ids,
                args.document,
                args.lang,
                Path(args.out),
                issued,
                progress,
                processes=processes,
                signatory=Signatory(settings.signatory_name, settings.signatory_function)
                if settings.signatory_name
                else None,
            )
        except sqlite3.DatabaseError as exc:
            print(f"\nerror: {path}: is damaged ({exc})", file=sys.stderr)
            return 2
    print(file=sys.stderr)
    for skipped in report.skipped:
        print(f"skipped {skipped.reference}: {skipped.message}", file=sys.stderr)
    for failed in report.failed:
        print(f"could not write {failed.path}: {failed.message}", file=sys.stderr)
    print(
        f"{len(report.written)} written, {len(report.skipped)} skipped, "
        f"{len(report.failed)} failed, in {args.out}",
        file=out,
    )
    if report.failed or (args.tender and report.skipped):
        return 1
    return 0


def _tender_ids(ws, wanted: str | None) -> list[int]:  # noqa: ANN001 - a Workspace
    """Every tender by reference, or the one whose reference (else number) is ``wanted``."""
    if wanted is None:
        return [r[0] for r in ws.conn.execute("SELECT id FROM tenders ORDER BY reference, id")]
    row = ws.conn.execute("SELECT id FROM tenders WHERE reference = ?", [wanted]).fetchone()
    # a number in ASCII digits that SQLite can hold ("¹" is a digit to str.isdigit, not to int)
    if row is None and re.fullmatch(r"[0-9]{1,18}", wanted):
        row = ws.conn.execute("SELECT id FROM tenders WHERE id = ?", [int(wanted)]).fetchone()
    return [row[0]] if row else []
