"""The paged SQL model both list pages stand on: a page at a time, as the user scrolls."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from core.record import record, replace
from gui.shared.paged_model import ID_ROLE, KEPT_PAGES, PAGE, SORT_ROLE, PagedSqlModel


@record(frozen=True)
class Query:
    text: str = ""
    sort: str = "name"
    descending: bool = False
    after: tuple | None = None
    limit: int | None = None


@record(frozen=True)
class Row:
    id: int
    name: str

    @property
    def key(self) -> tuple:
        return (self.name, self.id)


class Names(PagedSqlModel):
    """A list of names searched like the store searches: filtered, sorted, one page cut out."""

    COLUMNS = ("name",)

    def __init__(self, count: int, fetch: bool = True) -> None:
        self.rows = [Row(n, f"name {n:04}") for n in range(count)]
        self.searches: list[Query] = []
        self._keys = [r.key for r in self.rows]  # the rows are made in the order of their key
        super().__init__(None, Query(), None, fetch)

    def search_page(self, query: Query) -> list[Row]:
        """The rows after ``query.after`` in the query's order, found by halving the ordered
        keys (sorting and filtering the whole list again for each page took a second when
        scrolling 30 pages)."""
        self.searches.append(query)
        if query.descending:
            end = len(self.rows) if query.after is None else bisect_left(self._keys, query.after)
            candidates = (self.rows[i] for i in range(end - 1, -1, -1))
        else:
            start = 0 if query.after is None else bisect_right(self._keys, query.after)
            candidates = (self.rows[i] for i in range(start, len(self.rows)))
        found = (r for r in candidates if query.text in r.name)
        return list(islice(found, query.limit))

    def titles(self):
        return ("Name",)

    def display(self, row, column):
        return row.name


def names(model: Names) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_fetch_more_loads_the_next_page_until_the_last(qtbot):
    model = Names(2 * PAGE + 50)
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert inserted == [(PAGE, 2 * PAGE - 1)]
    assert model.canFetchMore()
    model.fetchMore()
    assert inserted[-1] == (2 * PAGE, 2 * PAGE + 49)
    assert model.rowCount() == 2 * PAGE + 50 and not model.canFetchMore()
    assert names(model) == [r.name for r in model.rows]  # in order, none twice
    searches = len(model.searches)
    model.fetchMore()  # at the end: no query, no rows
    assert len(model.searches) == searches and model.rowCount() == 2 * PAGE + 50
    assert not model.canFetchMore(model.index(0, 0))  # a table's cells have no children


def test_a_last_page_that_is_exactly_full_ends_without_an_empty_insert(qtbot):
    model = Names(PAGE)
    inserted = []
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    assert model.canFetchMore()  # a full page: there may be more
    model.fetchMore()
    assert inserted == [] and model.rowCount() == PAGE and not model.canFetchMore()


def test_a_table_fetches_the_next_page_as_the_user_scrolls_down(qtbot):
    model = Names(3 * PAGE)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == PAGE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)


def test_a_new_query_starts_again_from_the_first_page(qtbot):
    model = Names(3 * PAGE)
    model.fetchMore()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_query(Query(text="name 0", after=("name 0123", 123), limit=5))
    assert model.searches[-1] == Query(text="name 0", after=None, limit=PAGE)
    assert model.query.after is None and model.query.limit == PAGE
    assert resets == [1] and model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.searches[-1].after == ("name 0199", 199)
    assert model.searches[-1].text == "name 0"


def test_a_failing_search_changes_nothing(qtbot):
    model = Names(PAGE + 10)
    before = names(model)

    def broken(query):
        raise RuntimeError("the disk went away")

    model.search_page = broken
    with pytest.raises(RuntimeError):
        model.set_query(Query(text="9"))
    assert names(model) == before and model.query.text == ""


def test_clicking_a_header_sorts_by_searching_again(qtbot):
    model = Names(PAGE + 10)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.descending and model.index(0, 0).data() == f"name {PAGE + 9:04}"
    searches = len(model.searches)
    model.sort(5)  # no such column: nothing happens
    assert len(model.searches) == searches


def test_a_page_not_shown_yet_searches_nothing_but_keeps_the_order_it_is_given(qtbot):
    """The organisations tab: its order is set when its table is built, the search waits."""
    model = Names(10, fetch=False)
    assert model.rowCount() == 0 and not model.canFetchMore() and model.searches == []
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.searches == []
    model.set_query(replace(model.query, text="name"))
    assert names(model)[0] == "name 0009"


def test_rows_are_found_by_id_among_those_fetched_and_their_cells_say_it(qtbot):
    model = Names(PAGE + 10)
    assert model.row_of(7) == 7 and model.row_at(7).id == 7
    assert model.row_of(PAGE + 5) is None  # not fetched yet
    assert model.index(7, 0).data(ID_ROLE) == 7 and model.index(7, 0).data(SORT_ROLE) == "name 0007"
    assert (
        model.data(QModelIndex()) is None
        and model.index(7, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    )


def test_the_paged_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(Names(PAGE + 10))


def test_scrolling_to_the_end_holds_a_few_pages_and_reads_a_dropped_one_again(qtbot):
    """Memory stays flat however far the user scrolls: only KEPT_PAGES pages are held; a
    page scrolled back to is read again from the key it starts after, with the same rows."""
    model = Names(30 * PAGE + 7)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 30 * PAGE + 7
    assert len(model._pages) == KEPT_PAGES
    held = sum(len(rows) for rows in model._pages.values())
    assert held <= KEPT_PAGES * PAGE
    searches = len(model.searches)
    assert model.index(5, 0).data() == "name 0005"  # page 0 was dropped: read again
    assert model.searches[-1].after is None and len(model.searches) == searches + 1
    assert model.index(3 * PAGE + 1, 0).data() == f"name {3 * PAGE + 1:04}"
    assert model.searches[-1].after == (f"name {3 * PAGE - 1:04}", 3 * PAGE - 1)
    assert model.index(3 * PAGE + 2, 0).data() == f"name {3 * PAGE + 2:04}"
    assert len(model.searches) == searches + 2  # a held page is not read again
    assert names(model) == [r.name for r in model.rows]
    assert len(model._pages) == KEPT_PAGES


def test_the_same_order_set_again_does_not_search_again(qtbot):
    """A view sets the order it shows when sorting is enabled: no second search for it."""
    model = Names(PAGE + 10)
    searches = len(model.searches)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert len(model.searches) == searches
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert len(model.searches) == searches + 1
