"""What the register and the organisations pages do alike: both stand on one list page."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from core.rules import bundled_pack
from core.store.register import Register
from gui.organisations.page import OrganisationsPage
from gui.register.page import RegisterPage
from gui.shared import list_page
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    buyer = register.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    firm = register.add_organisation({"name": "Bouwbedrijf Vermeulen"}, NOW)
    for n, title in enumerate(("Onderhoud wegen", "Bouw school", "Vernieuwing dak"), 1):
        tid = register.add_tender(
            {
                "reference": f"2026/00{n}",
                "title": title,
                "buyer_id": buyer,
                "authority": "local",
                "contract_type": "works",
                "estimated_value": "60000",
                "launch_date": f"2026-0{n}-01",
            },
            NOW,
        )
    register.add_tenderer({"tender_id": tid, "organisation_id": firm}, NOW)
    yield register
    ws.close()


PAGES = {
    "register": lambda reg: RegisterPage(reg.ws, date(2026, 11, 22), register=reg),
    "organisations": lambda reg: OrganisationsPage(reg.ws, register=reg),
}


@pytest.fixture(params=PAGES)
def page(request, qtbot, reg):
    widget = PAGES[request.param](reg)
    qtbot.addWidget(widget)
    widget.show()  # the organisations page reads its rows when first shown
    qtbot.waitExposed(widget)
    return widget


def test_typing_a_word_searches_once_after_the_pause(qtbot, page):
    """Four keys, one search: none while the user types, one when the typing pauses."""
    searches = []
    page.model.modelReset.connect(lambda: searches.append(page.search_box.text()))
    counts = []
    page.count_changed.connect(counts.append)
    qtbot.keyClicks(page.search_box, "verm")
    assert searches == []  # typed faster than the pause: nothing searched yet
    qtbot.waitUntil(lambda: bool(searches), timeout=2000)
    qtbot.wait(3 * list_page.TYPING_PAUSE_MS)
    assert searches == ["verm"]
    assert counts == [1]
    assert page.model.rowCount() == 1


def test_a_pause_between_words_searches_each_time(qtbot, page):
    searches = []
    page.model.modelReset.connect(lambda: searches.append(page.search_box.text()))
    qtbot.keyClicks(page.search_box, "ver")
    qtbot.waitUntil(lambda: searches == ["ver"], timeout=2000)
    qtbot.keyClicks(page.search_box, "m")
    qtbot.waitUntil(lambda: searches == ["ver", "verm"], timeout=2000)


def test_find_goes_to_the_search_box_and_enter_goes_back_to_the_table(qtbot, page):
    with qtbot.waitSignal(page.count_changed, timeout=2000):
        page.search_box.setText("old words")
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keySequence(page, QKeySequence.StandardKey.Find)
    assert page.search_box.hasFocus() and page.search_box.selectedText() == "old words"
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.table.hasFocus()


def test_enter_on_a_row_opens_its_editor_and_the_new_key_a_blank_one(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "open_editor", opened.append)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.row_at(0).id]
    qtbot.keySequence(page, QKeySequence.StandardKey.New)
    assert opened[-1] is None


def test_while_the_file_is_checked_the_buttons_that_change_it_are_off(qtbot, page):
    assert all(widget.isEnabled() for widget in page.edit_widgets)
    page.set_editable(False)
    assert page.edit_widgets and not any(widget.isEnabled() for widget in page.edit_widgets)
    page.set_editable(True)
    assert all(widget.isEnabled() for widget in page.edit_widgets)
