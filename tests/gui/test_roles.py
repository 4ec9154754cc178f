"""The role: asked on the first start, changed in Settings; it picks the pages shown and the
page shown first (core.roles decides, the window follows)."""

from __future__ import annotations

from datetime import date, datetime

from core.rules import bundled_pack
from core.settings import Settings, load
from core.store.workspace import open_workspace
from gui.window.main_window import MainWindow

NOW = datetime(2026, 11, 22, 10)
TODAY = date(2026, 11, 22)


def window_on(qtbot, tmp_path, role=None) -> MainWindow:
    ws = open_workspace(tmp_path / "w.sqlite", now=NOW, check=False, auto_backup=False)
    window = MainWindow(
        bundled_pack(),
        TODAY,
        ws,
        settings=Settings(language="en", role=role),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(window)
    window.show()
    return window


def visible_tabs(window) -> list[str]:
    tabs = window.pages
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]


def test_the_first_start_asks_the_role_and_keeps_the_answer(qtbot, tmp_path):
    window = window_on(qtbot, tmp_path)
    assert set(window.welcome.role_buttons) == {"buyer", "company", "training"}
    assert visible_tabs(window) == ["Register", "Organisations", "Rules"]
    window.welcome.role_buttons["company"].click()
    assert load(tmp_path / "settings.toml").settings.role == "company"
    assert window.settings.role == "company"
    assert "Register" not in visible_tabs(window)
    assert "My company" in visible_tabs(window)
    # asked once: the welcome page of the rebuilt window does not ask again
    assert window.welcome.role_buttons == {}
    assert window.welcome.start_button.text() == "&Start with a first offer"


def test_a_role_changed_in_settings_changes_the_pages(qtbot, tmp_path):
    window = window_on(qtbot, tmp_path, role="buyer")
    dialog = window.open_settings()
    assert dialog.role.currentData() == "buyer"
    dialog.role.setCurrentIndex(dialog.role.findData("company"))
    dialog.accept()
    assert window.settings.role == "company"
    assert "Register" not in visible_tabs(window)
    dialog = window.open_settings()
    dialog.role.setCurrentIndex(dialog.role.findData("training"))
    dialog.accept()
    assert "Register" in visible_tabs(window)
    assert window.pages.currentWidget() is window.register_page
