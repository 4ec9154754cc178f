"""The advance wizard: is an advance due, how much, when settled; the SME's request data.

Three pages: the contract and the buyer, the contractor (its size can be computed from its
figures), and the answer with its explanation. Finish stores the decision on the tender.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from core.dates import format_date, parse_date
from core.decisions import CHECKS
from core.decisions.advance import NEGOTIATED, negotiated_grounds
from core.errors import ValidationError
from core.money import parse_amount, with_vat
from core.rules import schema
from core.rules.pack import RulePack, RuleValue
from core.store import records
from core.texts import amount_field, error_text, money, number, percent, text
from core.texts.answers import answer_lines, signature_line
from gui.shared.fields import amount_in, note_label
from gui.shared.widgets import combo, set_shown
from gui.wizards.answer_view import Lines
from gui.wizards.base import AnswerPage, DecisionWizard, InputPage


class ContractPage(InputPage):
    """The buyer, the procedure and the contract amount and duration.

    The ground list of the negotiated procedure without publication offers only the grounds
    the rule pack's bases open for the chosen contract type on the launch date.
    """

    def __init__(self, lang: str, pack: RulePack) -> None:
        super().__init__()
        self._lang = lang
        self._pack = pack
        #: a ground asked for (the tender's own) that the list may not offer for the type
        self.wanted_ground: str | None = None
        self.setTitle(self.tr("The contract"))
        self.setSubTitle(self.tr("The amount is the initial contract amount including VAT."))
        self.launch_date = QLineEdit()
        self.authority = combo([(a, text(lang, "authority", a)) for a in schema.AUTHORITIES])
        self.financed = QCheckBox(
            self.tr(
                "mainly financed by, and managed under the "
                "supervision of, the State, a Region, a Community "
                "or a local authority"
            )
        )
        self.procedure = combo([(p, text(lang, "procedure", p)) for p in schema.PROCEDURES])
        self.ground = combo([])
        self.contract_type = combo(
            [(t, text(lang, "contract_type", t)) for t in schema.CONTRACT_TYPES]
        )
        self.amount = QLineEdit()
        #: the rate added to the winning offer to propose the amount (shown only with an offer)
        self.vat = QLineEdit()
        self.vat_label = QLabel(self.tr("&VAT rate (%)"))
        self.vat_label.setBuddy(self.vat)
        self.from_offer = note_label()
        self.from_offer.setWordWrap(True)
        self._offer: Decimal | None = None
        self._proposed = ""
        self.duration = QLineEdit()
        self.indefinite = QCheckBox(self.tr("indefinite duration"))
        self.monthly = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Launch date"), self.launch_date)
        form.addRow(self.tr("Buyer &kind"), self.authority)
        form.addRow("", self.financed)
        form.addRow(self.tr("&Procedure"), self.procedure)
        form.addRow(self.tr("Its &ground"), self.ground)
        form.addRow(self.tr("Contract t&ype"), self.contract_type)
        form.addRow(self.tr("&Amount incl. VAT"), self.amount)
        form.addRow(self.vat_label, self.vat)
        form.setRowVisible(self.vat, False)
        form.addRow("", self.from_offer)
        form.addRow(self.tr("&Duration (months)"), self.duration)
        form.addRow("", self.indefinite)
        form.addRow(self.tr("&Monthly value incl. VAT"), self.monthly)
        form.addRow("", self.problem)
        for line in (self.launch_date, self.amount, self.duration, self.monthly):
            line.textChanged.connect(self.completeChanged)
        for box in (self.authority, self.procedure):
            box.currentIndexChanged.connect(self._follow)
        self.contract_type.currentIndexChanged.connect(self.fill_grounds)
        self.launch_date.textChanged.connect(self.fill_grounds)
        self.ground.currentIndexChanged.connect(self._on_ground_picked)
        self.indefinite.toggled.connect(self._follow)
        self.vat.textChanged.connect(self._follow_rate)
        self.fill_grounds()
        self._follow()

    def propose_from_offer(self, offer: Decimal, rate: RuleValue) -> None:
        """Propose the amount incl. VAT from the winning offer (excl. VAT) and the standard
        rate; the rate and the amount stay the user's to change."""
        self._offer = offer
        self.layout().setRowVisible(self.vat, True)
        self.vat.setText(number(rate.value, self._lang, grouping=False))
        self.vat.setToolTip(rate.note_in(self._lang))
        self._follow_rate()

    def _follow_rate(self) -> None:
        """A new rate gives a new proposal, unless the user typed an amount of their own."""
        if self._offer is None or self.amount.text() not in ("", self._proposed):
            return
        try:
            pct = amount_in(self.vat.text(), "vat_rate", self._lang)
        except ValidationError:
            return
        self._proposed = amount_field(with_vat(self._offer, pct), self._lang)
        self.amount.setText(self._proposed)
        self.from_offer.setText(
            self.tr(
                "From the winning offer of %1 excl. VAT, plus %2 VAT. The app does not check "
                "which VAT rate applies: change the rate or the amount if needed."
            )
            .replace("%1", money(self._offer, self._lang))
            .replace("%2", percent(pct, self._lang))
        )
        self.from_offer.show()

    def _on_date(self) -> date | None:
        try:
            on = parse_date(self.launch_date.text(), "launch_date")
            self._pack.check_date(on)
        except ValidationError:
            return None
        return on

    def fitting_grounds(self) -> tuple[str, ...]:
        """The grounds the law allows for the chosen contract type (empty without a date)."""
        on = self._on_date()
        if on is None:
            return ()
        return negotiated_grounds(self._pack, on, self.contract_type.currentData())

    def fill_grounds(self) -> None:
        """Offer only the grounds that fit the contract type; a chosen ground that no longer
        fits stays wanted (the page then says why it cannot go on)."""
        current = self.wanted_ground or self.ground.currentData()
        fits = self.fitting_grounds()
        self.ground.blockSignals(True)
        self.ground.clear()
        for ground in fits:
            name = (
                self.tr("the value (below the ceiling)")
                if ground == "value"
                else text(self._lang, "ground", ground)
            )
            self.ground.addItem(name, ground)
        if current and current not in fits and fits:
            self.wanted_ground = current
        self.ground.setCurrentIndex(self.ground.findData(current) if current else 0)
        self.ground.blockSignals(False)
        self.completeChanged.emit()

    def _on_ground_picked(self) -> None:
        self.wanted_ground = None
        self.completeChanged.emit()

    def _follow(self) -> None:
        set_shown(self.financed, self.authority.currentData() in ("federal_other", "public_body"))
        self.ground.setEnabled(self.procedure.currentData() == "negotiated_without_publication")
        indefinite = self.indefinite.isChecked()
        self.duration.setEnabled(not indefinite)
        self.amount.setEnabled(not indefinite)
        self.monthly.setEnabled(indefinite)
        self.completeChanged.emit()

    def read(self) -> dict:
        """The contract part of the advance request."""
        data = {
            "launch_date": parse_date(self.launch_date.text(), "launch_date").isoformat(),
            "authority": self.authority.currentData(),
            "financed_and_supervised": self.financed.isChecked(),
            "procedure": self.procedure.currentData(),
            "contract_type": self.contract_type.currentData(),
        }
        if data["procedure"] == NEGOTIATED:
            data["negotiated_ground"] = self._ground(data["contract_type"])
        if self.indefinite.isChecked():
            data.update(
                duration_months=None,
                amount_incl_vat=None,
                monthly_value_incl_vat=str(
                    amount_in(self.monthly.text(), "monthly_value", self._lang)
                ),
            )
        else:
            data.update(
                amount_incl_vat=str(amount_in(self.amount.text(), "amount_incl_vat", self._lang)),
                duration_months=str(parse_amount(self.duration.text(), "duration_months")),
            )
        return data

    def _ground(self, contract_type: str) -> str:
        """The chosen ground; refused when the law does not allow it for the contract type."""
        ground = self.ground.currentData()
        if ground is None or ground not in self.fitting_grounds():
            wanted = self.wanted_ground or ground
            if wanted:  # said in the user's words by the error table (error_text)
                raise ValidationError(
                    "negotiated_ground",
                    "not_for_contract_type",
                    f"the ground {wanted!r} does not apply to a {contract_type} contract",
                    {"ground": wanted, "contract_type": contract_type},
                )
            raise ValidationError(
                "negotiated_ground",
                "choose_ground",
                self.tr("Choose the ground of the negotiated procedure."),
            )
        return ground


