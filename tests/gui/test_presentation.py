"""Presentation mode: a trainer presses F5 before a room, gets full screen, text at least half
as large again and black on white; F5 or Esc gives back the window as it was."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from core.record import replace
from core.rules import bundled_pack
from core.settings import Settings
from gui.shared import sizes
from gui.window import presentation
from gui.window.main_window import MainWindow
from tests.gui.answer_pages import make_tenders
from tests.gui.test_room_for_the_text import _first_size_again, action, window  # noqa: F401

WHITE, BLACK = QColor("#ffffff"), QColor("#000000")


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (21 for black on white)."""

    def lum(c: QColor) -> float:
        def part(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * part(c.redF()) + 0.7152 * part(c.greenF()) + 0.0722 * part(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_f5_presents_and_f5_gives_the_window_back(qtbot, tmp_path):
    first = QApplication.font().pointSizeF()
    before = QPalette(QApplication.palette())
    win = window(qtbot, tmp_path)
    win.show()
    present = action(win, "&Presentation mode")
    assert present.shortcut() == QKeySequence("F5")
    assert present.isCheckable() and not present.isChecked()

    present.trigger()
    assert win.isFullScreen()
    assert QApplication.font().pointSizeF() >= first * 1.5
    palette = QApplication.palette()
    for fore, back in (
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        assert contrast(palette.color(fore), palette.color(back)) >= 7, fore
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert contrast(disabled, palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert present.isChecked()
    assert "F5" in win.statusBar().currentMessage()

    present.trigger()
    assert not win.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(first)
    assert QApplication.palette().color(QPalette.ColorRole.Text) == before.color(
        QPalette.ColorRole.Text
    )
    assert QApplication.palette().color(QPalette.ColorRole.Base) == before.color(
        QPalette.ColorRole.Base
    )
    assert not present.isChecked()


def test_esc_leaves_and_the_projector_zoom_is_not_kept(qtbot, tmp_path):
    """A zoom of 1.25 chosen by the user comes back after presenting at 1.6 and zooming once
    more; the window-state file still says 1.25."""
    first = QApplication.font().pointSizeF()
    win = window(qtbot, tmp_path)
    win.show()
    action(win, "Zoom &in").trigger()
    action(win, "Zoom &in").trigger()  # 1.25
    action(win, "&Presentation mode").trigger()
    assert sizes.current_zoom() == 1.6
    action(win, "Zoom &in").trigger()  # 1.8 on the projector
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.presentation.on and not win.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(first * 1.25)
    kept = QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat)
    assert float(kept.value("view/zoom")) == 1.25


def test_a_larger_zoom_of_the_user_is_kept_while_presenting():
    assert presentation.presenting_zoom(1.0) == 1.6
    assert presentation.presenting_zoom(2.0) == 2.0


def test_presentation_survives_a_change_of_language(qtbot, tmp_path):
    """Switching to French while presenting (the menus are rebuilt) keeps the mode on and the
    new menu's action checked, in French."""
    win = window(qtbot, tmp_path)
    win.show()
    action(win, "&Presentation mode").trigger()
    win.apply_settings(replace(win.settings, language="fr"), win.pack)
    present = action(win, "Mode &présentation")
    assert present.isChecked() and win.isFullScreen()
    present.trigger()
    assert not win.isFullScreen()


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_at_the_projector_zoom_the_window_fits_1280_pixels(qtbot, reg, speak, lang):
    """The register's search, filters and buttons go on to a second line instead of making
    the window wider than the screen, and each filter still shows its "all …" entry whole."""
    speak(lang)
    make_tenders(reg)  # an empty register shows the welcome page instead
    win = MainWindow(bundled_pack(), date(2026, 11, 22), reg.ws, settings=Settings(language=lang))
    qtbot.addWidget(win)
    win.show()
    win.presentation.enter()
    QApplication.processEvents()
    assert win.minimumSizeHint().width() <= 1280
    page = win.register_page
    for combo in page._filters():
        shown = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
        assert combo.minimumWidth() > shown, combo.itemText(0)
    win.resize(1280, 720)
    qtbot.waitUntil(lambda: page.width() > 1200)
    row = [page.search_box, *page._filters(), page.new_button, page.decide_button]
    assert all(w.geometry().right() <= page.width() for w in row)
    assert len({w.geometry().top() for w in row}) > 1  # two lines
    win.presentation.leave()


def test_closing_while_presenting_keeps_the_window_and_zoom_as_they_were(qtbot, tmp_path):
    """The next start must not open full screen at the projector's zoom."""
    win = window(qtbot, tmp_path)
    win.show()
    win.resize(900, 600)
    action(win, "&Presentation mode").trigger()
    win.close()
    kept = QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat)
    assert float(kept.value("view/zoom", 1.0)) == 1.0
    again = window(qtbot, tmp_path)
    again.show()
    assert not again.isFullScreen()
    assert sizes.current_zoom() == 1.0
