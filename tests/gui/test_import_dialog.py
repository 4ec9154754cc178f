"""File > Import…: the preview maps each column to a field the user can change; Check lists
the refused rows with their reasons and writes nothing; Import writes all rows as one undo
step; the dialog has no Alt-letter twice, in each language."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.rules import bundled_pack
from core.settings import Settings
from gui.window.import_dialog import import_file
from gui.window.main_window import MainWindow
from tests.gui.test_accelerators import clashes, scope
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)
CSV = (
    "Dossier;Omschrijving;Aard;Raming;Startdatum;Aanbesteder\n"
    "A-1;Groen;diensten;1.500;01/03/2026;Gemeente Lede\n"
    "A-2;Dak;werken;80.000,00;02/03/2026;Gemeente Lede\n"
)


@pytest.fixture
def window(qtbot, tmp_path):
    ws = new_workspace(tmp_path / "ws.sqlite", now=NOW)
    made = MainWindow(
        bundled_pack(),
        date(2026, 11, 22),
        ws,
        settings=Settings(language="nl"),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(made)
    made.show()
    yield made
    ws.close()


def tenders(window):
    return window.workspace.conn.execute("SELECT reference FROM tenders ORDER BY 1").fetchall()


def test_check_then_import_as_one_undo_step(qtbot, window, tmp_path):
    source = tmp_path / "lijst.csv"
    source.write_text(CSV + "A-3;Raam;werken;-5;03/03/2026;Gemeente Lede\n", encoding="utf-8")
    dialog = import_file(window, source)
    assert [c.currentData() for c in dialog.combos] == [
        "",
        "title",
        "contract_type",
        "estimated_value",
        "launch_date",
        "buyer",
    ]
    assert not dialog.import_button.isEnabled()  # no column holds the reference yet
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("reference"))
    dialog.authority.setCurrentIndex(dialog.authority.findData("local"))
    assert dialog.import_button.isEnabled()
    assert dialog.preview.item(1, 1).text() == "Groen"

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.rejected.topLevelItemCount() == 1, timeout=10000)
    item = dialog.rejected.topLevelItem(0)
    assert (item.text(0), item.text(1)) == (
        "4",
        "Geraamde waarde excl. btw: mag niet negatief zijn.",
    )
    assert tenders(window) == []

    dialog.outcome.clear()
    dialog.import_button.click()  # refused: nothing written, the dialog stays
    qtbot.waitUntil(lambda: "niets ingevoerd" in dialog.outcome.text(), timeout=10000)
    assert tenders(window) == [] and dialog.isVisible()

    source.write_text(CSV, encoding="utf-8")
    dialog = import_file(window, source)
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("reference"))
    dialog.authority.setCurrentIndex(dialog.authority.findData("local"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert tenders(window) == [("A-1",), ("A-2",)]
    assert window.register_page.model.rowCount() == 2
    window.undo_stack.undo()
    assert tenders(window) == []
    assert window.workspace.conn.execute("SELECT count(*) FROM organisations").fetchone() == (0,)
    window.undo_stack.redo()
    assert tenders(window) == [("A-1",), ("A-2",)]
    again = import_file(window, source)  # the same layout: the mapping is remembered
    assert again.combos[0].currentData() == "reference"


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_the_dialog_has_no_alt_letter_twice(qtbot, window, tmp_path, speak, lang):
    speak(lang)
    source = tmp_path / "lijst.csv"
    source.write_text(CSV, encoding="utf-8")
    dialog = import_file(window, source)
    assert clashes(scope(dialog)) == {}
