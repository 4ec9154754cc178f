"""The bid-compensation wizard: which required items trigger it, and what each tenderer gets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from core.dates import format_date, parse_date
from core.decisions import CHECKS
from core.errors import ValidationError
from core.money import parse_amount
from core.rules import schema
from core.store.register import Register
from core.texts import explain_lines, money, text
from gui.tender_form import combo


class ItemsPage(QWizardPage):
    """The procedure, what the offers must include, and the documents' amounts."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("What the offers must include"))
        self.setSubTitle(
            self.tr(
                "Samples, models or designs cost the tenderers work: the "
                "law may oblige you to compensate it."
            )
        )
        self.launch_date = QLineEdit()
        self.procedure = combo([(p, text(lang, "procedure", p)) for p in schema.PROCEDURES])
        self.items = QListWidget()
        for item in schema.REQUIRED_ITEMS:
            entry = QListWidgetItem(text(lang, "item", item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(entry)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("the amount the documents set per tenderer"))
        self.reduced = QLineEdit()
        self.reduced.setPlaceholderText(self.tr("empty: the same amount"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Launch date"), self.launch_date)
        form.addRow(self.tr("&Procedure"), self.procedure)
        form.addRow(self.tr("The offers must include"), self.items)
        form.addRow(self.tr("&Compensation per tenderer"), self.amount)
        form.addRow(self.tr("For irregular or unacceptable offers"), self.reduced)
        form.addRow("", self.problem)
        for line in (self.launch_date, self.amount, self.reduced):
            line.textChanged.connect(self.completeChanged)

    def checked_items(self) -> list[str]:
        """The items ticked."""
        return [
            self.items.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.items.count())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
        ]

    def request(self) -> dict | None:
        """The request without the tenderers, or None with the reason shown."""
        try:
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
                    data[name] = str(parse_amount(line.text(), name))
        except ValidationError as exc:
            self.problem.setText(exc.message)
            return None
        self.problem.clear()
        return data

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Next once the fields can be read."""
        return self.request() is not None


class BidAnswerPage(QWizardPage):
    """Whether it is due, and the amount owed to each tenderer by name."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.setTitle(self.tr("Bid compensation"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.amounts = QPlainTextEdit()
        self.amounts.setReadOnly(True)
        self.amounts.setMaximumHeight(110)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.problem, self.amounts, self.explanation):
            layout.addWidget(widget)
        self.result = None
        self.request: dict | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide with the tender's tenderers and show each one's amount."""
        wizard = self.wizard()
        self.request = {
            **wizard.items_page.request(),
            "tenderers": wizard.register.decision_tenderers(wizard.tender_id),
        }
        try:
            self.result = CHECKS["bid_compensation"].run(self.request, wizard.register.pack)
        except ValidationError as exc:
            self.result = None
            self.problem.setText(exc.message)
            self.completeChanged.emit()
            return
        self.problem.clear()
        r, lang = self.result, self._lang
        self.headline.setText(
            self.tr("A bid compensation is due.")
            if r.mandatory
            else self.tr("No bid compensation is mandatory.")
        )
        self.amounts.setPlainText(
            "\n".join(
                f"{tid}: "
                + (money(amount, lang) if amount is not None else self.tr("set by the documents"))
                for tid, amount in r.amounts.items()
            )
            + (f"\n{self.tr('Total')}: {money(r.total, lang)}" if r.total is not None else "")
        )
        self.explanation.setPlainText("\n".join(explain_lines("bid_compensation", r, lang)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Finish only with an answer."""
        return self.result is not None


class BidCompensationWizard(QWizard):
    """Decide the bid compensation of a tender and store it."""

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
        self.setWindowTitle(self.tr("Bid compensation"))
        self.items_page = ItemsPage(lang)
        self.answer = BidAnswerPage(lang)
        self.addPage(self.items_page)
        self.addPage(self.answer)
        tender = register.tender(tender_id)
        self.items_page.launch_date.setText(format_date(tender.launch_date))
        if tender.procedure:
            self.items_page.procedure.setCurrentIndex(
                self.items_page.procedure.findData(tender.procedure)
            )
        for row in range(self.items_page.items.count()):
            entry = self.items_page.items.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) in tender.required_items:
                entry.setCheckState(Qt.CheckState.Checked)

    def accept(self) -> None:
        """Store the decision on the tender (it follows the tenderers from then on)."""
        if self.answer.result is None:
            return
        self.register.decide(self.tender_id, "bid_compensation", self.answer.request, self._now())
        super().accept()
