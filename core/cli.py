"""Command-line subcommands that need no window: scenario runs and single decisions."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from core.decisions import CHECKS
from core.errors import RulePackError, ValidationError
from core.exchange.scenarios import Report, run_files
from core.rules import active_pack
from core.texts import LANGUAGES, explain_lines


def add_subcommands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the subcommands on the main parser; ``common`` adds --db and --rules."""
    sc = sub.add_parser(
        "scenarios", parents=[common], help="run scenario files against the decision engine"
    )
    sc.add_argument("files", nargs="+", metavar="FILE")
    sc.set_defaults(handler=cmd_scenarios)
    de = sub.add_parser(
        "decide",
        parents=[common],
        help="decide one case and print the result with its legal explanation",
    )
    de.add_argument("check", choices=sorted(CHECKS))
    de.add_argument("input", help="the input as JSON, or @FILE to read it from a file")
    de.add_argument("--lang", choices=LANGUAGES, default="en")
    de.add_argument("--json", action="store_true", help="print the whole result as JSON")
    de.set_defaults(handler=cmd_decide)


def cmd_scenarios(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Run scenario files; print ``ok``/``FAIL`` lines and ``N passed, M failed``."""
    try:
        pack = active_pack(args.rules)
    except RulePackError as exc:
        print(f"error: rule pack: {exc}", file=sys.stderr)
        return 2
    report = Report()
    for outcome in run_files(args.files, pack):
        report.add(outcome)
        print(outcome.line(), file=out if outcome.status != "unusable" else sys.stderr)
    print(report.summary(), file=out)
    return report.exit_status


def cmd_decide(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Decide one case and print the answer, the rules applied and what is uncertain."""
    try:
        pack = active_pack(args.rules)
        raw = args.input
        if raw.startswith("@"):
            with open(raw[1:], encoding="utf-8") as handle:
                raw = handle.read()
        data = json.loads(raw, parse_float=Decimal)
        result = CHECKS[args.check].run(data, pack)
    except RulePackError as exc:
        print(f"error: rule pack: {exc}", file=sys.stderr)
        return 2
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: input: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.to_dict(), indent=1, ensure_ascii=False, default=str), file=out)
    else:
        for line in explain_lines(args.check, result, args.lang):
            print(line, file=out)
    return 0


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace the user named with --db, else the default one."""
    from core.store.workspace import default_workspace_path

    return Path(args.db).expanduser() if args.db else default_workspace_path()


def cmd_smoke_test(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Workspace round trip and integrity check, then the window built off-screen."""
    from core.store.smoke import smoke_test

    passed, message = smoke_test(workspace_path(args), datetime.now())
    if not passed:
        print(f"smoke failed: {message}", file=sys.stderr)
        return 1
    try:
        from gui.app import smoke_window
    except ImportError as exc:
        print(f"smoke failed: the window cannot be loaded: {exc}", file=sys.stderr)
        return 1
    problem = smoke_window(args)
    if problem:
        print(f"smoke failed: {problem}", file=sys.stderr)
        return 1
    print(message, file=out)
    return 0
