"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12.0 wheels (stable ABI) return ``None`` from methods such as
``QLabel.setText`` or an empty ``QComboBox.currentData`` without taking a reference, as if
``None`` were immortal, which it is only from Python 3.12 on. On Python 3.11 each such call
takes one from ``None``'s reference count (about 5,000 at start), and once it reaches zero
Python aborts with "Fatal Python error: none_dealloc": after a few minutes of typing in an
editor that checks every field on each key. Giving ``None`` a reference count that no session
can use up does on 3.11 what 3.12 does by design; on 3.12 and later nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys

#: references added to None: a million calls a second would need 12 days to use them up
HEADROOM = 1 << 40
_done = False


def protect_none() -> None:
    """Raise ``None``'s reference count once (Python before 3.12 only)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    _done = True
