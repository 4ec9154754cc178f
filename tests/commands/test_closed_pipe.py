"""A command whose reader goes away (``main.py scenarios … | head -1``) stops quietly: no
traceback on the user's screen, as command-line tools behave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_closed_pipe_ends_the_command_without_a_traceback(tmp_path):
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    env = {**os.environ, "TENDER_DESK_CONFIG": str(tmp_path / "settings.toml")}
    proc = subprocess.run(
        [sys.executable, "main.py", "scenarios", "tests/scenarios/law.json"],
        cwd=ROOT,
        stdout=write,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
        text=True,
    )
    os.close(write)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "BrokenPipeError" not in proc.stderr
    assert proc.returncode == 1
