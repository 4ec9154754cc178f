"""The advance wizard end to end: answers in, the decision stored, the request data shown."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWizard

from gui.wizards.advance import AdvanceWizard
from gui.wizards.answer_view import shown_texts

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def tender_id(reg):
    buyer = reg.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    firm = reg.add_organisation(
        {
            "name": "Groendienst Janssens",
            "size_class": "small",
            "enterprise_number": "0123.456.749",
            "iban": "BE68 5390 0754 7034",
        },
        NOW,
    )
    tid = reg.add_tender(
        {
            "reference": "2025/100",
            "title": "Onderhoud groen",
            "buyer_id": buyer,
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "148760",
            "launch_date": "2025-03-01",
            "procedure": "open",
            "duration_months": 24,
            "leading_official": "An Peeters",
        },
        NOW,
    )
    reg.add_tenderer({"tender_id": tid, "organisation_id": firm, "status": "winner"}, NOW)
    return tid


def finish(qtbot, wizard, amount="180.000,00"):
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.contract.amount.setText(amount)
    wizard.next()
    wizard.next()
    return wizard.answer


def test_small_winner_gets_10_percent_of_the_yearly_reference(qtbot, reg, tender_id):
    """Research example 1 through the wizard: 9.000,00 due, halves at 30% and 60%."""
    wizard = AdvanceWizard(reg, tender_id, "nl", now=lambda: NOW)
    answer = finish(qtbot, wizard)
    assert wizard.contractor.size.currentData() == "small"  # from the winner's record
    assert answer.headline.text() == (
        "De opdrachtnemer heeft recht op een voorschot van €\u00a09.000,00: 10% van de "
        "referentiewaarde van €\u00a090.000,00."
    )
    shown = "\n".join(shown_texts(answer))  # no-break spaces kept
    assert (
        "€\u00a04.500,00" in shown and "€\u00a054.000,00" in shown and "€\u00a0108.000,00" in shown
    )
    assert "An Peeters" in shown and "BE68 5390 0754 7034" in shown
    assert "0123.456.749" in shown
    wizard.accept()
    stored = reg.decisions(tender_id)[0]
    assert (stored.kind, stored.result["amount"], stored.result["hypothesis"]) == (
        "advance",
        "9000.00",
        2,
    )


def test_size_is_computed_from_the_figures(qtbot, reg, tender_id):
    """49 staff, 12 M turnover, 11 M balance: medium, so 5%."""
    wizard = AdvanceWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.contract.amount.setText("180000")
    wizard.next()
    page = wizard.contractor
    page.staff.setText("49")
    page.turnover.setText("12.000.000")
    page.balance.setText("11.000.000")
    page.compute.click()
    assert page.size.currentData() == "medium"
    wizard.next()
    assert wizard.answer.result.amount == Decimal("4500.00")


def test_a_percentage_below_the_minimum_is_explained_not_stored(qtbot, reg, tender_id):
    """Documents at 4% for a small winner: the page where it is typed says why; Next stays off."""
    wizard = AdvanceWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.contract.amount.setText("180000")
    wizard.next()
    wizard.contractor.documents.setText("4")
    assert "below the legal minimum of 10%" in wizard.contractor.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # even when forced on, the answer page refuses it
    assert "below the legal minimum of 10%" in wizard.answer.problem.text()
    assert not wizard.answer.isComplete()
    wizard.accept()
    assert reg.decisions(tender_id) == []


def test_an_unverified_exception_is_marked_and_explained(qtbot, reg, tender_id):
    """Rental is offered with a warning sign and the answer says it is not confirmed."""
    wizard = AdvanceWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.contract.amount.setText("180000")
    wizard.next()
    box = wizard.contractor.exception
    box.setCurrentIndex(box.findData("rental"))
    assert box.currentText().endswith("⚠")
    wizard.next()
    assert wizard.answer.headline.text() == "No advance is mandatory for this contract."
    assert "is not confirmed by the sources read" in "\n".join(shown_texts(wizard.answer))


def test_an_unknown_size_counts_as_large(qtbot, reg):
    """Without the winner's size nothing is promised: large, no mandatory advance."""
    tid = reg.add_tender(
        {
            "reference": "2025/101",
            "title": "Drukwerk",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "50000",
            "launch_date": "2025-03-01",
            "procedure": "open",
            "duration_months": 12,
        },
        NOW,
    )
    wizard = AdvanceWizard(reg, tid, "en", now=lambda: NOW)
    answer = finish(qtbot, wizard, amount="60.500,00")
    assert wizard.contractor.size.currentData() == "large"
    assert answer.headline.text() == "No advance is mandatory for this contract."
    assert answer.reason.text() == (
        "The winner is not an SME and the procedure is not a negotiated procedure without "
        "publication on a listed ground."
    )


