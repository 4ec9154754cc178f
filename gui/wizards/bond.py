"""The bond wizard: may a performance bond be asked of the winner, and how much.

Two pages: the contract and the amount awarded (the winner's offer, or the estimate while
no offer has won), then the answer with its article and how sure the rules are. Finish
stores the decision on the tender; the summary shows it among the decided amounts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit

from core.dates import format_date, parse_date
from core.errors import ValidationError
from core.money import parse_amount
from core.rules import schema
from core.rules.pack import RulePack
from core.store import records
from core.texts import amount_field, number, text
from core.texts.answers import answer_lines
from core.texts.citations import cite
from gui.shared.fields import amount_in, note_label
from gui.shared.widgets import combo
from gui.wizards.answer_view import Lines
from gui.wizards.base import AnswerPage, DecisionWizard, InputPage

#: days a month of the tender's duration counts for the execution period the former rules read
DAYS_A_MONTH = 30
#: confidence marks from the surest to the least sure (an answer is as sure as its weakest rule)
SURENESS = ("verified", "secondary", "unverified", "convention")


class AwardPage(InputPage):
    """The launch date, the contract type, the amount awarded, what the documents set."""

    def __init__(self, lang: str, pack: RulePack) -> None:
        super().__init__()
        self._lang = lang
        self._pack = pack
        self.setTitle(self.tr("The contract and the amount awarded"))
        self.setSubTitle(
            self.tr(
                "The bond is a share of the amount awarded excl. VAT, which the winner "
                "deposits as a guarantee of good execution."
            )
        )
        self.launch_date = QLineEdit()
        self.contract_type = combo(
            [(t, text(lang, "contract_type", t)) for t in schema.CONTRACT_TYPES]
        )
        self.amount = QLineEdit()
        self.amount_from = note_label()
        self.amount_from.setWordWrap(True)
        self.documents = QLineEdit()
        self.documents.setPlaceholderText(self.tr("empty: the documents are silent"))
        self.days = QLineEdit()
        self.days.setPlaceholderText(self.tr("empty: not known"))
        self.days_from = note_label()
        self.days_from.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Launch date"), self.launch_date)
        form.addRow(self.tr("Contract t&ype"), self.contract_type)
        form.addRow(self.tr("&Amount awarded excl. VAT"), self.amount)
        form.addRow("", self.amount_from)
        form.addRow(self.tr("Bond in the &documents (%)"), self.documents)
        form.addRow(self.tr("&Execution period (days)"), self.days)
        form.addRow("", self.days_from)
        form.addRow("", self.problem)
        for line in (self.launch_date, self.amount, self.documents, self.days):
            line.textChanged.connect(self.completeChanged)
        self.launch_date.textChanged.connect(self.follow)
        self.follow()

    def former_rules(self) -> bool:
        """Whether the launch date falls under the former bond rules, which exempted short
        contracts (the rule pack's floor below which no bond may be asked is not yet in force):
        only then does the execution period count, and only then is it asked."""
        try:
            on = parse_date(self.launch_date.text(), "launch_date")
            self._pack.check_date(on)
        except ValidationError:
            return False
        return self._pack.in_force("bond_forbidden_below", on) is None

    def follow(self) -> None:
        former = self.former_rules()
        form = self.layout()
        form.setRowVisible(self.days, former)
        form.setRowVisible(self.days_from, former and bool(self.days_from.text()))

    def read(self) -> dict:
        """The bond request as typed."""
        data: dict = {
            "launch_date": parse_date(self.launch_date.text(), "launch_date").isoformat(),
            "contract_type": self.contract_type.currentData(),
            "award_amount_excl_vat": str(
                amount_in(self.amount.text(), "award_amount_excl_vat", self._lang)
            ),
        }
        if self.documents.text().strip():
            data["documents_percentage"] = str(
                parse_amount(self.documents.text(), "documents_percentage")
            )
        if self.former_rules() and self.days.text().strip():
            data["execution_days"] = str(parse_amount(self.days.text(), "execution_days"))
        return data


class BondAnswerPage(AnswerPage):
    """The verdict with its article, the percentage and the amount, how sure the rules are."""

    def __init__(self, lang: str) -> None:
        super().__init__("bond", lang, "")
        self.setTitle(self.tr("Performance bond"))
        self.setSubTitle(self.tr("Whether a bond may be asked, and how much."))
        self.figures = Lines()
        self.sureness = Lines()
        for widget in (self.figures, self.sureness):
            self.body.addWidget(widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide with what the first page holds and show the answer."""
        if not self.decide_typed():
            return
        r, lang = self.result, self._lang
        self.show_answer()
        # the answer as the meaning page words it, without its first line (the verdict says it)
        self.figures.set_lines([(line, "") for line in answer_lines("bond", r, lang)[2:]])
        weakest = max((a.confidence for a in r.applied), key=SURENESS.index)
        articles = sorted({str(cite(a.source, lang)) for a in r.applied})
        self.sureness.set_lines(
            [
                (
                    self.tr("Confidence of this answer: %1").replace(
                        "%1", text(lang, "confidence", weakest)
                    ),
                    "\n".join(articles),
                )
            ]
        )


class BondWizard(DecisionWizard):
    """Decide the performance bond of a tender's contract and store it."""

    kind = "bond"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Performance bond"))
        self.award = AwardPage(self.lang, self.register.pack)
        self.answer = BondAnswerPage(self.lang)
        self.addPage(self.award)
        self.addPage(self.answer)
        if self.tender is not None:
            self._prefill()

    def _prefill(self) -> None:
        """The tender's facts; the amount awarded from the winning offer, else the estimate."""
        page, tender, lang = self.award, self.tender, self.lang
        page.launch_date.setText(format_date(tender.launch_date))
        page.contract_type.setCurrentIndex(page.contract_type.findData(tender.contract_type))
        tenderers = self.register.tenderers(self.tender_id)
        basis = records.award_basis(tender, tenderers)
        if "offer" in basis:
            won = records.winner(tenderers)
            page.amount.setText(amount_field(won.offer, lang))
            shown = self.tr("The winning offer of %1.").replace("%1", won.name)
        else:
            page.amount.setText(amount_field(tender.estimated_value, lang))
            shown = self.tr(
                "The tender's estimate: no winning offer is registered yet. Decide again "
                "once the contract is awarded."
            )
        page.amount_from.setText(shown)
        page.amount_from.show()
        months = tender.duration_months
        if months is not None and not tender.indefinite:
            page.days.setText(number(months * DAYS_A_MONTH, lang, grouping=False))
            page.days_from.setText(
                self.tr("From the tender's duration of %1 months, counted as %2 days a month.")
                .replace("%1", number(months, lang, grouping=False))
                .replace("%2", str(DAYS_A_MONTH))
            )
            page.days_from.show()
            page.follow()
