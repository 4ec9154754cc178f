"""What the installed app carries, for both installers.

``main.py``, ``pyproject.toml`` (the version is read from it), ``resources/`` and every
top-level package of the checkout except the developers' own: a package added to the app later
(``commands/``, say) is shipped without touching the installers. Caches, translation sources
and tests are left out.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# top-level packages the app never imports: the test suite, benchmarks, developer tools, these
# build scripts
DEVELOPERS_ONLY = {"tests", "bench", "tools", "installer"}
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", "*.ts", ".*")


def app_packages(root: Path = ROOT) -> list[str]:
    """The top-level packages main.py may import, by name."""
    return sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and (p / "__init__.py").is_file() and p.name not in DEVELOPERS_ONLY
    )


def version(root: Path = ROOT) -> str:
    """The app's version, read where the app reads it."""
    import tomllib

    return tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def copy_app(dest: Path, root: Path = ROOT) -> None:
    """Copy the app's files into ``dest`` (made, or emptied first)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in ("main.py", "pyproject.toml"):
        shutil.copy2(root / name, dest / name)
    for name in [*app_packages(root), "resources"]:
        shutil.copytree(root / name, dest / name, ignore=LEFT_OUT)


def tree_size(path: Path) -> int:
    """Bytes of the files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"
