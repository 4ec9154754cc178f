"""First start and workspaces: an empty workspace opens on a page that says what to do and
what the app does not do; File opens, remembers, copies and restores workspaces."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from core.demo import workspace as demo
from core.rules import bundled_pack
from core.rules.confidence import rules_of_confidence
from core.settings import Settings
from core.store import backups, search
from core.store.register import Register
from core.store.workspace import open_workspace
from core.texts import text
from gui.register.editor import TenderEditor
from gui.shared import i18n
from gui.window import file_menu
from gui.window.main_window import MainWindow

NOW = datetime(2026, 11, 22, 10)
TODAY = date(2026, 11, 22)
TENDER = {
    "reference": "2026/017",
    "title": "Dak",
    "authority": "local",
    "contract_type": "works",
    "estimated_value": "600000",
    "launch_date": "2026-03-01",
}


@pytest.fixture
def dutch(qapp):
    i18n.install(qapp, "nl")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def _no_recent_left(monkeypatch):
    monkeypatch.setattr(file_menu, "_MEMORY", [])


def window_on(qtbot, path, tmp_path, lang="nl") -> MainWindow:
    ws = open_workspace(path, now=NOW, check=False, auto_backup=False)
    window = MainWindow(
        bundled_pack(),
        TODAY,
        ws,
        settings=Settings(language=lang),
        settings_path=tmp_path / "settings.toml",
        state_path=tmp_path / "window-state.ini",
    )
    qtbot.addWidget(window)
    window.show()
    return window


def shown(window) -> object:
    return window.centralWidget().currentWidget()


def tenders(path) -> list[str]:
    with open_workspace(path, now=NOW, read_only=True, check=False) as ws:
        return sorted(row.reference for row in search.search(ws, search.Query()))


def click_in_box(button_text: str, seen: list[str]) -> None:
    """Note the next message box's text and click its button starting with ``button_text``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        matching = [b for b in box.buttons() if b.text().startswith(button_text)]
        (matching[0] if matching else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, click)


def test_an_empty_workspace_opens_on_the_welcome_page_in_dutch(qtbot, tmp_path, dutch):
    window = window_on(qtbot, tmp_path / "w.sqlite", tmp_path)
    page = window.welcome
    assert shown(window) is page and window.first_page() is page
    assert page.start_button.hasFocus() or page.focusProxy() is page.start_button
    about = page.about.text()
    assert "Het is geen juridisch advies" in about
    unsure = rules_of_confidence(window.pack, TODAY, "unverified")
    assert unsure and all(text("nl", "param", key) in about for key in unsure)
    assert "advance_" not in about and "unverified" not in about  # no code a user would read
    assert [b.text() for b in (page.start_button, page.open_button, page.demo_button)] == [
        "B&eginnen met een eerste opdracht",
        "Werkruimte &openen…",
        "De de&mo openen",
    ]


def test_the_first_tender_saved_leaves_the_welcome_page_for_the_register(
    qtbot, tmp_path, dutch, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = window_on(qtbot, tmp_path / "w.sqlite", tmp_path)
    window.welcome.start_button.click()
    editor = window.register_page.findChild(TenderEditor)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.form.reference, "2026/001")
    qtbot.keyClicks(editor.form.title, "Dak sporthal")
    qtbot.keyClicks(editor.form.estimated_value, "620.000")
    qtbot.keyClicks(editor.form.launch_date, "01/03/2026")
    with qtbot.waitSignal(editor.saved):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert shown(window) is window.pages
    assert window.register_page.model.rowCount() == 1
    editor.reject()


def test_a_workspace_with_tenders_opens_on_the_register(qtbot, tmp_path):
    with open_workspace(tmp_path / "w.sqlite", now=NOW) as ws:
        Register(ws, bundled_pack()).add_tender(TENDER, NOW)
    window = window_on(qtbot, tmp_path / "w.sqlite", tmp_path, "en")
    assert window.welcome is None and shown(window) is window.pages
    assert window.first_page() is window.register_page


