"""The scaffold of a list page: a search box that searches after a pause in the typing, a
sortable table over a paged SQL model, a count, and the keys and double-click that open,
add and delete.

A page subclasses :class:`ListPage`, lays out its own buttons around ``search_box``,
``table`` and ``count_label`` (:meth:`ListPage.lay_out`), and says what its query is, how many
rows it holds and how an editor opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.limits import SEARCH_CHARS
from core.store.workspace import Workspace
from gui.shared.columns import SharedWidths
from gui.shared.header import show_sorted, show_titles
from gui.shared.paged_model import ID_ROLE, PagedSqlModel

if TYPE_CHECKING:
    from core.store.register import Register

#: how long typing must pause before the search runs, so a word is one query, not one a key
TYPING_PAUSE_MS = 150


class ListPage(QWidget):
    """A searchable, sortable, paged list of what the workspace holds.

    Signals:
        count_changed(int): how many rows the current search holds.
    """

    count_changed = Signal(int)
    #: the selection, or whether rows may be changed, changed (the actions that need a
    #: selection are enabled or disabled)
    selection_changed = Signal()
    #: each column's typical entry in characters, and its share of the width left over
    COLUMN_CHARS: tuple[int, ...] = ()
    COLUMN_WEIGHTS: tuple[int, ...] = ()
    #: the column the table starts sorted by, and whether from the largest down
    SORTED_BY: tuple[int, bool] = (0, False)

    def __init__(
        self,
        workspace: Workspace,
        lang: str,
        register: Register | None,
        undo_stack: QUndoStack | None,
        make_model: Callable[[QWidget], PagedSqlModel],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._lang = lang
        self._register = register
        self._undo = undo_stack or QUndoStack(self)
        self._editable = register is not None and not workspace.read_only
        #: the widgets that change the workspace: enabled only while it may be changed
        self.edit_widgets: list[QWidget] = []
        #: how many rows the current search holds
        self.total = 0
        self.search_box = QLineEdit()
        self.search_box.setMaxLength(SEARCH_CHARS)
        self.search_box.setClearButtonEnabled(True)
        self.model = make_model(self)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        show_titles(self.table, self.model.titles())
        # the model starts in this order: it is shown, and a click on a title sorts again. The
        # table's own sorting is not enabled, as it would ask the model to sort at once, with
        # a Qt enum (gui.shared.header)
        show_sorted(self.table.horizontalHeader(), *self.SORTED_BY)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.widths = SharedWidths(self.table, self.COLUMN_CHARS, self.COLUMN_WEIGHTS)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self.search_box.textChanged.connect(self._typing.start)
        self._typing.timeout.connect(self.refresh)
        self.search_box.returnPressed.connect(self._to_table)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self._on_delete)
        delete.setProperty("context", "WidgetShortcut")  # by name: no Qt enum at the start
        self.table.activated.connect(self._on_open)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_selection)

    def lay_out(self, top: QLayout, bottom: QWidget | QLayout) -> None:
        """The page: ``top`` above the table, ``bottom`` (the count, at least) below it."""
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        if isinstance(bottom, QLayout):
            layout.addLayout(bottom)
        else:
            layout.addWidget(bottom)

    # -- what a page says ------------------------------------------------------------------
    def current_query(self) -> Any:
        """The query the widgets describe, with the model's sort order."""
        raise NotImplementedError

    def count(self, query: Any) -> int:
        """How many rows ``query`` holds in all (not only those fetched)."""
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        """The count in words."""
        raise NotImplementedError

    def open_editor(self, row_id: int | None) -> QWidget | None:
        """Open the editor on a row (None: a new one)."""
        raise NotImplementedError

    def delete_current(self) -> bool:
        """Delete the selected row; False when nothing was deleted."""
        raise NotImplementedError

    # -- state -----------------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        """Allow changes (False while the file is being checked, or when it is read-only)."""
        self._editable = editable and self._register is not None and not self._ws.read_only
        for widget in self.edit_widgets:
            widget.setEnabled(self._editable)
        self.selection_changed.emit()

    def refresh(self) -> None:
        """Search again with what the widgets say now (keeps the text, filters and order, and
        the row worked on when it is still shown: after a save or a decision the next action,
        Export PDF say, is on the same row)."""
        self._typing.stop()
        kept = self._selected_id() if self.has_selection() else None
        self.model.set_query(self.current_query())
        self._refresh_count()
        if kept is not None:
            self.select(kept)

    def select(self, row_id: int) -> bool:
        """Make a row the current, selected one, when it is among the rows fetched."""
        row = self.model.row_of(row_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _refresh_count(self) -> None:
        total = self.count(self.current_query())
        self.total = total
        self.count_label.setText(self.count_text(total))
        self.count_changed.emit(total)

    def selected_rows(self) -> list[int]:
        """The rows the user selected (Ctrl+A, Shift or Ctrl and a click), top to bottom."""
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def delete_allowed(self) -> bool:
        """Whether rows may be deleted now (not while the file is checked or read-only)."""
        return self._editable

    def has_selection(self) -> bool:
        """Whether a row is selected (the actions on a row need one)."""
        return self.table.selectionModel().hasSelection()

    def _on_selection(self, *_args) -> None:
        self.selection_changed.emit()

    def _selected_id(self) -> int | None:
        """The row the actions on one row act on: the current one if selected, else the
        first selected one."""
        index = self.table.currentIndex()
        rows = self.selected_rows()
        if index.isValid() and index.row() in rows:
            return self.model.row_at(index.row()).id
        return self.model.row_at(rows[0]).id if rows else None

    # -- slots -----------------------------------------------------------------------------
    def _to_table(self) -> None:
        """Enter in the search box: on to the list, its first row selected when none is (so
        Decide, Enter and Delete act on what the user sees highlighted)."""
        self.table.setFocus()
        if not self.has_selection() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _on_find(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_new(self) -> None:
        self.open_editor(None)

    def _on_sort(self, column: int) -> None:
        """A title clicked: the rows again in that order (the model sorts in SQL)."""
        self.model.sort(column, self.table.horizontalHeader().sortIndicatorOrder())

    def _on_open(self, index) -> None:
        self.open_editor(self.model.index(index.row(), 0).data(ID_ROLE))

    def _on_delete(self) -> None:
        self.delete_current()