@pytest.mark.parametrize(
    ("launch", "signed"),
    [("31/01/2024", True), ("01/02/2024", False)],
)
def test_the_answer_says_whether_the_request_must_be_signed(qtbot, reg, tender_id, launch, signed):
    """A contract launched before 1 February 2024 needs a signed request; from that day the
    signature is no longer required (BOSA news of 22-12-2023), in the wizard and as stored."""
    wizard = AdvanceWizard(reg, tender_id, "fr", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.contract.launch_date.setText(launch)
    answer = finish(qtbot, wizard)
    lines = [line.replace("\u00a0", " ") for line in answer.request_lines.texts()]
    asked = "Demande écrite : à dater et à signer (marchés lancés avant le 01/02/2024)."
    dropped = (
        "Demande écrite : datée ; la signature n'est plus requise "
        "(marchés lancés à partir du 01/02/2024)."
    )
    assert lines.count(asked if signed else dropped) == 1  # for the written request
    assert (dropped if signed else asked) not in lines
    assert not any("ne doit pas être signée" in line for line in lines)
    wizard.accept()
    assert reg.decisions(tender_id)[0].result["signature_required"] is signed


def test_the_ground_list_offers_only_grounds_for_the_contract_type(qtbot, reg, tender_id):
    """The supplies-only research-products ground is not offered for services; it is for
    supplies; the design-contest ground is offered for services only."""
    wizard = AdvanceWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    page = wizard.contract
    page.procedure.setCurrentIndex(page.procedure.findData("negotiated_without_publication"))

    def offered():
        return [page.ground.itemData(i) for i in range(page.ground.count())]

    assert "research_products" not in offered()
    assert {"value", "design_contest", "repetition"} <= set(offered())
    page.contract_type.setCurrentIndex(page.contract_type.findData("supplies"))
    assert "research_products" in offered() and "design_contest" not in offered()
    page.ground.setCurrentIndex(page.ground.findData("research_products"))
    page.contract_type.setCurrentIndex(page.contract_type.findData("works"))
    assert "research_products" not in offered() and page.ground.currentData() is None
    assert not page.isComplete()
    assert "“products made purely for research" in page.problem.text()
    assert "a contract for works" in page.problem.text()


def test_a_tender_ground_that_does_not_fit_its_type_is_refused_on_the_page(qtbot, reg, tender_id):
    """A tender stored on the research-products ground but now a services contract: the page
    names the ground and the type, Next stays off, and nothing is decided or stored."""
    tid = reg.add_tender(
        {
            "reference": "2025/102",
            "title": "Meetapparatuur",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "90000",
            "launch_date": "2025-03-01",
            "procedure": "negotiated_without_publication",
            "procedure_basis": "negotiated_research_products",
            "duration_months": 6,
        },
        NOW,
    )
    wizard = AdvanceWizard(reg, tid, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.contract
    page.amount.setText("180000")
    assert not page.isComplete()
    assert page.problem.text() == (
        "The ground “products made purely for research, experiment, study or development” "
        "does not apply to a contract for services: choose a ground from the list."
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.contract_type.setCurrentIndex(page.contract_type.findData("supplies"))
    assert page.isComplete() and page.ground.currentData() == "research_products"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.next()
    assert wizard.answer.result.hypothesis == 1
    assert reg.decisions(tid) == []


def test_the_amount_is_proposed_from_the_winning_offer_with_the_standard_vat(
    qtbot, reg, tender_id, speak
):
    """The winner offered 74.380,17 excl. VAT: the wizard proposes 90.000,01 incl. 21 % VAT,
    follows a changed rate, and stops following once the user types an amount of their own."""
    winner = reg.tenderers(tender_id)[0]
    reg.update_tenderer(winner.id, {"offer": "74380.17"}, NOW)
    speak("nl")
    wizard = AdvanceWizard(reg, tender_id, "nl", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.contract
    assert page.vat.isVisible() and page.vat.text() == "21"
    assert page.amount.text() == "90.000,01"
    assert page.from_offer.text().startswith(
        "Uit de winnende offerte van €\u00a074.380,17 excl. btw, plus 21% btw."
    )
    page.vat.setText("6")
    assert page.amount.text() == "78.842,98"
    page.amount.setText("80.000,00")
    page.vat.setText("12")
    assert page.amount.text() == "80.000,00"  # the user's own amount is kept
    wizard.next()
    wizard.next()
    assert wizard.answer.headline.text().endswith("referentiewaarde van €\u00a040.000,00.")


def test_without_an_offer_no_rate_is_asked_and_no_amount_proposed(qtbot, reg, tender_id):
    wizard = AdvanceWizard(reg, tender_id, "fr", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.contract.vat.isVisible()
    assert wizard.contract.amount.text() == "" and not wizard.contract.from_offer.isVisible()
