"""The provisional-ranking wizard: must each tenderer be told its place, and which place."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from core.texts import explain_lines
from gui.wizards.base import AnswerPage, DecisionWizard


class RankingPage(AnswerPage):
    """The answer for the tender as registered, and each tenderer's own place."""

    def __init__(self, lang: str) -> None:
        super().__init__("provisional_ranking", lang, "")
        self.setTitle(self.tr("Provisional ranking"))
        self.setSubTitle(self.tr("Whether each tenderer must be told its place after the opening."))
        self.places = QPlainTextEdit()
        self.places.setReadOnly(True)
        self.body.addWidget(self.places)
        self.body.addWidget(self.explanation)

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
        self.headline.setText(
            self.tr("Tell each tenderer its own place right after the opening.")
            if self.result.required
            else self.tr("No duty to tell the provisional ranking.")
        )
        if self.result.places:
            names = wizard.register.tenderer_names(wizard.tender_id)
            self.places.setPlainText(
                "\n".join(
                    self.tr("%1: place %2 (tell it only this place)")
                    .replace("%1", names.get(p.tenderer_id, p.tenderer_id))
                    .replace("%2", str(p.place))
                    for p in self.result.places
                )
            )
        else:
            self.places.setPlainText(
                self.tr("No offers with a price are registered yet.")
                if self.result.required
                else ""
            )
        self.places.setVisible(bool(self.places.toPlainText()))
        self.explanation.setPlainText(
            "\n".join(explain_lines("provisional_ranking", self.result, self._lang))
        )


class RankingWizard(DecisionWizard):
    """Decide the provisional-ranking duty of a tender and store it."""

    kind = "provisional_ranking"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Provisional ranking"))
        self.answer = RankingPage(self.lang)
        self.addPage(self.answer)
