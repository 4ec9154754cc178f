"""The tender editor: validation as the user types, save, unsaved changes, estimate, undo."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from gui.register.editor import TenderEditor
from gui.register.estimate_dialog import EstimateDialog
from gui.register.page import RegisterPage
from tests.gui.typing import leave
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    register.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    yield register
    ws.close()


def editor_for(qtbot, reg, tender_id=None):
    editor = TenderEditor(reg, tender_id, now=lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()  # a field counts as left only on a form the user sees
    return editor


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """An editor left with changes at the end of a test closes without asking."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def save_button(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def fill(qtbot, editor, value="600.000,00", launch="01/03/2026"):
    qtbot.keyClicks(editor.form.reference, "2026/017")
    qtbot.keyClicks(editor.form.title, "Renovatie dak sporthal")
    editor.form.contract_type.setCurrentIndex(editor.form.contract_type.findData("works"))
    qtbot.keyClicks(editor.form.estimated_value, value)
    qtbot.keyClicks(editor.form.launch_date, launch)


def shown_errors(editor):
    return {name for name, label in editor.form.errors.items() if not label.isHidden()}


def test_a_new_tender_is_validated_as_typed_and_saved(qtbot, reg):
    """An untouched form says nothing; Save on it says what is missing and stores nothing;
    the stored tender has what was typed."""
    editor = editor_for(qtbot, reg)
    assert shown_errors(editor) == set()
    save_button(editor).click()
    assert {"reference", "title", "launch_date"} <= shown_errors(editor)
    assert search.count(reg.ws, search.Query()) == 0
    fill(qtbot, editor)
    assert editor.errors() == {} and shown_errors(editor) == set()
    with qtbot.waitSignal(editor.saved) as signal:
        save_button(editor).click()
    tender = reg.tender(signal.args[0])
    assert (tender.reference, tender.estimated_value, tender.launch_date) == (
        "2026/017",
        Decimal("600000.00"),
        date(2026, 3, 1),
    )


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("estimated_value", "12 euro", "is not an amount"),
        ("estimated_value", "-5", "must not be negative"),
        ("launch_date", "30/02/2026", "not a day of the calendar"),
        ("offers_deadline", "01/01/2026", "before the launch date"),
    ],
)
def test_a_wrong_field_says_what_is_wrong_under_it(qtbot, reg, field, typed, words):
    """The message appears under the field once the user leaves it, and follows what is
    typed there from then on; Save refuses."""
    editor = editor_for(qtbot, reg)
    fill(qtbot, editor)
    line = getattr(editor.form, field)
    line.clear()
    qtbot.keyClicks(line, typed)
    label = editor.form.errors[field]
    assert label.isHidden()  # still typing
    leave(qtbot, line)  # what leaving the field (Tab, a click elsewhere) sends
    assert words in label.text() and not label.isHidden()
    assert not editor.save()
    assert search.count(reg.ws, search.Query()) == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, reg, monkeypatch):
    """Cancel keeps the editor open; Discard closes without storing anything."""
    editor = editor_for(qtbot, reg)
    editor.show()
    fill(qtbot, editor)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    editor.reject()
    assert editor.isVisible()
    editor.reject()
    assert not editor.isVisible()
    assert search.count(reg.ws, search.Query()) == 0


def test_an_edit_that_changes_a_decision_input_reports_the_recompute(qtbot, reg):
    """Raising the estimate of a tender with a stored procedure decision says so."""
    tid = reg.add_tender(
        {
            "reference": "2026/017",
            "title": "Dak",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "600000",
            "launch_date": "2026-03-01",
        },
        NOW,
    )
    reg.decide(
        tid,
        "procedure",
        {
            "launch_date": "2026-03-01",
            "authority": "local",
            "contract_type": "works",
            "estimated_value_excl_vat": "600000",
        },
        NOW,
    )
    editor = editor_for(qtbot, reg, tid)
    assert editor.form.estimated_value.text() == "600,000.00"
    assert not editor.is_dirty()
    editor.form.estimated_value.setText("800.000,00")
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    assert signal.args == [tid, ["procedure"]]
    assert reg.decisions(tid)[0].state == "recomputed"


def test_estimate_helper_adds_up_and_warns_about_splitting(qtbot, reg):
    """4 years of 40.000,00 give 160.000,00 and a warning about the 140,000 ceiling."""
    dialog = EstimateDialog(bundled_pack(), "2026-11-22", "local", "services", "nl")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.yearly, "40.000,00")
    qtbot.keyClicks(dialog.years, "4")
    assert dialog.total == Decimal("160000.00")
    assert "€\u00a0160.000,00" in dialog.result.text()
    assert "€\u00a0140.000,00" in dialog.result.text()


