"""Edit > Settings…: language switch at run time, training date, rule pack, saved settings."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

import core.settings as st
from core.paths import bundled_rule_pack
from core.rules import bundled_pack, schema
from core.store.register import Register
from core.texts import text
from gui.rules.model import KEY_ROLE
from gui.settings.dialog import SettingsDialog
from gui.shared import i18n, pdf_export
from gui.window import window_state
from gui.window.main_window import MainWindow
from gui.wizards.procedure import ProcedureWizard
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """A test that switches the language leaves English for the next one."""
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(workspace, bundled_pack())
    for ref, procedure, launch in (
        ("2026/001", "open", "2026-03-01"),
        ("2026/002", "negotiated_without_publication", "2026-02-01"),
        ("2025/003", "restricted", "2025-05-01"),
    ):
        reg.add_tender(
            {
                "reference": ref,
                "title": f"Opdracht {ref}",
                "authority": "local",
                "contract_type": "services",
                "estimated_value": "30000",
                "launch_date": launch,
                "procedure": procedure,
            },
            NOW,
        )
    yield workspace
    workspace.close()


@pytest.fixture
def config(tmp_path):
    return tmp_path / "config" / "settings.toml"


@pytest.fixture
def window(qtbot, ws, config):
    win = MainWindow(bundled_pack(), TODAY, ws, st.Settings(language="en"), config)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def settings_dialog(qtbot, window) -> SettingsDialog:
    window.settings_action.trigger()
    shown = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def value_on_rules_page(window, key: str) -> str:
    proxy = window.rules_page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(KEY_ROLE) == key)
    return proxy.index(row, 1).data()


def procedure_column(window) -> list[str]:
    model = window.register_page.model
    column = model.COLUMNS.index("procedure")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_edit_settings_is_in_the_edit_menu_with_ctrl_comma(window):
    """The usual place of a desktop app's settings, with the usual shortcut."""
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    edit = window.menuBar().actions()[1].menu()
    assert window.settings_action in edit.actions()


