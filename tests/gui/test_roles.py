"""The role: asked on the first start, changed in Settings; it picks the pages shown and the
page shown first (core.roles decides, the window follows)."""

from __future__ import annotations

from datetime import date, datetime

from core.rules import bundled_pack
from core.settings import Settings, load
from core.store.workspace import open_workspace
from gui.window.main_window import MainWindow
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TODAY = date(2026, 11, 22)


def window_on(qtbot, tmp_path, role=None) -> MainWindow:
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW, check=False, auto_backup=False)
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


def test_the_start_ends_when_the_page_the_company_sees_first_is_painted(qtbot, tmp_path):
    from core.store.register import Register
    from gui.company.offers_page import OffersPage
    from gui.shared.first_paint import AfterFirstPaint

    ws = new_workspace(tmp_path / "w.sqlite", now=NOW, check=False, auto_backup=False)
    Register(ws, bundled_pack()).add_tender(
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
    ws.close()
    window = MainWindow(
        bundled_pack(),
        TODAY,
        open_workspace(tmp_path / "w.sqlite", now=NOW, check=False, auto_backup=False),
        settings=Settings(language="en", role="company"),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(window)
    painted = []
    AfterFirstPaint(window.first_page(), lambda: painted.append(True))
    window.show()
    assert isinstance(window.first_page(), OffersPage)
    qtbot.waitUntil(lambda: painted == [True])  # the integrity check and backup wait for it
