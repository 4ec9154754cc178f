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
