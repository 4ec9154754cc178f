"""Room for the text: the zoom, windows that fit a 1280×720 screen, wizards that show their
answer without scrolling and keep their size, register columns that share the width and
headers that are never clipped."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListView,
    QStyle,
    QStyleOptionComboBox,
)

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.settings import Settings
from core.store.model import STATUSES
from gui.register.page import RegisterPage
from gui.shared import i18n, sizes
from gui.shared.widgets import FittedList
from gui.window.main_window import MainWindow
from tests.gui.answer_pages import answered

SMALL_SCREEN = QSize(1280, 720)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _first_size_again(qapp):
    """Each test starts and ends at the first text size, in English, keeping nothing."""
    sizes.use(None)
    sizes.set_zoom(1.0, keep=False)
    yield
    sizes.use(None)
    sizes.set_zoom(1.0, keep=False)
    i18n.install(qapp, "en")


@pytest.fixture
def small_screen(monkeypatch):
    """A laptop or projector screen of 1280×720."""
    monkeypatch.setattr(sizes, "screen_room", lambda widget=None: SMALL_SCREEN)


def window(qtbot, tmp_path, state=True):
    win = MainWindow(
        bundled_pack(),
        date(2026, 11, 22),
        settings=Settings(language="en"),
        settings_path=tmp_path / "settings.toml",
        state_path=tmp_path / "window-state.ini" if state else None,
    )
    qtbot.addWidget(win)
    return win


def combo_option(combo: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option


def action(win, text):
    return next(a for a in win.view_menu.actions() if a.text() == text)


def test_zoom_enlarges_every_text_and_is_remembered(qtbot, tmp_path):
    """View > Zoom in (Ctrl++) twice: larger text in the window; the next start keeps it;
    Ctrl+0 goes back to the first size."""
    first = QApplication.font().pointSizeF()
    win = window(qtbot, tmp_path)
    zoom_in = action(win, "Zoom &in")
    assert QKeySequence("Ctrl++") in zoom_in.shortcuts()
    assert QKeySequence("Ctrl+-") in action(win, "Zoom &out").shortcuts()
    assert action(win, "&Normal size").shortcut() == QKeySequence("Ctrl+0")
    zoom_in.trigger()
    zoom_in.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(first * 1.25)
    QApplication.processEvents()  # the new font reaches the widgets
    assert win.pack_label.font().pointSizeF() == pytest.approx(first * 1.25)
    win.close()
    sizes.set_zoom(1.0, keep=False)  # as a new start of the app
    assert QApplication.font().pointSizeF() == pytest.approx(first)
    again = window(qtbot, tmp_path)
    assert QApplication.font().pointSizeF() == pytest.approx(first * 1.25)
    action(again, "Zoom &out").trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(first * 1.1)
    action(again, "&Normal size").trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(first)


def test_the_main_window_fits_a_small_screen_with_its_status_bar(qtbot, tmp_path, small_screen):
    """At 1280×720 the window, its status bar (the trainer's date) included, is on screen."""
    win = window(qtbot, tmp_path, state=False)
    win.settings = Settings(language="en", today=date(2026, 3, 1))
    win.show()
    qtbot.waitExposed(win)
    assert win.width() <= 1280 - sizes.FRAME.width()
    assert win.height() <= 720 - sizes.FRAME.height()
    bar = win.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < win.height()


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("kind", ["procedure", "advance", "bid", "ranking"])
def test_a_wizard_shows_its_answer_without_scrolling_on_a_small_screen(
    qtbot,
    wizard_register,
    small_screen,
    kind,
    lang,
):
    """Opened on a 1280×720 screen, the answer page needs no scroll bar."""
    wizard = answered(qtbot, *wizard_register, kind, lang)
    qtbot.waitExposed(wizard)
    QApplication.processEvents()
    assert wizard.width() <= 1280 - sizes.FRAME.width()
    assert wizard.height() <= 720 - sizes.FRAME.height()
    page = wizard.answer
    assert not page.details.verticalScrollBar().isVisible()
    assert not page.headline.visibleRegion().isEmpty()
    if kind == "procedure":  # every allowed procedure whole, also a row that wraps
        assert not page.allowed.verticalScrollBar().isVisible()
        last = page.allowed.item(page.allowed.count() - 1)
        assert page.allowed.visualItemRect(last).bottom() < page.allowed.viewport().height()


def test_a_wizard_keeps_the_size_it_was_given(qtbot, wizard_register, tmp_path, small_screen):
    """Made smaller and closed, the wizard opens at that size the next time."""
    sizes.use(tmp_path / "window-state.ini")
    wizard = answered(qtbot, *wizard_register, "ranking", "en")
    wizard.resize(900, 600)
    wizard.reject()
    again = answered(qtbot, *wizard_register, "ranking", "en")
    assert again.size() == QSize(900, 600)


def header_needs(page, column: int) -> int:
    """The width a header's text needs, bold, with room for the sort mark."""
    header = page.table.horizontalHeader()
    font = header.font()
    font.setBold(True)
    title = header.model().headerData(column, header.orientation())
    return QFontMetrics(font).horizontalAdvance(title) + 16


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_register_headers_are_never_clipped_and_the_width_is_shared(qtbot, reg, lang):
    """No header cut in any language ("Offertes uiterlijk" was "ffertes uiterlij"); on a wide
    screen the buyer and the procedure get wider too, not only the title."""
    i18n.install(QApplication.instance(), lang)
    page = RegisterPage(reg.ws, date(2026, 11, 22), lang, register=reg)
    qtbot.addWidget(page)
    page.resize(1264, 600)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header_needs(page, column), column
    narrow = [header.sectionSize(c) for c in range(header.count())]
    page.resize(1904, 900)
    QApplication.processEvents()
    wide = [header.sectionSize(c) for c in range(header.count())]
    grown = [w - n for w, n in zip(wide, narrow, strict=True)]
    title, buyer, procedure = grown[1], grown[2], grown[4]
    assert buyer > 100 and procedure > 100
    assert title < 0.5 * sum(grown)


def test_register_columns_fill_the_rows_width_as_the_scroll_bar_comes_and_goes(qtbot, reg):
    """The columns share the width the rows have: nothing left over at the right and no
    sideways scrolling, with the list's scroll bar (a long list) and without it (one tender
    found): its width goes to the columns."""
    make_demo(reg.ws, reg.pack, 40, 5, datetime(2026, 11, 22, 10))
    page = RegisterPage(reg.ws, date(2026, 11, 22), "en", register=reg)
    qtbot.addWidget(page)
    page.resize(1600, 500)
    page.show()
    qtbot.waitExposed(page)
    header, table = page.table.horizontalHeader(), page.table

    def used() -> int:
        return sum(header.sectionSize(c) for c in range(header.count()))

    def fills() -> bool:  # within a pixel a column (the shares are whole pixels)
        return 0 <= table.viewport().width() - used() < header.count()

    assert table.verticalScrollBar().isVisible()
    assert fills() and not table.horizontalScrollBar().isVisible()
    with_bar = used()
    page.search_box.setText(page.model.data(page.model.index(0, 0)))  # one reference
    page.refresh()
    qtbot.waitUntil(lambda: page.total == 1 and not table.verticalScrollBar().isVisible())
    qtbot.waitUntil(fills)
    assert used() > with_bar and not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_register_filters_and_statuses_are_whole_on_a_small_screen(qtbot, reg, lang):
    """At 1280 wide, each filter shows its "all …" entry whole ("Toutes les procédur" was cut)
    and the status column holds the longest status ("bekendge…" was cut)."""
    i18n.install(QApplication.instance(), lang)
    page = RegisterPage(reg.ws, date(2026, 11, 22), lang, register=reg)
    qtbot.addWidget(page)
    page.resize(1264, 600)
    page.show()
    qtbot.waitExposed(page)
    for combo in page._filters():
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            combo_option(combo),
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        assert room.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)), (
            combo.itemText(0)
        )
    statuses = [page.model.status_text(s) for s in STATUSES]
    widest = max(page.table.fontMetrics().horizontalAdvance(s) for s in statuses)
    assert page.table.horizontalHeader().sectionSize(3) >= widest + 6


