"""Command-line subcommands that need no window: scenario runs and single decisions."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from core.decisions import CHECKS
from core.errors import RulePackError, ValidationError
from core.exchange.scenarios import Report, run_files
from core.input_files import InputFileError, loads_json, read_text
from core.rules import active_pack
from core.settings import Settings, config_path, load
from core.texts import LANGUAGES, explain_lines, text


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
    de.add_argument(
        "--lang", choices=LANGUAGES, help="language of the explanation (default: the settings')"
    )
    de.add_argument("--json", action="store_true", help="print the whole result as JSON")
    de.set_defaults(handler=cmd_decide)
    dd = sub.add_parser(
        "demo-data",
        parents=[common],
        help="add realistic demo tenders to the workspace named with --db (created if new)",
    )
    dd.add_argument("--tenders", type=_count, required=True, metavar="N")
    dd.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    dd.set_defaults(handler=cmd_demo_data)
    from core.cli_documents import add_export_pdf

    add_export_pdf(sub, common)
    sh = sub.add_parser(
        "screenshots",
        parents=[common],
        help="render each main screen and each wizard page to PNG (off-screen); with --db "
        "the screens show a temporary copy of that workspace, which is left unchanged",
    )
    sh.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    sh.add_argument("--lang", choices=LANGUAGES, default="en")
    sh.add_argument(
        "--seed", type=int, metavar="N", help="the demo data's seed (default 7; not with --db)"
    )
    sh.set_defaults(handler=cmd_screenshots)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {text}")
    return value


def cmd_scenarios(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run scenario files; print ``ok``/``FAIL`` lines and ``N passed, M failed``."""
    out = out or sys.stdout  # looked up now: tests and callers may replace it
    try:
        pack = active_pack(args.rules)
    except RulePackError as exc:
        _pack_error(args, exc)
        return 2
    if not pack.bundled:  # stderr: the report's lines keep their format
        print(f"note: {_not_bundled(pack, 'en')}", file=sys.stderr)
    report = Report()
    for outcome in run_files(args.files, pack):
        report.add(outcome)
        print(outcome.line(), file=out if outcome.status != "unusable" else sys.stderr)
    print(report.summary(), file=out)
    return report.exit_status


def cmd_decide(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Decide one case and print the answer, the rules applied and what is uncertain."""
    out = out or sys.stdout  # looked up now: tests and callers may replace it
    try:
        pack = active_pack(args.rules)
        data = _decide_input(args.input)
        result = CHECKS[args.check].run(data, pack)
    except RulePackError as exc:
        _pack_error(args, exc)
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
        lang = args.lang or _settings(args).language
        for line in explain_lines(args.check, result, lang):
            print(line, file=out)
        if not pack.bundled:
            print(_not_bundled(pack, lang), file=out)
    return 0


def _pack_identity(pack) -> dict[str, object]:
    """Which pack answered: its id and version, its file, whether it is the bundled one."""
    return {
        "id": pack.stored_id,
        "version": pack.stored_version,
        "file": pack.file_name,
        "bundled": pack.bundled,
        "fingerprint": pack.fingerprint,
    }


def _not_bundled(pack, lang: str) -> str:
    return text(
        lang, "label", "pack_not_bundled", name=pack.file_name, fingerprint=pack.short_fingerprint
    )


def _decide_input(raw: str) -> object:
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


def cmd_demo_data(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Add demo tenders to a workspace; a percentage on stderr, then one summary line."""
    out = out or sys.stdout  # looked up now: tests and callers may replace it
    import time

    from core.demo.tenders import make_demo
    from core.store.sqlite_files import write_failure
    from core.store.workspace import WorkspaceError, open_workspace

    if not args.db:
        print(
            "error: demo-data needs --db PATH (it never fills your own register)", file=sys.stderr
        )
        return 2
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            print(f"\rdemo data: {percent:3d}%", end="", file=sys.stderr, flush=True)

    started = time.monotonic()
    try:
        pack = active_pack(args.rules)
        now = datetime.now()
        with open_workspace(args.db, now=now) as ws:
            summary = make_demo(ws, pack, args.tenders, args.seed, now, progress)
    except RulePackError as exc:
        print(file=sys.stderr)
        _pack_error(args, exc)
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


def apply_settings(args: argparse.Namespace, settings: Settings) -> None:
    """Fill what the command line left open from the user's settings (the command line wins).

    The rule pack comes from the settings when no --rules is given; the workspace from
    ``workspace_path``; ``decide`` speaks the settings' language unless --lang says another.
    """
    args.settings = settings
    args.rules_from_settings = not args.rules and settings.rule_pack is not None
    if args.rules_from_settings:
        args.rules = str(settings.rule_pack)


def load_settings(args: argparse.Namespace, err: TextIO | None = None) -> Settings:
    """Read the settings file (--config, $TENDER_DESK_CONFIG or the user's) and apply it.

    What cannot be used is said on ``err``; the defaults take its place.
    """
    loaded = load(config_path(getattr(args, "config", None)))
    for problem in loaded.problems:
        print(f"warning: settings: {problem}", file=err or sys.stderr)
    apply_settings(args, loaded.settings)
    return loaded.settings


def _settings(args: argparse.Namespace) -> Settings:
    return getattr(args, "settings", None) or Settings()


def _pack_error(args: argparse.Namespace, exc: RulePackError) -> None:
    print(f"error: rule pack: {exc}", file=sys.stderr)
    if getattr(args, "rules_from_settings", False):
        print(
            "(this rule pack is set in the settings file; --rules FILE uses another)",
            file=sys.stderr,
        )


def cmd_screenshots(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Render the screens to PNG: one line per file, then the count (the window is in gui)."""
    try:
        from gui.screenshots import run
    except ImportError as exc:
        print(f"error: the window cannot be loaded: {exc}", file=sys.stderr)
        return 2
    return run(args, out)


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace the user named with --db, else the settings' default workspace."""
    from core.paths import PathError, user_path

    if not args.db:
        return _settings(args).default_workspace
    try:
        return user_path(args.db)
    except PathError:
        return Path(args.db)  # open_workspace refuses it with the reason


def may_create(args: argparse.Namespace, path: Path) -> bool:
    """Whether a missing workspace may be created without asking.

    Only with --create, or for the app's own default workspace in the user's data folder (the
    first start); a workspace named in the settings or with --db may be on a drive that is not
    connected, and must not silently become a new, empty register.
    """
    from core.paths import default_workspace_path

    return bool(getattr(args, "create", False)) or path == default_workspace_path()


def cmd_smoke_test(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Workspace round trip and integrity check, then the window built off-screen."""
    out = out or sys.stdout  # looked up now: tests and callers may replace it
    from core.store.smoke import smoke_test

    path = workspace_path(args)
    passed, message = smoke_test(path, datetime.now(), create=may_create(args, path))
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
