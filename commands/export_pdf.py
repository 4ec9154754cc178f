"""``export-pdf``: write the PDF documents of one tender or of the whole register."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from commands.common import percent_on_stderr
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
    ex.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Export; progress on stderr; 0 when every file was written, 1 when one was not."""
    from core.documents.export import export
    from core.rules import active_pack
    from core.startup import workspace_path
    from core.store.register import Register
    from core.store.workspace import WorkspaceError, open_workspace

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    try:
        issued = date.fromisoformat(args.issued) if args.issued else date.today()
    except ValueError:
        print(f"error: --issued {args.issued!r} is not a date like 2026-11-22", file=sys.stderr)
        return 2
    try:
        pack = active_pack(args.rules)
        ws = open_workspace(workspace_path(args), now=datetime.now(), read_only=True)
    except RulePackError as exc:
        print(f"error: rule pack: {exc}", file=sys.stderr)
        return 2
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with ws:
        register = Register(ws, pack)
        ids = _tender_ids(ws, args.tender)
        if not ids:
            print(f"error: no tender with reference or number {args.tender!r}", file=sys.stderr)
            return 2
        progress = percent_on_stderr("export")
        report = export(register, ids, args.document, args.lang, Path(args.out), issued, progress)
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
    if row is None and wanted.isdigit():
        row = ws.conn.execute("SELECT id FROM tenders WHERE id = ?", [int(wanted)]).fetchone()
    return [row[0]] if row else []
