"""A table model over an SQL search: pages fetched as the user scrolls.

Holds only the rows already shown; a new query (text, filters, sort) starts again from the
first page. A subclass names its columns (``COLUMNS``) and their ``titles``, how a page is
searched (``search_page``), what a cell shows (``display``, and ``role_data`` for the other
roles) and, when it is not the row's attribute, the raw value it sorts by (``raw``). The
query is any frozen dataclass with ``offset``, ``limit``, ``sort`` and ``descending``.
Formatted text is in ``DisplayRole``, the raw value in ``SORT_ROLE``, the row's id in
``ID_ROLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.store.workspace import Workspace

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: rows fetched at a time
PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class PagedSqlModel(QAbstractTableModel):
    """Rows of a search, fetched a page at a time."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, workspace: Workspace, query: Any, parent=None, fetch: bool = True) -> None:
        """``fetch=False``: empty until the first ``set_query`` (a page not shown yet)."""
        super().__init__(parent)
        self._ws = workspace
        self._query = replace(query, offset=0, limit=PAGE)
        self._rows: list = []
        self._exhausted = not fetch
        self._started = fetch
        if fetch:
            page = self.search_page(self._query)
            self._exhausted = len(page) < PAGE
            self._rows.extend(page)

    def search_page(self, query: Any) -> Sequence:
        """The rows of one page of ``query`` (its offset and limit say which)."""
        raise NotImplementedError

    # -- queries ---------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        """The query shown (its offset and limit are the model's business)."""
        return self._query

    def set_query(self, query: Any) -> None:
        """Show another selection or order; starts again from the first page."""
        shown = replace(query, offset=0, limit=PAGE)
        page = self.search_page(shown)  # before the reset: a failure changes nothing
        self.beginResetModel()
        self._started = True
        self._query = shown
        self._rows = list(page)
        self._exhausted = len(page) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More rows exist below the last one fetched."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Fetch the next page."""
        if parent.isValid() or self._exhausted:
            return
        start = len(self._rows)
        page = self.search_page(replace(self._query, offset=start))
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL on the column clicked."""
        if 0 <= column < len(self.COLUMNS):
            query = replace(
                self._query,
                sort=self.COLUMNS[column],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
            if self._started:
                self.set_query(query)
            else:  # the view sets its order when sorting is enabled: keep it for later
                self._query = query

    # -- contents --------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        """The row shown on a line."""
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """The line of a row among those fetched, by its id, if it is there."""
        return next((n for n, r in enumerate(self._rows) if r.id == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def titles(self) -> tuple[str, ...]:
        """The column titles, in words."""
        raise NotImplementedError

    def display(self, row: Any, column: str) -> str:
        """A cell as text."""
        raise NotImplementedError

    def raw(self, row: Any, column: str) -> object:
        """A cell's value as it sorts (``SORT_ROLE``)."""
        return getattr(row, column)

    def role_data(self, row: Any, column: str, role: int) -> object:
        """A cell's other roles (tooltip, alignment, colour); None: nothing."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The text, raw value, id or another role of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.raw(row, column)
        if role == ID_ROLE:
            return row.id
        return self.role_data(row, column, role)
