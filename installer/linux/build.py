"""Build dist/tender-desk_<version>_amd64.deb: the app frozen with PyInstaller, no Python needed.

    python3 -m installer.linux.build

1. makes build/linux/venv with the pinned packages of requirements.txt (hashes checked);
2. stages the app's files (installer/payload.py) and freezes them (tender-desk.spec) into
   build/linux/dist/tender-desk, a folder with its own Python, Qt and libraries;
3. runs the frozen app's --smoke-test off-screen;
4. packs the folder into /opt/tender-desk with /usr/bin/tender-desk, a desktop entry and an
   icon, depending on the Debian libraries Qt needs (installer/debian-packages.txt).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from installer.payload import ROOT, app_packages, copy_app, mib, tree_size, version

HERE = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "linux"
VENV = BUILD / "venv"
STAGE = BUILD / "app"
FROZEN = BUILD / "dist" / "tender-desk"
PACKAGE = "tender-desk"
# fonts for the window's text are wanted, not needed: the PDFs embed their own
RECOMMENDED = {"fonts-dejavu-core"}


def run(*cmd: str | Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def build_venv(cache: Path) -> Path:
    """The build environment, made again when requirements.txt changes."""
    python = VENV / "bin" / "python"
    stamp = VENV / "requirements.txt"
    wanted = (HERE / "requirements.txt").read_text()
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    shutil.rmtree(VENV, ignore_errors=True)
    run(sys.executable, "-m", "venv", VENV)
    run(
        python,
        *("-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps"),
        *("--cache-dir", cache / "pip", "-r", HERE / "requirements.txt"),
    )
    stamp.write_text(wanted)
    return python


def freeze(python: Path) -> None:
    copy_app(STAGE)
    env = dict(
        os.environ,
        TENDER_DESK_STAGE=str(STAGE),
        TENDER_DESK_PACKAGES=" ".join(app_packages()),
        PYTHONPATH=str(STAGE),
    )
    run(
        python,
        *("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"),
        *("--distpath", BUILD / "dist", "--workpath", BUILD / "work"),
        HERE / "tender-desk.spec",
        env=env,
    )


def smoke_test(executable: Path) -> str:
    """The frozen app's --smoke-test with a throwaway home folder; its output."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            "HOME": home,
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": home,
        }
        done = subprocess.run(
            [str(executable), "--smoke-test"], env=env, capture_output=True, text=True
        )
    if done.returncode != 0 or "smoke ok" not in done.stdout:
        raise SystemExit(f"the frozen app failed its smoke test:\n{done.stdout}{done.stderr}")
    return done.stdout.strip()


def depends() -> tuple[list[str], list[str]]:
    """Depends and Recommends of the package, from the list `make run` installs."""
    names = [
        line.strip()
        for line in (ROOT / "installer" / "debian-packages.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    # Ubuntu 24.04 renamed it in its 64-bit time transition
    alternatives = {"libglib2.0-0": "libglib2.0-0 | libglib2.0-0t64"}
    needed = [alternatives.get(n, n) for n in names if n not in RECOMMENDED]
    return needed, [n for n in names if n in RECOMMENDED]


def package(out: Path) -> Path:
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / PACKAGE
    shutil.copytree(FROZEN, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"../../opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "tender-desk.desktop", share / "applications" / f"{PACKAGE}.desktop")
    icons = share / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "installer" / "icons" / "tender-desk.png", icons / f"{PACKAGE}.png")
    needed, recommended = depends()
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        "Architecture: amd64\n"
        "Maintainer: The tender desk project <tender-desk@localhost>\n"
        f"Installed-Size: {tree_size(root) // 1024}\n"
        f"Depends: {', '.join(needed)}\n"
        f"Recommends: {', '.join(recommended)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline desk for Belgian public procurement\n"
        " Keeps a register of tenders and says which award procedures the law allows,\n"
        " whether an advance is due to an SME, whether a bid compensation is due and\n"
        " each tenderer's provisional place, with the legal sources. Runs without\n"
        " Python or network; the user's workspaces and settings stay in the home folder.\n",
        encoding="utf-8",
    )
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{version()}_amd64.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, deb, stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "cache")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    started = time.monotonic()
    python = build_venv(args.cache)
    ready = time.monotonic()
    freeze(python)
    frozen = time.monotonic()
    print(f"smoke test of the frozen app: {smoke_test(FROZEN / PACKAGE)}")
    deb = package(args.out)
    done = time.monotonic()
    print(f"frozen app {FROZEN}: {mib(tree_size(FROZEN))}")
    print(f"package {deb}: {mib(deb.stat().st_size)}")
    print(
        f"time: {ready - started:.0f} s build environment, {frozen - ready:.0f} s PyInstaller, "
        f"{done - frozen:.0f} s smoke test and package"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
