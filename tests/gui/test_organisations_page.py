"""The organisations page: model contract, search, sorting, the editor, delete and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from core.rules import bundled_pack
from core.store import organisations
from core.store.register import Register
from gui.organisations.editor import OrganisationEditor
from gui.organisations.model import OrganisationsModel
from gui.organisations.page import OrganisationsPage
from gui.shared.paged_model import ID_ROLE, PAGE, SORT_ROLE
from gui.window.main_window import MainWindow
from tests.gui.typing import leave
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    buyer = register.add_organisation(
        {"name": "Gemeente Zottegem", "postcode": "9620", "city": "Zottegem"}, NOW
    )
    firm = register.add_organisation(
        {
            "name": "Bouwbedrijf Vermeulen",
            "enterprise_number": "0123.456.749",
            "size_class": "small",
        },
        NOW,
    )
    register.add_organisation({"name": "Aannemer Zonder Werk"}, NOW)
    for n in range(1, 5):
        tid = register.add_tender(
            {
                "reference": f"2026/00{n}",
                "title": f"Onderhoud {n}",
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


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def page(qtbot, reg, stack):
    widget = OrganisationsPage(reg.ws, register=reg, undo_stack=stack)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0  # nothing is read before the page is shown
    widget.show()
    return widget


def names(page):
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def line_of(page, name):
    return names(page).index(name)


def save_button(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_organisations_model_passes_the_model_tester(qtmodeltester, reg):
    """The paged model follows Qt's model contract."""
    qtmodeltester.check(OrganisationsModel(reg.ws))


def test_model_fetches_pages_as_the_user_scrolls(reg):
    """Only the first page is loaded; fetchMore brings the rest."""
    for n in range(PAGE):
        reg.add_organisation({"name": f"Firma {n:03d}"}, NOW)
    model = OrganisationsModel(reg.ws)
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 3 and not model.canFetchMore()


