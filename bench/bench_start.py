"""From the start of the process to the register's first page on the screen, at 1,000, 100,000
and 400,000 tenders, against a bare PySide6 window with a 50-row table.

Each run is a real process, timed from its launch until it prints that its first page was
painted (``main.py --measure-start``: the same moment the window starts its background
check; the bare window prints at its table's first paint the same way), then the process
quits. The runs are interleaved (bare, 1,000, 100,000, 400,000, bare, ...), so a busy moment
of the machine hits them alike; each ratio is taken within one round and the median of the
rounds is judged, with their min-max printed. Python may keep its compiled files (as an
installed app does); one warm-up round is not counted.

Budgets: the window on 100,000 tenders within 1.5 x the bare window; 400,000 tenders within
10 % of 1,000 tenders. Without a display the offscreen platform is used for both.

Printed without a budget: a second bare window whose 50-row table is a ``QTableView`` over a
table model written in Python (``data`` and ``headerData``), as any PySide6 app that shows its
own rows has one. Qt calls such a model's ``headerData`` with a ``Qt.Orientation``, so PySide6
makes the whole ``Qt`` namespace (93 enums) before the first paint, which the ``QTableWidget``
of the bare window never needs. The app's first page does without it (its header reads its
titles from a model of Qt's own: ``gui.shared.roles``, ``gui.shared.header``), so the app can
start faster than this second window.

The CPU time of each process (user + system, from its start to its exit just after the first
paint) is printed too, with its ratios: on a machine whose cores other work shares, the wall
time of a run depends on what else ran at that moment, its CPU time much less. The verdicts
are on the wall times (and on the instructions, below); the load average is printed
before and after.

A single start's wall time moves by half from one process to the next on this machine
(172-272 ms for the bare window, idle), so the median of 7 rounds moved the 400,000 against
1,000 tenders difference between 2 and 17 %: ``ROUNDS`` is 21. Where valgrind is installed
(``make bench`` installs it: ``bench/debian-packages.txt``), one start of each is also
counted in instructions (cachegrind, the process's own code, not the system's), which move by
0.02 % at most between runs: the same two budgets are judged on them, so that a start
doing more work shows as such, whatever the machine's moment.

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_start``.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Verdicts, cached_workspace, median

BUDGET_BARE = 1.5
BUDGET_SIZE = 0.10
ROUNDS = 21
SIZES = (1_000, 100_000, 400_000)
PAINTED = "first page painted"

#: a bare PySide6 window: a main window with a 50-row table, printing at its first paint
BARE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv)
window = QMainWindow()
table = QTableWidget(50, 9)
for row in range(50):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"{{row}} {{column}}"))
window.setCentralWidget(table)
window.resize(1280, 760)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print({PAINTED!r}, flush=True), app.quit()))
        return False


first = FirstPaint()
table.viewport().installEventFilter(first)
window.show()
app.exec()
"""


#: the same bare window with its table over a model written in Python (printed, no budget)
BARE_MODEL = (
    BARE.replace(
        "from PySide6.QtCore import QEvent, QObject, QTimer",
        "from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, QTimer, Qt",
    )
    .replace("QTableWidget, QTableWidgetItem", "QTableView")
    .replace(
        """table = QTableWidget(50, 9)
for row in range(50):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"{row} {column}"))
""",
        """

class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 50

    def columnCount(self, parent=None):
        return 9

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()} {index.column()}"
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return f"column {section}"
        return None


table = QTableView()
model = Model()
table.setModel(model)
""",
    )
)
assert "QTableView()" in BARE_MODEL and "QTableWidget" not in BARE_MODEL


