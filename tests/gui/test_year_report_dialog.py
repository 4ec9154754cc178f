"""File > Year report…: the figures of a year, the tenders behind a figure on a click, one of
them opened, the report exported; every Alt key once, in each language."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from core.rules import bundled_pack
from core.texts import text
from gui.reports.model import KEY_ROLE, figures_model
from gui.reports.year_dialog import YearReportDialog
from tests.gui.conftest import DEMO_MADE
from tests.gui.test_accelerators import clashes, scope

TODAY = date(2026, 11, 29)
YEAR = 2024


@pytest.fixture
def demo(demo_workspace):
    """The demo workspace made on 29 November 2026 at noon (shared with the OCDS export's
    tests, which copy it: read only here)."""
    assert datetime(2026, 11, 29, 12) == DEMO_MADE
    return demo_workspace


def shown(qtbot, demo, lang="en", opened=None):
    found = opened.append if opened is not None else None
    dialog = YearReportDialog(None, demo, bundled_pack(), lang, TODAY, open_tender=found)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job.finished, timeout=10000):
        pass
    with qtbot.waitSignal(dialog.year.valueChanged):
        dialog.year.setValue(YEAR)
    qtbot.waitUntil(lambda: dialog.read is not None and dialog.read.report.year == YEAR)
    dialog.show()
    return dialog


def test_a_click_on_a_figure_lists_its_tenders_and_one_opens(qtbot, demo):
    opened: list[int] = []
    dialog = shown(qtbot, demo, opened=opened)
    model = dialog.figures
    figures = dialog.read.report.figures
    row = next(r for r, f in enumerate(figures) if (f.section, f.group) == ("below_eu", "works"))
    assert model.index(row, 0).data() == text("en", "year_report", "below_eu")
    assert model.index(row, 1).data() == text("en", "contract_type", "works")
    with sqlite3.connect(demo) as conn:
        expected = sorted(
            r[0]
            for r in conn.execute(
                "SELECT reference FROM tenders WHERE id IN "
                f"({','.join(map(str, model.index(row, 0).data(KEY_ROLE)))})"
            )
        )
    assert int(model.index(row, 3).data()) == len(expected) > 0
    dialog.figures_view.setCurrentIndex(model.index(row, 0))
    listed = [dialog.tenders.index(r, 0).data() for r in range(dialog.tenders.rowCount())]
    assert sorted(listed) == expected
    dialog.tenders_view.setCurrentIndex(dialog.tenders.index(1, 0))
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert opened == [dialog.tenders.index(1, 0).data(KEY_ROLE)]


def test_the_report_shown_is_exported(qtbot, demo, tmp_path):
    dialog = shown(qtbot, demo, lang="fr")
    target = tmp_path / "rapport.xlsx"
    with qtbot.waitSignal(dialog.export(target).finished, timeout=20000):
        pass
    sheet = load_workbook(target).worksheets[0]
    assert sheet.max_row - 1 == dialog.figures.rowCount()
    assert str(target) in dialog.basis.text()


def test_the_figures_model_passes_the_model_tester(qtmodeltester, qtbot, demo):
    dialog = shown(qtbot, demo)
    qtmodeltester.check(dialog.figures)
    qtmodeltester.check(figures_model("nl"))


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_no_two_items_of_the_dialog_share_an_accelerator(qtbot, demo, speak, lang):
    speak(lang)
    dialog = shown(qtbot, demo, lang=lang)
    texts = scope(dialog)
    assert len([t for t in texts if "&" in t]) >= 3
    assert clashes(texts) == {}
