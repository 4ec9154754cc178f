"""The provisional-ranking wizard: must each tenderer be told its place, and which place."""

from __future__ import annotations

from gui.wizards.answer_view import Lines
from gui.wizards.base import AnswerPage, DecisionWizard


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
        self.answer = RankingPage(self.lang)
        self.addPage(self.answer)
