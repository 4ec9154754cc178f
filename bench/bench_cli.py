"""Commands that need no window, against a bare Python start: ``--help``, ``decide`` and
``scenarios``, each a real process, against ``python -c 'import argparse'``.

The runs are interleaved (bare, --help, decide, scenarios, bare, ...) so a busy moment of the
machine hits them alike; each ratio is taken within one round, the median of the rounds is
judged and their min-max printed. Python may keep its compiled files (as an installed app
does); one warm-up round is not counted. The settings are the defaults (an empty settings
file), the rule pack the bundled one.

Budget: each command within 3 x the bare start.

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_cli``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_start import environment, spread
from bench.common import ROOT, Verdicts, median, timed

BUDGET = 3.0
ROUNDS = 9
CASE = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "supplies",
    "estimated_value_excl_vat": "25000.00",
}
COMMANDS = {
    "--help": ["main.py", "--help"],
    "decide": ["main.py", "decide", "procedure", json.dumps(CASE), "--lang", "nl"],
    "scenarios": ["main.py", "scenarios", "tests/scenarios/law.json"],
}


def run(argv: list[str], env: dict[str, str]) -> float:
    """Seconds the process takes, start to exit; it must succeed."""

    def work() -> None:
        subprocess.run(argv, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)

    return timed(work)


def main() -> None:
    """Time the rounds, print the figures and ratios, judge the budgets."""
    verdicts = Verdicts("bench_cli")
    with tempfile.TemporaryDirectory() as scratch:
        env = environment(Path(scratch) / "settings.toml")
        runs = {"bare": [sys.executable, "-c", "import argparse"]}
        runs |= {name: [sys.executable, *argv] for name, argv in COMMANDS.items()}
        times: dict[str, list[float]] = {name: [] for name in runs}
        for round_ in range(ROUNDS + 1):
            for name, argv in runs.items():
                seconds = run(argv, env)
                if round_:  # the first round warms the caches
                    times[name].append(seconds)
    bare = times["bare"]
    print(f"bare python -c 'import argparse'   {spread([t * 1000 for t in bare])} ms")
    for name in COMMANDS:
        ratios = [t / b for t, b in zip(times[name], bare, strict=True)]
        print(f"{name:<10} {spread([t * 1000 for t in times[name]])} ms   {spread(ratios)} x bare")
        verdicts.check(f"{name} x bare python start", median(ratios), BUDGET, "x")
    verdicts.exit()


if __name__ == "__main__":
    main()
