"""``report``: the year in figures (art. 165 §2 totals, SME share, advances, bid compensations,
provisional rankings) as a PDF, CSV or XLSX file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from commands.common import issued_on, pack_error, read_or_write_failed
from core.errors import RulePackError
from core.names import LANGUAGES, REPORT_SUFFIXES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``report`` on the main parser; ``common`` adds --db, --rules and --config."""
    rp = sub.add_parser(
        "report",
        parents=[common],
        help="write the year in figures (totals below the EU thresholds per contract type, "
        "the SME share, advances, bid compensations, provisional rankings) to a "
        + ", ".join(REPORT_SUFFIXES)
        + " file",
    )
    rp.add_argument("--year", type=_year, required=True, metavar="YYYY")
    rp.add_argument("--lang", choices=LANGUAGES, default="nl")
    rp.add_argument(
        "--out", required=True, metavar="FILE", help="the file; its suffix picks the format"
    )
    rp.add_argument("--issued", metavar="YYYY-MM-DD", help="the date of issue (default: today)")
    rp.set_defaults(handler=run)


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year like 2025")
    return int(text)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Write the report; one line saying what was written, 2 on bad input."""
    import sqlite3

    from core.errors import ValidationError
    from core.reports.export import check_target, read_report, write
    from core.rules import active_pack
    from core.startup import workspace_path
    from core.store.workspace import WorkspaceError

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    target = Path(args.out)
    try:
        check_target(target)
    except ValidationError as exc:
        print(f"error: --out {exc.message}", file=sys.stderr)
        return 2
    issued = issued_on(args)
    if issued is None:
        return 2
    path = workspace_path(args)
    try:
        pack = active_pack(args.rules)
        read = read_report(path, pack, args.year)
        write(read, args.lang, target, issued)
    except RulePackError as exc:
        pack_error(args, exc)
        return 2
    except (WorkspaceError, sqlite3.DatabaseError, OSError) as exc:
        return read_or_write_failed(exc, path, target)
    print(
        f"year {args.year}: {read.report.tenders} awarded tenders counted (by launch date), "
        f"written to {target}",
        file=out,
    )
    return 0
