"""File > Export OCDS…: the register written as an OCDS package with the prefix of the
settings; a register that does not follow the schema is refused with its tender and place in
the file, in the window's language, and nothing is written; the prefix is set in Settings."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QFileDialog

from core.rules import bundled_pack
from core.settings import Settings
from core.store.workspace import open_workspace
from gui.settings.dialog import SettingsDialog
from gui.window.main_window import MainWindow
from tests.gui.conftest import DEMO_MADE

NOW = datetime(2026, 11, 29, 12, 0)


@pytest.fixture
def demo(demo_workspace):
    """The demo workspace made at NOW (shared with the year report's tests: copied here)."""
    assert NOW == DEMO_MADE
    return demo_workspace


@pytest.fixture
def window(qtbot, tmp_path, demo):
    path = tmp_path / "demo.sqlite"
    source, copy = sqlite3.connect(demo), sqlite3.connect(path)
    source.backup(copy)
    source.close()
    copy.close()
    ws = open_workspace(path, now=NOW)
    made = MainWindow(
        bundled_pack(),
        date(2026, 11, 29),
        ws,
        settings=Settings(language="nl", ocid_prefix="ocds-213czf"),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(made)
    made.show()
    yield made
    ws.close()


def export_from_the_menu(qtbot, window, monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.ocds_action.isEnabled()
    window.ocds_action.trigger()
    with qtbot.waitSignal(window.ocds_job.finished, timeout=30000):
        pass


def test_the_menu_writes_the_register_as_ocds(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "register.json"
    export_from_the_menu(qtbot, window, monkeypatch, target)
    count = window.workspace.conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
    releases = json.loads(target.read_text(encoding="utf-8"))["releases"]
    assert len(releases) == count > 0
    assert all(r["ocid"].startswith("ocds-213czf-") for r in releases)
    assert window.statusBar().currentMessage().startswith(f"{count} opdrachten geschreven naar")


def test_a_register_against_the_schema_is_refused_and_said(qtbot, window, monkeypatch, tmp_path):
    conn = window.workspace.conn
    (reference,) = conn.execute("SELECT reference FROM tenders ORDER BY id LIMIT 1").fetchone()
    with window.workspace.transaction():
        conn.execute(
            "UPDATE tenders SET contract_type = 'catering' WHERE reference = ?", [reference]
        )
    target = tmp_path / "register.json"
    export_from_the_menu(qtbot, window, monkeypatch, target)
    box = window.ocds_message
    assert box.isVisible()
    assert box.text().startswith("Het OCDS-bestand werd niet geschreven")
    assert box.informativeText().startswith(
        f"Opdracht {reference}, bij /releases/0/tender/mainProcurementCategory: "
        '"catering" is geen van de toegelaten waarden'
    )
    assert not target.exists()
    box.close()


def test_the_prefix_is_set_in_the_settings(qtbot):
    dialog = SettingsDialog(Settings(language="nl"), bundled_pack(), date(2026, 11, 29))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ocid_prefix.text() == "ocds-xxxxxx"
    dialog.ocid_prefix.setText("ocds-12")
    dialog.accept()
    assert dialog.problem.isVisible() and dialog.result() == 0
    assert dialog.problem.text().startswith("OCDS prefix (ocid): “ocds-12” is not an OCDS prefix")
    dialog.ocid_prefix.setText("ocds-213czf")
    dialog.accept()
    assert dialog.settings.ocid_prefix == "ocds-213czf"
