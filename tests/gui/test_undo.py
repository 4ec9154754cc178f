"""Undo and redo of deletes: a step the register refuses says why and leaves the Edit menu."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack

from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from gui.shared.undo import DeleteOrganisation, DeleteTender
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TENDER = {
    "reference": "2026/017",
    "title": "Dak",
    "authority": "local",
    "contract_type": "works",
    "estimated_value": "600000",
    "launch_date": "2026-03-01",
}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    yield register
    ws.close()


def titles(reg) -> list[str]:
    return [row.title for row in search.search(reg.ws, search.Query())]


class Seen:
    """What the commands told the page."""

    def __init__(self) -> None:
        self.changes = 0
        self.failures: list[str] = []

    def changed(self) -> None:
        self.changes += 1

    def failed(self, message: str) -> None:
        self.failures.append(message)


def test_a_delete_undone_and_redone_tells_the_page_each_time(qtbot, reg):
    tid = reg.add_tender(TENDER, NOW)
    seen, stack = Seen(), QUndoStack()
    stack.push(DeleteTender(reg, tid, "2026/017", seen.changed, seen.failed))
    assert stack.undoText() == "delete 2026/017"
    assert titles(reg) == [] and seen.changes == 1
    stack.undo()
    assert titles(reg) == ["Dak"] and seen.changes == 2
    stack.redo()
    assert titles(reg) == [] and seen.changes == 3 and seen.failures == []


def test_an_undo_the_register_refuses_says_why_and_leaves_the_stack(qtbot, reg):
    """Another tender took the reference: the delete cannot be undone, and is not offered."""
    tid = reg.add_tender(TENDER, NOW)
    seen, stack = Seen(), QUndoStack()
    stack.push(DeleteTender(reg, tid, "2026/017", seen.changed, seen.failed))
    reg.add_tender({**TENDER, "title": "Nieuw dak"}, NOW)
    stack.undo()
    assert len(seen.failures) == 1 and seen.changes == 1  # only the delete changed the view
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()


def test_a_redo_the_register_refuses_says_why_and_leaves_the_stack(qtbot, reg):
    """Undone, the organisation came back; a tender now uses it, so it cannot go again."""
    org = reg.add_organisation({"name": "Bouwbedrijf Vermeulen"}, NOW)
    seen, stack = Seen(), QUndoStack()
    stack.push(DeleteOrganisation(reg, org, "Bouwbedrijf Vermeulen", seen.changed, seen.failed))
    assert stack.undoText() == "delete Bouwbedrijf Vermeulen"
    stack.undo()
    assert reg.organisation(org).name == "Bouwbedrijf Vermeulen" and seen.changes == 2
    reg.add_tender({**TENDER, "buyer_id": org}, NOW)
    stack.redo()
    assert len(seen.failures) == 1 and seen.changes == 2
    assert reg.organisation(org) is not None
    assert stack.count() == 0 and not stack.canRedo()
