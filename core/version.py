"""The app's version, written in one place: ``version`` in ``pyproject.toml``.

From the source tree and from the installers (which ship ``pyproject.toml`` beside the
packages) the file is read; an installed wheel has no such file and answers from its metadata.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

DISTRIBUTION = "tender-desk"
ROOT = Path(__file__).resolve().parent.parent


def version(root: Path = ROOT) -> str:
    """``project.version`` of ``root/pyproject.toml``, else the installed metadata's."""
    try:
        project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
        if project["name"] == DISTRIBUTION:
            return str(project["version"])
    except (OSError, KeyError, TypeError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        pass
    from importlib import metadata  # ~80 ms of imports: only when there is no pyproject.toml

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"
