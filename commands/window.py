"""The app without a subcommand: the window on the workspace of the settings or of --db."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace, argv: list[str]) -> int:
    """Open the window and run it until it closes; Qt is loaded only now."""
    from gui.app import run_gui

    return run_gui(args, argv)
