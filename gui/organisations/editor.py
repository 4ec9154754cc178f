"""The organisation editor: every field checked by core as it is typed (its problem said once
the user leaves it or tries to save), the SME size class
computed live from the figures with the rule that decided it, nothing lost on close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from core.dates import format_date
from core.decisions.sme import SmeResult
from core.store import organisations
from core.store.organisation_input import TypedOrganisation, read_typed
from core.store.register import Register
from core.texts import cite, error_text, finding_text, money, number, text
from gui.organisations.form import OrganisationForm
from gui.shared.editor_dialog import EditorDialog
from gui.shared.fields import Shown, read_as_note, show_notes


class OrganisationEditor(EditorDialog):
    """Create or change one organisation (a buyer or a company).

    Signals:
        saved(int): the organisation id, after each save.
    """

    saved = Signal(int)

    def __init__(
        self,
        register: Register,
        org_id: int | None = None,
        lang: str = "en",
        now: Callable[[], datetime] = datetime.now,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._org_id = org_id
        self._now = now
        self._shown_errors: dict[str, str] = {}
        self.setWindowTitle(
            self.tr("New organisation") if org_id is None else self.tr("Edit organisation")
        )
        self.form = OrganisationForm(lang)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.shown = Shown(self._validate, self)
        self._layout()
        self.form.load(None if org_id is None else register.organisation(org_id))
        self._connect()
        self._validate()
        self.form.lines["name"].setFocus()  # the first field, not the first group box
        self._saved_state = self.form.state()  # after the figures set the size class

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for label, name in rows:
            form.addRow(label, self.form.lines[name])
            if name in self.form.read_notes:
                form.addRow("", self.form.read_notes[name])
            form.addRow("", self.form.errors[name])
        return box

    def _layout(self) -> None:
        identity = self._group(
            self.tr("Organisation"),
            [
                (self.tr("&Name"), "name"),
                (self.tr("&Enterprise number"), "enterprise_number"),
                (self.tr("St&reet and number"), "street"),
                (self.tr("&Postcode"), "postcode"),
                (self.tr("C&ity"), "city"),
                (self.tr("Co&untry"), "country"),
                (self.tr("E-&mail"), "email"),
                (self.tr("IB&AN"), "iban"),
                (self.tr("&BIC"), "bic"),
            ],
        )
        size = self._group(
            self.tr("SME size class"),
            [
                (self.tr("Sta&ff (annual work units)"), "staff_awu"),
                (self.tr("&Turnover (€)"), "turnover"),
                (self.tr("Balance-s&heet total (€)"), "balance_sheet_total"),
                (self.tr("&Year of the figures"), "figures_year"),
            ],
        )
        size_form = size.layout()
        size_form.addRow(self.tr("Si&ze class"), self.form.size_class)
        size_form.addRow(self.form.size_note)
        right = QWidget()
        stack = QVBoxLayout(right)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(size)
        stack.addWidget(self._letters())
        stack.addStretch(1)
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(identity, 1)
        row.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(columns, 1)
        layout.addWidget(self.form.errors["organisation"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(880)

    def _letters(self) -> QGroupBox:
        """What the organisation's letters carry: phone, signatory, logo."""
        box = self._group(
            self.tr("Letters"),
            [
                (self.tr("Ph&one"), "phone"),
                (self.tr("Si&gnatory"), "signatory_name"),
                (self.tr("Fun&ction of the signatory"), "signatory_function"),
            ],
        )
        self.form.logo_choose.setText(self.tr("&Logo…"))
        self.form.logo_remove.setText(self.tr("Remo&ve logo"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.form.logo_choose)
        buttons.addWidget(self.form.logo_remove)
        logo = QHBoxLayout()
        logo.addWidget(self.form.logo_preview)
        logo.addLayout(buttons)
        logo.addStretch(1)
        form = box.layout()
        form.addRow(self.tr("Logo"), logo)
        form.addRow("", self.form.errors["logo"])
        return box

    def _connect(self) -> None:
        for name, line in self.form.lines.items():
            line.textChanged.connect(self._validate)
            self.shown.watch(name, line)
        self.form.size_class.currentIndexChanged.connect(self._validate)
        self.form.logo_choose.clicked.connect(self._on_choose_logo)
        self.form.logo_remove.clicked.connect(self._on_remove_logo)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    # -- state ---------------------------------------------------------------------------
    def read(self) -> TypedOrganisation:
        """What is typed now, read by core."""
        return read_typed(
            self.form.typed(),
            self.form.size_class.currentData(),
            self._register.pack,
            self.form.lang,
            self.form.logo,
        )

    def errors(self) -> dict[str, str]:
        """The problems of what is typed now, by field (shown once the field was left)."""
        return dict(self._shown_errors)

    def is_dirty(self) -> bool:
        """Something was changed since the last save."""
        return self.form.state() != self._saved_state

    def _validate(self) -> None:
        read = self.read()
        errors = {name: error_text(exc, self.form.lang) for name, exc in read.errors.items()}
        number_typed = read.data.get("enterprise_number")
        if number_typed and "enterprise_number" not in errors:
            holder = organisations.holder_of(self._register.ws, number_typed, self._org_id)
            if holder:
                errors["enterprise_number"] = (
                    self.tr("%1 is already the enterprise number of %2.")
                    .replace("%1", str(number_typed))
                    .replace("%2", holder)
                )
        self._shown_errors = errors
        errors = self.shown.of(errors)
        for name, label in self.form.errors.items():  # only what changed: this runs per key
            if label.text() != errors.get(name, ""):
                label.setText(errors.get(name, ""))
            if label.isHidden() == (name in errors):
                label.setVisible(name in errors)
        lang = self.form.lang
        notes = {
            name: read_as_note(Decimal(read.data[name]), lang) for name in read.read_by_language
        }
        show_notes(self.form.read_notes, notes)
        self._show_size(read)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) so that wrapped messages that just appeared are not cut off."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_size(self, read: TypedOrganisation) -> None:
        box = self.form.size_class
        if read.size is None:
            box.setEnabled(True)
            self.form.size_note.setText(
                self.tr(
                    "Type the staff, the turnover and the balance-sheet total to compute the "
                    "size class; until then it can be chosen here."
                )
            )
            return
        box.blockSignals(True)
        box.setCurrentIndex(box.findData(read.size.size))
        box.blockSignals(False)
        box.setEnabled(False)
        self.form.size_note.setText(self.size_text(read.size))

    def size_text(self, result: SmeResult) -> str:
        """The size class, the test that decided it, the rule and its remarks."""
        return size_text(result, self.form.lang)

    # -- actions ---------------------------------------------------------------------------
    def choose_logo(self, path: Path) -> None:
        """Take the image at ``path`` as the logo (its bytes; core checks them)."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.form.errors["logo"].setText(exc.strerror or str(exc))
            self.form.errors["logo"].setVisible(True)
            return
        self.form.set_logo(data)
        self.shown.touched("logo")
        self._validate()

    def _on_choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for the letters"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.choose_logo(Path(chosen))

    def _on_remove_logo(self) -> None:
        self.form.set_logo(None)
        self._validate()

    def save(self) -> bool:
        """Store the organisation; False (with the message shown) when it cannot be stored."""
        self._validate()
        if self._shown_errors:
            self.shown.show_all()
            first = next(name for name in self.form.errors if name in self._shown_errors)
            if first in self.form.lines:
                self.form.lines[first].setFocus()
            return False
        data = self.read().data

        def write() -> int:
            if self._org_id is None:
                return self._register.add_organisation(data, self._now())
            self._register.update_organisation(self._org_id, data, self._now())
            return self._org_id

        org_id = self.stored(
            write, self.form.errors, "organisation", lambda exc: error_text(exc, self.form.lang)
        )
        if org_id is None:
            return False
        self._org_id = org_id
        self._saved_state = self.form.state()
        self.saved.emit(self._org_id)
        return True

    def unsaved_question(self) -> tuple[str, str]:
        """Asked on closing with unsaved changes."""
        return (
            self.tr("Unsaved changes"),
            self.tr("This organisation has changes that are not saved."),
        )

    @property
    def org_id(self) -> int | None:
        """The organisation edited (set after the first save of a new one)."""
        return self._org_id


def size_text(result: SmeResult, lang: str) -> str:
    """The size class, the test that decided it, the rule and its remarks (also the company
    profile's words)."""
    limits, translate = result.limits, QCoreApplication.translate

    size = text(lang, "size", result.size)
    templates = {
        "turnover": translate(
            "OrganisationEditor", "%1: fewer than %2 staff and a turnover of at most %3."
        ),
        "balance_sheet": translate(
            "OrganisationEditor",
            "%1: fewer than %2 staff and a balance-sheet total of at most %4 (the "
            "turnover is above %3).",
        ),
        "none": translate(
            "OrganisationEditor",
            "%1: %2 staff or more, or both a turnover above %3 and a balance-sheet total above %4.",
        ),
    }
    lines = [
        templates[result.decided_by]
        .replace("%1", size[:1].upper() + size[1:])
        .replace("%2", number(limits["staff_below"], lang))
        .replace("%3", money(limits["turnover_max"], lang))
        .replace("%4", money(limits["balance_max"], lang))
    ]
    for applied in result.applied:
        lines.append(
            translate("OrganisationEditor", "Rule: %1, in force from %2.")
            .replace("%1", cite(applied.source, lang))
            .replace("%2", format_date(applied.valid_from))
        )
        if applied.flagged:
            lines.append(text(lang, "confidence", applied.confidence))
    lines += [finding_text(finding, lang) for finding in result.findings]
    return "\n".join(lines)
