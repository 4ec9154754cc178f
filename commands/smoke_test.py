"""``--smoke-test``: the workspace written, read and checked, then the window built off-screen."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TextIO


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Workspace round trip and integrity check, then the window; ``smoke ok`` when both work."""
    from core.startup import may_create, workspace_path
    from core.store.smoke import smoke_test

    out = out or sys.stdout  # looked up now: tests and callers may replace it
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
