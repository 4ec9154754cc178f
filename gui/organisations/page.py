"""The organisations page: search as you type, sortable paged table, new, edit and delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from core.record import replace
from core.store import organisations
from core.store.register import Register
from core.store.workspace import Workspace
from gui.organisations.model import OrganisationsModel
from gui.shared.list_page import ListPage
from gui.shared.undo import DeleteOrganisation

if TYPE_CHECKING:
    from gui.organisations.editor import OrganisationEditor


class OrganisationsPage(ListPage):
    """Find, add, change and delete the buyers and companies the tenders refer to.

    Signals:
        count_changed(int): how many organisations the current search holds.
        changed(): an organisation was added, changed, deleted or brought back.
    """

    changed = Signal()
    # name, enterprise number, role, size class, city, tenders
    COLUMN_CHARS = (24, 14, 14, 16, 16, 6)
    COLUMN_WEIGHTS = (4, 0, 1, 1, 2, 0)
    SORTED_BY = (0, False)

    def __init__(
        self,
        workspace: Workspace,
        lang: str = "en",
        register: Register | None = None,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ) -> None:
        # filled when first shown (showEvent): the window opens without querying for it
        super().__init__(
            workspace,
            lang,
            register,
            undo_stack,
            lambda page: OrganisationsModel(workspace, lang, page, fetch=False),
            parent,
        )
        self.search_box.setPlaceholderText(self.tr("Search name or enterprise number"))
        self.new_button = QPushButton(self.tr("&New organisation"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        self.lay_out(top, bottom)
        self.new_button.clicked.connect(self._on_new)
        self.delete_button.clicked.connect(self._on_delete)
        self._undo.indexChanged.connect(self._on_undo_stack_changed)
        # one at a time: a delete is refused for an organisation in use, and says why
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.selection_changed.connect(self._update_actions)
        self.edit_widgets = [self.new_button]
        self.set_editable(self._editable)

    def set_editable(self, editable: bool) -> None:
        """Allow changes; Delete also needs a selected organisation."""
        super().set_editable(editable)
        self._update_actions()

    def _update_actions(self) -> None:
        self.delete_button.setEnabled(self._editable and self.has_selection())

    # -- state -----------------------------------------------------------------------------
    def current_query(self) -> organisations.Query:
        """The query the search box describes, with the model's sort order."""
        return replace(self.model.query, text=self.search_box.text())

    def count(self, query: organisations.Query) -> int:
        """How many organisations the query finds."""
        return organisations.count(self._ws, query)

    def count_text(self, total: int) -> str:
        """The count in words."""
        return (
            self.tr("%n organisation", "", total)
            if total == 1
            else self.tr("%n organisations", "", total)
        )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Tender counts change on the register page: shown again, the page refreshes."""
        super().showEvent(event)
        self.refresh()

    def _on_undo_stack_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- actions ---------------------------------------------------------------------------
    def open_editor(self, org_id: int | None) -> OrganisationEditor | None:
        """Open the editor on an organisation (None: a new one); the view follows a save."""
        if not self._editable:
            return None
        from gui.organisations.editor import OrganisationEditor  # loaded when first opened

        editor = OrganisationEditor(self._register, org_id, self._lang, parent=self)
        editor.saved.connect(self._on_saved)
        editor.open()
        return editor

    def _on_saved(self, org_id: int) -> None:
        self._on_changed()
        self.select(org_id)

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
            DeleteOrganisation(
                self._register, row.id, row.name, self._on_changed, self._failed, self._lang
            )
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
            (
                usage.as_buyer,
                usage.buyer_of,
                (
                    self.tr("Buyer of %n tender:", "", usage.as_buyer)
                    if usage.as_buyer == 1
                    else self.tr("Buyer of %n tenders:", "", usage.as_buyer)
                ),
            ),
            (
                usage.as_tenderer,
                usage.tenderer_on,
                (
                    self.tr("Tenderer on %n tender:", "", usage.as_tenderer)
                    if usage.as_tenderer == 1
                    else self.tr("Tenderer on %n tenders:", "", usage.as_tenderer)
                ),
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
