"""The tender editor: every field checked as the user types (its problem said once they leave
it or try to save), nothing lost on close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.store.register import Register
from core.texts import amount_field, error_text
from gui.organisations.editor import OrganisationEditor
from gui.register.estimate_dialog import EstimateDialog
from gui.register.form import TenderForm
from gui.register.tenderers import TenderersPanel
from gui.shared.editor_dialog import EditorDialog
from gui.shared.fields import Shown, show_notes
from gui.shared.pdf_export import PdfExport
from gui.shared.widgets import set_shown


class TenderEditor(EditorDialog):
    """Create or change one tender.

    Signals:
        saved(int, list): the tender id and the kinds of stored decisions recomputed.
    """

    saved = Signal(int, list)

    def __init__(
        self,
        register: Register,
        tender_id: int | None = None,
        lang: str = "en",
        now: Callable[[], datetime] = datetime.now,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._tender_id = tender_id
        self._now = now
        self.setWindowTitle(self.tr("New tender") if tender_id is None else self.tr("Edit tender"))
        buyer = None if tender_id is None else register.tender(tender_id).buyer_id
        self.form = TenderForm(lang, register.buyer_choices(buyer), _status_names())
        self.form.new_buyer.setText(self.tr("Ne&w buyer…"))
        self.form.estimate_button.setText(self.tr("Add up…"))
        self.form.indefinite.setText(self.tr("indefinite"))
        self.form.price_only.setText(self.tr("price is the only award criterion"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.pdf = PdfExport(self, register.ws.path, lambda: register.pack, now().date())
        self.pdf_button = QToolButton()
        self.pdf_button.setText(self.tr("E&xport PDF"))
        self.pdf_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pdf_button.setMenu(self.pdf.menu(lang, self._on_pdf))
        self.pdf_button.setEnabled(tender_id is not None)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.shown = Shown(self._validate, self)
        self._layout()
        self.form.load(None if tender_id is None else register.tender(tender_id))
        self._saved_state = self.form.read()[0]
        self._connect()
        self._validate()
        self.form.reference.setFocus()  # the first field, not the tab bar

    def _layout(self) -> None:
        f = self.form
        f.notice_reference.setToolTip(
            self.tr(
                "The number under which the contract notice was published (Bulletin of "
                "Tenders, Official Journal); the letters give it beside the tender's reference"
            )
        )
        rows = [
            (self.tr("&Reference"), f.reference_row(self.tr("Noti&ce reference")), "reference"),
            (self.tr("T&itle"), f.title, "title"),
            (self.tr("&Buyer"), f.buyer_row(), None),
            (self.tr("Buyer &kind"), f.authority, None),
            (self.tr("Contract t&ype"), f.contract_type, None),
            (self.tr("Estimated &value excl. VAT"), f.value_row(), "estimated_value"),
            (self.tr("&Launch date"), f.date_row("launch_date"), "launch_date"),
            (self.tr("&Duration (months)"), f.duration_row(), "duration_months"),
            (self.tr("&Status"), f.status, None),
            (self.tr("&Procedure"), f.procedure, None),
            (self.tr("Award criteria"), f.price_only, None),
            (self.tr("The offers must include"), f.required_items, None),
            (self.tr("&Offers due"), f.date_row("offers_deadline"), "offers_deadline"),
            (self.tr("&Award decision due"), f.date_row("award_deadline"), "award_deadline"),
            (self.tr("Leading o&fficial"), f.leading_official, None),
            (self.tr("Co&mpetent body"), f.body_row(self.tr("Bud&get line")), None),
            (self.tr("&Notes"), f.notes, None),
        ]
        form = QFormLayout()
        for label, widget, error in rows:
            form.addRow(label, widget)
            if error in f.read_notes:
                form.addRow("", f.read_notes[error])
            if error:
                form.addRow("", f.errors[error])
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addWidget(f.errors["tender"])
        details_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("&Tender"))
        if self._tender_id is None:
            self.tenderers = None
            note = QLabel(
                self.tr(
                    "Save the tender first (Ctrl+S keeps this window open), then add its tenderers."
                )
            )
            note.setWordWrap(True)
            self.tabs.addTab(note, self.tr("T&enderers"))
        else:
            self._add_tenderers_tab()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def _add_tenderers_tab(self) -> None:
        """The tenderers of the stored tender, in the second tab (once it has an id)."""
        self.tenderers = TenderersPanel(self._register, self._tender_id, self.form.lang, self._now)
        if self.tabs.count() > 1:
            note = self.tabs.widget(1)
            self.tabs.removeTab(1)
            note.deleteLater()
        self.tabs.insertTab(1, self.tenderers, self.tr("T&enderers"))

    def _connect(self) -> None:
        f = self.form
        for line in (
            f.reference,
            f.title,
            f.estimated_value,
            f.launch_date,
            f.duration_months,
            f.offers_deadline,
            f.award_deadline,
            f.leading_official,
            f.budget_line,
            f.notice_reference,
        ):
            line.textChanged.connect(self._validate)
        for name in self.form.errors:
            if name != "tender":
                self.shown.watch(name, getattr(f, name))
        f.authority.currentIndexChanged.connect(self._on_authority)
        for box in (f.buyer, f.authority, f.contract_type, f.status, f.procedure, f.competent_body):
            box.currentIndexChanged.connect(self._validate)
        for check in (f.indefinite, f.price_only):
            check.toggled.connect(self._validate)
        f.required_items.itemChanged.connect(self._validate)
        f.notes.textChanged.connect(self._validate)
        f.estimate_button.clicked.connect(self._on_estimate)
        f.new_buyer.clicked.connect(self.new_buyer)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    def _on_authority(self) -> None:
        """Another kind of buyer: its bodies to choose from."""
        self.form.show_bodies(self.form.authority.currentData())

    # -- state ---------------------------------------------------------------------------
    def errors(self) -> dict[str, str]:
        """The problems of what is typed now, by field."""
        return self._read()[1]

    def _read(self) -> tuple[dict, dict[str, str]]:
        """What is typed, and its problems: a launch date the rule pack does not cover too."""
        data, errors = self.form.read()
        if "launch_date" not in errors and data.get("launch_date"):
            try:
                self._register.pack.check_covered(date.fromisoformat(data["launch_date"]))
            except ValidationError as exc:
                errors["launch_date"] = error_text(exc, self.form.lang)
        return data, errors

    def is_dirty(self) -> bool:
        """Something was changed since the last save."""
        return self.form.read()[0] != self._saved_state

    def _validate(self) -> None:
        """Show the problems of the fields the user has left (all of them after a save try)."""
        errors = self.shown.of(self.errors())
        for name, label in self.form.errors.items():
            label.setText(errors.get(name, ""))
            set_shown(label, name in errors)
        show_notes(self.form.read_notes, self.form.read_as())
        self.form.duration_months.setEnabled(not self.form.indefinite.isChecked())

    # -- actions ---------------------------------------------------------------------------
    def _on_estimate(self) -> None:
        data = self.form.read()[0]
        dialog = EstimateDialog(
            self._register.pack,
            data.get("launch_date"),
            data["authority"],
            data["contract_type"],
            self.form.lang,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.total is not None:
            self.form.estimated_value.setText(amount_field(dialog.total, self.form.lang))

    def new_buyer(self) -> OrganisationEditor:
        """Create a buyer over this editor; what is typed here stays, and the buyer saved
        there becomes this tender's buyer."""
        editor = OrganisationEditor(self._register, None, self.form.lang, self._now, self)
        editor.saved.connect(
            lambda org_id: self.form.add_buyer(org_id, self._register.organisation(org_id).name)
        )
        editor.open()
        return editor

    def _on_pdf(self, kind: str, lang: str) -> None:
        folder = self.pdf.ask_folder()
        if folder is not None:
            self.export_pdf(kind, lang, folder)

    def export_pdf(self, kind: str, lang: str, folder) -> bool:
        """Save what is typed (documents show what is stored), then write the document."""
        if self.is_dirty() and not self.save():
            return False
        self.pdf.run([self._tender_id], kind, lang, folder)
        return True

    def save(self) -> bool:
        """Store the tender; False (with the message shown) when it cannot be stored."""
        data, errors = self._read()
        if errors:
            self.shown.show_all()
            first = next(name for name in self.form.errors if name in errors)
            if first != "tender":
                self.tabs.setCurrentIndex(0)
                getattr(self.form, first).setFocus()
            return False

        def write() -> tuple[int, list[str]]:
            if self._tender_id is None:
                return self._register.add_tender(data, self._now()), []
            return self._tender_id, self._register.update_tender(self._tender_id, data, self._now())

        written = self.stored(
            write, self.form.errors, "tender", lambda exc: error_text(exc, self.form.lang)
        )
        if written is None:
            return False
        self._tender_id, recomputed = written
        self._saved_state = data
        self.pdf_button.setEnabled(True)
        if self.tenderers is None:  # a new tender saved: its tenderers can be added now
            self._add_tenderers_tab()
        self.saved.emit(self._tender_id, recomputed)
        return True

    def unsaved_question(self) -> tuple[str, str]:
        """Asked on closing with unsaved changes."""
        return self.tr("Unsaved changes"), self.tr("This tender has changes that are not saved.")

    @property
    def tender_id(self) -> int | None:
        """The tender edited (set after the first save of a new one)."""
        return self._tender_id


def _status_names() -> dict[str, str]:
    # lupdate files obj.tr() under the variable's name, so a helper names its context itself
    return {
        "draft": QCoreApplication.translate("TenderEditor", "draft"),
        "published": QCoreApplication.translate("TenderEditor", "published"),
        "evaluation": QCoreApplication.translate("TenderEditor", "evaluation"),
        "awarded": QCoreApplication.translate("TenderEditor", "awarded"),
        "closed": QCoreApplication.translate("TenderEditor", "closed"),
        "cancelled": QCoreApplication.translate("TenderEditor", "cancelled"),
    }
