"""Where the bundled resources are, from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: PyInstaller's unpack folder when frozen, else the source tree."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_rule_pack() -> Path:
    """The rule pack that ships with the app."""
    return resources_dir() / "rules" / "be-procurement.toml"


APP_NAME = "tender-desk"


def default_workspace_path() -> Path:
    """The workspace in the user's data folder (created on first use)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace.sqlite"


def user_config_dir() -> Path:
    """The user's configuration folder of the app (settings and window state)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
