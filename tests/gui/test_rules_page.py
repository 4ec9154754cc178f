"""The rules page: the active pack, the values in force on the chosen date, uncertain rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from core.rules import bundled_pack
from gui.rules.model import KEY_ROLE, SORT_ROLE, RulesModel
from gui.window.main_window import MainWindow


def row_of(model, key):
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(KEY_ROLE) == key)


def test_rules_model_passes_the_model_tester(qtmodeltester):
    """The model follows Qt's model contract."""
    qtmodeltester.check(RulesModel(bundled_pack(), date(2026, 11, 22)))


def test_model_shows_the_value_of_the_period_in_force():
    """The negotiated ceiling reads € 143.000,00 in 2025 and € 140.000,00 in 2026, with its
    dates as the app writes them."""
    model = RulesModel(bundled_pack(), date(2025, 6, 1))
    row = row_of(model, "negotiated_value_ceiling")
    assert [model.index(row, c).data() for c in range(4)] == [
        "Ceiling of the negotiated procedure without publication on value",
        "€143,000.00",
        "01/01/2024",
        "31/12/2025",
    ]
    model.set_date(date(2026, 6, 1))
    assert model.index(row, 1).data() == "€140,000.00"
    assert model.index(row, 5).data() == "medium"


def test_rules_not_yet_in_force_say_so():
    """Before 2024 the advance rules are shown as not in force, not as an error."""
    model = RulesModel(bundled_pack(), date(2023, 6, 1))
    assert model.index(row_of(model, "advance_cap"), 1).data() == "not in force"


def test_sort_role_orders_confidence_by_rank():
    """Two sources agree sorts before the app's convention, medium and low, whatever the labels
    read."""
    model = RulesModel(bundled_pack(), date(2026, 6, 1))
    ranks = {
        model.index(r, 5).data(): model.index(r, 5).data(SORT_ROLE) for r in range(model.rowCount())
    }
    convention = ranks["app convention, not law"]
    assert ranks["two sources agree"] < convention < ranks["medium"] < ranks["low"]
    low = row_of(model, "advance_exceptions_unconfirmed")
    assert model.index(low, 5).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_main_window_shows_the_active_pack_and_follows_the_date(qtbot):
    """The status bar names the pack; picking another date updates the table."""
    window = MainWindow(bundled_pack(), date(2025, 6, 1))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "be-procurement" in window.pack_label.text()
    page = window.rules_page
    proxy = page.proxy
    key_row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(KEY_ROLE) == "negotiated_value_ceiling"
    )
    assert proxy.index(key_row, 1).data() == "€143,000.00"
    page.date_edit.setDate(QDate(2026, 2, 1))
    key_row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(KEY_ROLE) == "negotiated_value_ceiling"
    )
    assert proxy.index(key_row, 1).data() == "€140,000.00"


def test_every_row_shows_its_text_whole_after_a_resize_a_zoom_a_new_date_and_order(qtbot):
    """Long values wrap: each row is as tall as its cells need at the widths and font of the
    moment, after each change a user makes."""
    from gui.rules.page import RulesPage

    page = RulesPage(bundled_pack(), date(2026, 11, 22))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    table = page.table

    def rows_whole() -> bool:
        return all(
            table.rowHeight(r) >= table.sizeHintForRow(r) for r in range(page.proxy.rowCount())
        )

    qtbot.waitUntil(rows_whole, timeout=2000)
    page.resize(700, 800)  # narrower: more lines
    qtbot.waitUntil(rows_whole, timeout=2000)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    table.setFont(font)
    qtbot.waitUntil(rows_whole, timeout=2000)
    page.date_edit.setDate(QDate(2022, 1, 1))
    qtbot.waitUntil(rows_whole, timeout=2000)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(rows_whole, timeout=2000)
    assert max(table.rowHeight(r) for r in range(page.proxy.rowCount())) > 2 * min(
        table.rowHeight(r) for r in range(page.proxy.rowCount())
    )  # some rows do wrap
