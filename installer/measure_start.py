"""The installed app's start against a bare PySide6 window: wall time and CPU time.

    python3 installer/measure_start.py [--rounds 7] [--budget 2] [--app /usr/bin/tender-desk]

Each run is a new process, timed from its launch until it prints ``first page painted``: the
app with ``--measure-start`` (its register's first page is on the screen) on a workspace of
``--tenders`` demo tenders in a throwaway home folder, the bare window
(``installer/bare_window.py``) at its table's first paint. The bare window runs two ways:

- ``frozen``: frozen by ``tender-desk.spec`` like the app (the same bundled Python and Qt,
  the same options), made in build/linux/bare on the first run; the ratio is judged on this
  one;
- ``venv``: run by the Linux build environment's Python (build/linux/venv, the same PySide6
  wheel), for comparison with the figures measured from a source tree.

The CPU time of a run is its process's user + system time when it prints the line (read from
/proc, 10 ms steps). The runs are interleaved (frozen bare, app, venv bare, frozen bare, ...)
so a busy moment of the shared machine hits them alike; the first round warms the caches and
is not counted. Each ratio is taken within a round; the median of the rounds is judged.
The load average is printed before and after. Needs a display (DISPLAY; the test starts Xvfb)
or runs offscreen. Exit status 1 when the median wall ratio is above ``--budget``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "linux"
SPEC = ROOT / "installer" / "linux" / "tender-desk.spec"
BARE_SOURCE = ROOT / "installer" / "bare_window.py"
FROZEN_BARE = BUILD / "bare" / "bare-window" / "bare-window"
VENV_PYTHON = BUILD / "venv" / "bin" / "python"
PAINTED = "first page painted"
TICK = os.sysconf("SC_CLK_TCK")


def freeze_bare() -> Path:
    """The bare window frozen with the app's spec, made again when the spec or it changed."""
    newest = max(SPEC.stat().st_mtime, BARE_SOURCE.stat().st_mtime)
    if FROZEN_BARE.exists() and FROZEN_BARE.stat().st_mtime >= newest:
        return FROZEN_BARE
    subprocess.run(
        [str(VENV_PYTHON), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        + ["--distpath", str(BUILD / "bare"), "--workpath", str(BUILD / "bare-work"), str(SPEC)],
        env=dict(os.environ, TENDER_DESK_BARE="1"),
        check=True,
    )
    return FROZEN_BARE


def cpu_seconds(pid: int) -> float:
    """User + system time of a running process (its threads included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def until_painted(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from the launch of ``argv`` to its first-paint line."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.decode(errors="replace").strip() == PAINTED:
                return time.perf_counter() - started, cpu_seconds(proc.pid)
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{argv[0]} ended without painting (exit {proc.wait()}): {err[-2000:]}")
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def spread(values: list[float], unit: str = "") -> str:
    """median (min-max)."""
    return f"{statistics.median(values):.2f}{unit} ({min(values):.2f}-{max(values):.2f})"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="/usr/bin/tender-desk", help="the installed command")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tenders", type=int, default=200, help="demo tenders in the register")
    parser.add_argument("--budget", type=float, default=2.0, help="at most this x the bare window")
    parser.add_argument("--no-venv", action="store_true", help="leave out the venv's bare window")
    args = parser.parse_args(argv)
    runs = {"frozen bare": [str(freeze_bare())]}
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(home),
            "TENDER_DESK_CONFIG": str(home / "settings.toml"),
        }
        if os.environ.get("DISPLAY"):
            env["DISPLAY"], env["QT_QPA_PLATFORM"] = os.environ["DISPLAY"], "xcb"
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        workspace = home / "workspace.sqlite"
        subprocess.run(
            [args.app, "demo-data", "--db", str(workspace), "--tenders", str(args.tenders)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        runs["app"] = [args.app, "--db", str(workspace), "--measure-start"]
        if not args.no_venv and VENV_PYTHON.exists():
            runs["venv bare"] = [str(VENV_PYTHON), str(BARE_SOURCE)]
        wall: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        before = load()
        for round_ in range(args.rounds + 1):
            for name, command in runs.items():
                seconds, cpu_s = until_painted(command, env)
                if round_:  # the first round warms the caches
                    wall[name].append(seconds)
                    cpu[name].append(cpu_s)
        after = load()
    print(f"platform {env['QT_QPA_PLATFORM']}, {args.rounds} rounds, {args.tenders} tenders")
    print(f"load average before {before}, after {after}")
    for name in runs:
        ms, cpu_ms = [t * 1000 for t in wall[name]], [t * 1000 for t in cpu[name]]
        print(f"{name:<12} wall {spread(ms, ' ms')}   CPU {spread(cpu_ms, ' ms')}")
    ratios = {}
    for bare in [n for n in runs if n != "app"]:
        by_wall = [a / b for a, b in zip(wall["app"], wall[bare], strict=True)]
        by_cpu = [a / max(b, 1 / TICK) for a, b in zip(cpu["app"], cpu[bare], strict=True)]
        ratios[bare] = statistics.median(by_wall)
        print(f"app / {bare:<12} wall {spread(by_wall, 'x')}   CPU {spread(by_cpu, 'x')}")
    verdict = ratios["frozen bare"] <= args.budget
    print(
        f"first window: {ratios['frozen bare']:.2f} x a bare PySide6 window frozen the same way "
        f"(at most {args.budget:g}): {'ok' if verdict else 'TOO SLOW'}"
    )
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
