"""``decide CHECK JSON``: decide one case and print it with its legal explanation."""

from __future__ import annotations

import argparse
import json
import sys

from commands.common import not_bundled, pack_error
from core.errors import RulePackError, ValidationError
from core.input_files import InputFileError, loads_json, read_text
from core.names import CHECKS, LANGUAGES

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at the start
if TYPE_CHECKING:
    from typing import TextIO


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``decide`` on the main parser; ``common`` adds --db, --rules and --config."""
    de = sub.add_parser(
        "decide",
        parents=[common],
        help="decide one case and print the result with its legal explanation",
    )
    de.add_argument("check", choices=sorted(CHECKS))
    de.add_argument("input", help="the input as JSON, or @FILE to read it from a file")
    de.add_argument(
        "--lang", choices=LANGUAGES, help="language of the explanation (default: the settings')"
    )
    de.add_argument("--json", action="store_true", help="print the whole result as JSON")
    de.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Decide one case and print the answer, the rules applied and what is uncertain."""
    from core.decisions import CHECKS as ENGINE
    from core.rules import active_pack
    from core.startup import settings_of
    from core.texts import explain_lines

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    try:
        pack = active_pack(args.rules)
        data = _input(args.input)
        result = ENGINE[args.check].run(data, pack)
    except RulePackError as exc:
        pack_error(args, exc)
        return 2
    except InputFileError as exc:
        print(f"error: input: {exc.message}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        whole = {**result.to_dict(), "rule_pack": _pack_identity(pack)}
        print(json.dumps(whole, indent=1, ensure_ascii=False, default=str), file=out)
    else:
        lang = args.lang or settings_of(args).language
        for line in explain_lines(args.check, result, lang):
            print(line, file=out)
        if not pack.bundled:
            print(not_bundled(pack, lang), file=out)
    return 0


def _pack_identity(pack) -> dict[str, object]:  # noqa: ANN001 - a core.rules.RulePack
    """Which pack answered: its id and version, its file, whether it is the bundled one."""
    return {
        "id": pack.stored_id,
        "version": pack.stored_version,
        "file": pack.file_name,
        "bundled": pack.bundled,
        "fingerprint": pack.fingerprint,
    }


def _input(raw: str) -> object:
    """The JSON of ``decide``: given on the command line, or read from ``@FILE``."""
    if raw.startswith("@"):
        name = raw[1:]
        try:
            return loads_json(read_text(name))
        except InputFileError as exc:
            raise InputFileError(f"{name} {exc.message}") from None
    try:
        return loads_json(raw)
    except InputFileError as exc:
        raise InputFileError(f"the JSON given {exc.message}") from None