def test_cells_show_the_number_role_size_city_and_tenders(reg):
    """BE before the number, the role from the tenders, the size class in words."""
    model = OrganisationsModel(reg.ws, lang="nl")
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    firm, buyer, free = (
        rows["Bouwbedrijf Vermeulen"],
        rows["Gemeente Zottegem"],
        rows["Aannemer Zonder Werk"],
    )
    assert model.index(firm, 1).data() == "BE 0123.456.749"
    assert model.index(firm, 2).data() == "tenderer"
    assert model.index(firm, 3).data() == "kleine onderneming"
    assert model.index(buyer, 2).data() == "buyer"
    assert model.index(buyer, 4).data() == "9620 Zottegem"
    assert model.index(buyer, 5).data() == "4" and model.index(buyer, 5).data(SORT_ROLE) == 4
    assert "Buyer of 4 tenders" in model.index(buyer, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(free, 2).data() == "" and model.index(free, 1).data() == ""
    assert isinstance(model.index(free, 0).data(ID_ROLE), int)


def test_typing_filters_the_table_after_a_pause(qtbot, page):
    """'verm' keeps Vermeulen; digits of its enterprise number find it too."""
    assert page.count_label.text() == "3 organisations"
    with qtbot.waitSignal(page.count_changed, timeout=2000) as signal:
        qtbot.keyClicks(page.search_box, "verm")
    assert signal.args == [1]
    assert names(page) == ["Bouwbedrijf Vermeulen"]
    page.search_box.clear()
    with qtbot.waitSignal(page.count_changed, timeout=2000) as signal:
        qtbot.keyClicks(page.search_box, "BE 0123.45")
    assert names(page) == ["Bouwbedrijf Vermeulen"]


def test_clicking_a_header_sorts_in_sql(page):
    """Tenders, most first: the buyer of four, the tenderer on one, then the unused one."""
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Gemeente Zottegem", "Bouwbedrijf Vermeulen", "Aannemer Zonder Werk"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Gemeente Zottegem"
    assert page.model.query.sort == "name" and page.model.query.descending


def test_a_wrong_enterprise_number_is_explained_and_nothing_is_saved(qtbot, page, reg):
    """The message shows under the field once it is left; Save refuses; nothing stored."""
    editor = page.open_editor(None)
    qtbot.keyClicks(editor.form.lines["name"], "Schrijnwerkerij Peeters")
    qtbot.keyClicks(editor.form.lines["enterprise_number"], "0123.456.789")
    label = editor.form.errors["enterprise_number"]
    assert label.isHidden()  # said once the user leaves the field
    leave(qtbot, editor.form.lines["enterprise_number"])
    assert "should be 49" in label.text() and not label.isHidden()
    assert not editor.save()
    assert organisations.count(reg.ws, organisations.Query()) == 3


def test_a_number_already_used_is_refused_as_typed(qtbot, page):
    """Typing Vermeulen's number for another organisation names who has it."""
    editor = page.open_editor(None)
    qtbot.keyClicks(editor.form.lines["name"], "Vermeulen bis")
    qtbot.keyClicks(editor.form.lines["enterprise_number"], "BE0123456749")
    leave(qtbot, editor.form.lines["enterprise_number"])
    label = editor.form.errors["enterprise_number"]
    assert "already the enterprise number of Bouwbedrijf Vermeulen" in label.text()
    assert not label.isHidden() and not editor.save()


def test_a_valid_new_organisation_appears_in_the_table(qtbot, page, reg):
    """Saved through the register, normalised, shown, selected; the editor closes."""
    editor = page.open_editor(None)
    qtbot.keyClicks(editor.form.lines["name"], "Schrijnwerkerij Peeters")
    qtbot.keyClicks(editor.form.lines["enterprise_number"], "0456 789 034")
    qtbot.keyClicks(editor.form.lines["iban"], "be68 5390 0754 7034")
    qtbot.keyClicks(editor.form.lines["postcode"], "9000")
    qtbot.keyClicks(editor.form.lines["city"], "Gent")
    assert editor.errors() == {}
    with qtbot.waitSignal(page.changed):
        save_button(editor).click()
    assert not editor.isVisible()
    row = line_of(page, "Schrijnwerkerij Peeters")
    assert page.model.index(row, 1).data() == "BE 0456.789.034"
    assert page.model.index(row, 4).data() == "9000 Gent"
    assert page.table.currentIndex().row() == row
    stored = reg.organisation(page.model.index(row, 0).data(ID_ROLE))
    assert stored.iban == "BE68 5390 0754 7034"
    assert [h["action"] for h in reg.history("organisations", stored.id)] == ["insert"]


def test_the_size_class_follows_the_figures_with_its_rule(qtbot, reg):
    """12,5 staff and 1.500.000,00 turnover: small, by turnover, the recommendation cited."""
    editor = OrganisationEditor(reg, None, "nl", now=lambda: NOW)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.lines["name"], "Peeters")
    qtbot.keyClicks(editor.form.lines["staff_awu"], "12,5")
    qtbot.keyClicks(editor.form.lines["turnover"], "1.500.000,00")
    assert editor.form.size_class.isEnabled()  # two figures of three: chosen by hand
    qtbot.keyClicks(editor.form.lines["balance_sheet_total"], "900.000,00")
    assert editor.form.size_class.currentData() == "small"
    assert not editor.form.size_class.isEnabled()
    note = editor.form.size_note.text()
    assert "Kleine onderneming" in note and "€\u00a010.000.000,00" in note
    assert "2003/361" in note
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    assert reg.organisation(signal.args[0]).size_class == "small"


