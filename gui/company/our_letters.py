"""Our letters from an offer: the advance request and the bid-compensation request, each a
button with a menu of languages. Core checks, stores and writes the letter
(``core.documents.our_letters.write_letter``); this window asks where to save it (in the
folder of the last PDF), asks the bid compensation the documents set when core needs it, and
says a refusal in the user's words with a way to put it right (My company, the buyer's details).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.store.register import Register
from core.texts import error_text
from gui.shared.fields import amount_in
from gui.shared.pdf_export import LANGUAGE_NAMES
from gui.shared.widgets import error_label

#: our statuses whose bid compensation the documents may reduce
REDUCIBLE = ("substantially_irregular", "unacceptable")


class OurLetters(QObject):
    """Writes our letters for one offer, from buttons the caller lays out.

    Signals:
        company_asked(): the user wants to fill in My company (a refusal offered it).
        written(object): the Path of a letter written.
    """

    company_asked = Signal()
    written = Signal(object)

    def __init__(
        self,
        register: Register,
        tenderer_id: int,
        lang: str,
        parent: QWidget,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._register, self._tenderer, self._lang, self._now = register, tenderer_id, lang, now
        self._parent = parent
        self.message: QMessageBox | None = None  # the last refusal or report shown
        self.editor: QDialog | None = None  # the buyer's editor, when a refusal opened it
        self.titles = {
            "advance": self.tr("&Advance request"),
            "bid_compensation": self.tr("&Bid-compensation request"),
        }
        self.advance_button = self._button(self.titles["advance"], "advance")
        self.bid_button = self._button(self.titles["bid_compensation"], "bid_compensation")

    def _button(self, title: str, decision: str) -> QPushButton:
        """A button whose menu offers the letter in each language."""
        button = QPushButton(title)
        button.setMenu(self.language_menu(decision, title, button))
        return button

    def language_menu(self, decision: str, title: str, parent: QWidget) -> QMenu:
        """The letter in each language, the window's first (a button's or a context menu's)."""
        menu = QMenu(title, parent)
        for code in (self._lang, *(c for c in LANGUAGE_NAMES if c != self._lang)):
            action = menu.addAction(LANGUAGE_NAMES[code])
            action.triggered.connect(partial(self.write, decision, code))
        return menu

    def write(
        self,
        decision: str,
        lang: str,
        target: Path | None = None,
        amounts: tuple[Decimal | None, Decimal | None] | None = None,
    ) -> Path | None:
        """Write our ``decision`` letter in ``lang`` to ``target`` (asked when None); the
        bid compensation's ``amounts`` (full, reduced) are asked when core needs them.
        Returns the file written, None when refused or cancelled."""
        from core.company.profile import read_profile
        from core.company.requests import RefusedError
        from core.documents import DocumentError
        from core.documents.our_letters import write_letter

        full, reduced = amounts or (None, None)
        try:
            letter = write_letter(
                self._register,
                self._tenderer,
                read_profile(self._register),
                decision,
                lang,
                self._now(),
                documents_amount=full,
                documents_reduced_amount=reduced,
            )
        except RefusedError as refused:
            if refused.code == "bid_amount_needed" and amounts is None:
                asked = self.ask_amounts()
                return None if asked is None else self.write(decision, lang, target, asked)
            self.show_refusal(refused)
            return None
        except DocumentError as exc:  # the letter itself refused (a field of the buyer, …)
            self._show(QMessageBox.Icon.Warning, exc.message)
            return None
        if target is None:
            target = self.ask_target(letter.name)
            if target is None:
                return None
        return self._save(target, letter.data)

    def ask_target(self, name: str) -> Path | None:
        """Where to save the letter: the folder of the last PDF documents, the letter's name."""
        settings = QSettings()
        folder = Path(str(settings.value("pdf/folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the letter"),
            str(folder / name),
            self.tr("PDF document (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        settings.setValue("pdf/folder", str(target.parent))
        return target

    def _save(self, target: Path, data: bytes) -> Path | None:
        from core.store.files import write_atomic

        try:
            write_atomic(target, data)
        except OSError as exc:
            shown = self.tr("The letter could not be written to %1:\n%2")
            self._show(
                QMessageBox.Icon.Warning,
                shown.replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
            )
            return None
        box = self._show(
            QMessageBox.Icon.Information, self.tr("Written to %1.").replace("%1", str(target))
        )
        opener = box.addButton(self.tr("Open the letter"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
        folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
        )
        self.written.emit(target)
        return target

    def show_refusal(self, refused) -> QMessageBox:  # noqa: ANN001 - a RefusedError
        """Why the letter cannot be written, with a button to where it is put right."""
        from core.company.requests import refusal_text

        box = self._show(QMessageBox.Icon.Warning, refusal_text(refused, self._lang))
        if refused.fix == "company":
            button = box.addButton(self.tr("Open My company"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(self.company_asked.emit)
        elif refused.fix == "buyer":
            button = box.addButton(self.tr("Edit the buyer…"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda: self.edit_buyer(refused.params["buyer_id"]))
        return box

    def edit_buyer(self, buyer_id: int) -> QDialog:
        """The organisation editor on the buyer the letter is addressed to."""
        from gui.organisations.editor import OrganisationEditor

        self.editor = OrganisationEditor(
            self._register, buyer_id, self._lang, self._now, self._parent
        )
        self.editor.open()
        return self.editor

    def _show(self, icon: QMessageBox.Icon, message: str) -> QMessageBox:
        box = QMessageBox(
            icon, self.tr("Our letters"), message, QMessageBox.StandardButton.Close, self._parent
        )
        self.message = box
        box.open()
        return box

    def ask_amounts(self) -> tuple[Decimal, Decimal | None] | None:
        """The bid compensation the procurement documents set (and, for an irregular or
        unacceptable offer of ours, the reduced one); None when cancelled."""
        status = self._register.tenderer(self._tenderer).status
        dialog = AmountsDialog(self._lang, status in REDUCIBLE, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.amounts


class AmountsDialog(QDialog):
    """The bid compensation as the procurement documents set it: the amount per tenderer, and
    the reduced one for an irregular or unacceptable offer when ours is one."""

    def __init__(self, lang: str, reduced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bid compensation"))
        self._lang = lang
        self.amounts: tuple[Decimal, Decimal | None] | None = None
        intro = QLabel(
            self.tr(
                "The procurement documents set the bid compensation (the law sets no "
                "minimum). Type the amount they give."
            )
        )
        intro.setWordWrap(True)
        self.full = QLineEdit()
        self.full.setPlaceholderText("1.500,00")
        self.reduced = QLineEdit()
        self.reduced.setPlaceholderText(self.tr("empty if they set none"))
        form = QFormLayout()
        form.addRow(self.tr("&Compensation per tenderer"), self.full)
        if reduced:
            form.addRow(self.tr("&Reduced, for an irregular or unacceptable offer"), self.reduced)
        self.reduced.setVisible(reduced)
        self._with_reduced = reduced
        self.problem = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        """Read the amounts; a wrong one is said under the form and the dialog stays."""
        try:
            full = amount_in(self.full.text(), "documents_amount", self._lang)
            typed = self.reduced.text().strip() if self._with_reduced else ""
            reduced = amount_in(typed, "documents_reduced_amount", self._lang) if typed else None
        except ValidationError as exc:
            self.problem.setText(error_text(exc, self._lang))
            self.problem.show()
            return
        self.amounts = (full, reduced)
        super().accept()
