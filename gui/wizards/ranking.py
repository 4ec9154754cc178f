"""The provisional-ranking wizard: must each tenderer be told its place, and which place."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from core.rules import schema
from core.texts import text
from gui.shared.widgets import combo
from gui.wizards.answer_view import Lines
from gui.wizards.base import AnswerPage, DecisionWizard
from gui.wizards.procedure import BasicsPage


class FactsPage(BasicsPage):
    """Without a tender (a workshop's exercise): the contract's facts the duty depends on."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.procedure = combo([(p, text(lang, "procedure", p)) for p in schema.PROCEDURES])
        self.price_only = QCheckBox(self.tr("price is the only award criterion"))
        form = self.layout()
        form.insertRow(form.rowCount() - 1, self.tr("&Procedure"), self.procedure)
        form.insertRow(form.rowCount() - 1, "", self.price_only)
        self.price_only.toggled.connect(self.completeChanged)

    def read(self) -> dict:
        """The facts as a core request mapping (the offers are not typed)."""
        data = super().read()
        data["procedure"] = self.procedure.currentData()
        data["price_only"] = self.price_only.isChecked()
        return data


class RankingPage(AnswerPage):
    """The verdict for the tender as registered, each tenderer's own place, the rules."""

    def __init__(self, lang: str) -> None:
        super().__init__("provisional_ranking", lang, "")
        self.setTitle(self.tr("Provisional ranking"))
        self.setSubTitle(self.tr("Whether each tenderer must be told its place after the opening."))
        self.places = Lines()
        self.body.addWidget(self.places)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide from the tender's data and the offers received."""
        wizard = self.wizard()
        tender = wizard.tender
        if tender is None:  # practice: the facts typed, the offers of the case
            if self.decide_typed():
                self.show_answer()
                self.places.set_lines([])
            return
        request = {
            "launch_date": tender.launch_date.isoformat(),
            "procedure": tender.procedure or "open",
            "authority": tender.authority,
            "contract_type": tender.contract_type,
            "estimated_value_excl_vat": str(tender.estimated_value),
            "price_only": bool(tender.price_only),
            "offers": wizard.register.decision_offers(wizard.tender_id),
        }
        if not self.decide(request):
            return
        self.show_answer()
        if self.result.places:
            names = wizard.register.tenderer_names(wizard.tender_id)
            lines = [
                self.tr("%1: place %2 (tell it only this place)")
                .replace("%1", names.get(p.tenderer_id, p.tenderer_id))
                .replace("%2", str(p.place))
                for p in self.result.places
            ]
        elif self.result.required:
            lines = [self.tr("No offers with a price are registered yet.")]
        else:
            lines = []
        self.places.set_lines([(line, "") for line in lines])


class RankingWizard(DecisionWizard):
    """Decide the provisional-ranking duty of a tender and store it."""

    kind = "provisional_ranking"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Provisional ranking"))
        self.facts = FactsPage(self.lang) if self.tender is None else None
        if self.facts is not None:
            self.addPage(self.facts)
        self.answer = RankingPage(self.lang)
        self.addPage(self.answer)

    def context(self) -> dict:
        """Without a tender, the offers of the case (they are not typed here)."""
        return {"offers": self.given.get("offers", [])}
