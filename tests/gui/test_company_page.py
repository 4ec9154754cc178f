"""My company in the window: chosen, its contact saved, its size class with the rule that
decided it, and the warnings a user must see (old figures, what a letter would miss)."""

from __future__ import annotations

from datetime import date

from core.company.profile import read_profile
from gui.company.profile_page import CompanyPage
from tests.gui.conftest import NOW

FIGURES = {"staff_awu": "12", "turnover": "1800000", "balance_sheet_total": "900000"}


def page_on(qtbot, reg, today=date(2026, 11, 22), lang="en") -> CompanyPage:
    page = CompanyPage(reg, today, lang, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    return page


def test_an_organisation_chosen_becomes_my_company_with_its_contact(qtbot, reg):
    org = reg.add_organisation({"name": "Dupont SRL", **FIGURES, "figures_year": 2025}, NOW)
    page = page_on(qtbot, reg)
    assert "Choose the organisation" in page.summary.text()
    page.company.setCurrentIndex(page.company.findData(org))
    page.contact["name"].setText("Claire Dupont")
    page.contact["function"].setText("gérante")
    assert page.save()
    profile = read_profile(reg)
    assert profile.organisation.id == org
    assert (profile.contact.name, profile.contact.function) == ("Claire Dupont", "gérante")
    shown = page.summary.text()
    assert "Small enterprise: fewer than 50 staff and a turnover of at most" in shown
    assert "Rule: article" in shown
    assert "Warning: the figures" not in shown  # 2025 is the last closed year
    # what our letters need and the company does not have yet
    assert "Our letters cannot be written without: Enterprise number, " in shown
    assert "IBAN" in shown and "Contact person" not in shown.split("without:")[1]


def test_old_figures_are_flagged_with_a_word_not_only_a_colour(qtbot, reg):
    org = reg.add_organisation({"name": "Dupont SRL", **FIGURES, "figures_year": 2023}, NOW)
    page = page_on(qtbot, reg)
    page.company.setCurrentIndex(page.company.findData(org))
    assert "⚠ Warning: the figures are of 2023; the last closed year is 2025." in (
        page.summary.text()
    )


def test_nothing_is_saved_without_a_company(qtbot, reg):
    page = page_on(qtbot, reg)
    assert not page.save()
    assert not page.problem.isHidden()
    assert read_profile(reg) is None


def test_the_page_speaks_french(qtbot, reg, speak):
    speak("fr")
    org = reg.add_organisation({"name": "Dupont SRL", **FIGURES, "figures_year": 2025}, NOW)
    page = page_on(qtbot, reg, lang="fr")
    page.company.setCurrentIndex(page.company.findData(org))
    assert "Petite entreprise" in page.summary.text()
    assert "Nos lettres ne peuvent pas être rédigées sans" in page.summary.text()
