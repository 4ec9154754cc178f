"""The fields of the organisation editor and what was typed in them (a view, no behaviour)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from core.limits import text_limit
from core.rules import schema
from core.store.model import Organisation
from core.store.organisation_input import FIELDS, FIGURES
from core.texts import amount_field, number, text
from gui.shared.fields import note_label
from gui.shared.widgets import combo, error_label

PLACEHOLDERS = {
    "enterprise_number": "0123.456.749",
    "postcode": "9620",
    "country": "BE",
    "iban": "BE68 5390 0754 7034",
    "bic": "GEBABEBB",
    "email": "info@example.be",
    "phone": "+32 9 123 45 67",
    "staff_awu": "12,5",
    "turnover": "1.250.000,00",
    "balance_sheet_total": "800.000,00",
    "figures_year": "2025",
}


#: the size of the logo's preview in the editor (pixels)
LOGO_PREVIEW = (160, 56)


class OrganisationForm:
    """The widgets of one organisation: a line per field, its error label, the size class."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lines: dict[str, QLineEdit] = {}
        for name in FIELDS:
            line = QLineEdit()
            line.setPlaceholderText(PLACEHOLDERS.get(name, ""))
            line.setObjectName(name)
            line.setMaxLength(text_limit(name))
            self.lines[name] = line
        self.size_class = combo([(None, "—"), *[(s, text(lang, "size", s)) for s in schema.SIZES]])
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        self.errors = {name: error_label() for name in (*FIELDS, "logo", "organisation")}
        #: the letterhead's logo: its bytes (None: none), a preview, a chooser and a remove
        self.logo: bytes | None = None
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW[0], LOGO_PREVIEW[1])
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_choose = QPushButton()
        self.logo_remove = QPushButton()
        self.logo_remove.setEnabled(False)
        #: how a figure was read when the language decided ("read as € 620.000,00")
        self.read_notes = {name: note_label() for name in FIGURES}

    # -- reading and writing ---------------------------------------------------------------
    def load(self, org: Organisation | None) -> None:
        """Show an organisation (None: an empty new one)."""
        if org is None:
            return

        def amount(value: Decimal | None) -> str:
            return amount_field(value, self.lang)

        shown = {
            "name": org.name,
            "enterprise_number": org.enterprise_number or "",
            "street": org.street,
            "postcode": org.postcode,
            "city": org.city,
            "country": org.country,
            "iban": org.iban or "",
            "bic": org.bic or "",
            "email": org.email,
            "phone": org.phone,
            "signatory_name": org.signatory_name,
            "signatory_function": org.signatory_function,
            "staff_awu": ""
            if org.staff_awu is None
            else number(org.staff_awu, self.lang, grouping=False),
            "turnover": amount(org.turnover),
            "balance_sheet_total": amount(org.balance_sheet_total),
            "figures_year": "" if org.figures_year is None else str(org.figures_year),
        }
        for name, value in shown.items():
            self.lines[name].setText(value)
        self.size_class.setCurrentIndex(max(self.size_class.findData(org.size_class), 0))
        self.set_logo(org.logo)

    def set_logo(self, data: bytes | None) -> None:
        """Keep ``data`` as the logo and show it (an image Qt cannot read shows no preview)."""
        self.logo = data or None
        pixmap = QPixmap()
        if self.logo is None or not pixmap.loadFromData(self.logo):
            self.logo_preview.clear()
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW[0] - 8,
                    LOGO_PREVIEW[1] - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_remove.setEnabled(self.logo is not None)

    def typed(self) -> dict[str, str]:
        """What is typed now, field by field."""
        return {name: line.text() for name, line in self.lines.items()}

    def state(self) -> tuple[dict[str, str], object]:
        """Everything the user can change (to tell whether something is unsaved)."""
        return self.typed(), self.size_class.currentData(), self.logo
