"""The procedure wizard end to end: answers in, decision and motivation stored on the tender."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWizard

from gui.wizards.procedure import ProcedureWizard

NOW = datetime(2026, 11, 22, 10)


def tender(reg, value="141500", contract_type="services"):
    return reg.add_tender(
        {
            "reference": "2026/040",
            "title": "Onderhoud IT",
            "authority": "local",
            "contract_type": contract_type,
            "estimated_value": value,
            "launch_date": "2026-03-01",
        },
        NOW,
    )


def run_to_result(qtbot, wizard):
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.answer


def test_the_simplest_procedure_is_stored_with_its_motivation(qtbot, reg):
    """141,500 of services in 2026: simplified procedure, art. 41, stored on the tender."""
    tid = tender(reg)
    wizard = ProcedureWizard(reg, tid, "nl", now=lambda: NOW)
    run_to_result(qtbot, wizard)
    page = wizard.answer
    assert page.chosen() == "simplified_negotiated_with_publication"
    chosen = page.allowed.currentItem()
    assert chosen.text() == (
        "✓ vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking — de raming "
        "blijft onder €\u00a0216.000,00 — minimale termijn: 22 dagen"
    )
    assert chosen.toolTip() == "artikel 41, § 1, 1°, van de wet van 17 juni 2016"
    assert any(
        line.startswith(
            "✗ onderhandelingsprocedure zonder voorafgaande bekendmaking: Enkel onder "
            "€\u00a0140.000,00 (de raming is €\u00a0141.500,00) of in bijzondere omstandigheden "
            "die u niet aanvinkte.\n"
        )
        for line in page.excluded_lines.texts()
    )
    assert page.explanation.uncertain.texts()[0].startswith("⚠ ")
    assert "op grond van artikel 41, § 1, 1°, van de wet van 17 juni 2016" in (
        page.motivation.toPlainText()
    )
    wizard.accept()
    stored = reg.tender(tid)
    assert stored.procedure == "simplified_negotiated_with_publication"
    assert stored.procedure_basis == "simplified_supplies_services"
    assert stored.motivation.startswith("De geraamde waarde")
    decision = reg.decisions(tid)[0]
    assert (decision.kind, decision.state) == ("procedure", "current")
    assert decision.result["simplest"] == "simplified_negotiated_with_publication"


def test_a_ticked_ground_opens_the_negotiated_procedure(qtbot, reg):
    """250,000 supplies after a failed open procedure: negotiated without publication."""
    tid = tender(reg, "250000", "supplies")
    wizard = ProcedureWizard(reg, tid, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.circumstances.boxes["no_suitable_tenders"].setChecked(True)
    wizard.next()
    assert wizard.answer.chosen() == "negotiated_without_publication"
    assert "on the basis of article 42, § 1, 1°, b), of the Act of 17 June 2016" in (
        wizard.answer.motivation.toPlainText()
    )


def test_the_user_may_pick_another_procedure_and_edit_the_motivation(qtbot, reg):
    """Picking 'open' rewrites the paragraph; a typed paragraph is kept and stored."""
    tid = tender(reg)
    wizard = ProcedureWizard(reg, tid, "fr", now=lambda: NOW)
    run_to_result(qtbot, wizard)
    page = wizard.answer
    row = next(r for r in range(page.allowed.count()) if "ouverte" in page.allowed.item(r).text())
    page.allowed.setCurrentRow(row)
    assert "procédure ouverte" in page.motivation.toPlainText()
    page.motivation.setPlainText("Motivation propre au conseil communal.")
    page.allowed.setCurrentRow(0)
    assert page.motivation.toPlainText() == "Motivation propre au conseil communal."
    wizard.accept()
    assert reg.tender(tid).motivation == "Motivation propre au conseil communal."


def test_unreadable_basics_keep_the_wizard_on_the_first_page(qtbot, reg):
    """An amount that is no amount is explained and Next stays off."""
    wizard = ProcedureWizard(reg, tender(reg), "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.basics.value.setText("141 thousand")
    assert not wizard.basics.isComplete()
    assert "is not an amount" in wizard.basics.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_each_ground_is_a_choice_and_the_motivation_argues_the_one_picked(qtbot, reg):
    """Competitive negotiation is allowed on art. 38 §1, 1°, a) and on the value, f): two
    entries; the one picked is stored on the tender and its paragraph cites it alone."""
    tid = tender(reg, value="100000")
    wizard = ProcedureWizard(reg, tid, "en", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.circumstances.boxes["needs_adaptation"].setChecked(True)
    wizard.next()
    page = wizard.answer
    entries = [page.allowed.item(i) for i in range(page.allowed.count())]
    negotiation = [e for e in entries if e.text()[2:].startswith("competitive procedure with neg")]
    assert len(negotiation) == 2
    on_a = next(e for e in negotiation if "1°, a)" in e.toolTip())
    page.allowed.setCurrentItem(on_a)
    assert "1°, a)" in page.motivation.toPlainText()
    assert "1°, f)" not in page.motivation.toPlainText()
    wizard.accept()
    stored = reg.tender(tid)
    assert (stored.procedure, stored.procedure_basis) == (
        "competitive_negotiation",
        "competitive_negotiation_needs_adaptation",
    )
    assert reg.out_of_step(tid) == {}


def test_the_repetition_ground_asks_for_the_initial_contract(qtbot, reg):
    tid = tender(reg, value="300000")
    wizard = ProcedureWizard(reg, tid, "nl", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    grounds = wizard.circumstances
    assert not grounds.facts.isVisibleTo(grounds)
    grounds.boxes["repetition"].setChecked(True)
    assert grounds.facts.isVisibleTo(grounds)
    grounds.initial_contract.setText("2024/007 Onderhoud IT")
    grounds.initial_date.setText("13/05/2024")
    wizard.next()
    page = wizard.answer
    repetition = next(
        page.allowed.item(i)
        for i in range(page.allowed.count())
        if page.allowed.item(i).data(0x0100)[1] == "negotiated_repetition"
    )
    page.allowed.setCurrentItem(repetition)
    assert "2024/007 Onderhoud IT" in page.motivation.toPlainText()
    assert "13/05/2024" in page.motivation.toPlainText()
    wizard.accept()
    stored = next(d for d in reg.decisions(tid) if d.kind == "procedure")
    assert stored.used["ground_facts"] == {
        "initial_contract": "2024/007 Onderhoud IT",
        "initial_date": "2024-05-13",
    }


def test_a_motivation_past_its_limit_keeps_the_wizard_open_and_says_why(qtbot, reg):
    """Nothing is stored, the paragraph stays, the page names the field and the limit."""
    tid = tender(reg)
    wizard = ProcedureWizard(reg, tid, "nl", now=lambda: NOW)
    run_to_result(qtbot, wizard)
    page = wizard.answer
    page.motivation.setPlainText("Lang " * 5_000)
    wizard.accept()
    assert wizard.isVisible()
    assert page.problem.text() == (
        "Motivering: 24.999 tekens; er kunnen er hoogstens 20.000 bewaard worden. "
        "Maak de tekst korter en probeer opnieuw."
    )
    assert reg.tender(tid).motivation == ""
    assert page.motivation.toPlainText().startswith("Lang Lang")
    page.motivation.setPlainText("Kort.")
    wizard.accept()
    assert reg.tender(tid).motivation == "Kort."
