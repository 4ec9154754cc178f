"""Both installers ship every package the app depends on, pinned by hash.

The installers install their lists (installer/windows/requirements.txt,
installer/linux/requirements.txt) with ``--require-hashes --no-deps``: a dependency added to
pyproject.toml, or a new dependency of one, that is not in a list is missing from the
installed app, and only ``make installer-test`` would see it. This compares the lists with
the dependencies of pyproject.toml and theirs, as installed here, for each platform.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import distribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
# sqlite-utils' command line needs pip; the app never loads it
LEFT_OUT = {"pip"}
PLATFORMS = {
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
}
PYTHONS = {"windows": "3.12", "linux": "3.11"}
# what builds the Linux package, besides the app's packages
BUILD_TOOLS = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging", "setuptools"}


def name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def needed(platform: str) -> dict[str, str]:
    """name -> installed version of the app's dependencies and theirs, on ``platform``."""
    env = dict(PLATFORMS[platform], python_version=PYTHONS[platform], extra="")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    todo = [Requirement(r) for r in project["dependencies"]]
    found: dict[str, str] = {}
    while todo:
        requirement = todo.pop()
        if name(requirement.name) in found:
            continue
        dist = distribution(requirement.name)
        found[name(requirement.name)] = dist.version
        for text in dist.requires or []:
            sub = Requirement(text)
            if sub.marker is None or sub.marker.evaluate(env):
                todo.append(sub)
    return {n: v for n, v in found.items() if n not in LEFT_OUT}


def pinned(platform: str) -> dict[str, str]:
    """name -> version of the entries of an installer's list that carry a hash (pip refuses
    the list with --require-hashes if one does not)."""
    text = (ROOT / "installer" / platform / "requirements.txt").read_text("utf-8")
    entries = re.findall(
        r"^([\w.-]+)==([\w.]+)((?:\s*\\\s*--hash=sha256:[0-9a-f]{64})+)", text, re.M
    )
    return {name(n): v for n, v, _ in entries}


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_every_dependency_is_pinned_by_hash_at_the_version_the_tests_run(platform):
    pins = pinned(platform)
    wanted = needed(platform)
    assert sorted(set(wanted) - set(pins)) == []
    assert {n: pins[n] for n in wanted} == wanted
    assert sorted(set(pins) - set(wanted) - BUILD_TOOLS) == []
