"""The provisional-ranking wizard: must each tenderer be told its place, and which place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWizard, QWizardPage

from core.decisions import CHECKS
from core.decisions.ranking import provisional_places
from core.errors import ValidationError
from core.store.register import Register
from core.texts import explain_lines


class RankingPage(QWizardPage):
    """The answer for the tender as registered, and each tenderer's own place."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.setTitle(self.tr("Provisional ranking"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.places = QPlainTextEdit()
        self.places.setReadOnly(True)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.places, self.explanation):
            layout.addWidget(widget)
        self.result = None
        self.request: dict | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide from the tender's data and the offers received."""
        wizard = self.wizard()
        tender = wizard.register.tender(wizard.tender_id)
        self.request = {
            "launch_date": tender.launch_date.isoformat(),
            "procedure": tender.procedure or "open",
            "authority": tender.authority,
            "contract_type": tender.contract_type,
            "estimated_value_excl_vat": str(tender.estimated_value),
            "price_only": bool(tender.price_only),
        }
        try:
            self.result = CHECKS["provisional_ranking"].run(self.request, wizard.register.pack)
        except ValidationError as exc:
            self.result = None
            self.headline.setText(exc.message)
            self.completeChanged.emit()
            return
        self.headline.setText(
            self.tr("Tell each tenderer its own place right after the opening.")
            if self.result.required
            else self.tr("No duty to tell the provisional ranking.")
        )
        offers = {
            t.name: t.offer
            for t in wizard.register.tenderers(wizard.tender_id)
            if t.offer is not None and t.status != "withdrawn"
        }
        if self.result.required and offers:
            self.places.setPlainText(
                "\n".join(
                    self.tr("%1: place %2 (tell it only this place)")
                    .replace("%1", p.tenderer_id)
                    .replace("%2", str(p.place))
                    for p in provisional_places(offers)
                )
            )
        else:
            self.places.setPlainText(
                self.tr("No offers with a price are registered yet.")
                if self.result.required
                else ""
            )
        self.explanation.setPlainText(
            "\n".join(explain_lines("provisional_ranking", self.result, self._lang))
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Finish only with an answer."""
        return self.result is not None


class RankingWizard(QWizard):
    """Decide the provisional-ranking duty of a tender and store it."""

    def __init__(
        self,
        register: Register,
        tender_id: int,
        lang: str = "en",
        now: Callable[[], datetime] = datetime.now,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.tender_id = tender_id
        self._now = now
        self.setWindowTitle(self.tr("Provisional ranking"))
        self.answer = RankingPage(lang)
        self.addPage(self.answer)

    def accept(self) -> None:
        """Store the decision on the tender."""
        if self.answer.result is None:
            return
        self.register.decide(
            self.tender_id, "provisional_ranking", self.answer.request, self._now()
        )
        super().accept()
