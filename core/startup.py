"""What a start uses: the workspace and rule pack the command line names, else the settings'.

Shared by the commands (``main.py``'s subcommands, the smoke test) and by the window's start
(``gui.app``); ``args`` is the parsed command line (``--db``, ``--rules``, ``--create``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.paths import PathError, default_workspace_path, user_path
from core.settings import Settings


def apply_settings(args: argparse.Namespace, settings: Settings) -> None:
    """Fill what the command line left open from the user's settings (the command line wins).

    The rule pack comes from the settings when no --rules is given; the workspace from
    ``workspace_path``; ``decide`` speaks the settings' language unless --lang says another.
    """
    args.settings = settings
    args.rules_from_settings = not args.rules and settings.rule_pack is not None
    if args.rules_from_settings:
        args.rules = str(settings.rule_pack)


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings applied to ``args``; the defaults when none were."""
    return getattr(args, "settings", None) or Settings()


def workspace_path(args: argparse.Namespace) -> Path:
    """The workspace the user named with --db, else the settings' default workspace."""
    if not args.db:
        return settings_of(args).default_workspace
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
    return bool(getattr(args, "create", False)) or path == default_workspace_path()
