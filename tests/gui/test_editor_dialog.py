"""What the tender and the organisation editors do alike: closing with unsaved changes asks
save, discard or keep editing; a refused or failed write is said in the editor."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from core.errors import ValidationError
from core.rules import bundled_pack
from core.store.register import Register
from gui.organisations.editor import OrganisationEditor
from gui.register.editor import TenderEditor
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
Answer = QMessageBox.StandardButton


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    yield register
    ws.close()


@dataclass
class Editing:
    """One editor on a stored record, and how a test types in it and reads the record."""

    editor: TenderEditor | OrganisationEditor
    line: object  # the line edit of the name or title
    stored: object  # () -> the stored name or title
    update: str  # the register method a save calls


def tender(qtbot, reg) -> Editing:
    buyer = reg.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    tid = reg.add_tender(
        {
            "reference": "2026/001",
            "title": "Onderhoud wegen",
            "buyer_id": buyer,
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "60000",
            "launch_date": "2026-01-01",
        },
        NOW,
    )
    editor = TenderEditor(reg, tid, now=lambda: NOW)
    return Editing(editor, editor.form.title, lambda: reg.tender(tid).title, "update_tender")


def organisation(qtbot, reg) -> Editing:
    org = reg.add_organisation({"name": "Onderhoud wegen"}, NOW)
    editor = OrganisationEditor(reg, org, now=lambda: NOW)
    return Editing(
        editor, editor.form.lines["name"], lambda: reg.organisation(org).name, "update_organisation"
    )


@pytest.fixture(params=[tender, organisation], ids=["tender", "organisation"])
def editing(request, qtbot, reg, monkeypatch):
    # an editor left with changes is asked about when the test closes it: leave it
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Answer.Discard)
    made = request.param(qtbot, reg)
    qtbot.addWidget(made.editor)
    made.editor.show()
    return made


def close_answering(editing, monkeypatch, answer) -> list[str]:
    """Change the title or name, close the editor, answer the question; what was asked."""
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        assert default == Answer.Save
        assert buttons == Answer.Save | Answer.Discard | Answer.Cancel
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    editing.line.setText("Onderhoud bruggen")
    editing.editor.reject()
    return asked


def test_cancel_keeps_the_editor_open_with_what_was_typed(editing, monkeypatch):
    asked = close_answering(editing, monkeypatch, Answer.Cancel)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert editing.editor.isVisible() and editing.line.text() == "Onderhoud bruggen"
    assert editing.stored() == "Onderhoud wegen"


def test_discard_closes_and_stores_nothing(editing, monkeypatch):
    close_answering(editing, monkeypatch, Answer.Discard)
    assert not editing.editor.isVisible()
    assert editing.stored() == "Onderhoud wegen"


def test_save_stores_and_closes(editing, monkeypatch):
    close_answering(editing, monkeypatch, Answer.Save)
    assert not editing.editor.isVisible()
    assert editing.stored() == "Onderhoud bruggen"


def test_save_on_a_full_disk_keeps_the_editor_open_and_says_why(editing, monkeypatch, reg):
    def full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(reg, editing.update, full)
    close_answering(editing, monkeypatch, Answer.Save)
    assert editing.editor.isVisible() and editing.line.text() == "Onderhoud bruggen"
    shown = [label.text() for label in editing.editor.form.errors.values() if label.isVisible()]
    assert len(shown) == 1 and "disk is full" in shown[0]
    assert editing.stored() == "Onderhoud wegen"


def test_closing_without_changes_asks_nothing(editing, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    editing.editor.reject()
    assert not editing.editor.isVisible()


def test_a_refused_value_is_said_under_its_field(editing, monkeypatch, reg):
    """The store refuses what the form let through: the message goes under that field."""
    field = "title" if isinstance(editing.editor, TenderEditor) else "name"

    def refuse(*args):
        raise ValidationError(field, "duplicate", "Another one already has this name.")

    monkeypatch.setattr(reg, editing.update, refuse)
    editing.line.setText("Onderhoud bruggen")
    assert not editing.editor.save()
    label = editing.editor.form.errors[field]
    assert label.isVisible() and label.text()
    assert editing.stored() == "Onderhoud wegen"
