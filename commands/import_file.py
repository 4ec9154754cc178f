"""``import --db PATH FILE``: add the tenders of a CSV or XLSX file to a workspace, all or none."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from core.names import AUTHORITIES, LANGUAGES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``import`` on the main parser; ``common`` adds --db, --rules and --config."""
    im = sub.add_parser(
        "import",
        parents=[common],
        help="add the tenders of a CSV or XLSX file (one row per tender) to the workspace: "
        "every row is checked, and when one is refused nothing is imported",
    )
    im.add_argument("file", metavar="FILE", help="the CSV or XLSX file (only read)")
    im.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="which field a column is (repeat it; FIELD '-' leaves the column out); the "
        "others are guessed from the headers or taken as last imported with this layout",
    )
    im.add_argument(
        "--authority",
        choices=AUTHORITIES,
        help="the kind of buyer of the rows that do not say it (a column 'authority')",
    )
    im.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    im.add_argument("--lang", choices=LANGUAGES, help="language (default: the settings')")
    im.set_defaults(handler=run)


def layouts_path(args: argparse.Namespace) -> Path:
    """The file that keeps the mappings per layout: beside the settings file."""
    from core.settings import config_path

    return config_path(getattr(args, "config", None)).with_name("import-layouts.json")


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """0 when imported (or a clean dry run), 1 when a row or the mapping is refused (nothing
    is written), 2 when the file or the workspace cannot be used."""
    import sqlite3

    from commands.common import percent_on_stderr
    from core.errors import ValidationError
    from core.exchange.columns import Layouts, parse_option, problems
    from core.exchange.import_rows import import_table, summary
    from core.exchange.table_files import TableFile
    from core.startup import settings_of, workspace_path
    from core.store.workspace import WorkspaceError, open_workspace
    from core.texts import error_text

    out = out or sys.stdout
    lang = args.lang or settings_of(args).language
    try:
        table = TableFile(Path(args.file))
        layouts = Layouts(layouts_path(args))
        mapping = layouts.mapping(table.header)
        mapping.update(parse_option(args.mapping))
    except ValidationError as exc:
        print(f"error: {error_text(exc, lang)}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 2
    for header, field in mapping.items():
        print(f"{header} -> {field or '-'}", file=out)
    wrong = problems(mapping)
    if wrong:
        for code, field in wrong:
            print(f"error: mapping: {code}: {field}", file=sys.stderr)
        return 1
    now = datetime.now()
    try:
        with open_workspace(workspace_path(args), now=now, create=False) as ws:
            report = import_table(
                ws,
                table,
                mapping,
                now=now,
                lang=lang,
                default_authority=args.authority,
                dry_run=args.dry_run,
                progress=percent_on_stderr("import"),
            )
    except WorkspaceError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as exc:
        print(f"\nerror: {exc}; nothing was imported", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    for line in summary(report, lang, args.dry_run):
        print(line, file=out)
    if report.written:
        layouts.remember(table.header, mapping)
    return 1 if report.rejected else 0
