"""Opening from the window: a missing workspace is asked about; a failed restore says why."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core.store import backups
from core.store.workspace import WorkspaceError, open_workspace
from gui.shared import i18n
from gui.window import workspace_open

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def asked(monkeypatch):
    """The questions the window asked (error codes), answered from ``asked.answers``."""

    class Asked(list):
        answers: list

    record = Asked()
    record.answers = []

    def ask(parent, error):
        record.append(error.code)
        answer = record.answers.pop(0) if record.answers else None
        return answer(error) if callable(answer) else answer

    monkeypatch.setattr(workspace_open, "_ask", ask)
    return record


def test_a_missing_workspace_is_not_created_when_the_user_quits(qapp, tmp_path, asked):
    """An unmounted drive: the window asks; Quit creates nothing, not even the folders."""
    path = tmp_path / "usb" / "register" / "werk.sqlite"
    assert workspace_open.open_interactive(path, NOW) is None
    assert asked == ["missing"]
    assert not (tmp_path / "usb").exists()


def test_try_again_opens_the_workspace_once_the_drive_is_back(qapp, tmp_path, asked):
    path = tmp_path / "usb" / "werk.sqlite"

    def connect_the_drive(error):
        path.parent.mkdir()
        with open_workspace(path, now=NOW) as ws:
            ws.conn.execute("INSERT INTO settings VALUES ('k', 'on the drive')")
        return "retry"

    asked.answers = [connect_the_drive]
    ws = workspace_open.open_interactive(path, NOW)
    try:
        assert ws.conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == (
            "on the drive",
        )
    finally:
        ws.close()
    assert asked == ["missing"]


def test_create_makes_the_new_workspace_and_its_folders(qapp, tmp_path, asked):
    path = tmp_path / "new" / "werk.sqlite"
    asked.answers = ["create"]
    ws = workspace_open.open_interactive(path, NOW)
    ws.close()
    assert asked == ["missing"] and path.exists()


def test_the_app_s_own_default_is_created_on_a_first_start_without_asking(qapp, tmp_path, asked):
    path = tmp_path / "data" / "workspace.sqlite"
    workspace_open.open_interactive(path, NOW, create=True).close()
    assert asked == [] and path.exists()


def test_the_missing_workspace_question_is_translated(qapp, tmp_path):
    with pytest.raises(WorkspaceError) as info:
        open_workspace(tmp_path / "usb" / "x.sqlite", now=NOW, create=False)
    texts = {}
    try:
        for lang in ("nl", "fr"):
            i18n.install(qapp, lang)
            texts[lang] = workspace_open.refusal_text(None, info.value)
    finally:
        i18n.install(qapp, "en")
    assert "bestaat niet" in texts["nl"]
    assert "n'existe pas" in texts["fr"]


def test_a_restore_on_a_full_disk_says_so_and_changes_nothing(qapp, tmp_path, monkeypatch):
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        ws.conn.execute("INSERT INTO settings VALUES ('k', 'v')")
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        ws.conn.execute("UPDATE settings SET value = 'newer' WHERE key = 'k'")
    before = path.read_bytes()

    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    shown = []
    monkeypatch.setattr(backups, "_copy_into", full)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    workspace_open._restore(None, path, NOW + timedelta(days=2))
    assert shown == [
        "The disk is full. Make room on it, then restore again. The workspace was not changed."
    ]
    assert path.read_bytes() == before
