"""``screenshots --out DIR``: every screen of the window as PNG, drawn off-screen."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from core.names import LANGUAGES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``screenshots`` on the main parser; ``common`` adds --db, --rules and --config."""
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
    sh.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        help="the screen to draw for, e.g. 1280x720 or 1920x1080: the main window fills it, "
        "dialogs keep their size when it fits (default: the window at 1280x800)",
    )
    sh.set_defaults(handler=run)


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is no size like 1280x720")
    size = (int(width), int(height))
    if min(size) < 200 or max(size) > 8000:
        raise argparse.ArgumentTypeError(f"{text!r}: 200 to 8000 pixels a side")
    return size


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Render the screens to PNG: one line per file, then the count (the window is in gui)."""
    try:
        from gui.screenshots import run as draw
    except ImportError as exc:
        print(f"error: the window cannot be loaded: {exc}", file=sys.stderr)
        return 2
    return draw(args, out)
