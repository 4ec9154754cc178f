"""Every Alt+letter does one thing: no two visible items of one menu, window page or dialog
share an &-accelerator, in English, Dutch and French (Alt+D once opened both "Export P&DF"
and "&Decide")."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from core.rules import bundled_pack
from core.settings import Settings
from gui.register.estimate_dialog import EstimateDialog
from gui.shared import i18n
from gui.window.main_window import MainWindow
from gui.wizards.advance import AdvanceWizard
from gui.wizards.bid import BidCompensationWizard
from gui.wizards.bond import BondWizard
from gui.wizards.procedure import ProcedureWizard
from gui.wizards.ranking import RankingWizard
from tests.gui.answer_pages import NOW, make_tenders
from tests.workspaces import new_workspace

LANGS = ("en", "nl", "fr")


def accelerator(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """The letters more than one text claims, with those texts."""
    claims: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = accelerator(text)
        if letter:
            claims[letter].append(text)
    return {letter: found for letter, found in claims.items() if len(found) > 1}


def scope(top: QWidget) -> list[str]:
    """What the Alt keys reach in a window or dialog as it is shown now: its menu bar, tabs,
    buttons, check boxes, group boxes and the labels of its fields."""
    texts = []
    if isinstance(top, QMainWindow):
        texts += [a.text() for a in top.menuBar().actions() if a.isVisible()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or isinstance(widget.window(), QMenu):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


def menus(top: QWidget) -> list[list[str]]:
    """The items of each menu and submenu ``top`` holds (menu bar, Decide, Export PDF)."""
    return [
        [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        for menu in top.findChildren(QMenu)
    ]


def every_tab(top: QWidget) -> list[list[str]]:
    """The scope of ``top`` with each page of its (first) tab widget shown in turn."""
    tabs = top.findChild(QTabWidget)
    if tabs is None:
        return [scope(top)]
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found.append(scope(top))
    return found


@pytest.fixture(autouse=True)
def _english_again(qapp):
    yield
    i18n.install(qapp, "en")


def wizard_pages(qtbot, wizard) -> list[list[str]]:
    """The scope of each page of ``wizard``, walked with Next."""
    qtbot.addWidget(wizard)
    wizard.show()
    found = [scope(wizard)]
    while wizard.currentPage() is not wizard.answer:
        page = wizard.currentPage()
        wizard.next()
        assert wizard.currentPage() is not page
        found.append(scope(wizard))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_items_share_an_accelerator(qtbot, qapp, reg, tmp_path, lang):
    """The main window on each page, every menu, and every dialog and wizard page it opens."""
    i18n.install(qapp, lang)
    tenders = make_tenders(reg)
    window = MainWindow(
        reg.pack,
        date(2026, 11, 22),
        reg.ws,
        settings=Settings(language=lang),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(window)
    window.show()
    scopes = {f"window, page {n}": texts for n, texts in enumerate(every_tab(window))}
    scopes |= {f"menu {menu}": menu for menu in menus(window)}
    settings = window.open_settings()
    scopes["settings"] = scope(settings)
    settings.reject()
    for name, editor in (
        ("new tender", window.register_page.open_editor(None)),
        ("tender", window.register_page.open_editor(tenders["bid"])),
        ("organisation", window.organisations_page.open_editor(None)),
    ):
        scopes |= {f"{name}, tab {n}": texts for n, texts in enumerate(every_tab(editor))}
        scopes |= {f"{name} menu {menu}": menu for menu in menus(editor)}
        editor.reject()
    estimate = EstimateDialog(reg.pack, "2026-03-01", "local", "works", lang)
    qtbot.addWidget(estimate)
    estimate.show()
    scopes["estimate"] = scope(estimate)
    for wizard_class, tender in (
        (ProcedureWizard, tenders["procedure"]),
        (AdvanceWizard, tenders["advance"]),
        (BidCompensationWizard, tenders["bid"]),
        (RankingWizard, tenders["bid"]),
        (BondWizard, tenders["advance"]),
    ):
        wizard = wizard_class(reg, tender, lang, now=lambda: NOW)
        if wizard_class is AdvanceWizard:
            wizard.contract.amount.setText("180.000,00")
        if wizard_class is BidCompensationWizard:
            wizard.items_page.amount.setText("2.500,00")
        pages = wizard_pages(qtbot, wizard)
        scopes |= {f"{wizard_class.__name__}, page {n}": t for n, t in enumerate(pages)}
        scopes |= {f"{wizard_class.__name__} menu {m}": m for m in menus(wizard)}
    assert len(scopes) > 15
    found = {name: clash for name, texts in scopes.items() if (clash := clashes(texts))}
    assert found == {}


@pytest.mark.parametrize("lang", LANGS)
def test_the_welcome_page_and_the_file_menu_share_no_accelerator(qtbot, qapp, tmp_path, lang):
    """An empty workspace opens on the welcome page: its buttons beside the menu bar."""
    i18n.install(qapp, lang)
    with new_workspace(tmp_path / "empty.sqlite", now=NOW) as ws:
        window = MainWindow(
            bundled_pack(),
            date(2026, 11, 22),
            ws,
            settings=Settings(language=lang),
            settings_path=tmp_path / "settings.toml",
        )
        qtbot.addWidget(window)
        window.show()
        assert window.centralWidget().currentWidget() is window.welcome
        scopes = {"welcome": scope(window)} | {f"menu {m}": m for m in menus(window)}
        assert len(scopes["welcome"]) >= 8
        found = {name: clash for name, texts in scopes.items() if (clash := clashes(texts))}
        assert found == {}
        window.close()