def test_delete_from_the_register_can_be_undone(qtbot, reg):
    """Delete removes the selected tender; Undo brings it back; Redo removes it again."""
    tid = reg.add_tender(
        {
            "reference": "2026/017",
            "title": "Dak",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "600000",
            "launch_date": "2026-03-01",
        },
        NOW,
    )
    stack = QUndoStack()
    page = RegisterPage(reg.ws, date(2026, 11, 22), register=reg, undo_stack=stack)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.delete_current()
    assert page.model.rowCount() == 0 and "Undo" in page.count_label.text()
    stack.undo()
    assert page.model.rowCount() == 1
    # given back chosen, so Decide and Export PDF work on it at once
    assert page.has_selection() and page.model.row_at(page.table.currentIndex().row()).id == tid
    stack.redo()
    assert page.model.rowCount() == 0


@pytest.fixture
def tender_with_decision(reg):
    tid = reg.add_tender(
        {
            "reference": "2026/030",
            "title": "Speeltuin",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "90000",
            "launch_date": "2026-03-01",
            "procedure": "restricted",
            "required_items": ["models"],
        },
        NOW,
    )
    for name in ("Alfa Speeltoestellen", "Beta Groen"):
        org = reg.add_organisation({"name": name}, NOW)
        reg.add_tenderer({"tender_id": tid, "organisation_id": org}, NOW)
    reg.decide(
        tid,
        "bid_compensation",
        {
            "launch_date": "2026-03-01",
            "procedure": "restricted",
            "required_items": ["models"],
            "documents_amount": "1500",
            "tenderers": reg.decision_tenderers(tid),
        },
        NOW,
    )
    return tid


def test_tenderers_model_passes_the_model_tester(qtmodeltester, reg, tender_with_decision):
    """The tenderers model follows Qt's model contract."""
    from gui.register.tenderers import TenderersModel

    qtmodeltester.check(TenderersModel(reg, tender_with_decision, "en", lambda: NOW))


def test_naming_the_winner_recomputes_the_bid_compensation(qtbot, reg, tender_with_decision):
    """Status 'winner' set in the tenderers tab: the stored compensation drops to one."""
    editor = editor_for(qtbot, reg, tender_with_decision)
    model = editor.tenderers.model
    assert [model.index(r, 0).data() for r in range(2)] == ["Alfa Speeltoestellen", "Beta Groen"]
    with qtbot.waitSignal(model.changed) as signal:
        assert model.setData(model.index(0, 1), "winner")
    assert signal.args == [["bid_compensation"]]
    assert reg.decisions(tender_with_decision)[0].result["total"] == "1500.00"
    assert "Bid compensation" in editor.tenderers.message.text()


def test_a_wrong_offer_is_refused_with_the_reason(qtbot, reg, tender_with_decision):
    """An offer that is no amount is refused, the reason shown, nothing stored."""
    editor = editor_for(qtbot, reg, tender_with_decision)
    model = editor.tenderers.model
    assert not model.setData(model.index(1, 2), "12 k")
    assert "is not an amount" in editor.tenderers.message.text()
    assert model.setData(model.index(1, 2), "12.345,50")
    assert reg.tenderers(tender_with_decision)[1].offer == Decimal("12345.50")


def test_tenderers_are_added_and_removed_from_the_tab(qtbot, reg, tender_with_decision):
    """Adding a company twice is refused; removing one takes it off the tender."""
    editor = editor_for(qtbot, reg, tender_with_decision)
    panel = editor.tenderers
    panel.company.setCurrentIndex(panel.company.findText("Alfa Speeltoestellen"))
    panel.add_button.click()
    assert "already a tenderer" in panel.message.text()
    panel.company.setCurrentIndex(panel.company.findText("Gemeente Zottegem"))
    panel.add_button.click()
    assert panel.model.rowCount() == 3
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_button.click()
    assert [t.name for t in reg.tenderers(tender_with_decision)] == [
        "Beta Groen",
        "Gemeente Zottegem",
    ]


