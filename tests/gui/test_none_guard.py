"""PySide6 6.12 on Python 3.11 takes a reference from None on every void call: the gui
package protects None before the first call, so a long session does not abort Python."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gui
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
app = QApplication([])
label, box = QLabel(), QComboBox()
box.addItem("-", None)
for _ in range(50_000):
    label.setText("")
    box.currentData()
print("alive")
"""


def test_many_void_calls_do_not_abort_python():
    """100,000 calls that return None: without the guard Python aborts after about 5,000."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "alive"
