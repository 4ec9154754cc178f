"""The register page over a real workspace: model contract, search, filters, export."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from core.rules import bundled_pack
from core.store.register import Register
from core.store.workspace import WorkspaceError, open_workspace
from gui.register.model import RegisterModel
from gui.register.page import RegisterPage
from gui.shared.paged_model import ID_ROLE, PAGE, SORT_ROLE
from gui.window import workspace_open
from gui.window.main_window import MainWindow
from tests.workspaces import copy_workspace, new_workspace

NOW = datetime(2026, 11, 22, 10)
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """Three tenders of a buyer, one with a tenderer, and a page and a half of others: the
    workspace file, made once for the module (each test changes a copy of its own)."""
    path = tmp_path_factory.mktemp("register") / "w.sqlite"
    workspace = new_workspace(path, now=NOW)
    reg = Register(workspace, bundled_pack())
    buyer = reg.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    firm = reg.add_organisation({"name": "Bouwbedrijf Vermeulen"}, NOW)
    rows = [
        (
            "2026/001",
            "Renovatie dak sporthal",
            "works",
            "600000",
            "2026-03-01",
            "published",
            "2026-11-25",
        ),
        (
            "2026/002",
            "Schoolmaaltijden",
            "social_services",
            "500000",
            "2026-05-01",
            "published",
            "2026-11-01",
        ),
        ("2025/044", "Kantoormeubilair", "supplies", "25000", "2025-02-01", "closed", "2025-03-01"),
    ]
    for ref, title, kind, value, launch, status, deadline in rows:
        tid = reg.add_tender(
            {
                "reference": ref,
                "title": title,
                "buyer_id": buyer,
                "authority": "local",
                "contract_type": kind,
                "estimated_value": value,
                "launch_date": launch,
                "status": status,
                "offers_deadline": deadline,
            },
            NOW,
        )
    reg.add_tenderer({"tender_id": tid, "organisation_id": firm})
    for n in range(PAGE + 50):
        reg.add_tender(
            {
                "reference": f"X{n:04d}",
                "title": f"Onderhoud groen {n}",
                "authority": "local",
                "contract_type": "services",
                "estimated_value": str(1000 + n),
                "launch_date": "2024-06-01",
            },
            NOW,
        )
    workspace.close()
    return path


@pytest.fixture
def ws(filled, tmp_path):
    workspace = open_workspace(copy_workspace(filled, tmp_path / "w.sqlite"), now=NOW)
    yield workspace
    workspace.close()


def test_register_model_passes_the_model_tester(qtmodeltester, ws):
    """The paged model follows Qt's model contract."""
    qtmodeltester.check(RegisterModel(ws, TODAY))


def test_model_fetches_pages_as_the_user_scrolls(ws):
    """Only the first page is loaded; fetchMore brings the rest; newest launch first."""
    model = RegisterModel(ws, TODAY)
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 53 and not model.canFetchMore()
    assert model.index(0, 0).data() == "2026/002"


def test_cells_show_belgian_formats_and_keep_raw_values(ws):
    """Amounts and dates are written for people; sort role keeps cents and ISO dates."""
    model = RegisterModel(ws, TODAY, lang="nl")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "2026/001")
    assert model.index(row, 6).data() == "€\u00a0600.000,00"
    assert model.index(row, 7).data() == "01/03/2026"
    assert model.index(row, 7).data(SORT_ROLE) == "2026-03-01"
    assert model.index(row, 5).data() == "werken"
    assert isinstance(model.index(row, 0).data(ID_ROLE), int)


def test_near_and_past_deadlines_are_coloured_and_explained(ws):
    """Open tender due in 3 days: near; due 3 weeks ago: past; closed tender: nothing."""
    model = RegisterModel(ws, TODAY)
    by_ref = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    near, past, closed = by_ref["2026/001"], by_ref["2026/002"], by_ref["2025/044"]
    assert model.index(near, 8).data(Qt.ItemDataRole.ToolTipRole) == "Deadline in 3 days"
    assert "passed" in model.index(past, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(near, 8).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(closed, 8).data(Qt.ItemDataRole.ForegroundRole) is None


def test_typing_searches_after_a_pause(qtbot, ws):
    """Typing 'verm' finds the tender where Vermeulen made an offer."""
    page = RegisterPage(ws, TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_changed, timeout=2000) as signal:
        qtbot.keyClicks(page.search_box, "verm")
    assert signal.args == [1]
    assert page.model.index(0, 0).data() == "2025/044"
    assert page.count_label.text() == "1 tender"


def test_filters_and_header_sorting(qtbot, ws):
    """Status and year filters narrow the view; clicking a header sorts in SQL."""
    page = RegisterPage(ws, TODAY)
    qtbot.addWidget(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData("published"))
    assert page.model.rowCount() == 2
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    page.status_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 2
    page.year_filter.setCurrentIndex(0)
    page.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, 0).data() == "X0000"
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 0).data() == "2026/001"


