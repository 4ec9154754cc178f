"""The buyer list of a tender shows buyers, and a new buyer is made without leaving the tender."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from core.rules import bundled_pack
from core.store.register import Register
from gui.register.editor import TenderEditor
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TENDER = {
    "reference": "2026/001",
    "title": "Dak",
    "buyer_id": None,
    "authority": "local",
    "contract_type": "works",
    "estimated_value": "100000",
    "launch_date": "2026-03-01",
}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    zottegem = register.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    register.add_organisation({"name": "OCMW Aalst"}, NOW)  # no tender yet: may buy
    bidder = register.add_organisation({"name": "Bouwbedrijf Vermeulen"}, NOW)
    tender_id = register.add_tender({**TENDER, "buyer_id": zottegem}, NOW)
    register.add_tenderer({"tender_id": tender_id, "organisation_id": bidder}, NOW)
    yield register
    ws.close()


def buyers(editor):
    box = editor.form.buyer
    return [box.itemText(i) for i in range(1, box.count())]


def test_the_buyer_list_leaves_out_the_companies_that_only_bid(qtbot, reg):
    editor = TenderEditor(reg, None, "nl", now=lambda: NOW)
    qtbot.addWidget(editor)
    assert buyers(editor) == ["Gemeente Zottegem", "OCMW Aalst"]


def test_a_buyer_made_from_the_tender_is_chosen_and_nothing_typed_is_lost(qtbot, reg, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor = TenderEditor(reg, None, "nl", now=lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.form.reference, "2026/002")
    qtbot.keyClicks(editor.form.title, "Schilderwerken school")
    org_editor = editor.new_buyer()
    assert org_editor.isVisible() and editor.isVisible()
    qtbot.keyClicks(org_editor.form.lines["name"], "Gemeente Herzele")
    with qtbot.waitSignal(org_editor.saved):
        org_editor.buttons.accepted.emit()  # Save
    assert not org_editor.isVisible()
    assert editor.form.buyer.currentText() == "Gemeente Herzele"
    assert buyers(editor) == ["Gemeente Herzele", "Gemeente Zottegem", "OCMW Aalst"]
    assert editor.form.reference.text() == "2026/002"
    assert editor.form.title.text() == "Schilderwerken school"
    qtbot.keyClicks(editor.form.estimated_value, "50.000")
    qtbot.keyClicks(editor.form.launch_date, "01/03/2026")
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    buyer_id = reg.tender(signal.args[0]).buyer_id
    assert reg.organisation(buyer_id).name == "Gemeente Herzele"
