"""Bid compensation and provisional ranking wizards: answers by tenderer name, stored."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gui.register.page import RegisterPage
from gui.wizards.bid import BidCompensationWizard
from gui.wizards.procedure import ProcedureWizard
from gui.wizards.ranking import RankingWizard

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def tender_id(reg):
    tid = reg.add_tender(
        {
            "reference": "2024/012",
            "title": "Speeltuin Molenpark",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "300000",
            "launch_date": "2024-07-01",
            "procedure": "restricted",
            "required_items": ["drawings", "models"],
            "price_only": True,
        },
        NOW,
    )
    for name, status, offer in (
        ("Alfa Speeltoestellen", "winner", "281000"),
        ("Beta Groen", "not_selected", "295500"),
        ("Gamma Tuinen", "substantially_irregular", "281000"),
    ):
        org = reg.add_organisation({"name": name}, NOW)
        reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "status": status, "offer": offer}, NOW
        )
    return tid


def test_bid_compensation_by_name_with_a_reduced_amount(qtbot, reg, tender_id):
    """Research example 9: 2,500 each but the winner; 0 for the irregular offer; stored."""
    wizard = BidCompensationWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.items_page.checked_items() == ["models", "drawings"]
    wizard.items_page.amount.setText("2.500,00")
    wizard.items_page.reduced.setText("0")
    wizard.next()
    answer = wizard.answer
    assert answer.headline.text() == "A bid compensation of €2,500.00 is due, to 1 tenderer."
    assert answer.amounts.texts() == [
        "Alfa Speeltoestellen: €0.00",
        "Beta Groen: €2,500.00",
        "Gamma Tuinen: €0.00",
        "Total: €2,500.00",
    ]
    wizard.accept()
    stored = reg.decisions(tender_id)[0]
    assert (stored.kind, stored.result["total"]) == ("bid_compensation", "2500.00")


def test_open_procedure_owes_no_compensation(qtbot, reg, tender_id):
    """In an open procedure the compensation is not mandatory."""
    wizard = BidCompensationWizard(reg, tender_id, "nl", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.items_page.procedure.setCurrentIndex(wizard.items_page.procedure.findData("open"))
    wizard.next()
    assert wizard.answer.headline.text() == "Voor deze opdracht is geen biedvergoeding verplicht."
    assert wizard.answer.reason.text() == (
        "Bij een openbare procedure is geen biedvergoeding verschuldigd."
    )


def test_ranking_tells_each_tenderer_only_its_own_place(qtbot, reg, tender_id):
    """Restricted, below the EU threshold, price only: places 1, 1, 3 by price; stored."""
    wizard = RankingWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.answer
    assert page.headline.text() == (
        "Tell each tenderer its own provisional place right after the opening of the offers."
    )
    assert page.places.texts() == [
        "Alfa Speeltoestellen: place 1 (tell it only this place)",
        "Gamma Tuinen: place 1 (tell it only this place)",
        "Beta Groen: place 3 (tell it only this place)",
    ]
    wizard.accept()
    assert reg.decisions(tender_id)[0].result["required"] is True


def test_the_decide_menu_opens_each_wizard_on_the_selected_tender(qtbot, reg, tender_id):
    """Each action of the Decide menu opens its wizard for the selected tender."""
    page = RegisterPage(reg.ws, date(2026, 11, 22), register=reg)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.procedure_action.trigger()
    page.ranking_action.trigger()
    opened = [*page.findChildren(ProcedureWizard), *page.findChildren(RankingWizard)]
    assert {type(w) for w in opened} == {ProcedureWizard, RankingWizard}
    assert all(w.tender_id == tender_id for w in opened)
    for wizard in opened:
        wizard.reject()
