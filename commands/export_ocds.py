"""``export-ocds``: the register as an OCDS 1.1.5 release package (JSON), checked offline
against the schema vendored in ``resources/ocds`` before it is written."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from core.names import LANGUAGES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``export-ocds`` on the main parser; ``common`` adds --db, --rules and --config."""
    ex = sub.add_parser(
        "export-ocds",
        parents=[common],
        help="write the register as an OCDS 1.1.5 release package (one release per tender, "
        "with the lots extension), checked against the schema first; a package that does not "
        "follow it is not written",
    )
    ex.add_argument("--out", required=True, metavar="FILE", help="the JSON file to write")
    ex.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the messages and of the procedures' names (default: the settings')",
    )
    ex.add_argument(
        "--publisher",
        metavar="NAME",
        help="who publishes the package (default: the register's buyer when all its tenders "
        "have the same one, else the workspace's file name)",
    )
    ex.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """0 when written, 1 when the register does not follow the schema or the file cannot be
    written (nothing is written), 2 when the workspace cannot be used."""
    import sqlite3

    from commands.common import percent_on_stderr, read_or_write_failed
    from core.exchange.ocds import export
    from core.startup import settings_of, workspace_path
    from core.store.workspace import WorkspaceError

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    settings = settings_of(args)
    lang = args.lang or settings.language
    target = Path(args.out)
    if target.is_dir():
        print(f"error: --out {target} is a folder; name a file in it", file=sys.stderr)
        return 2
    path = workspace_path(args)
    try:
        report = export(
            path,
            target,
            prefix=settings.ocid_prefix,
            publisher=args.publisher,
            lang=lang,
            now=datetime.now(),
            progress=percent_on_stderr("export-ocds"),
        )
    except (WorkspaceError, sqlite3.DatabaseError, OSError) as exc:
        return read_or_write_failed(exc, path, target, lead="\n")
    print(file=sys.stderr)
    lines = report.lines(lang)
    for line in lines:
        print(line, file=out if report.written else sys.stderr)
    return 0 if report.written else 1