def test_the_demo_is_a_file_of_its_own_in_the_data_folder(qtbot, tmp_path, dutch, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setattr("core.paths.default_workspace_path", lambda: data / "workspace.sqlite")
    mine = tmp_path / "mine.sqlite"
    window = window_on(qtbot, mine, tmp_path)
    window.welcome.demo_button.click()
    assert window.workspace.path == data / "demo.sqlite"
    assert shown(window) is window.pages
    assert window.register_page.total == demo.DEMO_TENDERS
    assert tenders(mine) == []  # the user's own workspace got nothing
    assert file_menu.recent(window.state_path)[:2] == [data / "demo.sqlite", mine]


def test_open_recent_remembers_and_greys_a_workspace_that_is_gone(qtbot, tmp_path, dutch):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with open_workspace(second, now=NOW) as ws:
        Register(ws, bundled_pack()).add_tender(TENDER, NOW)
    window = window_on(qtbot, first, tmp_path)
    assert file_menu.open_path(window, second)
    assert window.workspace.path == second and window.register_page.total == 1
    file_menu.fill_recent(window)
    items = window.recent_menu.actions()
    assert [a.text() for a in items] == ["&1 a.sqlite"] and items[0].isEnabled()
    items[0].trigger()
    assert window.workspace.path == first
    second.unlink()
    file_menu.fill_recent(window)
    (gone,) = window.recent_menu.actions()
    assert gone.text() == "&1 b.sqlite (niet gevonden)" and not gone.isEnabled()


def test_save_a_copy_holds_the_register_and_the_window_stays_on_the_original(
    qtbot, tmp_path, dutch
):
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        Register(ws, bundled_pack()).add_tender(TENDER, NOW)
    window = window_on(qtbot, path, tmp_path)
    copy = file_menu.save_copy(window, tmp_path / "kopie.sqlite")
    assert copy == tmp_path / "kopie.sqlite"
    assert tenders(copy) == ["2026/017"]
    assert window.workspace.path == path
    seen: list[str] = []
    click_in_box("OK", seen)
    assert file_menu.save_copy(window, path) is None  # never over the workspace itself
    assert seen == ["Een kopie kan de werkruimte die ze kopieert niet vervangen."]


def test_restore_a_backup_asks_first_and_reopens_the_restored_register(
    qtbot, tmp_path, dutch, monkeypatch
):
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        reg.add_tender(TENDER, NOW)
        made = backups.make_backup(ws.conn, path, NOW, "manual", keep=5)
        reg.add_tender({**TENDER, "reference": "2026/018"}, NOW)
    window = window_on(qtbot, path, tmp_path)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (made.name, True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    seen: list[str] = []
    click_in_box("Annuleren", seen)
    assert not file_menu.restore_backup(window)  # cancelled: nothing changed, still open
    assert seen == [f"De werkruimte w.sqlite vervangen door de back-up {made.name}?"]
    assert window.workspace is not None and window.register_page.total == 2
    click_in_box("Vervangen door de back-up", seen)
    assert file_menu.restore_backup(window)
    assert window.workspace.path == path and window.register_page.total == 1
    assert tenders(path) == ["2026/017"]


def test_the_file_menu_in_dutch(qtbot, tmp_path, dutch):
    window = window_on(qtbot, tmp_path / "w.sqlite", tmp_path)
    items = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert items == [
        "&Nieuwe werkruimte…",
        "Werkruimte &openen…",
        "&Recent geopend",
        "&Kopie opslaan…",
        "&Back-up terugzetten…",
        "Werkruimte &samenvoegen…",
        "&Importeren…",
        "&Exporteren naar OCDS…",
        "&Jaarrapport…",
        "&Workshop openen…",
        "In&gebouwde workshop openen",
        "Opslaan als works&hop…",
        "S&cores exporteren…",
        "Workshop &terugzetten…",
        "&Afsluiten",
    ]
