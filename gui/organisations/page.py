"""The organisations page: search as you type, sortable paged table, new, edit and delete."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.limits import SEARCH_CHARS
from core.store import organisations
from core.store.register import Register
from core.store.workspace import Workspace
from gui.organisations.editor import OrganisationEditor
from gui.organisations.model import ID_ROLE, OrganisationsModel
from gui.shared.undo import DeleteOrganisation

TYPING_PAUSE_MS = 150


class OrganisationsPage(QWidget):
    """Find, add, change and delete the buyers and companies the tenders refer to.

    Signals:
        count_changed(int): how many organisations the current search holds.
        changed(): an organisation was added, changed, deleted or brought back.
    """

    count_changed = Signal(int)
    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        lang: str = "en",
        register: Register | None = None,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._lang = lang
        self._register = register
        self._undo = undo_stack or QUndoStack(self)
        self._editable = register is not None and not workspace.read_only
        self.search_box = QLineEdit()
        self.search_box.setMaxLength(SEARCH_CHARS)
        self.search_box.setPlaceholderText(self.tr("Search name or enterprise number"))
        self.search_box.setClearButtonEnabled(True)
        # filled when first shown (showEvent): the window opens without querying for it
        self.model = OrganisationsModel(workspace, lang, self, fetch=False)
        self.new_button = QPushButton(self.tr("&New organisation"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((0, 150, 150, 170, 190, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._layout()
        self._connect()
        self.set_editable(self._editable)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._typing.start)
        self._typing.timeout.connect(self._on_search_changed)
        self.search_box.returnPressed.connect(self.table.setFocus)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self._on_delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.activated.connect(self._on_open)
        self.new_button.clicked.connect(self._on_new)
        self.delete_button.clicked.connect(self._on_delete)
        self._undo.indexChanged.connect(self._on_undo_stack_changed)

    # -- state -----------------------------------------------------------------------------
    def current_query(self) -> organisations.Query:
        """The query the search box describes, with the model's sort order."""
        return replace(self.model.query, text=self.search_box.text())

    def set_editable(self, editable: bool) -> None:
        """Allow changes (False while the file is being checked, or when it is read-only)."""
        self._editable = editable and self._register is not None and not self._ws.read_only
        self.new_button.setEnabled(self._editable)
        self.delete_button.setEnabled(self._editable)

    def refresh(self) -> None:
        """Show the organisations again (keeps the text and the order)."""
        self._on_search_changed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Tender counts change on the register page: shown again, the page refreshes."""
        super().showEvent(event)
        self.refresh()

    def _on_search_changed(self) -> None:
        self._typing.stop()
        self.model.set_query(self.current_query())
        self._refresh_count()

    def _refresh_count(self) -> None:
        total = organisations.count(self._ws, self.current_query())
        self.count_label.setText(self.tr("%n organisation(s)", "", total))
        self.count_changed.emit(total)

    def _on_undo_stack_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def select(self, org_id: int) -> bool:
        """Make an organisation the current row, when it is among the rows shown."""
        row = self.model.row_of(org_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    # -- actions ---------------------------------------------------------------------------
    def open_editor(self, org_id: int | None) -> OrganisationEditor | None:
        """Open the editor on an organisation (None: a new one); the view follows a save."""
        if not self._editable:
            return None
        editor = OrganisationEditor(self._register, org_id, self._lang, parent=self)
        editor.saved.connect(self._on_saved)
        editor.open()
        return editor

    def _on_saved(self, org_id: int) -> None:
        self._on_changed()
        self.select(org_id)

    def _on_new(self) -> None:
        self.open_editor(None)

    def _on_open(self, index) -> None:
        self.open_editor(self.model.index(index.row(), 0).data(ID_ROLE))

    def _on_find(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_delete(self) -> None:
        self.delete_current()

    def delete_current(self) -> bool:
        """Delete the selected organisation (undo brings it back); refused while in use."""
        index = self.table.currentIndex()
        if not self._editable or not index.isValid():
            return False
        row = self.model.row_at(index.row())
        usage = organisations.usage(self._ws, row.id)
        if usage.used:
            self.message.setText(self.tr("%1 is still used by tenders.").replace("%1", row.name))
            QMessageBox.warning(
                self, self.tr("Organisation in use"), self.in_use_text(row.name, usage)
            )
            return False
        self.message.setText(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", row.name))
        self._undo.push(
            DeleteOrganisation(self._register, row.id, row.name, self._on_changed, self._failed)
        )
        return True

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def in_use_text(self, name: str, usage: organisations.Usage) -> str:
        """Why a delete is refused: how many tenders use it, and which (the newest few)."""
        lines = [
            self.tr("%1 cannot be deleted: tenders still use it.").replace("%1", name),
            "",
        ]
        for count, examples, heading in (
            (usage.as_buyer, usage.buyer_of, self.tr("Buyer of %n tender(s):", "", usage.as_buyer)),
            (
                usage.as_tenderer,
                usage.tenderer_on,
                self.tr("Tenderer on %n tender(s):", "", usage.as_tenderer),
            ),
        ):
            if not count:
                continue
            lines.append(heading)
            lines += [f"  • {reference} — {title}" for reference, title in examples]
            if count > len(examples):
                lines.append("  • " + self.tr("and %n more", "", count - len(examples)))
        lines.append("")
        if usage.as_buyer:
            lines.append(self.tr("To delete it, first choose another buyer in those tenders."))
        if usage.as_tenderer:
            lines.append(self.tr("To delete it, first take it off the tenderers of those tenders."))
        return "\n".join(lines)
