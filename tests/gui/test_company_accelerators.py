"""The company's window in each language: every Alt+letter of its pages, menus and dialogs
does one thing (the checks of test_accelerators, on the company's and the trainer's window)."""

from __future__ import annotations

from datetime import date

import pytest

from core.company.offers import add_offer
from core.company.profile import save_profile
from core.settings import Settings
from gui.shared import i18n
from gui.window import role_pages
from gui.window.main_window import MainWindow
from tests.gui.conftest import NOW
from tests.gui.test_accelerators import clashes, every_tab, menus, scope

NOTICE = {
    "reference": "2026/S 210-000123",
    "buyer": "Commune de Gembloux",
    "title": "Fourniture de mobilier scolaire",
    "authority": "local",
    "contract_type": "supplies",
    "estimated_value": "90000",
    "procedure": "open",
    "launch_date": "2026-11-02",
    "offers_deadline": "2026-11-27",
    "offer": "87500",
}


@pytest.mark.parametrize("role", ["company", "training"])
@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_no_two_items_of_the_company_side_share_an_accelerator(qtbot, qapp, reg, lang, role):
    i18n.install(qapp, lang)
    try:
        mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
        tenderer = add_offer(reg, mine, NOTICE, NOW)
        window = MainWindow(
            reg.pack, date(2026, 11, 22), reg.ws, settings=Settings(language=lang, role=role)
        )
        qtbot.addWidget(window)
        window.show()
        scopes = {f"window, page {n}": texts for n, texts in enumerate(every_tab(window))}
        scopes |= {f"menu {n}": menu for n, menu in enumerate(menus(window))}
        offers = window._later.page("offers")
        dialog = offers.open_new()
        scopes["new offer"] = scope(dialog)
        dialog.reject()
        meaning = role_pages.open_meaning(window, reg, tenderer, lang)
        scopes["meaning"] = scope(meaning)
        meaning.reject()
        # File, Edit, View, the role's Offers, Help
        assert len([a for a in window.menuBar().actions() if a.isVisible()]) == 5
        assert {name: c for name, texts in scopes.items() if (c := clashes(texts))} == {}
    finally:
        i18n.install(qapp, "en")


def test_the_company_starts_with_its_profile_then_a_first_offer(qtbot, reg, tmp_path):
    window = MainWindow(
        reg.pack,
        date(2026, 11, 22),
        reg.ws,
        settings=Settings(language="en", role="company"),
        settings_path=tmp_path / "s.toml",
    )
    qtbot.addWidget(window)
    window.show()
    window.welcome.start_button.click()
    assert window.pages.currentWidget() is window._later.page("company")
    save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    window.welcome.start_button.click()
    offers = window._later.page("offers")
    assert window.pages.currentWidget() is offers
    dialogs = [w for w in offers.children() if w.__class__.__name__ == "OfferDialog"]
    assert len(dialogs) == 1 and dialogs[0].isVisible()  # the first offer, from a notice


def test_the_offers_menu_leads_to_a_new_offer_or_first_to_the_profile(qtbot, reg, tmp_path):
    window = MainWindow(
        reg.pack,
        date(2026, 11, 22),
        reg.ws,
        settings=Settings(language="en", role="training"),
        settings_path=tmp_path / "s.toml",
    )
    qtbot.addWidget(window)
    window.show()
    offers_menu = window.menuBar().actions()[3].menu()
    new, _meaning, company = offers_menu.actions()
    new.trigger()  # no company yet: its profile first
    assert window.pages.currentWidget() is window._later.page("company")
    save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    new.trigger()
    offers = window._later.page("offers")
    assert window.pages.currentWidget() is offers
    dialogs = [w for w in offers.children() if w.__class__.__name__ == "OfferDialog"]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()
    company.trigger()
    assert window.pages.currentWidget() is window._later.page("company")
