"""Export PDF on the register asks which tenders, with the count, before writing any file:
one selected tender must not silently become a file for every tender of the view."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from gui.register.page import RegisterPage
from gui.shared import i18n
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def page(qtbot, qapp, tmp_path):
    i18n.install(qapp, "nl")
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    for n in range(3):
        reg.add_tender(
            {
                "reference": f"2026/00{n}",
                "title": f"Onderhoud {n}",
                "authority": "local",
                "contract_type": "services",
                "estimated_value": "141500",
                "launch_date": "2026-03-01",
            },
            NOW,
        )
    widget = RegisterPage(ws, NOW.date(), "nl", register=reg)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    yield widget
    # the page (and its typing timer) goes before the workspace it reads
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ws.close()
    i18n.install(qapp, "en")


def answer(starting: str, seen: list[str]) -> None:
    """Click the button of the question box whose text starts with ``starting``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)  # not shown yet
            return
        seen.extend(b.text() for b in box.buttons())
        matching = [b for b in box.buttons() if b.text().startswith(starting)]
        # no such button: cancel, so that the test fails on its answer instead of hanging
        (matching or [box.button(QMessageBox.StandardButton.Cancel)])[0].click()

    QTimer.singleShot(0, click)


def test_the_selected_tender_alone_gets_the_document(page):
    page.table.setCurrentIndex(page.model.index(1, 0))
    chosen = page.model.row_at(1)
    seen: list[str] = []
    answer("De gekozen opdracht", seen)
    assert page.pdf_scope("Overzicht") == [chosen.id]
    assert f"De gekozen opdracht ({chosen.reference})" in seen
    assert "Alle 3 opdrachten van de weergave, elk een bestand" in seen


def test_every_tender_of_the_view_is_a_choice_that_names_the_count(page):
    page.table.setCurrentIndex(page.model.index(0, 0))
    answer("Alle 3", [])
    what = page.pdf_scope("Overzicht")
    assert isinstance(what, search.Query)
    assert search.count(page._ws, what) == 3


def test_cancel_writes_nothing(page):
    answer("Annuleren", [])
    assert page.pdf_scope("Overzicht") is None


def test_without_a_selection_only_the_whole_view_is_offered(page):
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    seen: list[str] = []
    answer("Alle 3", seen)
    assert isinstance(page.pdf_scope("Overzicht"), search.Query)
    assert not any(text.startswith("De gekozen") for text in seen)


def test_a_view_of_one_tender_is_not_asked_about(page):
    page.search_box.setText("2026/001")
    what = page.pdf_scope("Overzicht")  # no box: a question would block this test
    assert search.count(page._ws, what) == 1
