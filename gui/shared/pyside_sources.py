"""Saying to PySide6 which modules do not use it, so it does not read their source.

Once Qt is loaded, PySide6 reads the source of each module an import statement names (about
0.3 ms each), to see whether it uses PySide6's ``__feature__`` switches, unless its table
(``PySide6.support.feature.pyside_feature_dict``) says already. This module imports Qt only
when it is called.
"""

from __future__ import annotations

from collections.abc import Iterable


def known_without_qt(loaded: Iterable[str]) -> None:
    """Load Qt and put the modules ``loaded`` before it in PySide6's table as not using it.

    -1, "does not use PySide6", is what PySide6's reading finds for every module loaded
    before Qt (core imports no Qt, and neither does the standard library). Without this, the
    window's own modules, naming some forty of them, make PySide6 read their files (about
    10 ms). With a PySide6 that has no such table, nothing is said and it reads them as before.
    """
    import PySide6.QtCore  # noqa: F401 - makes PySide6's table

    try:
        from PySide6.support import feature

        known = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return
    for name in loaded:
        known.setdefault(name, -1)
