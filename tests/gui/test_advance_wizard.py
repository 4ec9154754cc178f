"""The advance wizard end to end: answers in, the decision stored, the request data shown."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.rules import bundled_pack
from core.store.register import Register
from core.store.workspace import open_workspace
from gui.advance_wizard import AdvanceWizard

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def reg(tmp_path):
    ws = open_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


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
    assert answer.headline.text() == "An advance of €\u00a09.000,00 is due."
    shown = answer.explanation.document().toRawText()  # no-break spaces kept
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
    """Documents at 4% for a small winner: the answer page says why; Finish stays off."""
    wizard = AdvanceWizard(reg, tender_id, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.contract.amount.setText("180000")
    wizard.next()
    wizard.contractor.documents.setText("4")
    wizard.next()
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
    assert "No advance is mandatory" in wizard.answer.headline.text()
    assert "not confirmed against the legal text" in wizard.answer.explanation.toPlainText()


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
    assert answer.headline.text() == "No advance is mandatory (€0.00)."
