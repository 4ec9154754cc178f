"""The Qt bindings themselves: a long session must not crash the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_calls_that_return_nothing_keep_none_alive(qapp):
    """PySide6 6.12.0 lost one reference to None per call: a long session then aborted."""
    label, combo = QLabel(), QComboBox()
    before = sys.getrefcount(None)
    for index in range(2000):
        label.setText(str(index))
        combo.addItem(str(index))
        label.resize(10, 10)
    assert sys.getrefcount(None) >= before - 100
