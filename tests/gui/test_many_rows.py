"""Several tenders at once: Ctrl+A selects the rows, Delete asks once how many go, one Ctrl+Z
brings them all back; what needs a selected tender is disabled without one."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from gui.organisations.page import OrganisationsPage
from gui.register.page import RegisterPage
from gui.shared import i18n
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


def _tender(n: int) -> dict:
    return {
        "reference": f"2026/00{n}",
        "title": f"Onderhoud {n}",
        "authority": "local",
        "contract_type": "services",
        "estimated_value": "141500",
        "launch_date": "2026-03-01",
    }


@pytest.fixture
def made(qtbot, qapp, tmp_path):
    i18n.install(qapp, "nl")
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    for n in range(4):
        reg.add_tender(_tender(n), NOW)
    stack = QUndoStack()
    page = RegisterPage(ws, NOW.date(), "nl", register=reg, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    yield page, reg, stack
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ws.close()
    i18n.install(qapp, "en")


def references(reg) -> list[str]:
    return sorted(row.reference for row in search.search(reg.ws, search.Query()))


def answer(button_text: str, seen: list[str]) -> None:
    """Note the question's text and click its button whose text starts with ``button_text``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        matching = [b for b in box.buttons() if b.text().startswith(button_text)]
        (matching[0] if matching else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, click)


def test_ctrl_a_and_delete_remove_every_selected_tender_and_one_undo_brings_them_back(made):
    page, reg, stack = made
    page.table.setFocus()
    page.table.selectRow(0)
    QTest.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_rows()) == 4
    seen: list[str] = []
    answer("4 opdrachten verwijderen", seen)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert seen == ["De 4 gekozen opdrachten verwijderen?"]
    assert references(reg) == []
    assert stack.count() == 1  # one step, so one Ctrl+Z
    assert stack.undoText() == "verwijderen van 4 opdrachten"
    stack.undo()
    assert references(reg) == [f"2026/00{n}" for n in range(4)]
    stack.redo()
    assert references(reg) == []


def test_cancelling_the_question_deletes_nothing(made):
    page, reg, stack = made
    page.table.selectRow(1)
    page.table.selectionModel().select(
        page.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    seen: list[str] = []
    answer("Annuleren", seen)
    assert not page.delete_current()
    assert seen == ["De 2 gekozen opdrachten verwijderen?"]
    assert len(references(reg)) == 4 and stack.count() == 0


def test_decide_and_export_pdf_wait_for_a_selected_tender(made):
    page, _, _ = made
    page.table.clearSelection()
    assert not page.decide_button.isEnabled() and not page.pdf_button.isEnabled()
    page.table.selectRow(0)
    assert page.decide_button.isEnabled() and page.pdf_button.isEnabled()
    page.set_editable(False)  # a read-only or damaged workspace: nothing is decided
    assert not page.decide_button.isEnabled()
    page.set_editable(True)
    page.search_box.setText("niets zoals dit")
    page.refresh()
    assert not page.decide_button.isEnabled() and not page.pdf_button.isEnabled()


def test_the_organisations_delete_waits_for_a_selected_organisation(qtbot, made):
    _, reg, stack = made
    reg.add_organisation({"name": "Aannemer Zonder Werk"}, NOW)
    page = OrganisationsPage(reg.ws, "nl", register=reg, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.clearSelection()
    assert not page.delete_button.isEnabled()
    page.table.selectRow(0)
    assert page.delete_button.isEnabled()
    page.deleteLater()


def test_edit_delete_acts_on_the_chosen_rows_of_the_list_shown(qtbot, made, tmp_path):
    from core.settings import Settings
    from gui.window.main_window import MainWindow

    _, reg, _ = made
    window = MainWindow(
        reg.pack, NOW.date(), reg.ws, Settings(language="nl"), tmp_path / "settings.toml"
    )
    qtbot.addWidget(window)
    window.show()
    page = window.register_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert window.delete_action.text() == "&Verwijderen…"
    assert not window.delete_action.isEnabled()  # nothing chosen
    page.table.selectRow(2)
    assert window.delete_action.isEnabled()
    window.pages.setCurrentWidget(window.rules_page)  # no rows to delete there
    assert not window.delete_action.isEnabled()
    window.pages.setCurrentWidget(page)
    assert window.delete_action.isEnabled()
    page.set_editable(False)  # being checked, or read-only
    assert not window.delete_action.isEnabled()
    page.set_editable(True)
    window.delete_action.trigger()
    assert len(references(reg)) == 3
    window.undo_stack.undo()
    assert len(references(reg)) == 4


def test_delete_acts_only_where_the_list_has_the_keyboard(made, monkeypatch):
    """Delete deletes the selected tenders from the list, not from a button of the page that
    has the keyboard (the shortcut is the table's own, set by name: gui.shared.list_page)."""
    page, _, _ = made
    asked = []
    monkeypatch.setattr(page, "delete_current", lambda: asked.append(page.selected_rows()))
    page.table.selectRow(0)
    page.new_button.setFocus()
    QTest.keyClick(page.new_button, Qt.Key.Key_Delete)
    assert asked == []
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [[0]]