class ContractorPage(InputPage):
    """The winner's size (or its figures), what the documents say, an exception."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.setTitle(self.tr("The contractor"))
        self.setSubTitle(self.tr("An SME winner is owed an advance by most public buyers."))
        self.size = combo([(s, text(lang, "size", s)) for s in schema.SIZES])
        # an unknown size counts as large: no advance is promised that may not be owed
        self.size.setCurrentIndex(self.size.findData("large"))
        self.staff = QLineEdit()
        self.turnover = QLineEdit()
        self.balance = QLineEdit()
        self.compute = QPushButton(self.tr("Compute the size from these figures"))
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        self.documents = QLineEdit()
        self.documents.setPlaceholderText(self.tr("empty: the documents are silent"))
        self.above_20 = QCheckBox(
            self.tr("the documents rely on a case allowing more than 20% (art. 12/4 §2)")
        )
        self.exception = combo(
            [
                (None, self.tr("none")),
                *[
                    (e, text(lang, "exception", e) + ("" if e == "financing_and_works" else " ⚠"))
                    for e in schema.EXCEPTIONS
                ],
            ]
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Size class"), self.size)
        form.addRow(self.tr("Staff (annual work units)"), self.staff)
        form.addRow(self.tr("Turnover"), self.turnover)
        form.addRow(self.tr("Balance-sheet total"), self.balance)
        form.addRow("", self.compute)
        form.addRow("", self.size_note)
        form.addRow(self.tr("Advance in the &documents (%)"), self.documents)
        form.addRow("", self.above_20)
        form.addRow(self.tr("&Exception"), self.exception)
        form.addRow("", self.problem)
        self.compute.clicked.connect(self._on_compute)
        self.documents.textChanged.connect(self.completeChanged)

    def _on_compute(self) -> None:
        try:
            data = {
                "staff_awu": str(parse_amount(self.staff.text(), "staff_awu")),
                "turnover": str(amount_in(self.turnover.text(), "turnover", self._lang)),
                "balance_sheet_total": str(
                    amount_in(self.balance.text(), "balance_sheet_total", self._lang)
                ),
            }
            result = CHECKS["sme_class"].run(data, self.wizard().register.pack)
        except ValidationError as exc:
            self.size_note.setText(error_text(exc, self._lang))
            return
        self.size.setCurrentIndex(self.size.findData(result.size))
        self.size_note.setText(
            self.tr("Size from the figures: %1.").replace(
                "%1", text(self._lang, "size", result.size)
            )
        )

    def read(self) -> dict:
        """The contractor part of the request."""
        data: dict = {
            "contractor_size": self.size.currentData(),
            "above_20_allowed": self.above_20.isChecked(),
            "exception": self.exception.currentData(),
        }
        if self.documents.text().strip():
            data["documents_percentage"] = str(
                parse_amount(self.documents.text(), "documents_percentage")
            )
        return data


class AdvanceAnswerPage(AnswerPage):
    """The verdict, the computation, what the SME's written request needs, the rules."""

    def __init__(self, lang: str) -> None:
        super().__init__("advance", lang, "")
        self.setTitle(self.tr("The advance"))
        self.setSubTitle(
            self.tr("The answer with the rules it applied, and what the SME's request needs.")
        )
        self.figures = Lines()
        self.request_title = QLabel(self.tr("For the written request"))
        self.request_title.setStyleSheet("font-weight: bold;")
        self.request_lines = Lines()
        for widget in (self.figures, self.request_title, self.request_lines):
            self.body.addWidget(widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide, and show the answer or why the input cannot be decided."""
        wizard = self.wizard()
        if not self.decide_typed():
            return
        r, lang = self.result, self._lang
        self.show_answer()
        # the computation as core words it, without the verdict and the reason shown above
        # and the signature, which the part on the written request says
        figures = answer_lines("advance", r, lang)[2:-1]
        self.figures.set_lines(
            [(f"    – {line.strip()}" if line.startswith(" ") else line, "") for line in figures]
        )
        self.request_lines.set_lines(
            [(line, "") for line in (signature_line(r, lang), *wizard.request_data(r))]
        )


class AdvanceWizard(DecisionWizard):
    """Decide the advance of a tender and store the decision on it."""

    kind = "advance"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Advance"))
        self.contract = ContractPage(self.lang, self.register.pack)
        self.contractor = ContractorPage(self.lang)
        self.answer = AdvanceAnswerPage(self.lang)
        for page in (self.contract, self.contractor, self.answer):
            self.addPage(page)
        self._winner = None
        if self.tender is not None:
            self._prefill()

    def _prefill(self) -> None:
        """The tender's facts and its winner's figures on the pages."""
        tender, contract = self.tender, self.contract
        contract.launch_date.setText(format_date(tender.launch_date))
        contract.authority.setCurrentIndex(contract.authority.findData(tender.authority))
        if tender.procedure:
            contract.procedure.setCurrentIndex(contract.procedure.findData(tender.procedure))
        contract.contract_type.setCurrentIndex(
            contract.contract_type.findData(tender.contract_type)
        )
        basis = next((b for b in self.register.pack.bases if b.id == tender.procedure_basis), None)
        if basis is not None and basis.procedure == NEGOTIATED:
            contract.wanted_ground = basis.ground or "value"
            contract.fill_grounds()
        if tender.duration_months is not None:
            contract.duration.setText(str(tender.duration_months).replace(".", ","))
        contract.indefinite.setChecked(tender.indefinite)
        # the winner the decision will record (core.store.records), with its size and figures
        winner = records.winner(self.register.tenderers(self.tender_id))
        self._winner = self.register.organisation(winner.organisation_id) if winner else None
        w, page = self._winner, self.contractor
        if w and w.size_class:
            page.size.setCurrentIndex(page.size.findData(w.size_class))
        offer = winner.offer if winner else None
        if offer is not None and not tender.indefinite:
            rate = self._standard_vat(tender.launch_date)
            if rate is not None:
                contract.propose_from_offer(offer, rate)
        if w:
            for line, value in (
                (page.staff, w.staff_awu),
                (page.turnover, w.turnover),
                (page.balance, w.balance_sheet_total),
            ):
                if value is not None:
                    line.setText(str(value).replace(".", ","))

    def _standard_vat(self, on: date) -> RuleValue | None:
        """The standard VAT rate in force on the launch date (None outside the rule pack)."""
        try:
            self.register.pack.check_date(on)
        except ValidationError:
            return None
        return self.register.pack.in_force("vat_standard_pct", on)

    def request_data(self, result) -> list[str]:
        """What the SME's request needs: addressee, contract, amount, contractor, IBAN."""
        t, w, lang = self.tender, self._winner, self.lang
        if t is None:  # practice: no tender to write to
            return []
        buyer = self.register.organisation(t.buyer_id).name if t.buyer_id else "—"
        return [
            self.tr("Addressee: %1, leading official %2")
            .replace("%1", buyer)
            .replace("%2", t.leading_official or "—"),
            self.tr("Contract: %1 — %2").replace("%1", t.reference).replace("%2", t.title),
            self.tr("Amount asked: %1").replace("%1", money(result.amount, lang)),
            self.tr("Contractor: %1, enterprise number %2")
            .replace("%1", w.name if w else "—")
            .replace("%2", (w.enterprise_number or "—") if w else "—"),
            self.tr("Account (IBAN): %1").replace("%1", (w.iban or "—") if w else "—"),
        ]
