"""A list's header, set up before the first paint without PySide6's ``Qt`` namespace.

The first use of that namespace makes all its enums, about 35 ms (``gui.shared.roles``). A
header asks its model for each title in every role, with the orientation as a ``Qt`` enum: a
model written in Python would be handed one at the first paint. So the header reads its titles
from a model of Qt's own (:func:`show_titles`). And Qt sets a sort mark only with a
``Qt.SortOrder``: :func:`show_sorted` sets it through the header's saved state instead, whose
layout Qt marks with a version number, and names the enum only for a layout it does not know.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

#: a header's saved state begins with Qt's marker and version 0, then the header's orientation
#: (1: horizontal), its sort order (0: ascending, 1: descending) and its sorted section, each a
#: 32-bit number, most significant byte first (``QHeaderView::saveState``)
_STATE = struct.Struct(">iiiii")
_MARKER, _VERSION = 0xFF, 0


def show_titles(table: QTableView, titles: Sequence[str]) -> QStandardItemModel:
    """Give ``table``'s horizontal header ``titles`` from a model of Qt's own, one column each.

    Call it after ``table.setModel`` (which gives the header the table's model): the rows stay
    the table's model's; the header keeps the titles through its resets."""
    labels = QStandardItemModel(0, len(titles), table)
    labels.setHorizontalHeaderLabels(list(titles))
    table.horizontalHeader().setModel(labels)
    return labels


def show_sorted(header: QHeaderView, column: int, descending: bool) -> None:
    """Put the header's sort mark on ``column``, in that order, and show it.

    ``sortIndicatorChanged`` is not emitted: the model is already in that order."""
    header.setSortIndicatorShown(True)
    state = bytearray(header.saveState().data())
    if len(state) >= _STATE.size:
        marker, version, orientation, _, _ = _STATE.unpack_from(state)
        if (marker, version) == (_MARKER, _VERSION):
            _STATE.pack_into(state, 0, marker, version, orientation, int(descending), column)
            header.blockSignals(True)
            restored = header.restoreState(QByteArray(bytes(state)))
            header.blockSignals(False)
            if restored and header.sortIndicatorSection() == column:
                return
    from PySide6.QtCore import Qt  # a layout of the state this code does not know

    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header.blockSignals(True)
    header.setSortIndicator(column, order)
    header.blockSignals(False)