def test_switching_to_dutch_rebuilds_the_window_and_the_legal_texts_follow(qtbot, window, config):
    """Procedure names, rule names and the register speak Dutch; the view is kept."""
    page = window.register_page
    assert page.procedure_filter.itemText(1) == text("en", "procedure", "open")
    page.search_box.setText("2026")
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectRow(0)
    page.delete_current()
    window.undo_stack.undo()
    assert window.undo_stack.count() == 1
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.table.selectRow(1)
    selected = page.model.row_at(1).id
    window.rules_page.date_edit.setDate(QDate(2024, 2, 29))

    dialog = settings_dialog(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    press_ok(qtbot, dialog)

    new = window.register_page
    assert new is not page
    assert i18n.current() == "nl"
    assert [new.procedure_filter.itemText(i) for i in range(1, new.procedure_filter.count())] == [
        text("nl", "procedure", p) for p in schema.PROCEDURES
    ]
    assert new.procedure_filter.itemText(1) == "openbare procedure"
    assert text("nl", "procedure", "negotiated_without_publication") in procedure_column(window)
    assert new.search_box.text() == "2026"
    assert new.year_filter.currentData() == 2026
    assert new.model.rowCount() == 2
    assert (new.model.query.sort, new.model.query.descending) == ("reference", False)
    assert new.table.horizontalHeader().sortIndicatorSection() == 0
    assert window.rules_page.date_edit.date() == QDate(2024, 2, 29)
    assert new.table.currentIndex().isValid()
    assert new.model.row_at(new.table.currentIndex().row()).id == selected
    assert window.undo_stack.count() == 0  # its commands belonged to the old page
    rules = window.rules_page.proxy
    assert text("nl", "param", "negotiated_value_ceiling") in [
        rules.index(r, 0).data() for r in range(rules.rowCount())
    ]
    assert st.load(config).settings.language == "nl"
    assert 'language = "nl"' in config.read_text(encoding="utf-8")
    editor = new.open_editor(selected)  # what the page opens speaks its language too
    assert editor.form.procedure.findText("openbare procedure") >= 0
    editor.reject()
    wizard = new.open_wizard(ProcedureWizard)
    assert wizard.lang == "nl"
    wizard.reject()


def test_the_open_tab_survives_a_rebuild(qtbot, window):
    """A user on the Rules tab stays there when the language changes."""
    window.pages.setCurrentWidget(window.rules_page)
    dialog = settings_dialog(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    press_ok(qtbot, dialog)
    assert window.pages.currentWidget() is window.rules_page
    assert window.register_page.procedure_filter.itemText(1) == text("fr", "procedure", "open")


def test_a_training_date_changes_the_rules_page_and_shows_in_the_status_bar(qtbot, window, config):
    """The 2025 ceiling applies on 01/06/2025; the status bar says the date is set."""
    assert value_on_rules_page(window, "negotiated_value_ceiling") == "€140,000.00"
    assert window.date_label.isHidden()
    dialog = settings_dialog(qtbot, window)
    assert not dialog.date.isEnabled()
    dialog.other_date.setChecked(True)
    assert dialog.date.isEnabled()
    dialog.date.setDate(QDate(2025, 6, 1))
    press_ok(qtbot, dialog)

    assert window.rules_page.date_edit.date() == QDate(2025, 6, 1)
    assert value_on_rules_page(window, "negotiated_value_ceiling") == "€143,000.00"
    assert not window.date_label.isHidden()
    assert window.date_label.text() == "Rules date: 01/06/2025 (set in Settings)"
    assert window.register_page.model._today == date(2025, 6, 1)
    assert st.load(config).settings.today == date(2025, 6, 1)

    dialog = settings_dialog(qtbot, window)
    assert dialog.other_date.isChecked()
    dialog.other_date.setChecked(False)
    press_ok(qtbot, dialog)
    assert window.date_label.isHidden()
    assert value_on_rules_page(window, "negotiated_value_ceiling") == "€140,000.00"
    assert st.load(config).settings.today is None


def test_a_broken_rule_pack_shows_the_loaders_message_and_keeps_the_old_pack(
    qtbot, window, config, tmp_path
):
    """Nothing changes: the same pack object, no rebuild, nothing saved as rule pack."""
    broken = tmp_path / "broken.toml"
    broken.write_text(
        bundled_rule_pack().read_text(encoding="utf-8").replace("version =", "versie =", 1),
        encoding="utf-8",
    )
    before, page = window.pack, window.register_page
    dialog = settings_dialog(qtbot, window)
    assert not dialog.load_rule_pack(broken)
    assert not dialog.pack_error.isHidden()
    assert str(broken) in dialog.pack_error.text()
    assert "version" in dialog.pack_error.text()
    assert dialog.pack is before
    press_ok(qtbot, dialog)
    assert window.pack is before
    assert window.register_page is page
    assert st.load(config).settings.rule_pack is None


def test_a_valid_pack_is_used_shown_and_saved_and_the_bundled_one_comes_back(
    qtbot, window, config, tmp_path
):
    """A copy of the bundled pack: the status bar and the Rules page name its file."""
    mine = tmp_path / "my-pack.toml"
    shutil.copy(bundled_rule_pack(), mine)
    dialog = settings_dialog(qtbot, window)
    assert not dialog.pack_bundled.isEnabled()
    assert dialog.load_rule_pack(mine)
    assert str(mine) in dialog.pack_name.text()
    assert dialog.pack_bundled.isEnabled()
    press_ok(qtbot, dialog)

    assert window.pack.path == str(mine)
    assert "my-pack.toml" in window.pack_label.text()
    assert str(mine) in window.rules_page.title.text()
    assert window.register_page._register.pack is window.pack
    assert st.load(config).settings.rule_pack == mine

    dialog = settings_dialog(qtbot, window)
    dialog.pack_bundled.click()
    assert "bundled" in dialog.pack_name.text()
    press_ok(qtbot, dialog)
    assert window.pack is bundled_pack()
    assert "my-pack.toml" not in window.pack_label.text()
    assert st.load(config).settings.rule_pack is None


def test_a_folder_as_default_workspace_is_refused_and_the_dialog_stays(
    qtbot, window, config, tmp_path
):
    """The reason is shown; nothing is saved until it is corrected."""
    dialog = settings_dialog(qtbot, window)
    dialog.workspace.setText(str(tmp_path))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "folder" in dialog.problem.text()
    assert not config.exists()
    dialog.workspace.setText(str(tmp_path / "training.sqlite"))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert st.load(config).settings.default_workspace == tmp_path / "training.sqlite"


def test_cancel_changes_nothing(qtbot, window, config):
    """Cancel: same language, no file written."""
    dialog = settings_dialog(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.settings.language == "en"
    assert not config.exists()


def test_settings_that_cannot_be_saved_are_said_and_still_used(qtbot, ws, tmp_path, monkeypatch):
    """A locked-down workshop laptop: a clear message, and the date applies for the session."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    window = MainWindow(bundled_pack(), TODAY, ws, st.Settings(language="en"), blocker / "s.toml")
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    changed = window.settings.with_value("today", "2025-06-01")
    assert not window.apply_settings(changed, window.pack)
    assert "could not be saved" in shown[0]
    assert str(blocker / "s.toml") in shown[0]
    assert window.rules_page.date_edit.date() == QDate(2025, 6, 1)


def test_window_state_is_kept_apart_from_the_settings(qtbot, ws, config):
    """Size and position go to window-state.ini next to the settings file."""
    state = window_state.state_path(config)
    config.parent.mkdir(parents=True)
    first = MainWindow(bundled_pack(), TODAY, ws, st.Settings(language="en"), config, state)
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 x 600
    first.close()
    assert state.exists()
    assert not config.exists()
    second = MainWindow(bundled_pack(), TODAY, ws, st.Settings(language="en"), config, state)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_at_start_a_damaged_settings_file_is_said_and_the_defaults_used(qapp, config, monkeypatch):
    """gui.app shows what could not be used, then opens with the defaults."""
    from gui import app

    config.parent.mkdir(parents=True)
    config.write_text('language = "nl"\ntoday = "30/02/2026"\n', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    loaded = app.load_settings(config)
    assert loaded.settings.language == "nl"
    assert i18n.current() == "nl"
    assert loaded.settings.today is None
    assert "30/02/2026" in shown[0]
    shown.clear()
    assert app.load_pack_or_warn(str(config), from_settings=True) is bundled_pack()
    assert "Bewerken > Instellingen" in shown[0]  # the language of the settings


def test_a_modified_pack_is_said_not_to_be_the_bundled_one(qtbot, ws, config, tmp_path):
    """Same [pack] id and version, one value changed: the status bar says so; a copy not."""
    from core.rules import load_pack

    text = bundled_rule_pack().read_text(encoding="utf-8")
    mine = tmp_path / "my-pack.toml"
    mine.write_text(text.replace('value = "750000"', 'value = "1000"', 1), encoding="utf-8")
    copy = tmp_path / "copy.toml"
    shutil.copy(bundled_rule_pack(), copy)
    for path, said in ((mine, True), (copy, False)):
        win = MainWindow(load_pack(path), TODAY, ws, st.Settings(language="en"), config)
        qtbot.addWidget(win)
        assert path.name in win.pack_label.text()
        assert ("not the bundled pack" in win.pack_label.text()) is said


def test_where_a_rule_pack_is_wrong_is_said_in_the_users_language(
    qtbot, window, config, tmp_path, speak
):
    """A trainer's pack with a bad value: the file, line and key in French words; the detail
    keeps the pack's own (English) field names."""
    broken = tmp_path / "broken.toml"
    broken.write_text(
        bundled_rule_pack()
        .read_text(encoding="utf-8")
        .replace('confidence = "verified"', 'confidence = "sure"', 1),
        encoding="utf-8",
    )
    speak("fr")
    dialog = settings_dialog(qtbot, window)
    assert not dialog.load_rule_pack(broken)
    shown = dialog.pack_error.text()
    assert f"{broken}, ligne " in shown and ", clé eu_threshold_works" in shown
    assert ", line " not in shown and ", key " not in shown


def test_choosing_the_default_workspace_offers_choose_not_save(
    qtbot, window, config, tmp_path, speak, monkeypatch
):
    """The file dialog for the default workspace picks a file (new or not): its button says
    "Kiezen", not Qt's "Opslaan", and a new name is not asked to be overwritten."""
    from gui.settings import dialog as settings_module

    seen = []

    def choose(file_dialog):
        seen.append(file_dialog)
        return str(tmp_path / "nieuw.sqlite")

    monkeypatch.setattr(settings_module, "chosen_file", choose)
    speak("nl")
    dialog = settings_dialog(qtbot, window)
    qtbot.mouseClick(dialog.workspace_browse, Qt.LeftButton)
    (file_dialog,) = seen
    assert file_dialog.labelText(QFileDialog.DialogLabel.Accept) == "&Kiezen"
    assert file_dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert dialog.workspace.text() == str(tmp_path / "nieuw.sqlite")


def test_the_default_signatory_is_saved_and_handed_to_the_pdf_export(qtbot, window, config):
    dialog = settings_dialog(qtbot, window)
    qtbot.keyClicks(dialog.signatory_name, "Sofie Claeys")
    qtbot.keyClicks(dialog.signatory_function, "Algemeen directeur")
    press_ok(qtbot, dialog)
    saved = st.load(config).settings
    assert (saved.signatory_name, saved.signatory_function) == (
        "Sofie Claeys",
        "Algemeen directeur",
    )
    assert pdf_export._signatory == ("Sofie Claeys", "Algemeen directeur")
    again = settings_dialog(qtbot, window)
    assert again.signatory_name.text() == "Sofie Claeys"
    again.reject()