def test_undo_of_a_delete_whose_reference_was_reused_says_why(qtbot, reg):
    """A new tender took the deleted one's reference: undo explains instead of failing."""
    data = {
        "reference": "2026/017",
        "title": "Dak",
        "authority": "local",
        "contract_type": "works",
        "estimated_value": "600000",
        "launch_date": "2026-03-01",
    }
    reg.add_tender(data, NOW)
    stack = QUndoStack()
    page = RegisterPage(reg.ws, date(2026, 11, 22), register=reg, undo_stack=stack)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.delete_current()
    reg.add_tender({**data, "title": "Nieuw dak"}, NOW)
    stack.undo()
    assert "cannot come back" in page.count_label.text()
    rows = search.search(reg.ws, search.Query(text="2026/017"))
    assert [r.title for r in rows] == ["Nieuw dak"]


def test_naming_the_winner_in_the_tab_keeps_its_offer(qtbot, reg, tender_with_decision):
    """The status set in the tab erased the offer, on screen and in the database."""
    editor = editor_for(qtbot, reg, tender_with_decision)
    model = editor.tenderers.model
    assert model.setData(model.index(1, 2), "48.250,00")
    assert model.setData(model.index(1, 1), "winner")
    stored = reg.tenderers(tender_with_decision)[1]
    assert (stored.status, stored.offer) == ("winner", Decimal("48250.00"))
    assert "48.250,00" in model.index(1, 2).data() or "48,250.00" in model.index(1, 2).data()


def test_the_buyer_is_refused_as_a_tenderer_of_its_own_contract(qtbot, reg, tender_with_decision):
    buyer = reg.add_organisation({"name": "Gemeente Zele"}, NOW)
    reg.update_tender(tender_with_decision, {"buyer_id": buyer}, NOW)
    editor = editor_for(qtbot, reg, tender_with_decision)
    panel = editor.tenderers
    panel.company.setCurrentIndex(panel.company.findText("Gemeente Zele"))
    panel.add_button.click()
    assert "buyer" in panel.message.text()
    assert panel.model.rowCount() == 2


def chosen_procedure(reg) -> int:
    """A tender whose procedure, ground and motivation were stored by the procedure wizard."""
    tid = reg.add_tender(
        {
            "reference": "2026/050",
            "title": "Schoolbus",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "100000",
            "launch_date": "2026-03-01",
            "offers_deadline": "2026-04-01",
            "procedure": "competitive_negotiation",
            "procedure_basis": "competitive_negotiation_needs_adaptation",
            "motivation": "Wij passen een bestaande oplossing aan.",
        },
        NOW,
    )
    reg.decide(
        tid,
        "procedure",
        {
            "launch_date": "2026-03-01",
            "authority": "local",
            "contract_type": "services",
            "estimated_value_excl_vat": "100000",
            "grounds": ["needs_adaptation"],
        },
        NOW,
    )
    return tid


def test_saving_in_the_editor_keeps_the_ground_and_motivation_it_does_not_show(qtbot, reg):
    """The editor has no field for them: a save used to store them empty."""
    tid = chosen_procedure(reg)
    editor = editor_for(qtbot, reg, tid)
    editor.form.title.setText("Leerlingenvervoer")
    assert editor.save()
    tender = reg.tender(tid)
    assert tender.title == "Leerlingenvervoer"
    assert tender.procedure_basis == "competitive_negotiation_needs_adaptation"
    assert tender.motivation == "Wij passen een bestaande oplossing aan."
    assert reg.out_of_step(tid) == {}


def test_a_field_emptied_in_the_editor_is_emptied_in_the_register(qtbot, reg):
    tid = chosen_procedure(reg)
    editor = editor_for(qtbot, reg, tid)
    editor.form.offers_deadline.setText("")
    assert editor.save()
    assert reg.tender(tid).offers_deadline is None


def test_another_procedure_in_the_editor_drops_the_ground_and_says_to_choose_again(qtbot, reg):
    tid = chosen_procedure(reg)
    editor = editor_for(qtbot, reg, tid)
    editor.form.procedure.setCurrentIndex(editor.form.procedure.findData("open"))
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    assert signal.args == [tid, ["procedure"]]
    assert (reg.tender(tid).procedure, reg.tender(tid).procedure_basis) == ("open", None)
    assert "procedure" in reg.out_of_step(tid)


