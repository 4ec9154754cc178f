"""Quick checks in the window: a form per check, filled from the company's profile, whose
answer is the one ``main.py decide`` gives for what was typed."""

from __future__ import annotations

from datetime import date

from core.company.profile import save_profile
from core.company.quick import FORMS
from core.texts import explain_lines
from gui.company.checks_page import QuickChecksPage
from tests.gui.conftest import NOW


def test_the_sme_class_form_is_filled_from_the_profile_and_answers(qtbot, reg):
    save_profile(
        reg,
        None,
        {"name": "Dupont", "staff_awu": "12", "turnover": "1800000"}
        | {"balance_sheet_total": "900000"},
        {},
        NOW,
    )
    page = QuickChecksPage(reg, date(2026, 11, 22), "fr")
    qtbot.addWidget(page)
    page.checks.setCurrentRow(list(FORMS).index("sme_class"))
    assert page.fields["sme_class"]["turnover"].text() == "1\u202f800\u202f000,00"
    assert page.check()
    assert "Catégorie de taille\u00a0: petite entreprise" in page.answer.text()


def test_the_advance_form_answers_as_decide_and_starts_with_our_size(qtbot, reg):
    save_profile(reg, None, {"name": "Dupont", "size_class": "small"}, {}, NOW)
    page = QuickChecksPage(reg, date(2026, 11, 22), "en")
    qtbot.addWidget(page)
    page.checks.setCurrentRow(list(FORMS).index("advance"))
    fields = page.fields["advance"]
    assert fields["contractor_size"].currentData() == "small"
    assert fields["launch_date"].text() == "22/11/2026"
    fields["procedure"].setCurrentIndex(fields["procedure"].findData("open"))
    fields["contract_type"].setCurrentIndex(fields["contract_type"].findData("services"))
    fields["amount_incl_vat"].setText("180,000.00")
    fields["duration_months"].setText("24")
    assert page.check()
    from core.company.quick import run

    typed = page.typed("advance")
    assert typed["amount_incl_vat"] == "180000.00"
    expected = explain_lines("advance", run("advance", typed, reg.pack), "en")
    assert page.answer.text() == "\n".join(expected)
    assert "€9,000.00" in page.answer.text()


def test_an_empty_required_field_is_said_not_guessed(qtbot, reg):
    page = QuickChecksPage(reg, date(2026, 11, 22), "en")
    qtbot.addWidget(page)
    page.checks.setCurrentRow(list(FORMS).index("bond"))
    assert not page.check()
    assert "Award amount excl. VAT" in page.answer.text()
