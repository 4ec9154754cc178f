"""Table model over the organisations: pages fetched from SQL as the user scrolls.

Like the register model: only the rows already shown are held, a new query (text, sort)
resets it. Raw values are in ``SORT_ROLE``, formatted text in ``DisplayRole``, the
organisation id in ``ID_ROLE``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.store import organisations
from core.store.workspace import Workspace
from core.texts import text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


class OrganisationsModel(QAbstractTableModel):
    """The organisations view: one row per organisation, fetched a page at a time."""

    COLUMNS = organisations.COLUMNS

    def __init__(
        self, workspace: Workspace, lang: str = "en", parent=None, fetch: bool = True
    ) -> None:
        """``fetch=False``: empty until the first ``set_query`` (a page not shown yet)."""
        super().__init__(parent)
        self._ws = workspace
        self._lang = lang
        self._query = organisations.Query(limit=PAGE)
        self._rows: list[organisations.Row] = []
        self._exhausted = not fetch
        self._started = fetch
        if fetch:
            self._fetch()

    # -- queries ---------------------------------------------------------------------------
    @property
    def query(self) -> organisations.Query:
        """The query shown (its offset and limit are the model's business)."""
        return self._query

    def set_query(self, query: organisations.Query) -> None:
        """Show another selection or order; starts again from the first page."""
        shown = replace(query, offset=0, limit=PAGE)
        page = organisations.search(self._ws, shown)  # before the reset: a failure changes nothing
        self.beginResetModel()
        self._started = True
        self._query = shown
        self._rows = list(page)
        self._exhausted = len(page) < PAGE
        self.endResetModel()

    def _fetch(self) -> list[organisations.Row]:
        page = organisations.search(self._ws, replace(self._query, offset=len(self._rows)))
        self._exhausted = len(page) < PAGE
        self._rows.extend(page)
        return page

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """More rows exist below the last one fetched."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Fetch the next page."""
        if parent.isValid() or self._exhausted:
            return
        start = len(self._rows)
        page = organisations.search(self._ws, replace(self._query, offset=start))
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
    def row_at(self, row: int) -> organisations.Row:
        """The organisation shown on a line."""
        return self._rows[row]

    def row_of(self, org_id: int) -> int | None:
        """The line of an organisation among the rows fetched, if it is there."""
        return next((n for n, r in enumerate(self._rows) if r.id == org_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Enterprise number"),
            self.tr("Role"),
            self.tr("Size class"),
            self.tr("Postcode and city"),
            self.tr("Tenders"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, raw value, id, alignment and tooltip of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return getattr(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("role", "tenders"):
                return self.usage_text(row)
            if column == "name":
                return row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "tenders":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: organisations.Row, column: str) -> str:
        if column == "enterprise_number":
            return f"BE {row.enterprise_number}" if row.enterprise_number else ""
        if column == "role":
            return self.role_text(row.role)
        if column == "size_class":
            return text(self._lang, "size", row.size_class) if row.size_class else ""
        if column == "city":
            return f"{row.postcode} {row.city}".strip()
        if column == "tenders":
            return str(row.tenders)
        return getattr(row, column)

    def role_text(self, role: str) -> str:
        """A role in words."""
        labels = {
            "buyer": self.tr("buyer"),
            "tenderer": self.tr("tenderer"),
            "both": self.tr("buyer and tenderer"),
        }
        return labels.get(role, "")

    def usage_text(self, row: organisations.Row) -> str:
        """How many tenders name it, as buyer and as tenderer."""
        if not row.tenders:
            return self.tr("No tender uses this organisation yet.")
        buyer = self.tr("Buyer of %n tender(s)", "", row.as_buyer)
        tenderer = self.tr("tenderer on %n tender(s)", "", row.as_tenderer)
        return f"{buyer}, {tenderer}"
