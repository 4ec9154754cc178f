"""The tenderers of a tender: who offered, their status and offer; changes apply at once."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.store.model import TENDERER_STATUSES, Tenderer
from core.store.register import Register
from core.store.workspace import WorkspaceError
from core.texts import amount_field, error_text, money, text
from gui.shared.fields import amount_in
from gui.shared.widgets import EnterActs
from gui.shared.write_errors import write_problem

_Index = QModelIndex | QPersistentModelIndex


class TenderersModel(QAbstractTableModel):
    """Name, status and offer of each tenderer; status and offer are editable.

    Signals:
        problem(str): an edit was refused, with the reason.
        changed(list): stored decisions recomputed after an edit.
    """

    problem = Signal(str)
    changed = Signal(list)

    def __init__(self, register: Register, tender_id: int, lang: str, now, parent=None) -> None:
        super().__init__(parent)
        self._register = register
        self._tender_id = tender_id
        self._lang = lang
        self._now = now
        self._rows: list[Tenderer] = register.tenderers(tender_id)

    def reload(self) -> None:
        """Read the tenderers again from the register."""
        self.beginResetModel()
        self._rows = self._register.tenderers(self._tender_id)
        self.endResetModel()

    def tenderer_at(self, row: int) -> Tenderer:
        """The tenderer on a line."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of tenderers."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Name, status, offer."""
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Company"), self.tr("Status"), self.tr("Offer excl. VAT"))
        return titles[section] if 0 <= section < 3 else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Status and offer can be edited."""
        flags = super().flags(index)
        if index.isValid() and index.column() in (1, 2):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, and the raw value for editing."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                t.name,
                self.status_text(t.status),
                money(t.offer, self._lang) if t.offer is not None else "",
            )[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return (t.name, t.status, amount_field(t.offer, self._lang))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store a new status or offer at once; a refused edit emits ``problem``."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in (1, 2):
            return False
        t = self._rows[index.row()]
        try:
            if index.column() == 1:
                change = {"status": value}
            else:
                typed = str(value).strip()
                change = {"offer": str(amount_in(typed, "offer", self._lang)) if typed else None}
            recomputed = self._register.update_tenderer(t.id, change, self._now())
        except ValidationError as exc:
            self.problem.emit(error_text(exc, self._lang))
            return False
        except (OSError, sqlite3.Error, WorkspaceError) as exc:
            problem = write_problem(exc)
            if problem is None:
                raise
            self.problem.emit(problem)
            return False
        self._rows = self._register.tenderers(self._tender_id)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        self.changed.emit(recomputed)
        return True

    def status_text(self, status: str) -> str:
        """A tenderer status in words."""
        return {
            "preparing": self.tr("offer in preparation"),
            "submitted": self.tr("offer submitted"),
            "winner": self.tr("winner"),
            "not_selected": self.tr("unsuccessful"),
            "substantially_irregular": self.tr("substantially irregular"),
            "unacceptable": self.tr("unacceptable"),
            "withdrawn": self.tr("withdrawn"),
        }.get(status, status)


class StatusDelegate(QStyledItemDelegate):
    """Edits a tenderer's status with a list of the possible ones."""

    def __init__(self, model: TenderersModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        """A combo box of statuses."""
        box = QComboBox(parent)
        for status in TENDERER_STATUSES:
            box.addItem(self._model.status_text(status), status)
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        """Select the current status."""
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        """Store the chosen status."""
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TenderersPanel(QWidget):
    """Add, change and remove the tenderers of a saved tender."""

    def __init__(
        self, register: Register, tender_id: int, lang: str = "en", now=datetime.now, parent=None
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._tender_id = tender_id
        self._lang = lang
        self._now = now
        self.model = TenderersModel(register, tender_id, lang, now, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, StatusDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the whole status and the whole offer, and their titles
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for org_id, name in register.organisation_choices():
            self.company.addItem(name, org_id)
        self.add_button = QPushButton(self.tr("Add tenderer"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Changes to the tenderers are saved at once; double-click a "
                "status or an offer to change it."
            )
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.company, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        self.add_button.clicked.connect(self._on_add)
        EnterActs(self.company.lineEdit(), self._on_add)  # Enter adds; it never saves and closes
        self.remove_button.clicked.connect(self._on_remove)
        self.model.problem.connect(self.message.setText)
        self.model.changed.connect(self._on_changed)

    def _on_add(self) -> None:
        # the company as typed (the box is editable): the list's entry of that name, if any
        index = self.company.findText(
            self.company.currentText().strip(), Qt.MatchFlag.MatchFixedString
        )
        org_id = self.company.itemData(index) if index >= 0 else None
        if org_id is None:
            self.message.setText(self.tr("Choose a company from the list."))
            return
        try:
            self._register.add_tenderer(
                {"tender_id": self._tender_id, "organisation_id": org_id}, self._now()
            )
        except ValidationError as exc:
            self.message.setText(error_text(exc, self._lang))
            return
        self.model.reload()
        self.message.clear()

    def _on_remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self._register.remove_tenderer(self.model.tenderer_at(index.row()).id, self._now())
        self.model.reload()

    def _on_changed(self, recomputed: list) -> None:
        self.message.setText(
            self.tr("Recomputed and marked for review: %1").replace(
                "%1", ", ".join(text(self._lang, "label", f"check_{k}") for k in recomputed)
            )
            if recomputed
            else ""
        )
