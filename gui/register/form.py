"""The fields of the tender editor and how they map to a core Tender mapping."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from core.dates import format_date, parse_date
from core.errors import ValidationError
from core.limits import text_limit
from core.money import parse_amount
from core.rules import schema
from core.rules.bodies import bodies_of
from core.store.model import STATUSES, Tender, text_value
from core.texts import amount_field, error_text, text
from gui.shared.fields import date_row, note_label, read_as_note, typed_amount
from gui.shared.widgets import CheckList, combo, error_label


def _labelled_pair(main: QWidget, label: str, second: QWidget, stretch: int = 0) -> QWidget:
    """A field that takes the width, then a second one with its label (its buddy), one line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    buddy = QLabel(label)
    buddy.setBuddy(second)
    layout.addWidget(main, 1)
    layout.addWidget(buddy)
    layout.addWidget(second, stretch)
    return row


def _row(main: QWidget, beside: QWidget) -> QWidget:
    """A field that takes the width, with a small widget beside it."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(main, 1)
    layout.addWidget(beside)
    return row


class TenderForm:
    """The widgets of one tender (a view: public widgets, no behaviour)."""

    def __init__(self, lang: str, buyers: list[tuple[int, str]], status_names: dict) -> None:
        self.lang = lang
        self.reference = QLineEdit()
        self.title = QLineEdit()
        self.buyer = combo([(None, "—"), *buyers])
        self.new_buyer = QPushButton()
        self.authority = combo([(a, text(lang, "authority", a)) for a in schema.AUTHORITIES])
        self.contract_type = combo(
            [(t, text(lang, "contract_type", t)) for t in schema.CONTRACT_TYPES]
        )
        self.estimated_value = QLineEdit()
        self.estimated_value.setPlaceholderText("1.234,56")
        self.estimate_button = QPushButton()
        self.launch_date = QLineEdit()
        self.launch_date.setPlaceholderText("31/12/2026")
        self.duration_months = QLineEdit()
        self.indefinite = QCheckBox()
        self.status = combo([(s, status_names.get(s, s)) for s in STATUSES])
        self.procedure = combo(
            [(None, "—"), *[(p, text(lang, "procedure", p)) for p in schema.PROCEDURES]]
        )
        self.price_only = QCheckBox()
        self.required_items = CheckList(
            [(item, text(lang, "item", item)) for item in schema.REQUIRED_ITEMS]
        )
        self.offers_deadline = QLineEdit()
        self.award_deadline = QLineEdit()
        for line in (self.offers_deadline, self.award_deadline):
            line.setPlaceholderText("31/12/2026")
        self.leading_official = QLineEdit()
        self.competent_body = combo([(None, "—")])
        self.budget_line = QLineEdit()
        self.budget_line.setPlaceholderText("0119-00/6140000")
        #: the public reference of the contract notice (the letters give it beside ours)
        self.notice_reference = QLineEdit()
        self.notice_reference.setPlaceholderText("2026-512345")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes like any other field
        self.notes.setMaximumHeight(56)  # three lines: the editor fits a 720-pixel screen
        for name in ("reference", "title", "leading_official", "budget_line", "notice_reference"):
            getattr(self, name).setMaxLength(text_limit(name))
        self.errors = {
            name: error_label()
            for name in (
                "reference",
                "title",
                "estimated_value",
                "launch_date",
                "duration_months",
                "offers_deadline",
                "award_deadline",
                "tender",
            )
        }
        #: how an amount was read when the language decided ("read as € 620.000,00")
        self.read_notes = {"estimated_value": note_label()}

    def buyer_row(self) -> QWidget:
        """The buyer list with the button that adds a buyer without leaving the tender."""
        return _row(self.buyer, self.new_buyer)

    def add_buyer(self, org_id: int, name: str) -> None:
        """A buyer just created: in the list, in its place by name, and chosen."""
        box = self.buyer
        if box.findData(org_id) < 0:
            at = next(
                (i for i in range(1, box.count()) if box.itemText(i).casefold() > name.casefold()),
                box.count(),
            )
            box.insertItem(at, name, org_id)
        box.setCurrentIndex(box.findData(org_id))

    def value_row(self) -> QWidget:
        """The estimated value field with its helper button."""
        return _row(self.estimated_value, self.estimate_button)

    def date_row(self, name: str) -> QWidget:
        """A date field with its calendar."""
        return date_row(getattr(self, name))

    def duration_row(self) -> QWidget:
        """Duration in months, or indefinite."""
        return _row(self.duration_months, self.indefinite)

    def reference_row(self, notice_label: str) -> QWidget:
        """The tender's reference, and beside it the notice's public reference (one line)."""
        return _labelled_pair(self.reference, notice_label, self.notice_reference, 1)

    def body_row(self, budget_label: str) -> QWidget:
        """The competent body, and beside it the budget line (one line of the form)."""
        self.competent_body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        width = self.budget_line.fontMetrics().horizontalAdvance("0000-00/000000000")
        self.budget_line.setMinimumWidth(width)
        return _labelled_pair(self.competent_body, budget_label, self.budget_line)

    def show_bodies(self, authority: str | None, chosen: str | None = None) -> None:
        """The bodies a buyer of this kind chooses from; the one chosen stays chosen, even one
        not offered for this kind (it was chosen before the kind changed)."""
        box = self.competent_body
        keep = box.currentData() if chosen is None else chosen
        codes = list(bodies_of(authority or ""))
        if keep and keep not in codes:
            codes.append(keep)
        box.blockSignals(True)
        box.clear()
        box.addItem("—", None)
        for code in codes:
            name = text(self.lang, "body", code)
            box.addItem(name[:1].upper() + name[1:], code)
        box.setCurrentIndex(max(box.findData(keep), 0))
        box.blockSignals(False)

    # -- reading and writing ---------------------------------------------------------------
    def load(self, tender: Tender | None) -> None:
        """Show a tender (None: an empty new one)."""

        def select(box: QComboBox, value: object) -> None:
            box.setCurrentIndex(max(box.findData(value), 0))

        if tender is None:
            select(self.authority, "local")
            self.show_bodies("local")
            return
        self.reference.setText(tender.reference)
        self.title.setText(tender.title)
        select(self.buyer, tender.buyer_id)
        select(self.authority, tender.authority)
        select(self.contract_type, tender.contract_type)
        self.estimated_value.setText(amount_field(tender.estimated_value, self.lang))
        self.launch_date.setText(format_date(tender.launch_date))
        self.duration_months.setText(
            "" if tender.duration_months is None else str(tender.duration_months)
        )
        self.indefinite.setChecked(tender.indefinite)
        select(self.status, tender.status)
        select(self.procedure, tender.procedure)
        self.price_only.setChecked(bool(tender.price_only))
        self.required_items.set_checked(tender.required_items)
        self.offers_deadline.setText(format_date(tender.offers_deadline))
        self.award_deadline.setText(format_date(tender.award_deadline))
        self.leading_official.setText(tender.leading_official)
        self.show_bodies(tender.authority, tender.competent_body)
        self.budget_line.setText(tender.budget_line)
        self.notice_reference.setText(tender.notice_reference)
        self.notes.setPlainText(tender.notes)

    def read_as(self) -> dict[str, str]:
        """How the amounts were read, for those the user's language decided."""
        notes = {}
        for name in self.read_notes:
            try:
                value, by_language = typed_amount(getattr(self, name).text(), name, self.lang)
            except ValidationError:
                continue
            if by_language:
                notes[name] = read_as_note(value, self.lang)
        return notes

    def read(self) -> tuple[dict, dict[str, str]]:
        """(mapping for core, errors by field) from what is typed now."""
        errors: dict[str, str] = {}
        data: dict[str, object] = {
            "reference": self.reference.text(),
            "title": self.title.text(),
            "buyer_id": self.buyer.currentData(),
            "authority": self.authority.currentData(),
            "contract_type": self.contract_type.currentData(),
            "status": self.status.currentData(),
            "procedure": self.procedure.currentData(),
            "price_only": self.price_only.isChecked(),
            "indefinite": self.indefinite.isChecked(),
            "required_items": self.required_items.checked(),
            "leading_official": self.leading_official.text(),
            "competent_body": self.competent_body.currentData() or "",
            "budget_line": self.budget_line.text(),
            "notice_reference": self.notice_reference.text(),
            "notes": self.notes.toPlainText(),
        }
        for name in ("reference", "title"):  # said at once, with the other fields' problems
            try:
                text_value(data, name, required=True)
            except ValidationError as exc:
                errors[name] = error_text(exc, self.lang)
        for name in ("estimated_value", "launch_date"):  # empty: "required", not "not a date"
            if not getattr(self, name).text().strip():
                missing = ValidationError(name, "missing", "is required")
                errors[name] = error_text(missing, self.lang)
        try:
            data["estimated_value"] = str(
                typed_amount(self.estimated_value.text(), "estimated_value", self.lang)[0]
            )
        except ValidationError as exc:
            errors.setdefault("estimated_value", error_text(exc, self.lang))
        # a field left empty is sent as None: the register keeps what an update does not name
        for name in ("launch_date", "offers_deadline", "award_deadline"):
            typed = getattr(self, name).text().strip()
            if not typed and name != "launch_date":
                data[name] = None
                continue
            try:
                data[name] = parse_date(typed, name).isoformat()
            except ValidationError as exc:
                errors.setdefault(name, error_text(exc, self.lang))
        months = self.duration_months.text().strip()
        data["duration_months"] = None
        if months and not self.indefinite.isChecked():
            try:
                data["duration_months"] = str(parse_amount(months, "duration_months"))
            except ValidationError as exc:
                errors["duration_months"] = error_text(exc, self.lang)
        if not errors:
            try:
                Tender.from_mapping(data)
            except ValidationError as exc:
                errors[exc.field if exc.field in self.errors else "tender"] = error_text(
                    exc, self.lang
                )
        return data, errors
