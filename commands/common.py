"""What the commands share: the settings read for a run, rule-pack errors, the issue date of
documents, a percentage shown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at the start
if TYPE_CHECKING:
    from typing import TextIO


def load_settings(args: argparse.Namespace, err: TextIO | None = None):  # noqa: ANN201
    """Read the settings file (--config, $TENDER_DESK_CONFIG or the user's) and apply it.

    What cannot be used is said on ``err``; the defaults take its place. Returns the
    ``core.settings.Settings`` applied.
    """
    from core.settings import config_path, load
    from core.startup import apply_settings

    loaded = load(config_path(getattr(args, "config", None)))
    for problem in loaded.problems:
        print(f"warning: settings: {problem}", file=err or sys.stderr)
    apply_settings(args, loaded.settings)
    return loaded.settings


def pack_error(args: argparse.Namespace, exc: Exception) -> None:
    """Why the rule pack cannot be used, and where it was named when the settings name it."""
    print(f"error: rule pack: {exc}", file=sys.stderr)
    if getattr(args, "rules_from_settings", False):
        print(
            "(this rule pack is set in the settings file; --rules FILE uses another)",
            file=sys.stderr,
        )


def issued_on(args: argparse.Namespace) -> date | None:
    """The date documents are issued on (``--issued``, else today); None, with the reason on
    stderr, when it is not a date."""
    try:
        return date.fromisoformat(args.issued) if args.issued else date.today()
    except ValueError:
        print(f"error: --issued {args.issued!r} is not a date like 2026-11-22", file=sys.stderr)
        return None


def not_bundled(pack, lang: str) -> str:  # noqa: ANN001 - a core.rules.RulePack
    """The note that another pack than the bundled one answered (its file and fingerprint)."""
    from core.texts import text

    return text(
        lang, "label", "pack_not_bundled", name=pack.file_name, fingerprint=pack.short_fingerprint
    )


def percent_on_stderr(what: str) -> Callable[[int, int], None]:
    """A progress function that shows ``what: NN%`` on stderr, once per percent."""
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            print(f"\r{what}: {percent:3d}%", end="", file=sys.stderr, flush=True)

    return progress


def read_or_write_failed(exc: Exception, path: object, target: object, lead: str = "") -> int:
    """Say on stderr why a command that reads the workspace at ``path`` and writes the file
    ``target`` stopped, and give its exit status: 2 when the workspace cannot be used (refused,
    or a page found damaged), 1 when the file could not be written. ``exc`` is a
    ``WorkspaceError``, a ``sqlite3.DatabaseError`` or an ``OSError``; ``lead`` ends a progress
    line first."""
    import sqlite3

    from core.store.workspace import WorkspaceError

    if isinstance(exc, WorkspaceError):
        message, status = str(exc), 2
    elif isinstance(exc, sqlite3.DatabaseError):
        message, status = f"{path}: is damaged ({exc})", 2
    else:
        message, status = f"could not write {target}: {getattr(exc, 'strerror', None) or exc}", 1
    print(f"{lead}error: {message}", file=sys.stderr)
    return status
