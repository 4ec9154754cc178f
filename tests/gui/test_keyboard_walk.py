"""A Flemish buyer's first morning with the keyboard only: from an empty workspace (the
welcome page) to a first tender saved, its procedure decided in the wizard and the
motivation written as PDF. Keys go to whatever has the focus, as they would for the user;
each step asserts what the user sees. Only the system's folder dialog is answered for her."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from core.rules import bundled_pack
from core.settings import Settings
from gui.register.editor import TenderEditor
from gui.shared import i18n
from gui.window import file_menu
from gui.window.main_window import MainWindow
from gui.wizards.procedure import ProcedureWizard
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to the widget that has the focus; an Alt+letter's button clicks after its
    press is shown (a tenth of a second), so that wait is part of the key."""
    QTest.keyClick(focus(), k, modifier)
    if modifier & Qt.KeyboardModifier.AltModifier:
        qtbot.wait(150)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def tab_to(qtbot, target: QWidget, most: int = 40) -> None:
    """Tab until ``target`` has the focus (as a user would, looking at the screen)."""
    for _ in range(most):
        if focus() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert focus() is target, f"Tab never reached {target!r}"


def modal(qtbot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


@pytest.fixture
def dutch(qapp, monkeypatch):
    i18n.install(qapp, "nl")
    monkeypatch.setattr(file_menu, "_MEMORY", [])
    yield
    i18n.install(qapp, "en")


# the offscreen platform cannot raise a popup menu nor let it grab the keyboard; it says so
@pytest.mark.qt_log_ignore(
    "^This plugin does not support (raise|grabbing the keyboard)", extend=True
)
def test_from_the_welcome_page_to_the_motivation_pdf_with_keys_only(
    qtbot, tmp_path, dutch, monkeypatch
):
    out = tmp_path / "pdf"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    ws = new_workspace(tmp_path / "werkruimte.sqlite", now=NOW, check=False, auto_backup=False)
    window = MainWindow(
        bundled_pack(),
        date(2026, 11, 22),
        ws,
        settings=Settings(language="nl"),
        settings_path=tmp_path / "settings.toml",
        state_path=tmp_path / "window-state.ini",
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.start_button)

    # the welcome page: Alt+E starts the register with a first tender
    assert window.centralWidget().currentWidget() is window.welcome
    key(qtbot, Qt.Key.Key_E, ALT)
    editor = modal(qtbot, TenderEditor)
    assert editor.windowTitle() == "Nieuwe opdracht"
    # the first field, ready for typing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.form.reference)
    type_text("2026/001")
    key(qtbot, Qt.Key.Key_Tab)  # the notice's reference, on the same line: left empty
    assert focus() is editor.form.notice_reference
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.form.title
    type_text("Onderhoud groenzones")
    tab_to(qtbot, editor.form.contract_type)
    type_text("D")  # Diensten
    assert editor.form.contract_type.currentData() == "services"
    tab_to(qtbot, editor.form.estimated_value)
    type_text("141.500")
    tab_to(qtbot, editor.form.launch_date)
    type_text("01/03/2026")
    with qtbot.waitSignal(editor.saved):
        key(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.isVisible()  # saving keeps the editor open (the tenderers can follow)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()  # what the window manager does when a dialog closes
    # the keys go on in the register's list, not in the hidden welcome page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.register_page.table)

    # the register replaces the welcome page and shows the tender
    page = window.register_page
    assert window.centralWidget().currentWidget() is window.pages
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 opdracht"
    assert not page.decide_button.isEnabled()  # nothing selected yet
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is page.search_box
    key(qtbot, Qt.Key.Key_Return)  # from the search box to the list, on its first row
    assert focus() is page.table
    assert page.selected_rows() == [0] and page.decide_button.isEnabled()

    # Beslissen > Procedure…: Alt+S opens the menu, P the procedure wizard
    key(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: page.decide_button.menu().isVisible())
    QTest.keyClick(page.decide_button.menu(), Qt.Key.Key_P)
    wizard = modal(qtbot, ProcedureWizard)
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()))
    while wizard.currentPage() is not wizard.answer:
        before = wizard.currentPage()
        key(qtbot, Qt.Key.Key_V, ALT)  # &Volgende >
        assert wizard.currentPage() is not before, "Next did not move on"
    answer = wizard.answer
    assert answer.chosen() == "simplified_negotiated_with_publication"
    assert (
        answer.allowed.currentItem()
        .text()
        .startswith("✓ vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking")
    )

    # the motivation as PDF, from the answer page's button, reached with Tab
    tab_to(qtbot, answer.pdf_button)
    key(qtbot, Qt.Key.Key_Space)
    # written whole: a temporary file first, renamed when complete
    qtbot.waitUntil(lambda: any(p.suffix == ".pdf" for p in out.iterdir()), timeout=20000)
    (pdf,) = (p for p in out.iterdir() if p.suffix == ".pdf")
    assert pdf.suffix == ".pdf" and pdf.read_bytes()[:5] == b"%PDF-"
    report = modal(qtbot, QMessageBox)
    assert "1 bestand" in report.text()
    key(qtbot, Qt.Key.Key_Escape)  # Enter would open the folder
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is wizard)
    wizard.activateWindow()  # what the window manager does when the message closes
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()))
    key(qtbot, Qt.Key.Key_V, ALT)  # &Voltooien
    qtbot.waitUntil(lambda: not wizard.isVisible())
    stored = window.register_page._register.tender(page.model.row_at(0).id)
    assert stored.procedure == "simplified_negotiated_with_publication"
    window.close()
    ws.close()
