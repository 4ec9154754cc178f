"""Opening a workspace of an older version converts it on the window's thread, after a copy
is kept: a window says so while it happens, in the user's language, and is gone after."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from core.store import workspace as workspace_module
from core.store.schema import CURRENT_VERSION
from gui.window import workspace_open
from tests.core.old_format import drop_later_indexes
from tests.workspaces import copy_new_workspace

NOW = datetime(2026, 11, 30, 10, 0)


def _notices() -> list[str]:
    """The texts of the progress windows on the screen."""
    return [
        w.labelText()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


@pytest.mark.parametrize(
    ("lang", "start"),
    [
        ("en", "The workspace is being converted for this version of Tender desk."),
        ("nl", "De werkruimte wordt omgezet voor deze versie van Tender desk."),
        ("fr", "L'espace de travail est converti pour cette version de Tender desk."),
    ],
)
def test_a_conversion_is_announced_while_it_runs(qtbot, speak, tmp_path, monkeypatch, lang, start):
    speak(lang)
    path = copy_new_workspace(tmp_path / "old.sqlite")
    conn = sqlite3.connect(path)  # as the version before left it
    drop_later_indexes(conn, CURRENT_VERSION - 1)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION - 1}")
    conn.commit()
    conn.close()
    seen: list[list[str]] = []
    migrate = workspace_module._migrate

    def watched(ws, version):
        seen.append(_notices())
        migrate(ws, version)

    monkeypatch.setattr(workspace_module, "_migrate", watched)
    ws = workspace_open.open_interactive(path, NOW)
    try:
        assert ws is not None and ws.migrated_from == CURRENT_VERSION - 1
        assert len(seen) == 1 and len(seen[0]) == 1
        assert seen[0][0].startswith(start)
        assert _notices() == []
    finally:
        ws.close()


def test_a_workspace_of_this_version_opens_without_a_notice(qtbot, tmp_path, monkeypatch):
    path = copy_new_workspace(tmp_path / "w.sqlite")
    seen: list[list[str]] = []
    open_workspace = workspace_open.open_workspace

    def watched(*args, **kwargs):
        seen.append(_notices())
        return open_workspace(*args, **kwargs)

    monkeypatch.setattr(workspace_open, "open_workspace", watched)
    ws = workspace_open.open_interactive(path, NOW)
    try:
        assert ws is not None and ws.migrated_from is None
        assert seen == [[]]
    finally:
        ws.close()
