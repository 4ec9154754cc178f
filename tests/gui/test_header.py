"""A list's header set up before the first paint without PySide6's ``Qt`` namespace: its titles
from a model of Qt's own, its sort mark through the header's saved state, and the roles and
alignments the register's cells give as Qt's numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from gui.shared import header as header_module
from gui.shared import roles
from gui.shared.header import show_sorted, show_titles

ORDERS = {False: Qt.SortOrder.AscendingOrder, True: Qt.SortOrder.DescendingOrder}


def table_of(qtbot, columns: int = 9) -> QTableView:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, columns))
    return table


@pytest.mark.parametrize(("column", "descending"), [(7, True), (0, False), (3, False), (8, True)])
def test_the_sort_mark_is_the_one_qt_sets_and_nothing_is_told(qtbot, column, descending):
    """The mark is where and as ``setSortIndicator`` puts it, shown, in the very state Qt saves
    for it; ``sortIndicatorChanged`` is not emitted (the model is already in that order)."""
    table = table_of(qtbot)
    header = table.horizontalHeader()
    told = []
    header.sortIndicatorChanged.connect(lambda *args: told.append(args))
    show_sorted(header, column, descending)
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        column,
        ORDERS[descending],
    )
    assert told == []
    other = table_of(qtbot)
    qt_own = other.horizontalHeader()
    qt_own.setSortIndicatorShown(True)
    qt_own.setSortIndicator(column, ORDERS[descending])
    assert header.saveState() == qt_own.saveState()


def test_a_state_of_another_layout_is_left_alone_and_qt_sets_the_mark(qtbot, monkeypatch):
    """A Qt whose saved state had another version: the mark is set by Qt's own call."""
    monkeypatch.setattr(header_module, "_VERSION", 7)
    table = table_of(qtbot)
    header = table.horizontalHeader()
    show_sorted(header, 2, False)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.AscendingOrder,
    )


def test_the_header_shows_the_titles_and_the_rows_stay_the_table_s(qtbot):
    table = table_of(qtbot, 3)
    rows = table.model()
    labels = show_titles(table, ["Reference", "Title", "Buyer"])
    header = table.horizontalHeader()
    assert header.model() is labels and table.model() is rows
    shown = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert shown == ["Reference", "Title", "Buyer"] and header.count() == 3


@pytest.mark.parametrize(
    ("number", "qt"),
    [
        (roles.DISPLAY, Qt.ItemDataRole.DisplayRole),
        (roles.TOOLTIP, Qt.ItemDataRole.ToolTipRole),
        (roles.TEXT_ALIGNMENT, Qt.ItemDataRole.TextAlignmentRole),
        (roles.FOREGROUND, Qt.ItemDataRole.ForegroundRole),
        (roles.USER, Qt.ItemDataRole.UserRole),
        (roles.ALIGN_RIGHT, Qt.AlignmentFlag.AlignRight),
        (roles.ALIGN_VCENTER, Qt.AlignmentFlag.AlignVCenter),
    ],
)
def test_each_role_and_alignment_is_qt_s_own_number(number, qt):
    assert number == qt.value
