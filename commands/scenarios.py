"""``scenarios FILE…``: run scenario files (answer keys) against the decision engine."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from commands.common import not_bundled, pack_error
from core.errors import RulePackError


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``scenarios`` on the main parser; ``common`` adds --db, --rules and --config."""
    sc = sub.add_parser(
        "scenarios", parents=[common], help="run scenario files against the decision engine"
    )
    sc.add_argument("files", nargs="+", metavar="FILE")
    sc.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run scenario files; print ``ok``/``FAIL`` lines and ``N passed, M failed``."""
    from core.exchange.scenarios import Report, run_files
    from core.rules import active_pack

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    try:
        pack = active_pack(args.rules)
    except RulePackError as exc:
        pack_error(args, exc)
        return 2
    if not pack.bundled:  # stderr: the report's lines keep their format
        print(f"note: {not_bundled(pack, 'en')}", file=sys.stderr)
    report = Report()
    for outcome in run_files(args.files, pack):
        report.add(outcome)
        print(outcome.line(), file=out if outcome.status != "unusable" else sys.stderr)
    print(report.summary(), file=out)
    return report.exit_status
