"""A new offer from what the tender's notice says, in one dialog: the tender (its buyer made
on the fly when the register does not know it) and my company as its tenderer. Core reads
and stores it (``core.company.offers.add_offer``); a refusal is said under the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from core.company.offers import add_offer
from core.dates import parse_date
from core.errors import ValidationError
from core.limits import text_limit
from core.money import parse_amount
from core.rules import schema
from core.store.register import Register
from core.texts import error_text, text
from gui.shared.fields import amount_in, date_row
from gui.shared.widgets import CheckList, combo, error_label


class OfferDialog(QDialog):
    """Reference, buyer, title, kind, estimate, procedure, dates, items and price criterion
    as the notice gives them, and our amount when we know it; Save stores all or nothing."""

    def __init__(
        self,
        register: Register,
        company_id: int,
        lang: str,
        now: Callable[[], datetime] = datetime.now,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New offer from a notice"))
        self._register, self._company, self.lang, self._now = register, company_id, lang, now
        self.tenderer_id: int | None = None
        self.reference = QLineEdit()
        self.buyer = QComboBox()
        self.buyer.setEditable(True)
        self.buyer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for org_id, name in register.buyer_choices():
            if org_id != company_id:  # we do not buy from ourselves
                self.buyer.addItem(name)
        self.buyer.setCurrentIndex(-1)
        self.buyer.lineEdit().setPlaceholderText(self.tr("as the notice names it"))
        self.authority = combo([(a, text(lang, "authority", a)) for a in schema.AUTHORITIES])
        self.authority.setCurrentIndex(self.authority.findData("local"))
        self.title = QLineEdit()
        self.contract_type = combo(
            [(t, text(lang, "contract_type", t)) for t in schema.CONTRACT_TYPES]
        )
        self.estimated_value = QLineEdit()
        self.procedure = combo(
            [(None, "—"), *[(p, text(lang, "procedure", p)) for p in schema.PROCEDURES]]
        )
        self.duration_months = QLineEdit()
        self.duration_months.setPlaceholderText("12")
        self.indefinite = QCheckBox(self.tr("Inde&finite duration"))
        self.launch_date, self.offers_deadline = QLineEdit(), QLineEdit()
        for line in (self.launch_date, self.offers_deadline):
            line.setPlaceholderText("31/12/2026")
        self.required_items = CheckList(
            [(item, text(lang, "item", item)) for item in schema.REQUIRED_ITEMS]
        )
        self.price_only = QCheckBox(self.tr("Price is the only award criterion"))
        self.offer = QLineEdit()
        self.offer.setPlaceholderText(self.tr("empty until you know it"))
        self.offer_label = QLabel()
        self.offer_label.setBuddy(self.offer)
        for name in ("reference", "title"):
            getattr(self, name).setMaxLength(text_limit(name))
        self.problem = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._layout()
        self._follow_duration()
        self.indefinite.toggled.connect(self._follow_duration)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Reference"), self.reference)
        left.addRow(self.tr("&Buyer"), self.buyer)
        left.addRow(self.tr("&Kind of buyer"), self.authority)
        left.addRow(self.tr("&Title"), self.title)
        left.addRow(self.tr("T&ype"), self.contract_type)
        left.addRow(self.tr("Estimated &value excl. VAT"), self.estimated_value)
        left.addRow(self.tr("&Procedure"), self.procedure)
        duration = QHBoxLayout()
        duration.addWidget(self.duration_months, 1)
        duration.addWidget(self.indefinite)
        duration_label = QLabel(self.tr("D&uration (months)"))
        duration_label.setBuddy(self.duration_months)
        left.addRow(duration_label, duration)
        right.addRow(self.tr("&Launch date"), date_row(self.launch_date))
        right.addRow(self.tr("&Deadline for offers"), date_row(self.offers_deadline))
        right.addRow(self.tr("The offer must &include"), self.required_items)
        right.addRow("", self.price_only)
        right.addRow(self.offer_label, self.offer)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)  # a taller dialog keeps its rows together at the top
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(1060)

    def _follow_duration(self) -> None:
        """A contract of indefinite duration has no duration, and our amount is a month's."""
        indefinite = self.indefinite.isChecked()
        self.duration_months.setEnabled(not indefinite)
        self.offer_label.setText(
            self.tr("&Our monthly amount excl. VAT")
            if indefinite
            else self.tr("&Our offer excl. VAT")
        )

    def notice(self) -> dict[str, object]:
        """What is typed, as core reads a notice; a date or amount that cannot be read raises
        ValidationError naming its field."""
        data: dict[str, object] = {
            "reference": self.reference.text(),
            "buyer": self.buyer.currentText(),
            "authority": self.authority.currentData(),
            "title": self.title.text(),
            "contract_type": self.contract_type.currentData(),
            "procedure": self.procedure.currentData(),
            "required_items": self.required_items.checked(),
            "price_only": self.price_only.isChecked(),
        }
        for name in ("estimated_value", "offer"):
            typed = getattr(self, name).text().strip()
            data[name] = str(amount_in(typed, name, self.lang)) if typed else None
        typed = self.duration_months.text().strip()
        data["indefinite"] = self.indefinite.isChecked()
        if data["indefinite"] or not typed:
            data["duration_months"] = None
        else:
            data["duration_months"] = str(parse_amount(typed, "duration_months"))
        for name in ("launch_date", "offers_deadline"):
            typed = getattr(self, name).text().strip()
            data[name] = parse_date(typed, name).isoformat() if typed else None
        return data

    def save(self) -> bool:
        """Store the tender and our offer; False with the reason shown under the form."""
        try:
            self.tenderer_id = add_offer(self._register, self._company, self.notice(), self._now())
        except ValidationError as exc:
            self.problem.setText(error_text(exc, self.lang))
            self.problem.show()
            field = getattr(self, exc.field, None) if isinstance(exc.field, str) else None
            if hasattr(field, "setFocus"):
                field.setFocus()
            return False
        self.accept()
        return True
