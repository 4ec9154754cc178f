"""Qt's item roles and cell alignments, as the numbers Qt gives them, for the window's start.

The first use of PySide6's ``Qt`` namespace makes every enum it holds, some 130 of them: about
125 million instructions, 35 ms (bench/README.md), which a bare window never pays. A model
written in Python is handed its roles as plain numbers and may answer an alignment with one, so
the register's first page needs none of them; the code on the start's path names these
instead (``tests/gui/test_header.py`` checks each against Qt's own).
"""

from __future__ import annotations

#: ``Qt.ItemDataRole``: the text of a cell
DISPLAY = 0
#: ``Qt.ItemDataRole``: its tooltip
TOOLTIP = 3
#: ``Qt.ItemDataRole``: its alignment
TEXT_ALIGNMENT = 7
#: ``Qt.ItemDataRole``: its text colour
FOREGROUND = 9
#: ``Qt.ItemDataRole``: the first role left to the application
USER = 0x100

#: ``Qt.AlignmentFlag``: right, and centred from top to bottom
ALIGN_RIGHT = 0x2
ALIGN_VCENTER = 0x80
