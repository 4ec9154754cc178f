"""A table model over an SQL search: pages fetched as the user scrolls, by key.

A new query (text, filters, sort) starts again from the first page; each further page starts
after the key of the last row fetched (``Query.after``, see ``core.store.keyset``), so a page
deep in the list costs what the first one costs. Only the last ``KEPT_PAGES`` pages used are
held: scrolling from the top to the bottom of 100,000 rows keeps memory flat, and a page
scrolled back to is read again from the key it starts after. A subclass names its columns
(``COLUMNS``) and their ``titles``, how a page is searched (``search_page``), what a cell
shows (``display``, and ``role_data`` for the other roles) and, when it is not the row's
attribute, the raw value it sorts by (``raw``). The query is any frozen dataclass with
``after``, ``limit``, ``sort`` and ``descending``; a row has an ``id`` and a ``key``.
Formatted text is in ``DisplayRole``, the raw value in ``SORT_ROLE``, the row's id in
``ID_ROLE``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from core.record import replace
from core.store.workspace import Workspace
from gui.shared import roles

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

SORT_ROLE = roles.USER + 1
ID_ROLE = roles.USER + 2
#: rows fetched at a time
PAGE = 200
#: pages held at most (the view shows one or two at a time); the others are read again
KEPT_PAGES = 8
Index = QModelIndex | QPersistentModelIndex


_ANSWERED = frozenset({roles.DISPLAY, SORT_ROLE, ID_ROLE})


class PagedSqlModel(QAbstractTableModel):
    """Rows of a search, fetched a page at a time."""

    COLUMNS: tuple[str, ...] = ()
    #: the roles ``role_data`` answers besides display, sort and id (a view asks a cell for a
    #: dozen roles at each paint: the others are answered at once)
    ROLES: frozenset[int] = frozenset()

    def __init__(self, workspace: Workspace, query: Any, parent=None, fetch: bool = True) -> None:
        """``fetch=False``: empty until the first ``set_query`` (a page not shown yet)."""
        super().__init__(parent)
        self._ws = workspace
        self._query = replace(query, after=None, limit=PAGE)
        self._pages: OrderedDict[int, list] = OrderedDict()  # page number -> rows, by use
        self._starts: list[Any] = []  # the key each fetched page starts after
        self._next: Any = None  # the key of the last row fetched: the next page's start
        self._count = 0
        self._exhausted = not fetch
        self._started = fetch
        if fetch:
            self._take(self.search_page(self._query))

    def search_page(self, query: Any) -> Sequence:
        """The rows of one page of ``query`` (``after`` and ``limit`` say which)."""
        raise NotImplementedError

    # -- queries ---------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        """The query shown (where its pages start and their size are the model's business)."""
        return self._query

    def set_query(self, query: Any) -> None:
        """Show another selection or order; starts again from the first page."""
        shown = replace(query, after=None, limit=PAGE)
        page = self.search_page(shown)  # before the reset: a failure changes nothing
        self.beginResetModel()
        self._started = True
        self._query = shown
        self._pages.clear()
        self._starts.clear()
        self._next, self._count, self._exhausted = None, 0, False
        self._take(page)
        self.endResetModel()

    def _take(self, page: Sequence) -> None:
        """Add a page fetched after the last one."""
        self._exhausted = len(page) < PAGE
        if not page:
            return
        self._starts.append(self._next)
        self._keep(len(self._starts) - 1, list(page))
        self._next = page[-1].key
        self._count += len(page)

    def _keep(self, number: int, rows: list) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)

    def _page(self, number: int) -> list:
        """A page's rows: held, or read again from the key it starts after."""
        rows = self._pages.get(number)
        if rows is None:
            rows = list(self.search_page(replace(self._query, after=self._starts[number])))
            self._keep(number, rows)
        else:
            self._pages.move_to_end(number)
        return rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More rows exist below the last one fetched."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Fetch the next page."""
        if parent.isValid() or self._exhausted:
            return
        page = self.search_page(replace(self._query, after=self._next))
        if not page:
            self._exhausted = True
            return
        start = self._count
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._take(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Sort in SQL on the column clicked (``order``: ascending when not given)."""
        from PySide6.QtCore import Qt  # made already when Qt hands an order

        if 0 <= column < len(self.COLUMNS):
            query = replace(
                self._query,
                sort=self.COLUMNS[column],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
            if query == self._query and self._started:
                return  # the order shown already (a view sets it again when it is built)
            if self._started:
                self.set_query(query)
            else:  # the view sets its order when sorting is enabled: keep it for later
                self._query = query

    # -- contents --------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        """The row shown on a line (read again when its page was dropped)."""
        if not 0 <= row < self._count:
            raise IndexError(row)
        number, place = divmod(row, PAGE)
        return self._page(number)[place]

    def row_of(self, row_id: int) -> int | None:
        """The line of a row among the pages held, by its id, if it is there."""
        for number, rows in self._pages.items():
            for place, r in enumerate(rows):
                if r.id == row_id:
                    return number * PAGE + place
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows fetched so far (held or not)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def titles(self) -> tuple[str, ...]:
        """The column titles, in words (a list page's header shows them: gui.shared.header)."""
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

    def data(self, index: Index, role: int = roles.DISPLAY) -> object:
        """The text, raw value, id or another role of a cell."""
        if role not in _ANSWERED and role not in self.ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        number, place = divmod(index.row(), PAGE)
        rows = self._page(number)
        if place >= len(rows):  # the page shrank since it was first read (a row deleted)
            return None
        row, column = rows[place], self.COLUMNS[index.column()]
        if role == roles.DISPLAY:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.raw(row, column)
        if role == ID_ROLE:
            return row.id
        return self.role_data(row, column, role)
