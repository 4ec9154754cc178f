"""My company: which organisation the user works for, its contact person, and what the
register knows of it (its size class with the rule that decided it, figures too old, what a
letter would miss). Core reads and stores the profile; this page only shows and collects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.company.profile import Contact, Profile, last_closed_year, read_profile, save_profile
from core.errors import ValidationError
from core.limits import text_limit
from core.store.register import Register
from core.texts import error_text, text
from gui.organisations.editor import OrganisationEditor, size_text
from gui.shared.widgets import error_label


class CompanyPage(QWidget):
    """Choose or make my company, name its contact person, see its profile.

    Signals:
        changed(): my company or its contact person was saved.
    """

    changed = Signal()

    def __init__(
        self,
        register: Register,
        today: date,
        lang: str,
        now: Callable[[], datetime] = datetime.now,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._register, self._today, self._lang, self._now = register, today, lang, now
        self.company = QComboBox()
        self.new_button = QPushButton(self.tr("&New company…"))
        self.edit_button = QPushButton(self.tr("Edit its &details…"))
        self.contact = {name: QLineEdit() for name in ("name", "function", "email", "phone")}
        for line in self.contact.values():
            line.setMaxLength(text_limit("name"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.problem = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.new_button.clicked.connect(self._on_new)
        self.edit_button.clicked.connect(self._on_edit)
        self.save_button.clicked.connect(self.save)
        self.company.currentIndexChanged.connect(self._on_company_shown)
        self.reload()

    def _layout(self) -> None:
        choice = QGroupBox(self.tr("My company"))
        row = QHBoxLayout(choice)
        label = QLabel(self.tr("&Company:"))
        label.setBuddy(self.company)
        row.addWidget(label)
        row.addWidget(self.company, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        person = QGroupBox(self.tr("Contact person (signs and answers our letters)"))
        form = QFormLayout(person)
        for shown, name in (
            (self.tr("N&ame"), "name"),
            (self.tr("F&unction"), "function"),
            (self.tr("E-&mail"), "email"),
            (self.tr("&Phone"), "phone"),
        ):
            form.addRow(shown, self.contact[name])
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(choice)
        left.addWidget(person)
        left.addLayout(buttons)
        left.addStretch(1)
        profile = QGroupBox(self.tr("What the register knows of it"))
        QVBoxLayout(profile).addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(profile, 1)

    # -- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the organisations and my company again."""
        profile = read_profile(self._register)
        blocked = self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem(self.tr("(none chosen)"), None)
        for org_id, name in self._register.organisation_choices():
            self.company.addItem(name, org_id)
        if profile is not None:
            self.company.setCurrentIndex(self.company.findData(profile.organisation.id))
        self.company.blockSignals(blocked)
        contact = profile.contact if profile is not None else Contact()
        for name, line in self.contact.items():
            line.setText(getattr(contact, name))
        self._show(profile)

    def _on_company_shown(self) -> None:
        org_id = self.company.currentData()
        profile = None
        if org_id is not None:
            profile = Profile(self._register.organisation(org_id), self._typed_contact())
        self._show(profile)

    def _typed_contact(self) -> Contact:
        return Contact(**{name: line.text().strip() for name, line in self.contact.items()})

    def _show(self, profile: Profile | None) -> None:
        self.edit_button.setEnabled(profile is not None)
        self.summary.setText(self.summary_html(profile))

    def summary_html(self, profile: Profile | None) -> str:
        """The company's data, its size class and rule, the warnings, as the page shows them."""
        if profile is None:
            return escape(
                self.tr(
                    "Choose the organisation you work for, or make it with New company…. "
                    "Its data fills the offers, the checks and what each tender means for you."
                )
            )
        org, lang = profile.organisation, self._lang
        address = ", ".join(p for p in (org.street, f"{org.postcode} {org.city}".strip()) if p)
        rows = [
            (self.tr("Enterprise number"), org.enterprise_number or ""),
            (self.tr("Address"), address),
            (self.tr("IBAN"), org.iban or ""),
            (self.tr("BIC"), org.bic or ""),
        ]
        empty = "<i>" + escape(self.tr("empty")) + "</i>"
        parts = [f"<h3>{escape(org.name)}</h3><table>"]
        for shown, value in rows:
            parts.append(
                f"<tr><td>{escape(shown)}&nbsp;&nbsp;</td>"
                f"<td>{escape(value) if value else empty}</td></tr>"
            )
        parts.append("</table>")
        size = profile.size(self._register.pack)
        if size is not None:
            lines = size_text(size, lang).split("\n")
            parts.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
        elif org.size_class:
            parts.append(
                "<p>"
                + escape(
                    self.tr("Size class chosen by hand: %1 (no figures to check it).").replace(
                        "%1", text(lang, "size", org.size_class)
                    )
                )
                + "</p>"
            )
        else:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "No size figures yet: Edit its details… and type the staff, turnover "
                        "and balance-sheet total, or the checks cannot say whether you are an SME."
                    )
                )
                + "</p>"
            )
        parts += self._warnings(profile)
        return "".join(parts)

    def _warnings(self, profile: Profile) -> list[str]:
        """Old figures, and the empty fields our letters need (a sign, not colour alone)."""
        out = []
        year = profile.organisation.figures_year
        if profile.figures_outdated(self._today):
            closed = str(last_closed_year(self._today))
            shown = (
                self.tr(
                    "⚠ Warning: the figures are of %1; the last closed year is %2. Type the "
                    "figures of %2, or the size class may be wrong."
                )
                .replace("%1", str(year))
                .replace("%2", closed)
                if year is not None
                else self.tr(
                    "⚠ Warning: the figures have no year; the last closed year is %1."
                ).replace("%1", closed)
            )
            out.append(f"<p style='color:#9a3b00'><b>{escape(shown)}</b></p>")
        missing = profile.missing()
        if missing:
            names = ", ".join(text(self._lang, "field", name) for name in missing)
            out.append(
                "<p style='color:#9a3b00'><b>"
                + escape(
                    self.tr("⚠ Our letters cannot be written without: %1.").replace("%1", names)
                )
                + "</b></p>"
            )
        return out

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the company chosen and its contact person; False with the reason shown."""
        org_id = self.company.currentData()
        if org_id is None:
            self.problem.setText(self.tr("Choose your company first, or make it."))
            self.problem.show()
            return False
        if not self._store(org_id):
            return False
        self.reload()
        self.changed.emit()
        return True

    def _store(self, org_id: int) -> bool:
        """Keep ``org_id`` as my company with the contact person typed; False with the
        reason shown under the form."""
        contact = {name: line.text() for name, line in self.contact.items()}
        try:
            save_profile(self._register, org_id, None, contact, self._now())
        except ValidationError as exc:
            self.problem.setText(error_text(exc, self._lang))
            self.problem.show()
            return False
        self.problem.hide()
        return True

    def _on_new(self) -> None:
        editor = self.open_editor(None)
        editor.saved.connect(self._on_made)

    def _on_edit(self) -> None:
        org_id = self.company.currentData()
        if org_id is not None:
            self.open_editor(org_id).saved.connect(lambda _id: self._on_company_shown())

    def open_editor(self, org_id: int | None) -> OrganisationEditor:
        """The organisation editor for my company (a new one when ``org_id`` is None)."""
        editor = OrganisationEditor(self._register, org_id, self._lang, self._now, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def _on_made(self, org_id: int) -> None:
        self._store(org_id)  # refused: the reason shows; the new company is listed either way
        self.reload()
        self.changed.emit()
