"""The bond wizard: opened from the Decide menu, filled from the tender and its winner,
answered with its article and confidence, stored, and then on the tender's summary."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.documents import gather, render
from gui.register.page import RegisterPage
from gui.wizards.bond import BondWizard
from tests.pdf_text import pdf_text

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def tender_id(reg):
    tid = reg.add_tender(
        {
            "reference": "2026/044",
            "title": "Heraanleg Kerkplein",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "95000",
            "launch_date": "2026-03-02",
            "duration_months": "4",
            "procedure": "open",
            "price_only": True,
        },
        NOW,
    )
    for name, status, offer in (
        ("Wegenbouw Claes", "winner", "90000"),
        ("Aannemer Wouters", "not_selected", "97250"),
    ):
        org = reg.add_organisation({"name": name}, NOW)
        reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "status": status, "offer": offer}, NOW
        )
    return tid


def summary_text(reg, tid: int, lang: str) -> str:
    data = render("summary", gather(reg, tid), lang, NOW.date())[0].data
    return pdf_text(data)


def test_the_decide_menu_opens_the_bond_on_the_winners_offer_and_stores_it(
    qtbot, reg, tender_id, speak
):
    """Chosen in the Decide menu, filled from the register, saved: the summary shows it."""
    speak("nl")
    page = RegisterPage(reg.ws, date(2026, 11, 22), lang="nl", register=reg)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.bond_action.trigger()
    (wizard,) = page.findChildren(BondWizard)
    assert wizard.tender_id == tender_id
    award = wizard.award
    assert award.launch_date.text() == "02/03/2026"
    assert award.contract_type.currentData() == "works"
    assert award.amount.text() == "90.000,00"
    assert "Wegenbouw Claes" in award.amount_from.text()
    assert not award.layout().isRowVisible(award.days)  # only the former rules ask it
    wizard.next()
    answer = wizard.answer
    assert answer.headline.text() == (
        "Vraag een borgtocht van €\u00a04.500,00: 5% van het gunningsbedrag "
        "(€\u00a090.000,00 excl. btw), naar boven afgerond."
    )
    assert "artikel 25 van het koninklijk besluit van 14 januari 2013" in answer.reason.text()
    assert answer.sureness.texts()[0].startswith("Betrouwbaarheid van dit antwoord: ")
    assert "€\u00a04.500,00" in " ".join(answer.figures.texts())
    wizard.accept()
    (stored,) = [d for d in reg.decisions(tender_id) if d.kind == "bond"]
    assert (stored.result["amount"], stored.input["award_amount_excl_vat"]) == (
        "4500.00",
        "90000.00",
    )
    assert reg.out_of_step(tender_id) == {}
    shown = summary_text(reg, tender_id, "nl")
    assert "Borgtocht € 4.500,00" in shown  # the decided amounts
    assert "Vraag" not in shown and "Er mag een borgtocht worden gevraagd" in shown  # listed


def test_before_the_award_the_bond_is_proposed_on_the_estimate(qtbot, reg, tender_id, speak):
    """No winner yet: the estimate, said so; a bond above 5 % needs reasons (fr)."""
    speak("fr")
    for tenderer in reg.tenderers(tender_id):
        reg.update_tenderer(tenderer.id, {"status": "submitted"}, NOW)
    wizard = BondWizard(reg, tender_id, "fr", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.award.amount.text() == "95\u202f000,00"
    assert "estimation du marché" in wizard.award.amount_from.text()
    wizard.award.documents.setText("6")
    wizard.next()
    assert wizard.answer.headline.text() == (
        "Demandez un cautionnement de 5\u202f700,00\u00a0€\u00a0: 6\u00a0% du montant attribué "
        "(95\u202f000,00\u00a0€ hors TVA), arrondi vers le haut."
    )
    assert any("dérogation" in line for line in wizard.answer.explanation.remarks.texts())
    wizard.accept()
    assert reg.decisions(tender_id)[-1].used == {"award": {"estimate": "95000.00"}}


def test_no_bond_may_be_asked_below_the_floor(qtbot, reg, tender_id):
    wizard = BondWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.award.amount.setText("41000")
    wizard.next()
    assert wizard.answer.headline.text() == (
        "No performance bond may be asked: the amount awarded (€41,000.00 excl. VAT) is "
        "below €50,000.00."
    )
    wizard.accept()
    assert "Bond not due" in summary_text(reg, tender_id, "en")


def test_under_the_former_rules_the_execution_period_is_asked(qtbot, reg, tender_id):
    """Launched before the reform, short supplies or services were exempted: the period
    counts, proposed from the tender's duration; in the current rules it is not sent."""
    wizard = BondWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    award = wizard.award
    assert "execution_days" not in award.read()
    award.launch_date.setText("01/03/2023")
    assert award.layout().isRowVisible(award.days)
    assert award.days.text() == "120"  # 4 months of 30 days, said under the field
    assert "4 months, counted as 30 days a month" in award.days_from.text()
    assert award.read()["execution_days"] == "120"
