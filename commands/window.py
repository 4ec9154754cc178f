"""The app without a subcommand: the window on the workspace of the settings or of --db."""

from __future__ import annotations

import argparse
import gc
import sys
from importlib import import_module

#: what the window's first page needs of ``core``, imported before Qt. PySide6 reads the source
#: of every module imported after it (looking for ``from __feature__ import``): about 0.3 ms a
#: module, 30-50 ms for the hundred modules these bring (tests/gui/test_light_window_start.py)
#: and, once Qt is loaded, of every module an import statement names (``known_without_qt``)
BEFORE_QT = (
    "core.startup",
    "core.roles",
    "core.rules",
    "core.store.search",
    "core.store.facets",
    "core.texts",
    "platformdirs",  # the user's folders (core.paths)
)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    """Open the window and run it until it closes; Qt is loaded only now.

    Python's cycle collector waits until the first page is painted (``gui.app`` turns it back
    on): the start makes some 46,000 objects that live as long as the app (modules, classes,
    the window), through which it otherwise runs some sixty young collections while the
    window comes up, about 20 million instructions (bench/README.md)."""
    gc.disable()
    for name in BEFORE_QT:
        import_module(name)
    loaded = list(sys.modules)
    from gui.shared.pyside_sources import known_without_qt

    known_without_qt(loaded)  # PySide6 need not read their source (about 10 ms)
    from gui.app import run_gui

    return run_gui(args, argv)
