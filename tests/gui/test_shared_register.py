"""A register on a network drive that a colleague writes: read-only with who holds it, a note
when it is free, the take-over question of a stale lock, and one word on network drives.

The "network drive" is a folder named in ``TENDER_DESK_NETWORK_FOLDERS`` (the detector the
store asks counts it as one); the colleague is a lock file planted with their name.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.drives import NETWORK_FOLDERS_ENV
from core.rules import bundled_pack
from core.store.locking import Holder, read_holder, utc_now
from core.store.register import Register
from core.store.workspace import WorkspaceError, open_workspace
from gui.window import shared_register, workspace_open
from gui.window.main_window import MainWindow

NOW = datetime(2026, 11, 29, 10)
TODAY = date(2026, 11, 29)
SINCE = datetime(2026, 11, 29, 8, 5).astimezone()  # this computer's 08:05


@pytest.fixture
def share(tmp_path, monkeypatch):
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setenv(NETWORK_FOLDERS_ENV, str(folder))
    monkeypatch.setattr(shared_register, "_TOLD", [True])  # said before (see the last test)
    path = folder / "register.sqlite"
    with open_workspace(path, now=NOW) as ws:
        Register(ws, bundled_pack()).add_tender(
            {
                "reference": "2026/017",
                "title": "Onderhoud groen",
                "authority": "local",
                "contract_type": "services",
                "estimated_value": "25000.00",
                "launch_date": "2026-03-01",
            },
            NOW,
        )
    return path


def plant(path, heartbeat_age: timedelta) -> Holder:
    holder = Holder("jpeeters", "PC-AANKOOP-3", 4242, SINCE, utc_now() - heartbeat_age)
    path.with_name(path.name + ".lock").write_text(holder.to_json(), encoding="utf-8")
    return holder


def no_question(parent, error):
    pytest.fail(f"asked about {error.code}")


def answer(button_text: str, seen: list[QMessageBox]) -> None:
    """Click the button of the next question whose text starts with ``button_text``; an empty
    text presses Enter (the default button)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append((box.text(), box.informativeText(), box.defaultButton().text()))
        if not button_text:
            box.defaultButton().click()
            return
        [button] = [b for b in box.buttons() if b.text().replace("&", "").startswith(button_text)]
        button.click()

    QTimer.singleShot(0, click)


def window_on(qtbot, workspace) -> MainWindow:
    window = MainWindow(bundled_pack(), TODAY, workspace)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            "Alleen lezen: jpeeters heeft dit register open om te schrijven op de computer "
            "PC-AANKOOP-3 sinds 29/11/2026 om 08:05.",
        ),
        (
            "fr",
            "Lecture seule\u00a0: jpeeters a ouvert ce registre en écriture sur l'ordinateur "
            "PC-AANKOOP-3 depuis le 29/11/2026 à 08:05.",
        ),
    ],
)
def test_a_register_a_colleague_writes_opens_read_only_saying_who(
    qtbot, share, monkeypatch, speak, lang, words
):
    speak(lang)
    plant(share, timedelta(seconds=10))
    monkeypatch.setattr(workspace_open, "_ask", no_question)  # no question: read at once
    workspace = workspace_open.open_interactive(share, NOW)
    assert workspace.read_only and workspace.holder.user == "jpeeters"
    window = window_on(qtbot, workspace)
    bar = window.lock_bar
    assert bar is not None and bar.label.text() == words
    page = window.register_page
    assert page.total == 1
    assert not page.new_button.isEnabled()
    page.table.selectRow(0)
    assert not window.delete_action.isEnabled()
    assert not window.restore_action.isEnabled()
    with pytest.raises(WorkspaceError) as refused, workspace.transaction():
        pass
    assert "jpeeters on PC-AANKOOP-3" in refused.value.message
    workspace.close()


def test_told_when_the_register_is_free_then_opened_for_writing(qtbot, share, monkeypatch):
    plant(share, timedelta(seconds=10))
    monkeypatch.setattr(workspace_open, "_ask", no_question)
    window = window_on(qtbot, workspace_open.open_interactive(share, NOW))
    bar = window.lock_bar
    bar.timer.setInterval(20)
    bar.notify_button.click()
    assert bar.timer.isActive() and not bar.notify_button.isEnabled()
    qtbot.wait(100)
    assert not bar.reopen_action.isVisible()  # still held: nothing said
    share.with_name(share.name + ".lock").unlink()  # the colleague closed the app
    qtbot.waitUntil(bar.reopen_action.isVisible, timeout=5000)
    assert not bar.timer.isActive()
    assert bar.label.text() == "The register is free now: nobody is writing it."
    bar.reopen_button.click()
    assert not window.workspace.read_only
    assert window.lock_bar is None
    qtbot.waitUntil(window.register_page.new_button.isEnabled, timeout=10000)  # once checked
    assert read_holder(share.with_name(share.name + ".lock")).user != "jpeeters"
    window.workspace.close()


def test_a_stale_lock_is_taken_over_only_after_the_question(qtbot, share, speak):
    speak("nl")
    stale = plant(share, timedelta(minutes=30))
    seen: list = []
    answer("", seen)  # Enter: the default button
    workspace = workspace_open.open_interactive(share, NOW)
    text, more, default = seen[0]
    assert "jpeeters" in text and "PC-AANKOOP-3" in text and "29/11/2026 om 08:05" in text
    assert "jpeeters" in more
    assert default.replace("&", "") == "Nee, alleen lezen"
    assert workspace.read_only and read_holder(share.with_name(share.name + ".lock")) == stale
    workspace.close()
    answer("Ja", seen)
    workspace = workspace_open.open_interactive(share, NOW)
    assert not workspace.read_only
    assert read_holder(share.with_name(share.name + ".lock")).pid == os.getpid()
    workspace.close()


def test_a_network_drive_is_explained_once(qtbot, share, monkeypatch):
    monkeypatch.setattr(shared_register, "_TOLD", [])
    first = window_on(qtbot, open_workspace(share, now=NOW))
    qtbot.waitUntil(lambda: getattr(first, "network_drive_box", None) is not None, timeout=5000)
    box = first.network_drive_box
    assert "One person at a time can change it" in box.text()
    box.accept()
    first.workspace.close()
    second = window_on(qtbot, open_workspace(share, now=NOW))
    qtbot.wait(50)
    assert getattr(second, "network_drive_box", None) is None
    second.workspace.close()


def test_a_colleague_whose_app_stopped_is_taken_over_from_the_bar(qtbot, share, monkeypatch):
    plant(share, timedelta(seconds=10))
    monkeypatch.setattr(workspace_open, "_ask", no_question)
    window = window_on(qtbot, workspace_open.open_interactive(share, NOW))
    bar = window.lock_bar
    bar.timer.setInterval(20)
    bar.notify_button.click()
    plant(share, timedelta(minutes=30))  # no sign of life any more
    qtbot.waitUntil(bar.reopen_action.isVisible, timeout=5000)
    assert bar.label.text() == "jpeeters's app no longer answers: you can take the register over."
    seen: list = []
    answer("Yes", seen)
    bar.reopen_button.click()
    assert "no sign of life" in seen[0][0]
    assert not window.workspace.read_only
    assert read_holder(share.with_name(share.name + ".lock")).pid == os.getpid()
    window.workspace.close()
