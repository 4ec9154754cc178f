"""The tender desk: GUI by default; subcommands for scripted use (see ``--help``)."""

from __future__ import annotations

import argparse
import sys

from core.cli import add_subcommands


def build_parser() -> argparse.ArgumentParser:
    """The command line of the app."""
    parser = argparse.ArgumentParser(
        prog="tender-desk",
        description="Offline desk for Belgian public procurement. Without a subcommand the "
        "window opens.",
    )
    parser.add_argument(
        "--rules",
        metavar="FILE",
        help="use this rule pack instead of the bundled one (validated first)",
    )
    sub = parser.add_subparsers(dest="command")
    add_subcommands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a subcommand, or open the window."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if getattr(args, "handler", None):
        return args.handler(args)
    from gui.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(args, argv)


if __name__ == "__main__":
    sys.exit(main())
