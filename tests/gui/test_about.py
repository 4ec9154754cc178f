"""Help > About: the version, the rule pack and that the app is no legal advice, in Dutch."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QMessageBox

from core.rules import bundled_pack
from core.version import version
from gui.shared import i18n
from gui.window.main_window import MainWindow
from tests.workspaces import new_workspace


def test_about_names_version_pack_and_says_it_is_no_legal_advice(
    qtbot, qapp, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    pack = bundled_pack()
    i18n.install(qapp, "nl")
    try:
        with new_workspace(tmp_path / "w.sqlite", now=datetime(2026, 11, 29)) as ws:
            window = MainWindow(pack, date(2026, 11, 29), ws)
            qtbot.addWidget(window)
            help_menu = window.menuBar().actions()[-1].menu()
            help_menu.actions()[0].trigger()
    finally:
        i18n.install(qapp, "en")
    (text,) = shown
    assert f"Versie {version()}" in text
    assert f"Regelpakket: {pack.id}, versie {pack.version} van " in text
    assert pack.published.strftime("%d/%m/%Y") in text
    assert "Dit is geen juridisch advies." in text
    assert "waar het onderzoek onzeker is, zegt het antwoord dat" in text
