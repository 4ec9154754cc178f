"""Qt's standard dialogs, made when one is first asked for, not at the start.

PySide6 makes a class, with every enum it has, when a module first names it: the window's
modules naming ``QMessageBox``, ``QFileDialog``, ``QInputDialog`` and ``QProgressDialog`` at
their top made the four before the register's first page, about 11 million instructions
(bench/README.md), for dialogs the start never shows. Those modules name them through this one
(``dialogs.QMessageBox.warning(...)``), which takes each from ``PySide6.QtWidgets`` when it is
first used; it is the very same class (tests may patch it).
"""

from __future__ import annotations

from PySide6 import QtWidgets

#: the dialog classes given here
NAMES = ("QFileDialog", "QInputDialog", "QMessageBox", "QProgressDialog")


def __getattr__(name: str) -> type:
    """One of ``NAMES``, made by PySide6 now, then kept as this module's own."""
    if name not in NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(QtWidgets, name)
    globals()[name] = value
    return value