def environment(config: Path) -> dict[str, str]:
    """The children's environment: no settings of the user, compiled files kept."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["TENDER_DESK_CONFIG"] = str(config)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def until_painted(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the launch of ``argv`` to its first-paint line, and the CPU seconds (user
    and system) the process used until it quit right after.

    The CPU time is the growth of the reaped children's total around the ``wait`` that reaps
    this one (no other child ends in between); NaN where ``resource`` is missing (Windows).
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    painted = None
    try:
        for line in proc.stdout:
            if line.strip() == PAINTED:
                painted = time.perf_counter() - started
                break
    finally:
        proc.stdout.close()
    before = children_cpu()
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if painted is None:
        raise RuntimeError(f"{argv} ended without painting (exit {proc.returncode})")
    return painted, children_cpu() - before


def instructions(argv: list[str], env: dict[str, str]) -> subprocess.Popen | None:
    """``argv`` started under valgrind's cachegrind, counting the instructions it runs until
    it exits (``counted`` reads them); None where valgrind is not installed."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counter = [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    return subprocess.Popen(
        [*counter, *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def counted(proc: subprocess.Popen) -> int:
    """The instructions a run of ``instructions`` counted (its summary's ``I refs``)."""
    _, report = proc.communicate(timeout=600)
    found = re.search(r"I\s+refs:\s+([\d,]+)", report)
    if proc.returncode or found is None:
        raise RuntimeError(f"cachegrind ended with {proc.returncode}: {report[-500:]}")
    return int(found.group(1).replace(",", ""))


def children_cpu() -> float:
    """User and system CPU seconds of this process's ended children, in all."""
    try:
        import resource
    except ImportError:
        return math.nan
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def spread(values: list[float]) -> str:
    """median (min-max)."""
    return f"{median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    """Time the rounds, print the figures and ratios, judge the budgets."""
    verdicts = Verdicts("bench_start")
    paths = {size: cached_workspace(size) for size in SIZES}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        env = environment(Path(scratch) / "settings.toml")
        runs = {"bare": [sys.executable, "-c", BARE], "model": [sys.executable, "-c", BARE_MODEL]}
        for size, path in paths.items():
            runs[size] = [sys.executable, "main.py", "--db", str(path), "--measure-start"]
        times: dict[object, list[float]] = {name: [] for name in runs}
        cpu: dict[object, list[float]] = {name: [] for name in runs}
        for round_ in range(ROUNDS + 1):
            for name, argv in runs.items():
                seconds, used = until_painted(argv, env)
                if round_:  # the first round warms the caches
                    times[name].append(seconds)
                    cpu[name].append(used)
        counts = count_instructions({name: runs[name] for name in ("bare", *SIZES)}, env)
    bare, bare_cpu = times["bare"], cpu["bare"]
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'display ' + env.get('DISPLAY', '')}")
    print(f"load average (1 min): {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"bare PySide6 window, 50-row table   {spread([t * 1000 for t in bare])} ms")
    print(f"  CPU{spread([t * 1000 for t in bare_cpu]):>38} ms")
    model = [t / b for t, b in zip(times["model"], bare, strict=True)]
    model_cpu = [t / b for t, b in zip(cpu["model"], bare_cpu, strict=True)]
    print(f"bare window, Python table model     {spread([t * 1000 for t in times['model']])} ms")
    print(f"  x the bare window{spread(model):>26}   CPU {spread(model_cpu)}")
    for size in SIZES:
        ms = [t * 1000 for t in times[size]]
        ratios = [t / b for t, b in zip(times[size], bare, strict=True)]
        print(f"window, {size:>7,} tenders          {spread(ms)} ms   {spread(ratios)} x bare")
        used = [t * 1000 for t in cpu[size]]
        cpu_ratios = [t / b for t, b in zip(cpu[size], bare_cpu, strict=True)]
        print(f"  CPU{spread(used):>38} ms   {spread(cpu_ratios)} x bare")
        by_model = [t / m for t, m in zip(times[size], times["model"], strict=True)]
        by_model_cpu = [t / m for t, m in zip(cpu[size], cpu["model"], strict=True)]
        print(f"  x bare window, Python model: {spread(by_model)}, CPU {spread(by_model_cpu)}")
    by_size = [big / small for big, small in zip(times[400_000], times[1_000], strict=True)]
    print(f"400,000 vs 1,000 tenders            {spread(by_size)} x")
    ratios = [t / b for t, b in zip(times[100_000], bare, strict=True)]
    judge(verdicts, median(ratios), median(by_size))
    judge_instructions(verdicts, counts)
    verdicts.exit()


def judge(verdicts: Verdicts, to_bare: float, by_size: float, measure: str = "") -> None:
    """The two budgets: the start on 100,000 tenders against the bare window's (``to_bare``),
    and the start on 400,000 against 1,000 tenders (``by_size``), as ratios of ``measure``."""
    verdicts.check(
        f"first page, 100,000 tenders, x bare window{measure}", to_bare, BUDGET_BARE, "x"
    )
    verdicts.check(
        f"first page, 400,000 vs 1,000 tenders, difference{measure}",
        abs(by_size - 1) * 100,
        BUDGET_SIZE * 100,
        " %",
    )


def count_instructions(runs: dict[object, list[str]], env: dict[str, str]) -> dict[object, int]:
    """Each run's instructions, as many counted at once as there are cores; empty where
    valgrind is not installed."""
    counts: dict[object, int] = {}
    names = list(runs)
    at_once = os.cpu_count() or 1
    for first in range(0, len(names), at_once):
        started = {name: instructions(runs[name], env) for name in names[first : first + at_once]}
        for name, proc in started.items():
            if proc is not None:
                counts[name] = counted(proc)
    return counts


def judge_instructions(verdicts: Verdicts, counts: dict[object, int]) -> None:
    """Print each start's instructions and judge the two budgets on them."""
    if not counts:
        print("instructions: not counted (valgrind is not installed)")
        return
    bare = counts["bare"]
    print(f"instructions (cachegrind): bare window {bare / 1e6:,.1f} M")
    for size in SIZES:
        ratio = counts[size] / bare
        print(f"  window, {size:>7,} tenders  {counts[size] / 1e6:,.1f} M   {ratio:.3f} x bare")
    judge(verdicts, counts[100_000] / bare, counts[400_000] / counts[1_000], ", instructions")


if __name__ == "__main__":
    main()