def test_enter_in_the_company_box_adds_the_tenderer_and_keeps_the_editor_open(
    qtbot, reg, tender_with_decision
):
    """Enter after typing a company's name adds it; it does not save and close the editor,
    so the next keys still land in this tender."""
    editor = editor_for(qtbot, reg, tender_with_decision)
    editor.show()
    editor.tabs.setCurrentWidget(editor.tenderers)
    panel = editor.tenderers
    panel.company.setFocus()
    panel.company.lineEdit().clear()
    qtbot.keyClicks(panel.company.lineEdit(), "Gemeente Zottegem")
    qtbot.keyClick(panel.company.lineEdit(), Qt.Key.Key_Return)
    assert editor.isVisible()
    assert [t.name for t in reg.tenderers(tender_with_decision)] == [
        "Alfa Speeltoestellen",
        "Beta Groen",
        "Gemeente Zottegem",
    ]
    assert panel.model.rowCount() == 3


def test_ctrl_s_saves_a_new_tender_keeps_the_editor_open_and_opens_its_tenderers(
    qtbot, reg, monkeypatch
):
    """No trap between saving and adding tenderers: Ctrl+S stores the new tender, the editor
    stays open, and the Tenderers tab lets the user add companies at once."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.Discard)
    editor = editor_for(qtbot, reg)
    with qtbot.waitActive(editor):  # shortcuts only work in the active window
        editor.show()
        editor.activateWindow()
    assert editor.focusWidget() is editor.form.reference  # typing starts in the first field
    fill(qtbot, editor)
    assert editor.tenderers is None
    qtbot.keyClick(editor.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible()
    assert editor.tender_id is not None
    assert reg.tender(editor.tender_id).reference == "2026/017"
    assert not editor.is_dirty()
    panel = editor.tenderers
    assert panel is not None and editor.tabs.widget(1) is panel
    panel.company.setCurrentIndex(panel.company.findText("Gemeente Zottegem"))
    panel.add_button.click()
    assert [t.name for t in reg.tenderers(editor.tender_id)] == ["Gemeente Zottegem"]
    qtbot.keyClicks(editor.form.title, " (fase 2)")
    qtbot.keyClick(editor.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert reg.tender(editor.tender_id).title == "Renovatie dak sporthal (fase 2)"
    assert len(search.search(reg.ws, search.Query())) == 1  # saved twice, stored once
    assert asked == []  # nothing was left unsaved to ask about


def test_the_competent_body_is_chosen_among_those_of_the_kind_of_buyer_and_kept(qtbot, reg):
    """A municipality chooses its college or council, a ministry its minister; a body chosen
    stays chosen when the kind of buyer changes; both fields are stored and shown again."""
    editor = editor_for(qtbot, reg)
    fill(qtbot, editor)
    form = editor.form
    offered = {form.competent_body.itemData(i) for i in range(form.competent_body.count())}
    assert {"college", "council", "social_welfare_council"} <= offered
    assert "minister" not in offered
    form.competent_body.setCurrentIndex(form.competent_body.findData("college"))
    qtbot.keyClicks(form.budget_line, "0119-00/6140000")
    form.authority.setCurrentIndex(form.authority.findData("federal_central"))
    offered = [form.competent_body.itemData(i) for i in range(form.competent_body.count())]
    assert "minister" in offered and "council" not in offered
    assert form.competent_body.currentData() == "college"  # not lost by the change
    form.authority.setCurrentIndex(form.authority.findData("local"))
    with qtbot.waitSignal(editor.saved) as signal:
        save_button(editor).click()
    tender = reg.tender(signal.args[0])
    assert (tender.competent_body, tender.budget_line) == ("college", "0119-00/6140000")
    again = editor_for(qtbot, reg, tender.id)
    assert again.form.competent_body.currentText() == "The board of mayor and aldermen"  # English
    assert again.form.budget_line.text() == "0119-00/6140000"


def test_the_notice_reference_is_typed_beside_the_reference_and_kept(qtbot, reg):
    """The letters give the notice's public reference beside the tender's: typed on the
    reference's line (its label's Alt+C reaches it), stored, shown again."""
    editor = editor_for(qtbot, reg)
    fill(qtbot, editor)
    form = editor.form
    (label,) = [w for w in editor.findChildren(QLabel) if w.text() == "Noti&ce reference"]
    assert label.buddy() is form.notice_reference
    qtbot.keyClicks(form.notice_reference, "  2026-512345 ")
    with qtbot.waitSignal(editor.saved) as signal:
        save_button(editor).click()
    assert reg.tender(signal.args[0]).notice_reference == "2026-512345"
    again = editor_for(qtbot, reg, signal.args[0])
    assert again.form.notice_reference.text() == "2026-512345"
