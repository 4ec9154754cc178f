"""The bid-compensation wizard: which required items trigger it, and what each tenderer gets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
)

from core.dates import format_date, parse_date
from core.rules import schema
from core.texts import colon, money, text
from gui.shared.fields import amount_in
from gui.shared.widgets import CheckList, combo
from gui.wizards.answer_view import Lines
from gui.wizards.base import AnswerPage, DecisionWizard, InputPage


class ItemsPage(InputPage):
    """The procedure, what the offers must include, and the documents' amounts."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.setTitle(self.tr("What the offers must include"))
        self.setSubTitle(
            self.tr(
                "Samples, models or designs cost the tenderers work: the "
                "law may oblige you to compensate it."
            )
        )
        self.launch_date = QLineEdit()
        self.procedure = combo([(p, text(lang, "procedure", p)) for p in schema.PROCEDURES])
        self.items = CheckList([(item, text(lang, "item", item)) for item in schema.REQUIRED_ITEMS])
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("the amount the documents set per tenderer"))
        self.reduced = QLineEdit()
        self.reduced.setPlaceholderText(self.tr("empty: the same amount"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Launch date"), self.launch_date)
        form.addRow(self.tr("&Procedure"), self.procedure)
        form.addRow(self.tr("The offers must include"), self.items)
        form.addRow(self.tr("&Compensation per tenderer"), self.amount)
        form.addRow(self.tr("For irregular or unacceptable offers"), self.reduced)
        form.addRow("", self.problem)
        for line in (self.launch_date, self.amount, self.reduced):
            line.textChanged.connect(self.completeChanged)
        self.items.itemChanged.connect(self.completeChanged)

    def checked_items(self) -> list[str]:
        """The items ticked."""
        return self.items.checked()

    def read(self) -> dict:
        """The request without the tenderers."""
        data = {
            "launch_date": parse_date(self.launch_date.text(), "launch_date").isoformat(),
            "procedure": self.procedure.currentData(),
            "required_items": self.checked_items(),
        }
        for name, line in (
            ("documents_amount", self.amount),
            ("documents_reduced_amount", self.reduced),
        ):
            if line.text().strip():
                data[name] = str(amount_in(line.text(), name, self._lang))
        return data


class BidAnswerPage(AnswerPage):
    """The verdict, the amount owed to each tenderer by name, the rules."""

    def __init__(self, lang: str) -> None:
        super().__init__("bid_compensation", lang, "")
        self.setTitle(self.tr("Bid compensation"))
        self.setSubTitle(self.tr("Whether it is due, and the amount each tenderer gets."))
        self.amounts = Lines()
        self.body.addWidget(self.amounts)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide with the tender's tenderers and show each one's amount."""
        if not self.decide_typed():
            return
        r, lang = self.result, self._lang
        self.show_answer()
        wizard = self.wizard()
        names = {} if wizard.tender is None else wizard.register.tenderer_names(wizard.tender_id)
        lines = [
            f"{names.get(key, key)}{colon(lang)} "
            + (money(amount, lang) if amount is not None else self.tr("set by the documents"))
            for key, amount in r.amounts.items()
        ]
        if r.total is not None:
            lines.append(self.tr("Total: %1").replace("%1", money(r.total, lang)))
        self.amounts.set_lines([(line, "") for line in lines])


class BidCompensationWizard(DecisionWizard):
    """Decide the bid compensation of a tender and store it (it follows the tenderers)."""

    kind = "bid_compensation"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Bid compensation"))
        self.items_page = ItemsPage(self.lang)
        self.answer = BidAnswerPage(self.lang)
        self.addPage(self.items_page)
        self.addPage(self.answer)
        if self.tender is not None:
            self._prefill()

    def _prefill(self) -> None:
        """The tender's facts on the page."""
        page, tender = self.items_page, self.tender
        page.launch_date.setText(format_date(tender.launch_date))
        if tender.procedure:
            page.procedure.setCurrentIndex(page.procedure.findData(tender.procedure))
        page.items.set_checked(tender.required_items)

    def context(self) -> dict:
        """The tenderers of the tender, as registered (they are not typed here)."""
        if self.tender is None:
            return {"tenderers": self.given.get("tenderers", [])}
        return {"tenderers": self.register.decision_tenderers(self.tender_id)}
