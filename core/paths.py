"""Where the bundled resources are, from source and from a frozen build."""

from __future__ import annotations

import errno
import os
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


class PathError(ValueError):
    """A path typed or stored by the user that no file can have; ``reason`` says why."""

    def __init__(self, raw: str, reason: str) -> None:
        from core.money import shown

        super().__init__(f"{shown(raw)}: {reason}")
        self.reason = reason


def user_path(raw: str | Path, base: Path | None = None) -> Path:
    """A path the user gave (``~`` expanded, relative ones from ``base``), or PathError.

    Refused: an unknown ``~user``, a NUL character, a name longer than the system allows.
    ``..`` are resolved by the text (``/../x`` is ``/x``) so they cannot add up past a limit.
    """
    text = str(raw)
    if "\x00" in text:
        raise PathError(text, "a path cannot contain a NUL character")
    try:
        path = Path(text).expanduser()
    except RuntimeError:
        user = text.split("/", 1)[0]
        raise PathError(text, f"{user} is not a user of this computer") from None
    if base is not None and not path.is_absolute():
        path = base / path
    if path.is_absolute() or ".." in path.parts:
        path = Path(os.path.normpath(path))
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        pass
    except OSError as exc:
        if exc.errno in (errno.ENAMETOOLONG, errno.ELOOP):
            raise PathError(text, f"the path is too long or loops ({exc.strerror})") from None
    return path
