"""The tender desk: GUI by default; subcommands for scripted use (see ``--help``).

The composition root: it builds the command line and hands the run to one module of
``commands`` (the window, the smoke test or a subcommand), which loads what it needs.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache

from commands import SUBCOMMANDS, command


def common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options that may stand before or after a subcommand (``demo-data --db PATH``)."""
    default = {"default": argparse.SUPPRESS} if suppress else {}
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--rules",
        metavar="FILE",
        **default,
        help="use this rule pack instead of the one in the settings or the bundled one "
        "(validated first)",
    )
    parent.add_argument(
        "--db",
        metavar="PATH",
        **default,
        help="the workspace file (default: the one in the settings, else workspace.sqlite in "
        "the user's data folder)",
    )
    parent.add_argument(
        "--config",
        metavar="PATH",
        **default,
        help="the settings file (default: $TENDER_DESK_CONFIG, else settings.toml in the "
        "user's configuration folder)",
    )
    return parent


class _Version(argparse._VersionAction):
    """``--version``: the version is read when asked for, not at every start."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from core.version import version

        self.version = f"%(prog)s {version()}"
        super().__call__(parser, namespace, values, option_string)


class _WholeParserError(Exception):
    """The parser of one subcommand cannot answer alone: the whole parser must."""


class _OneCommandParser(argparse.ArgumentParser):
    """A parser that hands every error to the whole parser, which says it as it always did."""

    def error(self, message: str) -> None:  # noqa: ARG002 - the whole parser says it
        raise _WholeParserError


class _WholeHelp(argparse.Action):
    """``--help`` before a subcommand lists every subcommand: the whole parser answers it."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS)

    def __call__(self, *_: object) -> None:
        raise _WholeParserError


def build_parser(names: tuple[str, ...] | None = None) -> argparse.ArgumentParser:
    """The command line of the app: every subcommand, or only those in ``names`` (a parser that
    leaves its help and its errors to the whole one, see ``parse``)."""
    whole = names is None
    parser = (argparse.ArgumentParser if whole else _OneCommandParser)(
        prog="tender-desk",
        parents=[common_options(suppress=False)],
        add_help=whole,
        description="Offline desk for Belgian public procurement. Without a subcommand the "
        "window opens.",
    )
    if not whole:
        parser.add_argument("-h", "--help", action=_WholeHelp)
    parser.add_argument(
        "--read-only", action="store_true", help="open the workspace without changing it"
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="create the workspace (and its folders) if it does not exist; without it a "
        "missing workspace other than the default one is refused (the window asks)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the workspace, write and read one value, check the file, "
        "build the window off-screen, print 'smoke ok' and exit",
    )
    parser.add_argument("--version", action=_Version)
    # for bench/bench_start.py: print a line when the first page is painted, then quit
    parser.add_argument("--measure-start", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    common = common_options(suppress=True)
    for name in SUBCOMMANDS if whole else names:
        command(name).add_parser(sub, common)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """The parsed command line. A start builds the parser of its own subcommand only (the
    first word of ``argv`` that names one; none for the window); the whole parser parses again
    whatever that one cannot answer alone: the list of subcommands (``--help``), any error
    (the word was an option's value, a mistyped command), so messages and exit statuses stay
    those of the whole parser."""
    named = next((word for word in argv if word in SUBCOMMANDS), None)
    try:
        return _parser(() if named is None else (named,)).parse_args(argv)
    except _WholeParserError:
        return _parser(None).parse_args(argv)


@cache
def _parser(names: tuple[str, ...] | None) -> argparse.ArgumentParser:
    """``build_parser(names)``, built once per process: parsing changes nothing in a parser,
    and a process that runs several commands (the workshop's tools, the tests: hundreds of
    runs) no longer builds the same sub-parsers again for each (2-7 ms of argparse a run)."""
    return build_parser(names)


def main(argv: list[str] | None = None) -> int:
    """Run a subcommand, or open the window."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    if getattr(args, "handler", None) or args.smoke_test:
        from commands.common import load_settings

        load_settings(args)
        if getattr(args, "handler", None):
            return args.handler(args)
        from commands import smoke_test

        return smoke_test.run(args)
    from commands import window  # Qt is loaded only when a window is wanted

    return window.run(args, argv)


if __name__ == "__main__":  # a process of the PDF pool imports this file and stops here
    if getattr(sys, "frozen", False):  # the Linux package (PyInstaller) starts the pool's
        import multiprocessing  # processes as itself: this hands them to multiprocessing

        multiprocessing.freeze_support()
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (``… | head``): stop quietly, as command-line tools do; the
        # rest of the output goes nowhere instead of raising again at exit
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 1
    sys.exit(status)
