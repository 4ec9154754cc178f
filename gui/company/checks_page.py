"""Quick checks without a tender: each check of the engine as a short form, built from the
fields core declares (``core.company.quick.FORMS``), filled from the company's profile where
it knows the answer; the answer is what ``main.py decide`` prints, in the window's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.company.profile import read_profile
from core.company.quick import FORMS, Field, prefill, run
from core.dates import format_date, parse_date
from core.errors import ValidationError
from core.money import parse_amount
from core.store.register import Register
from core.texts import amount_field, error_text, explain_lines, text
from gui.shared.fields import amount_in, date_row
from gui.shared.widgets import CheckList


class QuickChecksPage(QWidget):
    """A list of checks, the form of the one chosen, its answer with the rules applied."""

    def __init__(self, register: Register, today: date, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._register, self._today, self._lang = register, today, lang
        self.checks = QListWidget()
        self.forms = QStackedWidget()
        self.fields: dict[str, dict[str, QWidget]] = {}
        for check, form_fields in FORMS.items():
            self.checks.addItem(text(lang, "label", f"check_{check}"))
            self.forms.addWidget(self._form(check, form_fields))
        self.checks.setFixedWidth(
            self.checks.sizeHintForColumn(0) + 4 * self.checks.frameWidth() + 8
        )
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.answer)
        scroll.setMinimumWidth(400)  # the answer and its rules are read, the form is short
        note = QLabel(
            self.tr(
                "No tender needed: type what you know. The fields your company profile "
                "knows are filled in; the answer is the one of the command line's decide."
            )
        )
        note.setWordWrap(True)
        middle = QVBoxLayout()
        middle.addWidget(note)
        middle.addWidget(self.forms)
        middle.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        middle.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.checks)
        layout.addLayout(middle, 2)
        layout.addWidget(scroll, 3)
        self.checks.currentRowChanged.connect(self._on_chosen)
        self.check_button.clicked.connect(self.check)
        self.reload()
        self.checks.setCurrentRow(0)

    @property
    def current(self) -> str:
        """The check whose form is shown."""
        return list(FORMS)[max(self.checks.currentRow(), 0)]

    def _form(self, check: str, form_fields: tuple[Field, ...]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        made: dict[str, QWidget] = {}
        for field in form_fields:
            widget = self._widget(field)
            made[field.name] = widget
            shown = date_row(widget) if field.kind == "date" else widget
            form.addRow(text(self._lang, "field", field.name), shown)
        self.fields[check] = made
        return page

    def _widget(self, field: Field) -> QWidget:
        lang = self._lang
        if field.kind == "code":
            box = QComboBox()
            # long names (a kind of buyer) must not widen the window past a small screen
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(18)
            if field.optional:
                box.addItem("—", None)
            for code in field.codes:
                box.addItem(text(lang, field.words, code), code)
            return box
        if field.kind == "codes":
            return CheckList([(code, text(lang, field.words, code)) for code in field.codes])
        if field.kind == "flag":
            return QCheckBox()
        line = QLineEdit()
        line.setPlaceholderText("31/12/2026" if field.kind == "date" else "")
        return line

    def reload(self) -> None:
        """Fill the fields the profile knows (after it changed)."""
        values = prefill(read_profile(self._register), self._register.pack, self._today)
        for widgets in self.fields.values():
            for name, widget in widgets.items():
                if name not in values:
                    continue
                value = values[name]
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(widget.findData(value), 0))
                elif isinstance(value, date):
                    widget.setText(format_date(value))
                else:
                    widget.setText(amount_field(value, self._lang))

    def _on_chosen(self, row: int) -> None:
        self.forms.setCurrentIndex(row)
        self.answer.clear()

    def typed(self, check: str) -> dict[str, object]:
        """The form of ``check`` as the engine reads it; an entry that cannot be read raises
        ValidationError naming its field. Empty fields are left out (the engine says so)."""
        data: dict[str, object] = {}
        for field in FORMS[check]:
            widget = self.fields[check][field.name]
            if field.kind == "code":
                value = widget.currentData()
            elif field.kind == "codes":
                value = widget.checked()
            elif field.kind == "flag":
                value = widget.isChecked()
            else:
                typed = widget.text().strip()
                value = self._read(field, typed) if typed else None
            if value is not None:
                data[field.name] = value
        return data

    def _read(self, field: Field, typed: str) -> str:
        if field.kind == "date":
            return parse_date(typed, field.name).isoformat()
        if field.kind == "months":
            return str(parse_amount(typed, field.name))
        return str(amount_in(typed, field.name, self._lang))

    def check(self) -> bool:
        """Decide the check shown and show its answer (or why its input is refused)."""
        check = self.current
        try:
            result = run(check, self.typed(check), self._register.pack)
        except ValidationError as exc:
            self.answer.setText(error_text(exc, self._lang))
            return False
        self.answer.setText("\n".join(explain_lines(check, result, self._lang)))
        return True
