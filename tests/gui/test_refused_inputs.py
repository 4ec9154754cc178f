"""A launch date outside the rule pack, in every wizard and the tender editor.

The user stays on the page where the date is typed, reads there in their language what the
rules cover and what to do, cannot go on or finish, and nothing is stored; a date inside the
pack lets them finish. Buttons are clicked as a user would, so an exception in a Qt slot or a
virtual method fails the test (pytest-qt captures both).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from gui.register.editor import TenderEditor
from gui.wizards.advance import AdvanceWizard
from gui.wizards.bid import BidCompensationWizard
from gui.wizards.procedure import ProcedureWizard
from gui.wizards.ranking import RankingWizard
from tests.gui.typing import leave

NOW = datetime(2026, 11, 22, 10)
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton

#: (launch date typed, what the page must say) per language
COVERAGE = {
    "nl": "De regels gelden voor opdrachten gelanceerd van 30/06/2017 tot 31/12/2027.",
    "fr": "Les règles couvrent les marchés lancés du 30/06/2017 au 31/12/2027.",
}
WHAT_TO_DO = {
    ("nl", "01/05/2016"): "vroegere wet",
    ("fr", "01/05/2016"): "ancienne loi",
    ("nl", "01/03/2028"): "laad een nieuwer regelpakket via Bewerken > Instellingen",
    ("fr", "01/03/2028"): "chargez un paquet de règles plus récent dans Édition > Paramètres",
}
CASES = sorted(WHAT_TO_DO)


@pytest.fixture
def tender_id(reg):
    firm = reg.add_organisation({"name": "Groendienst Janssens", "size_class": "small"}, NOW)
    tid = reg.add_tender(
        {
            "reference": "2026/100",
            "title": "Onderhoud groen",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "148760",
            "launch_date": "2026-03-01",
            "procedure": "restricted",
            "duration_months": 24,
            "required_items": ["drawings"],
            "price_only": True,
        },
        NOW,
    )
    reg.add_tenderer(
        {"tender_id": tid, "organisation_id": firm, "status": "winner", "offer": "150000"}, NOW
    )
    return tid


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def says_coverage(label, lang, typed):
    assert COVERAGE[lang] in label.text()
    assert WHAT_TO_DO[(lang, typed)] in label.text()
    assert label.isVisible()


def nothing_stored(reg, tid):
    assert reg.decisions(tid) == []
    assert reg.tender(tid).launch_date.isoformat() == "2026-03-01"


@pytest.mark.parametrize(("lang", "typed"), CASES)
def test_procedure_wizard(qtbot, reg, tender_id, lang, typed):
    wizard = shown(qtbot, ProcedureWizard(reg, tender_id, lang, now=lambda: NOW))
    wizard.basics.launch_date.setText(typed)
    says_coverage(wizard.basics.problem, lang, typed)
    assert not wizard.button(NEXT).isEnabled()
    wizard.next()  # forced past the page, the next pages still refuse it and finish nothing
    assert COVERAGE[lang] in wizard.circumstances.problem.text()
    assert not wizard.button(NEXT).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.answer
    assert COVERAGE[lang] in wizard.answer.problem.text()
    assert not wizard.answer.isComplete() and not wizard.answer.pdf_button.isEnabled()
    wizard.accept()
    nothing_stored(reg, tender_id)
    wizard.back()
    wizard.back()
    wizard.basics.launch_date.setText("01/03/2026")
    assert wizard.basics.problem.text() == ""
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    assert wizard.answer.problem.text() == "" and wizard.answer.allowed.count() > 0
    click(qtbot, wizard, FINISH)
    assert [d.kind for d in reg.decisions(tender_id)] == ["procedure"]


@pytest.mark.parametrize(("lang", "typed"), CASES)
def test_advance_wizard(qtbot, reg, tender_id, lang, typed):
    wizard = shown(qtbot, AdvanceWizard(reg, tender_id, lang, now=lambda: NOW))
    wizard.contract.amount.setText("180.000,00")
    wizard.contract.launch_date.setText(typed)
    says_coverage(wizard.contract.problem, lang, typed)
    assert not wizard.button(NEXT).isEnabled()
    nothing_stored(reg, tender_id)
    wizard.contract.launch_date.setText("01/03/2026")
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    assert wizard.answer.problem.text() == ""
    click(qtbot, wizard, FINISH)
    assert [d.kind for d in reg.decisions(tender_id)] == ["advance"]


@pytest.mark.parametrize(("lang", "typed"), CASES)
def test_bid_compensation_wizard(qtbot, reg, tender_id, lang, typed):
    wizard = shown(qtbot, BidCompensationWizard(reg, tender_id, lang, now=lambda: NOW))
    wizard.items_page.amount.setText("2.500,00")
    wizard.items_page.launch_date.setText(typed)
    says_coverage(wizard.items_page.problem, lang, typed)
    assert not wizard.button(NEXT).isEnabled()
    nothing_stored(reg, tender_id)
    wizard.items_page.launch_date.setText("01/03/2026")
    click(qtbot, wizard, NEXT)
    assert wizard.answer.problem.text() == ""
    click(qtbot, wizard, FINISH)
    assert [d.kind for d in reg.decisions(tender_id)] == ["bid_compensation"]


@pytest.mark.parametrize(("lang", "typed"), CASES)
def test_ranking_wizard_on_a_tender_outside_the_pack(qtbot, reg, tender_id, lang, typed):
    """Its input is the tender as registered: the answer page says why, Finish stays off."""
    iso = "-".join(reversed(typed.split("/")))
    reg.db.execute("UPDATE tenders SET launch_date = ? WHERE id = ?", [iso, tender_id])
    wizard = shown(qtbot, RankingWizard(reg, tender_id, lang, now=lambda: NOW))
    says_coverage(wizard.answer.problem, lang, typed)
    assert not wizard.button(FINISH).isEnabled()
    wizard.accept()
    assert reg.decisions(tender_id) == []
    reg.db.execute("UPDATE tenders SET launch_date = '2026-03-01' WHERE id = ?", [tender_id])
    wizard = shown(qtbot, RankingWizard(reg, tender_id, lang, now=lambda: NOW))
    click(qtbot, wizard, FINISH)
    assert [d.kind for d in reg.decisions(tender_id)] == ["provisional_ranking"]


@pytest.mark.parametrize(("lang", "typed"), CASES)
def test_tender_editor(qtbot, reg, tender_id, lang, typed):
    editor = shown(qtbot, TenderEditor(reg, tender_id, lang, now=lambda: NOW))
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    editor.form.launch_date.setText(typed)
    leave(qtbot, editor.form.launch_date)  # the user leaves the field
    says_coverage(editor.form.errors["launch_date"], lang, typed)
    assert not editor.save()
    nothing_stored(reg, tender_id)
    editor.form.launch_date.setText("01/04/2026")
    assert not editor.form.errors["launch_date"].isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert reg.tender(tender_id).launch_date.isoformat() == "2026-04-01"


def test_a_value_the_engine_refuses_is_said_where_it_is_typed(qtbot, reg, tender_id):
    """A zero contract amount is refused by the engine on the contract page, in French."""
    wizard = shown(qtbot, AdvanceWizard(reg, tender_id, "fr", now=lambda: NOW))
    wizard.contract.amount.setText("0")
    assert wizard.contract.problem.text() == (
        "Montant TVA comprise\u00a0: doit être supérieur à zéro."
    )
    assert not wizard.button(NEXT).isEnabled()
    wizard.contract.amount.setText("180.000,00")
    assert wizard.contract.problem.text() == "" and wizard.button(NEXT).isEnabled()


def test_an_engine_refusal_is_shown_on_the_page_of_its_input(qtbot, reg, tender_id, monkeypatch):
    """A ground the engine refuses is said on the grounds page, not on the contract page.

    The engine is given a refusal of the research-products ground for services (as the law
    has it: supplies only), so the test does not depend on when core refuses it itself.
    """
    from core import decisions
    from core.errors import ValidationError

    real = decisions.CHECKS["procedure"]

    def decide(request, pack):
        if "research_products" in request.grounds and request.contract_type != "supplies":
            raise ValidationError("grounds", "ground_not_for_type", "supplies only")
        return real.decide(request, pack)

    monkeypatch.setitem(
        decisions.CHECKS, "procedure", decisions.Check("procedure", real.read, decide)
    )
    wizard = shown(qtbot, ProcedureWizard(reg, tender_id, "nl", now=lambda: NOW))
    assert wizard.basics.problem.text() == ""
    click(qtbot, wizard, NEXT)
    wizard.circumstances.boxes["research_products"].setChecked(True)
    assert wizard.circumstances.problem.text() == "supplies only"
    assert wizard.basics.problem.text() == "" and not wizard.button(NEXT).isEnabled()
    wizard.circumstances.boxes["research_products"].setChecked(False)
    assert wizard.circumstances.problem.text() == ""
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, FINISH)
    assert [d.kind for d in reg.decisions(tender_id)] == ["procedure"]
