"""My offers: the tenders my company offers on, with the buyer, the deadline (near and past
marked with a sign and a word, not colour alone), our amount and our status; a new offer from
a notice; our status and amount changed below the list. Core lists and stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.company.offers import OUR_STATUSES, Offer, deadline_state, my_offers, update_offer
from core.company.profile import company_id
from core.dates import format_date
from core.errors import ValidationError
from core.store.register import Register
from core.texts import amount_field, error_text, money
from gui.shared import roles
from gui.shared.header import show_titles
from gui.shared.widgets import error_label

_Index = QModelIndex | QPersistentModelIndex
#: the deadline's colour: past (dark red) and near (dark orange); a sign and a word go with it
DEADLINE_COLOURS = {"past": "#a01010", "near": "#9a4d00"}
#: the roles :meth:`OffersModel.data` answers (the others are None at once)
_ANSWERED = frozenset({roles.DISPLAY, roles.FOREGROUND, roles.TEXT_ALIGNMENT})


class OffersModel(QAbstractTableModel):
    """Reference, title, buyer, deadline, our offer, our status of each of our offers."""

    def __init__(self, today: date, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._today, self._lang = today, lang
        self._rows: list[Offer] = []
        #: the text of each cell shown so far, by (row, column): fitting a column to its
        #: widest entry asks every row for it, and a zoom fits them again
        self._texts: dict[tuple[int, int], str] = {}

    def set_offers(self, offers: list[Offer]) -> None:
        """Show these offers."""
        self.beginResetModel()
        self._rows = offers
        self._texts = {}
        self.endResetModel()

    def offer_at(self, row: int) -> Offer:
        """The offer on a line."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of offers."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Six columns."""
        return 0 if parent.isValid() else 6

    def titles(self) -> tuple[str, ...]:
        """Column titles (the page's header shows them: gui.shared.header)."""
        return (
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Buyer"),
            self.tr("Deadline for offers"),
            self.tr("Our offer excl. VAT"),
            self.tr("Our status"),
        )

    def status_text(self, status: str) -> str:
        """Our status in words."""
        return {
            "preparing": self.tr("preparing"),
            "submitted": self.tr("submitted"),
            "not_retained": self.tr("not retained"),
            "winner": self.tr("winner"),
            "withdrawn": self.tr("withdrawn"),
        }[status]

    def amount_text(self, offer: Offer) -> str:
        """Our amount; a month's on a contract of indefinite duration."""
        if offer.amount is None:
            return ""
        shown = money(offer.amount, self._lang)
        return self.tr("%1 a month").replace("%1", shown) if offer.indefinite else shown

    def deadline_text(self, deadline: date | None) -> str:
        """The deadline with a sign and a word when it is near or past."""
        state = deadline_state(deadline, self._today)
        if state == "none":
            return "—"
        shown = format_date(deadline)
        if state == "past":
            return self.tr("✕ %1 (past)").replace("%1", shown)
        if state == "near":
            days = (deadline - self._today).days
            return (
                self.tr("⚠ %1 (in %n day)", "", days)
                if days == 1
                else self.tr("⚠ %1 (in %n days)", "", days)
            ).replace("%1", shown)
        return shown

    def data(self, index: _Index, role: int = roles.DISPLAY) -> object:
        """Cell text, the deadline's colour, amounts to the right."""
        if role not in _ANSWERED:  # the view asks a cell for a dozen roles to measure or paint it
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        o, column = self._rows[index.row()], index.column()
        if role == roles.DISPLAY:
            cell = (index.row(), column)
            shown = self._texts.get(cell)
            if shown is None:
                shown = self._texts[cell] = self._text(o, column)
            return shown
        if role == roles.FOREGROUND and column == 3:
            colour = DEADLINE_COLOURS.get(deadline_state(o.deadline, self._today))
            return QBrush(QColor(colour)) if colour else None
        if role == roles.TEXT_ALIGNMENT and column == 4:
            return roles.ALIGN_RIGHT | roles.ALIGN_VCENTER
        return None

    def _text(self, o: Offer, column: int) -> str:
        if column == 3:
            return self.deadline_text(o.deadline)
        if column == 4:
            return self.amount_text(o)
        if column == 5:
            return self.status_text(o.status)
        return (o.reference, o.title, o.buyer)[column]


class OffersPage(QWidget):
    """The list of our offers, a new one from a notice, our status and amount changed.

    Signals:
        changed(): an offer was added or changed (the register and the buyer's side follow).
        tender_asked(int): the id of the tender the user wants to edit.
        meaning_asked(int): the tenderer id of the offer whose meaning the user asked for.
        company_asked(): the user wants to fill in My company (a letter's refusal offered it).
    """

    changed = Signal()
    company_asked = Signal()
    meaning_asked = Signal(int)
    tender_asked = Signal(int)

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
        self.model = OffersModel(today, lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        show_titles(self.table, self.model.titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # the title takes the width left; the other columns are as wide as their widest
        # entry, measured when the offers or the text size change (with ResizeToContents,
        # every layout of the window measured every row again)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New offer from a notice…"))
        self.meaning_button = QPushButton(self.tr("&What it means for us…"))
        self.tender_button = QPushButton(self.tr("Edit the &tender…"))
        self.status = QComboBox()
        for code in OUR_STATUSES:
            self.status.addItem(self.model.status_text(code), code)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("87.500,00")
        self.save_button = QPushButton(self.tr("Store status and amo&unt"))
        self.problem = error_label()
        self._layout()
        self.new_button.clicked.connect(self.open_new)
        self.meaning_button.clicked.connect(self._on_meaning)
        self.tender_button.clicked.connect(self._on_tender)
        self.save_button.clicked.connect(self.save_selected)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(self._on_meaning)
        # by name: the company's first page is painted before PySide6 makes the Qt namespace
        self.table.setProperty("contextMenuPolicy", "CustomContextMenu")
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.letters = None  # our letters of the offer whose context menu was last opened
        self.reload()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.meaning_button)
        top.addWidget(self.tender_button)
        status_label = QLabel(self.tr("Our &status:"))
        status_label.setBuddy(self.status)
        amount_label = QLabel(self.tr("Our a&mount excl. VAT:"))
        amount_label.setBuddy(self.amount)
        edit = QHBoxLayout()
        edit.addWidget(status_label)
        edit.addWidget(self.status)
        edit.addWidget(amount_label)
        edit.addWidget(self.amount)
        edit.addWidget(self.save_button)
        edit.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.problem)

    @property
    def company(self) -> int | None:
        """My company's id (None until it is chosen on the My company page)."""
        return company_id(self._register.ws)

    def reload(self) -> None:
        """Read our offers again (after a change here or elsewhere)."""
        company = self.company
        self.model.set_offers(
            [] if company is None else my_offers(self._register, company, self._today)
        )
        self._fit_columns()
        self.new_button.setEnabled(company is not None)
        if company is None:
            self.intro.setText(
                self.tr("Choose your company on the My company page first: offers are its own.")
            )
        else:
            self.intro.setText(
                self.tr(
                    "%n offer; a deadline marked ⚠ is within a week, ✕ is past.",
                    "",
                    self.model.rowCount(),
                )
                if self.model.rowCount() == 1
                else self.tr(
                    "%n offers; a deadline marked ⚠ is within a week, ✕ is past.",
                    "",
                    self.model.rowCount(),
                )
            )
        self._on_row()

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            if column != 1:
                self.table.resizeColumnToContents(column)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A zoom: the columns are measured again in the new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def selected(self) -> Offer | None:
        """The offer chosen in the list."""
        index = self.table.currentIndex()
        return self.model.offer_at(index.row()) if index.isValid() else None

    def _on_row(self, *_args) -> None:
        offer = self.selected()
        buttons = (self.status, self.amount, self.save_button, self.meaning_button)
        for widget in (*buttons, self.tender_button):
            widget.setEnabled(offer is not None)
        if offer is not None:
            self.status.setCurrentIndex(self.status.findData(offer.status))
            self.amount.setText(amount_field(offer.amount, self._lang))

    def select_tenderer(self, tenderer_id: int) -> None:
        """Choose the offer of that tenderer row in the list."""
        for row in range(self.model.rowCount()):
            if self.model.offer_at(row).tenderer_id == tenderer_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))

    def open_new(self):
        """The dialog of a new offer; the list shows it once saved."""
        from gui.company.offer_dialog import OfferDialog

        dialog = OfferDialog(self._register, self.company, self._lang, self._now, self)
        dialog.accepted.connect(lambda: self._on_added(dialog.tenderer_id))
        dialog.open()
        return dialog

    def _on_added(self, tenderer_id: int | None) -> None:
        self.reload()
        if tenderer_id is not None:
            self.select_tenderer(tenderer_id)
        self.changed.emit()

    def save_selected(self) -> bool:
        """Store the status and amount typed for the chosen offer."""
        from gui.shared.fields import amount_in  # a form's module, with its date fields

        offer = self.selected()
        if offer is None:
            return False
        typed = self.amount.text().strip()
        try:
            amount = str(amount_in(typed, "offer", self._lang)) if typed else None
            change = {"status": self.status.currentData(), "offer": amount}
            update_offer(self._register, offer.tenderer_id, change, self._now())
        except ValidationError as exc:
            self.problem.setText(error_text(exc, self._lang))
            self.problem.show()
            return False
        self.problem.hide()
        self.reload()
        self.select_tenderer(offer.tenderer_id)
        self.changed.emit()
        return True

    def _on_meaning(self, *_args) -> None:
        offer = self.selected()
        if offer is not None:
            self.meaning_asked.emit(offer.tenderer_id)

    def context_menu(self) -> QMenu | None:
        """The chosen offer's menu: what it means for us, and our letters (None: no offer)."""
        from gui.company.our_letters import OurLetters

        offer = self.selected()
        if offer is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.meaning_button.text()).triggered.connect(self._on_meaning)
        menu.addAction(self.tender_button.text()).triggered.connect(self._on_tender)
        menu.addSeparator()
        self.letters = OurLetters(self._register, offer.tenderer_id, self._lang, self, self._now)
        self.letters.company_asked.connect(self.company_asked)
        self.letters.written.connect(lambda _path: self.changed.emit())
        for decision, title in self.letters.titles.items():
            menu.addMenu(self.letters.language_menu(decision, title, menu))
        return menu

    def _on_context_menu(self, pos) -> None:  # noqa: ANN001 - a QPoint
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = self.context_menu()
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_tender(self) -> None:
        offer = self.selected()
        if offer is not None:
            self.tender_asked.emit(offer.tender_id)