def test_a_click_on_a_title_sorts_by_it_and_a_second_click_turns_the_order(qtbot, ws):
    """The header's titles come from a model of Qt's own (gui.shared.header): a click on one
    still sorts the tenders in SQL, from the smallest first, and a second click turns it."""
    page = RegisterPage(ws, TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    assert header.model().headerData(6, Qt.Orientation.Horizontal) == "Estimate excl. VAT"

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        middle = QPoint(x, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)

    click(6)
    assert (page.model.query.sort, page.model.query.descending) == ("estimated_value", False)
    assert page.model.index(0, 0).data() == "X0000"
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        6,
        Qt.SortOrder.AscendingOrder,
    )
    click(6)
    assert page.model.query.descending and page.model.index(0, 0).data() == "2026/001"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_csv_export_runs_off_the_gui_thread_and_writes_the_view(qtbot, ws, tmp_path):
    """The published tenders are exported with Belgian decimals; no partial file remains."""
    page = RegisterPage(ws, TODAY)
    qtbot.addWidget(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData("published"))
    target = tmp_path / "view.csv"
    page.export_to(target)
    qtbot.waitUntil(lambda: "exported" in page.count_label.text(), timeout=10000)
    assert page.count_label.text().startswith("2 tenders exported")
    rows = list(csv.reader(target.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][0] == "reference" and len(rows) == 3
    assert {r[0] for r in rows[1:]} == {"2026/001", "2026/002"}
    assert "600000,00" in {r[6] for r in rows[1:]}
    assert not list(tmp_path.glob(".*.part"))


def test_main_window_shows_register_workspace_and_pack(qtbot, ws):
    """The register is the first page; the status bar names the workspace and the pack."""
    window = MainWindow(bundled_pack(), TODAY, ws)
    qtbot.addWidget(window)
    assert window.pages.widget(0) is window.register_page
    assert str(ws.path) in window.workspace_label.text()
    assert "be-procurement" in window.pack_label.text()


def test_a_locked_workspace_can_be_opened_read_only_from_the_window(ws, monkeypatch):
    """While locked, the user is asked; choosing read-only opens it read-only."""
    asked = []
    monkeypatch.setattr(
        workspace_open, "_ask", lambda parent, error: asked.append(error.code) or "open_read_only"
    )
    second = workspace_open.open_interactive(ws.path, NOW)
    assert asked == ["locked"]
    assert second.read_only
    assert second.deferred_check  # checked in the background by the window, not here
    second.close()
    monkeypatch.setattr(workspace_open, "_ask", lambda parent, error: None)
    assert workspace_open.open_interactive(ws.path, NOW) is None
    with pytest.raises(WorkspaceError):
        open_workspace(ws.path, now=NOW)


def test_changes_wait_for_the_background_check(qtbot, tmp_path, monkeypatch):
    """The window opens at once; New is enabled only after the file check passed, and the
    daily backup is then made in the background."""
    path = tmp_path / "w.sqlite"
    open_workspace(path, now=NOW).close()
    ws = open_workspace(path, now=NOW, check=False, auto_backup=False)
    window = MainWindow(bundled_pack(), TODAY, ws)
    qtbot.addWidget(window)
    window.check_workspace()
    assert not window.register_page.new_button.isEnabled()
    qtbot.waitUntil(lambda: window.register_page.new_button.isEnabled(), timeout=10000)
    qtbot.waitUntil(lambda: "Backup made" in window.statusBar().currentMessage(), timeout=10000)
    ws.close()


def test_a_damaged_file_found_by_the_check_stays_closed_to_changes(qtbot, ws, monkeypatch):
    """When the background check finds damage the user is told and nothing can change."""
    from gui.shared import dialogs
    from gui.window import main_window

    shown = []
    monkeypatch.setattr(main_window, "check_file", lambda path: "*** page 7: corrupt")
    monkeypatch.setattr(dialogs.QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    window = MainWindow(bundled_pack(), TODAY, ws)
    qtbot.addWidget(window)
    window.check_workspace()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "page 7" in shown[0]
    assert not window.register_page.new_button.isEnabled()
    assert window.register_page.open_editor(None) is None


def test_the_view_exported_as_xlsx_has_numbers_and_dates_in_their_cells(qtbot, ws, tmp_path):
    from openpyxl import load_workbook

    page = RegisterPage(ws, TODAY)
    qtbot.addWidget(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData("published"))
    target = tmp_path / "view.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: "exported" in page.count_label.text(), timeout=10000)
    rows = list(load_workbook(target, read_only=True).worksheets[0].values)
    assert rows[0][0] == "reference" and rows[0][-1] == "authority" and len(rows) == 3
    assert 600000 in {r[6] for r in rows[1:]}
    assert all(isinstance(r[7], datetime) for r in rows[1:])


def test_the_tender_worked_on_stays_chosen_when_the_list_is_read_again(qtbot, ws):
    """After a save or a decision the list is read again: the same tender is still the chosen
    row (Export PDF and Decide act on it); one the filters now hide is not."""
    page = RegisterPage(ws, TODAY)
    qtbot.addWidget(page)
    page.table.selectRow(page.model.row_of(_id_of(page, "2025/044")))
    page.refresh()
    assert page.has_selection()
    assert page.model.row_at(page.table.currentIndex().row()).reference == "2025/044"
    page.status_filter.setCurrentIndex(page.status_filter.findData("published"))
    assert not page.has_selection()


def _id_of(page, reference):
    return next(
        page.model.row_at(r).id
        for r in range(page.model.rowCount())
        if page.model.row_at(r).reference == reference
    )
