"""``scenarios FILE…``: run scenario files (answer keys) against the decision engine."""

from __future__ import annotations

import argparse
import sys

from commands.common import not_bundled, pack_error
from core.errors import RulePackError
from core.names import WORKSHOP_EXTENSION

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at the start
if TYPE_CHECKING:
    from typing import TextIO


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``scenarios`` on the main parser; ``common`` adds --db, --rules and --config."""
    sc = sub.add_parser(
        "scenarios", parents=[common], help="run scenario files against the decision engine"
    )
    sc.add_argument("files", nargs="+", metavar="FILE")
    sc.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run scenario files; print ``ok``/``FAIL`` lines and ``N passed, M failed``."""
    from core.exchange.scenarios import Report
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
    for outcome in _outcomes(args.files, pack):
        report.add(outcome)
        print(outcome.line(), file=out if outcome.status != "unusable" else sys.stderr)
    print(report.summary(), file=out)
    return report.exit_status


def _outcomes(files: list[str], pack):  # noqa: ANN001, ANN202 - RulePack, Iterator[Outcome]
    """The outcomes of every file: a scenario file, or a workshop file's answer keys."""
    from core.exchange.scenarios import Outcome, run_file

    for path in files:
        if not path.endswith(WORKSHOP_EXTENSION):
            yield from run_file(path, pack)
            continue
        from core.workshops.errors import WorkshopError  # a workshop file: zip and texts
        from core.workshops.exercises import check_file

        try:
            yield from check_file(path, pack)
        except WorkshopError as exc:
            yield Outcome("unusable", "", f"{path}: {exc.message('en')}")
        except RulePackError as exc:
            yield Outcome("unusable", "", f"{path}: rule pack: {exc}")