def test_editing_from_the_table_and_unsaved_changes(qtbot, page, reg, monkeypatch):
    """Enter opens the selected row; closing with a change asks; Save stores it."""
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(line_of(page, "Gemeente Zottegem"), 0))
    editors = []
    monkeypatch.setattr(OrganisationEditor, "open", lambda self: editors.append(self))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(editors) == 1
    editor = editors[0]
    assert editor.form.lines["city"].text() == "Zottegem" and not editor.is_dirty()
    editor.form.lines["city"].setText("Sint-Goriks-Oudenhove")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    editor.reject()
    assert reg.organisation(editor.org_id).city == "Zottegem"  # Cancel: still editing
    editor.reject()
    assert reg.organisation(editor.org_id).city == "Sint-Goriks-Oudenhove"
    assert (
        "9620 Sint-Goriks-Oudenhove" in page.model.index(page.table.currentIndex().row(), 4).data()
    )


def test_delete_of_a_used_organisation_is_refused_with_the_tenders(qtbot, page, reg, monkeypatch):
    """The buyer of four tenders: the message says so and names the newest three."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    page.table.setCurrentIndex(page.model.index(line_of(page, "Gemeente Zottegem"), 0))
    assert not page.delete_current()
    assert "Buyer of 4 tenders:" in shown[0]
    assert "2026/004 — Onderhoud 4" in shown[0] and "and 1 more" in shown[0]
    assert "2026/001" not in shown[0] and "choose another buyer" in shown[0]
    assert "Gemeente Zottegem" in names(page)
    page.table.setCurrentIndex(page.model.index(line_of(page, "Bouwbedrijf Vermeulen"), 0))
    assert not page.delete_current()
    assert "Tenderer on 1 tender:" in shown[1]


def test_delete_key_then_undo_brings_it_back(qtbot, page, reg, stack):
    """Delete removes an unused organisation; Undo restores it with its id; Redo again."""
    with qtbot.waitActive(page):  # shortcuts only work in the active window
        page.show()
        page.activateWindow()
    free = line_of(page, "Aannemer Zonder Werk")
    org_id = page.model.index(free, 0).data(ID_ROLE)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(free, 0))
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Aannemer Zonder Werk" not in names(page)
    assert "Undo with Ctrl+Z" in page.message.text()
    stack.undo()
    assert "Aannemer Zonder Werk" in names(page)
    assert reg.organisation(org_id).name == "Aannemer Zonder Werk"
    stack.redo()
    assert "Aannemer Zonder Werk" not in names(page)


def test_the_window_has_the_organisations_tab_between_register_and_rules(qtbot, reg, monkeypatch):
    """Register, Organisations, Rules; on that tab Ctrl+N makes an organisation, not a
    tender; a delete there is undone from the window's Edit menu."""
    from gui.register.editor import TenderEditor

    window = MainWindow(bundled_pack(), date(2026, 11, 22), reg.ws)
    qtbot.addWidget(window)
    tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert tabs == ["Register", "Organisations", "Rules"]
    page = window.organisations_page
    assert window.pages.widget(1) is page
    opened = []
    monkeypatch.setattr(OrganisationEditor, "open", lambda self: opened.append(self))
    monkeypatch.setattr(TenderEditor, "open", lambda self: opened.append(self))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.pages.setCurrentWidget(page)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [type(e) for e in opened] == [OrganisationEditor]
    page.table.setCurrentIndex(page.model.index(line_of(page, "Aannemer Zonder Werk"), 0))
    assert page.delete_current()
    window.undo_stack.undo()
    assert "Aannemer Zonder Werk" in names(page)


def test_a_new_organisation_starts_in_its_name_and_ctrl_s_saves_it(qtbot, page, reg, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    editor = page.open_editor(None)
    editor.activateWindow()  # shortcuts only work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.focusWidget() is editor.form.lines["name"]
    qtbot.keyClicks(editor.form.lines["name"], "Schrijnwerkerij Peeters")
    qtbot.keyClick(editor.form.lines["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and editor.org_id is not None, editor.errors()
    assert reg.organisation(editor.org_id).name == "Schrijnwerkerij Peeters"