def test_a_list_whose_rows_wrap_shows_every_row_whole(qtbot):
    """A long allowed procedure wraps over lines at a narrow width: the list grows with it and
    its last row stays in view, without a scroll box of its own."""
    view = FittedList()
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.addItems(["✓ short", "⚠ " + "a long line that wraps " * 12, "✓ the last row"])
    qtbot.addWidget(view)
    view.resize(300, 40)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    QApplication.processEvents()
    last = view.visualItemRect(view.item(2))
    assert last.bottom() < view.viewport().height()
    assert view.height() > 3 * view.sizeHintForRow(0) + 20  # the wrapped row took more lines
    assert not view.verticalScrollBar().isVisible()


def test_register_headers_are_not_clipped_after_a_zoom(qtbot, reg):
    """Zoom in after the register was shown: every column widens with its larger header."""
    page = RegisterPage(reg.ws, date(2026, 11, 22), "nl", register=reg)
    qtbot.addWidget(page)
    page.resize(1264, 600)
    page.show()
    qtbot.waitExposed(page)
    sizes.set_zoom(1.5, keep=False)
    QApplication.processEvents()  # the new font reaches the table and its header
    header = page.table.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header_needs(page, column), column


#: a dialog measures its screen, is closed and dropped, and the cycle collector frees it; the
#: screen's wrapper is older than the dialog (the window made it first), so the collector meets
#: it first
SCREEN_AFTER_A_COLLECTION = """
import gc, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from gui.shared import sizes
app = QApplication([])
deleted = []
screen = QGuiApplication.primaryScreen()
screen.destroyed.connect(lambda: deleted.append(True))
dialog = QDialog()
sizes.size_dialog(dialog, "any", sizes.QSize(600, 400))
del screen
dialog.me = dialog
del dialog
gc.collect()
window = QWidget()
window.show()
window.close()
print("deleted" if deleted else "kept")
"""


def test_a_dialog_freed_by_the_cycle_collector_leaves_the_screen_alone():
    """Fitting a dialog to its screen must not tie the screen to the dialog: with
    ``widget.screen()``, PySide6 made the screen the dialog's child in Python, the collector
    took the screen for its own when it freed the dialog, and deleted it (then closing any
    window crashed the process). In a process of its own: that crash would end the tests'."""
    run = subprocess.run(
        [sys.executable, "-c", SCREEN_AFTER_A_COLLECTION],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert (run.returncode, run.stdout.strip()) == (0, "kept"), run.stderr
