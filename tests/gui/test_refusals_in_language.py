"""A refusal reads in the screen's language: the organisation editor and undo in nl and fr."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack

from core.rules import bundled_pack
from core.store.register import Register
from gui.organisations.page import OrganisationsPage
from tests.gui.typing import leave
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    register.add_organisation({"name": "Schrijnwerkerij Peeters"}, NOW)
    yield register
    ws.close()


def page_in(qtbot, reg, lang, stack=None):
    widget = OrganisationsPage(reg.ws, lang, register=reg, undo_stack=stack or QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(
    ("lang", "field", "typed", "expected"),
    [
        (
            "nl",
            "iban",
            "BE68 5390 0754 7035",
            "IBAN: gelezen BE68 5390 0754 7035; de controlecijfers van deze IBAN kloppen niet.",
        ),
        (
            "fr",
            "email",
            "info@",
            "E-mail\u00a0: «\u00a0info@\u00a0» n'est pas une adresse e-mail",
        ),
        ("nl", "postcode", "962", "Postcode: „962” is geen Belgische postcode"),
        ("fr", "bic", "GEB", "BIC\u00a0: «\u00a0GEB\u00a0» n'est pas un BIC"),
    ],
)
def test_the_editor_explains_a_typing_error_in_the_screen_s_language(
    qtbot, reg, lang, field, typed, expected
):
    page = page_in(qtbot, reg, lang)  # the editor's parent: kept alive while typing
    editor = page.open_editor(None)
    qtbot.keyClicks(editor.form.lines["name"], "Nieuw")
    qtbot.keyClicks(editor.form.lines[field], typed)
    leave(qtbot, editor.form.lines[field])  # the user leaves the field
    assert editor.form.errors[field].text().startswith(expected)


def test_an_undo_that_cannot_be_done_says_why_in_french(qtbot, reg):
    stack = QUndoStack()
    page = page_in(qtbot, reg, "fr", stack)
    org_id = reg.add_organisation(
        {"name": "Menuiserie Dubois", "enterprise_number": "0123.456.749"}, NOW
    )
    page.refresh()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == org_id)
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.delete_current()
    reg.add_organisation({"name": "Menuiserie Dupont", "enterprise_number": "0123.456.749"}, NOW)
    stack.undo()
    assert page.message.text() == (
        "«\u00a0Menuiserie Dubois\u00a0» ne peut pas revenir\u00a0: "
        "«\u00a0Menuiserie Dupont\u00a0» a maintenant son numéro d'entreprise ou sa place dans "
        "le registre."
    )
