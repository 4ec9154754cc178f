"""The start reads the register's first page once, in the order it shows, and nothing it
does not show: the SQL the first show of the window runs, counted."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.workspace import open_workspace
from gui.shared.first_paint import AfterFirstPaint
from gui.shared.paged_model import PAGE
from gui.window.main_window import MainWindow

NOW = datetime(2026, 11, 22, 10)
#: what the register's page query and its count read (core.store.search)
PAGE_QUERY = "FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id"
COUNT_QUERY = "SELECT count(*) FROM tenders"


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), PAGE + 30, 5, NOW)
    return path


def test_the_first_show_reads_one_page_once_in_its_order_and_counts_once(qtbot, path):
    ws = open_workspace(path, now=NOW, check=False, auto_backup=False)
    statements: list[str] = []
    ws.conn.set_trace_callback(statements.append)
    try:
        window = MainWindow(bundled_pack(), date(2026, 11, 22), ws)
        qtbot.addWidget(window)
        painted = []
        AfterFirstPaint(window.first_page(), lambda: painted.append(1))
        window.show()
        qtbot.waitUntil(lambda: painted == [1])
    finally:
        ws.conn.set_trace_callback(None)
    pages = [s for s in statements if PAGE_QUERY in s]
    assert len(pages) == 1, pages  # fetched once, not again when sorting is enabled
    assert "ORDER BY t.launch_date DESC, t.id DESC" in pages[0]  # the order shown
    assert not any("COLLATE NOCASE" in s and "ORDER BY" in s for s in statements)
    assert len([s for s in statements if s.startswith(COUNT_QUERY)]) == 1
    assert not any("FROM organisations o" in s for s in statements)  # its tab is not shown
    assert window.register_page.model.rowCount() == PAGE
    header = window.register_page.table.horizontalHeader()
    assert window.register_page.SORTED_BY == (7, True)  # launched, the latest first
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        7,
        Qt.SortOrder.DescendingOrder,
    )
    ws.close()
