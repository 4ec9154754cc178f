"""Search-as-you-type over the register: FTS5 on reference, title and names, filters on
status, year, procedure and contract type, sorting on any column, paging by key (a page
starts after the last row shown, see ``core.store.keyset``); all in SQL.

A short prefix can match most of the register ("de", "20"). Looking every match up and sorting
them all to show the first page then costs 100-200 ms on 100,000 tenders; when the match is
broad and an index gives the sort order, the query walks that index instead and stops after a
page, probing the list of matches (a few ms). A narrow match keeps the match-first plan.

A text is evaluated once (``_matches``): the ids of its first ``COUNT_CAP`` matches are
gathered and their number counted on up to ``MATCH_CAP``, and when that counts them all, the
ids of the others too. The count, the page and the next pages read those instead of asking
the full-text index again (a text of several words costs the index 10-20 ms on 400,000
tenders each time), the walk of the sort index included. The walk of a text whose matches are
all counted gives way after a number of SQLite's steps in proportion to them, and the matches
are sorted instead: they may sit together far along the order ("Aanko" by title from Z to A
walks 400,000 index entries in over 100 ms, where sorting its 15,237 matches takes 20-40).
Where a first page lies along the order is estimated first from samples (``search_plan``: in
every order for a text whose ids are all kept, in the orders the ids say nothing of for a
broader one); a walk that would pass more tenders than sorting the matches costs is not begun
("Sted" by buyer passes 340,000 of 400,000 tenders in 140-180 ms; sorting its 37,000 matches
takes 45-70). The first page of a text of more matches is looked for first in a window at the
head of the order, when the window's ids lie close together (``_windowed``); where they do
not, a text that matches densely and whose words are short is looked up in the index row by
row as the order is walked (``_each_row``), instead of having every match listed first.
"""

from __future__ import annotations

import re
import weakref
from datetime import date
from decimal import Decimal

from core.limits import SEARCH_CHARS, search_words
from core.money import from_cents
from core.record import field, record, replace
from core.store import search_plan
from core.store.keyset import Level, Segment, read_page, whole
from core.store.workspace import Workspace

#: the columns of the register view, in order (the table, the CSV export)
COLUMNS = (
    "reference",
    "title",
    "buyer",
    "status",
    "procedure",
    "contract_type",
    "estimated_value",
    "launch_date",
    "offers_deadline",
)
#: sortable column -> the order it gives, ties broken by the id (whitelist: never user text
#: in ORDER BY); every one is served by an index (text columns by a COLLATE NOCASE one), so a
#: page is read from the index, not sorted; the buyer's name by walking the organisations in
#: name order and each one's tenders (tenders without a buyer sort as an empty name)
_ID = Level("t.id")
ORDERS: dict[str, tuple[Level, ...]] = {
    "reference": (Level("t.reference COLLATE NOCASE"), _ID),
    "title": (Level("t.title COLLATE NOCASE"), _ID),
    "buyer": (
        Level("o.name COLLATE NOCASE", nullable=True, null_sql="t.buyer_id"),
        Level("o.id", nullable=True, null_sql="t.buyer_id"),
        _ID,
    ),
    "status": (Level("t.status"), _ID),
    "procedure": (Level("t.procedure", nullable=True), _ID),
    "contract_type": (Level("t.contract_type"), _ID),
    "estimated_value": (Level("t.estimated_value_cents"), _ID),
    "launch_date": (Level("t.launch_date"), _ID),
    "offers_deadline": (Level("t.offers_deadline", nullable=True), _ID),
}
#: the columns that can be sorted on
SORTS = frozenset(ORDERS)
#: from this many text matches on, walking the sort index beats sorting the matches
BROAD_MATCH = 2000
#: the view counts the matches of a text up to this many and then says "more than": counting
#: every match of a broad prefix ("de") on 400,000 tenders costs more than typing allows
COUNT_CAP = 10_000
#: up to this many matches a walk of the sort index that goes far gives way to sorting them
#: (about 2.6 us a match on 400,000 tenders: 50 ms for 20,000); above it the walk goes on
MATCH_CAP = 20_000
#: SQLite's steps a walk of the sort index may take per match of its text (when they are
#: known: at most MATCH_CAP) before it gives way to sorting the matches; a walk that finds its
#: page early takes a few steps per match, one through matches gathered far along the order
#: hundreds. Calibrated on 400,000 tenders, see bench/README.md
WALK_STEPS_PER_MATCH = 25
#: the first page of a text of more than MATCH_CAP matches is looked for first among this
#: many rows at the head of the order, when their ids lie within WINDOW_SPAN of each other
#: (an order that follows the ids, as dates and references mostly do): the full-text index
#: then lists only the matches between those ids, not all of them (see ``_windowed``)
WINDOW = 4000
WINDOW_SPAN = 20 * WINDOW
#: a text of more than MATCH_CAP matches whose words are all this short (the full-text index
#: keeps a list of its own for prefixes of 1 to 3 letters: schema 9, ``prefix = '1 2 3'``) and
#: that matches at least this share of the tenders is looked up row by row as the order is
#: walked (a few hundred rows for a page), not listed whole first (see ``_each_row``)
SHORT_WORD = 3
DENSE = 1 / 3
#: SQLite's steps such a walk may take per row it expects to read (a row's look-up in the
#: full-text index takes 230-450 on 400,000 tenders) before it gives way to listing them
EACH_ROW_STEPS = 600
_WORD = re.compile(r"\w+", re.UNICODE)


@record(frozen=True)
class Query:
    """What the register view asks for: text, filters, order and a page."""

    text: str = ""
    status: str | None = None
    year: int | None = None
    procedure: str | None = None
    contract_type: str | None = None
    sort: str = "launch_date"
    descending: bool = True
    #: the key of the last row shown (``Row.key``): the page starts after it; None: the first
    after: tuple | None = None
    limit: int = 100


@record(frozen=True)
class Row:
    """One line of the register view."""

    id: int
    reference: str
    title: str
    buyer: str
    status: str
    procedure: str | None
    contract_type: str
    estimated_value: Decimal
    launch_date: date
    offers_deadline: date | None
    #: where the row stands in the order it was read in (its sort values and id): the next
    #: page starts after it (``Query.after``)
    key: tuple | None = field(default=None, compare=False, repr=False)


def fts_expression(text: str) -> str | None:
    """The FTS5 query of what the user typed: every word as a prefix, all required.

    Quotes and operators typed by the user are taken as plain text, never as FTS syntax.
    """
    words = _words(text)
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _words(text: str) -> list[str]:
    """The words of what the user typed that the search looks for.

    A word typed again ("de la maison de") is looked for once: the matches are the same, and
    the full-text index does not merge its list of tenders twice (a short word's list holds
    most of the register: "de" 268,108 of 400,000 tenders). The words are compared as typed,
    letter for letter ("De" and "de" are both kept: the index alone knows how it folds case
    and accents). A word that begins another ("2022/2") is kept too: a word the index reads
    as no word at all ("_") matches nothing, which the longer word does not say.
    """
    return list(dict.fromkeys(search_words(_WORD.findall(text[:SEARCH_CHARS]))))


def _filtered(q: Query) -> bool:
    return bool(q.status or q.procedure or q.contract_type or q.year)


@record(frozen=True)
class _Matches:
    """A text's matches, counted up to ``MATCH_CAP`` + 1."""

    count: int
    #: their ids as a JSON list, when they are all counted (at most ``MATCH_CAP``)
    ids: str | None
    #: at least the share of the tenders up to the last of the first ``COUNT_CAP`` + 1
    #: matches that match (ids start at 1): how densely the text matches
    density: float = 1.0
    #: the ids of the first ``COUNT_CAP`` + 1 matches as a JSON list, when ``ids`` is None
    head: str | None = None


#: the last text read by ``_matches``: the workspace (weakly), what identifies the text and
#: the data it was read from, and its matches
_last: tuple[weakref.ref, tuple, _Matches] | None = None


#: the ids of a text's matches after a given one, as a JSON list
_REST = (
    "SELECT json_group_array(rowid) FROM "
    "(SELECT rowid FROM tender_search WHERE tender_search MATCH ? AND rowid > ?)"
)


def _matches(ws: Workspace, expression: str) -> _Matches:
    """The text's matches: their number up to ``MATCH_CAP`` + 1, and their ids when there are
    no more than that (gathering ids costs more than counting: 4.6 against 2 ms for 20,000,
    so the ids after the first ``COUNT_CAP`` are gathered only once the count says they are
    all there is).

    Kept for the last text, as long as the workspace has the same connection, which has
    written nothing (``total_changes``), and no other connection has committed
    (``PRAGMA data_version``).
    """
    global _last
    version = ws.conn.execute("PRAGMA data_version").fetchone()[0]
    key = (expression, COUNT_CAP, MATCH_CAP, id(ws.conn), ws.conn.total_changes, version)
    last = _last
    if last is not None and last[0]() is ws and last[1] == key:
        return last[2]
    first = (
        "SELECT count(*), json_group_array(rowid), max(rowid) FROM "
        "(SELECT rowid FROM tender_search WHERE tender_search MATCH ? LIMIT ?)"
    )
    found, ids, last_id = ws.conn.execute(first, [expression, COUNT_CAP + 1]).fetchone()
    if found <= COUNT_CAP:
        matches = _Matches(found, ids)
    else:  # the matches come in id order: count on from the last one
        more = (
            "SELECT count(*) FROM (SELECT 1 FROM tender_search "
            "WHERE tender_search MATCH ? AND rowid > ? LIMIT ?)"
        )
        left = max(MATCH_CAP - found + 1, 0)  # a negative LIMIT would count them all
        density = found / max(last_id, found)  # ids below 1 (another program's) would break it
        found += ws.conn.execute(more, [expression, last_id, left]).fetchone()[0]
        if found <= MATCH_CAP:  # all counted: the others' ids too, for the walk and the sort
            rest = ws.conn.execute(_REST, [expression, last_id]).fetchone()[0]
            matches = _Matches(found, ids[:-1] + "," + rest[1:] if rest != "[]" else ids, density)
        else:
            matches = _Matches(found, None, density, ids)
    _last = (weakref.ref(ws), key, matches)
    return matches


def _where(
    q: Query, ids: str | None = None, walk_sort_index: bool = False, each_row: bool = False
) -> tuple[list[str], list[object]]:
    clauses, params = [], []
    expression = fts_expression(q.text)
    lead = "+" if walk_sort_index else ""  # + : the matches may not drive the query
    if expression and ids is not None:
        clauses.append(f"{lead}t.id IN (SELECT value FROM json_each(?))")
        params.append(ids)
    elif expression and each_row:  # each row the walk reaches, looked up in the index
        clauses.append(
            "EXISTS (SELECT 1 FROM tender_search WHERE tender_search MATCH ? AND rowid = t.id)"
        )
        params.append(expression)
    elif expression:
        clauses.append(
            f"{lead}t.id IN (SELECT rowid FROM tender_search WHERE tender_search MATCH ?)"
        )
        params.append(expression)
    for column, value in (
        ("t.status", q.status),
        ("t.procedure", q.procedure),
        ("t.contract_type", q.contract_type),
    ):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if q.year:
        clauses.append("t.launch_date >= ? AND t.launch_date < ?")
        params += [f"{q.year:04d}-01-01", f"{q.year + 1:04d}-01-01"]
    return clauses, params


_SELECT = (
    "SELECT t.id, t.reference, t.title, coalesce(o.name, ''), t.status, t.procedure, "
    "t.contract_type, t.estimated_value_cents, t.launch_date, t.offers_deadline"
)
_BUYER = "LEFT JOIN organisations o ON o.id = t.buyer_id"
_FROM = f"tenders t {_BUYER}"
#: the buyer order, tenders that have one: the organisations in name order, each one's
#: tenders (the planner would otherwise read every tender and sort them when a text is probed)
_BUYERS_FIRST = "organisations o CROSS JOIN tenders t ON t.buyer_id = o.id"


def _rows_of(ids: str, index: str | None = None) -> str:
    """The tenders, joined to their buyers, whose ids the query ``ids`` gives (as ``id``):
    CROSS JOIN keeps those ids first, where the planner could otherwise walk an index of the
    order and look up every row. With ``index``, each tender is looked up in that index of
    the ids instead of the table (which holds what the query reads of it)."""
    tenders = f"tenders t INDEXED BY {index}" if index else "tenders t"
    return f"({ids}) m CROSS JOIN {tenders} ON t.id = m.id {_BUYER}"


#: the orders the ids say nothing of (ids follow the order tenders were added in: by date,
#: reference, often status, procedure and amount): there a broad text's first matches in id
#: order lie along the order as all do
_NOT_BY_ID = frozenset({"title", "buyer", "contract_type"})
#: a text's matches as the full-text index lists them
_MATCHES = "SELECT rowid AS id FROM tender_search WHERE tender_search MATCH ?"
#: a text's matches read once (``_matches``), as a JSON list of ids
_IDS = "SELECT value AS id FROM json_each(?)"
#: order -> the index of the tenders' ids and what that order sorts on (schemas 10 and 11): a
#: text's matches sorted with no filter (which would read more of each row) read that index
_SORT_KEYS = {
    "buyer": "tenders_id_buyer",
    "title": "tenders_id_title",
    "contract_type": "tenders_id_contract_type",
}


def search(ws: Workspace, q: Query) -> list[Row]:
    """One page of the register view: its first, or the one after ``q.after``.

    The page is read in the segments of :mod:`core.store.keyset` until it is full; with a
    text, the matches either drive the query (few of them, or a filter) or are probed while
    the sort's index is walked (many, unless the first page lies far along the order: see
    ``_far``). When the matches drive it, only their ids and sort values are sorted; the
    page's rows are then read and joined to their buyers.
    """
    expression = fts_expression(q.text)
    if not expression:
        return _page(ws, q, _FROM, [])
    matches = _matches(ws, expression)
    plain = replace(q, text="")
    index = _sort_index(ws, q)
    sorted_matches = (
        (ws, plain, _rows_of(_IDS, index), [matches.ids])
        if matches.ids is not None
        else (ws, plain, _rows_of(_MATCHES, index), [expression])
    )
    if matches.count <= BROAD_MATCH or _filtered(q):
        return _page(*sorted_matches)
    if matches.count > MATCH_CAP:
        found = _windowed(ws, q, expression) if q.after is None else None
        if found is None and _each_row(matches, q.text):
            steps = EACH_ROW_STEPS * q.limit / matches.density
            found = search_plan.within(
                ws.conn, steps, lambda: _page(ws, q, _FROM, [], walk=True, each_row=True)
            )
        if found is None and _far(ws, q, matches):
            found = _page(*sorted_matches)
        return found if found is not None else _page(ws, q, _FROM, [], walk=True)
    if _far(ws, q, matches):
        return _page(*sorted_matches)
    # the walk probes the ids gathered already: the full-text index would list the matches
    # again (10-13 ms of a walk that finds its page in 2-7 ms, on 400,000 tenders)
    walked = search_plan.within(
        ws.conn,
        WALK_STEPS_PER_MATCH * matches.count,
        lambda: _page(ws, q, _FROM, [], walk=True, ids=matches.ids),
    )
    return walked if walked is not None else _page(*sorted_matches)


def _far(ws: Workspace, q: Query, matches: _Matches) -> bool:
    """Whether a broad text's first page lies so far along the order that sorting its matches
    costs less than walking to it (``search_plan``); a later page's walk starts among them."""
    sort = _sort(q)
    if q.after is not None:
        return False
    if matches.ids is not None:
        ids, sampled, total = matches.ids, matches.count, matches.count
    elif sort in _NOT_BY_ID:  # its first matches, and their number from how densely they lie
        high = ws.conn.execute("SELECT max(id) FROM tenders").fetchone()[0] or 0
        total = max(int(matches.density * high), matches.count)
        ids, sampled = matches.head, COUNT_CAP + 1
    else:
        return False
    join = _BUYER if sort == "buyer" else ""
    passed = search_plan.rows_before_page(
        ws.conn, ORDERS[sort][0], join, q.descending, q.limit, ids, sampled, total
    )
    return passed > search_plan.WALK_ROWS_PER_MATCH * total


def _sort_index(ws: Workspace, q: Query) -> str | None:
    """The index of the tenders' ids and what ``q`` sorts on, for sorting its matches: when
    the query has no filter and the workspace has that index (one opened read-only keeps the
    schema it was made with, which may be older than the index)."""
    name = None if _filtered(q) else _SORT_KEYS.get(_sort(q))
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"
    return name if name and ws.conn.execute(sql, [name]).fetchone() else None


def _each_row(matches: _Matches, text: str) -> bool:
    """Whether a walk of the order should look each row up in the full-text index rather than
    list every match first: the text matches densely (a page lies within a few hundred rows)
    and each of its words has a list of its own in the index. Listing all matches of "de"
    (268,108 of 400,000 tenders) costs 40-80 ms, looking up the 150 rows before a page of
    them 6-14 (a longer word costs the index a merge of every word it begins: 1 ms a row)."""
    short = all(len(word) <= SHORT_WORD for word in _words(text))
    return short and matches.density >= DENSE


def _windowed(ws: Workspace, q: Query, expression: str) -> list[Row] | None:
    """The first page of a broad text read from the ``WINDOW`` rows at the head of the order,
    when their ids lie close together; None when they do not (or the order is the buyer's,
    which no index of the tenders gives) or when the window holds less than a page.

    A walk puts every match of the text in a list first (268,108 for "de" on 400,000
    tenders, 40-80 ms); here the full-text index lists only those between the window's
    lowest and highest id (2-6 ms when the ids follow the order). Every row of the window
    is looked at, so a full page is the order's first page.
    """
    sort = _sort(q)
    if sort == "buyer":
        return None
    levels = ORDERS[sort]
    order = whole(levels, q.descending).order_by
    head = f"SELECT t.id AS id FROM tenders t ORDER BY {order} LIMIT ?"
    span = f"SELECT min(id), max(id) FROM ({head})"
    for rows in (WINDOW // 8, WINDOW):  # ids that spread show it in the first rows already
        low, high = ws.conn.execute(span, [rows]).fetchone()
        if low is None or high - low > WINDOW_SPAN:
            return None
    keys = ", ".join(level.sql for level in levels)
    sql = (
        f"{_SELECT}, {keys} FROM {_rows_of(head)} WHERE +t.id IN (SELECT rowid FROM "
        "tender_search WHERE tender_search MATCH ? AND rowid BETWEEN ? AND ?) "
        f"ORDER BY {order} LIMIT ?"
    )
    found = ws.conn.execute(sql, [WINDOW, expression, low, high, q.limit]).fetchall()
    return [_row(r) for r in found] if len(found) == q.limit else None


def _page(
    ws: Workspace,
    q: Query,
    source: str,
    head: list,
    walk: bool = False,
    each_row: bool = False,
    ids: str | None = None,
) -> list[Row]:
    """The page read from ``source`` (its parameters ``head``) with the query's filters (the
    text's matches as listed in ``ids``, when given)."""
    sort = _sort(q)
    levels = ORDERS[sort]
    clauses, params = _where(q, ids, walk_sort_index=walk, each_row=each_row)
    keys = ", ".join(level.sql for level in levels)

    def read(part: Segment, wanted: int) -> list[Row]:
        where = " AND ".join((*clauses, *part.conditions))
        where = " WHERE " + where if where else ""
        if source is _FROM:
            by_buyer = sort == "buyer" and not any(
                "t.buyer_id IS NULL" in condition for condition in part.conditions
            )
            sql = (
                f"{_SELECT}, {keys} FROM {_BUYERS_FIRST if by_buyer else source}{where} "
                f"ORDER BY {part.order_by} LIMIT ?"
            )
        else:
            page = f"SELECT t.id FROM {source}{where} ORDER BY {part.order_by} LIMIT ?"
            sql = f"{_SELECT}, {keys} FROM {_rows_of(page)} ORDER BY {part.order_by}"
        found = ws.conn.execute(sql, [*head, *params, *part.params, wanted]).fetchall()
        return [_row(r) for r in found]

    return read_page(levels, q.descending, q.after, q.limit, read, sorts=source is not _FROM)


def _sort(q: Query) -> str:
    """The column the query sorts on: the launch date when it names no known one."""
    return q.sort if q.sort in ORDERS else "launch_date"


def _row(r: tuple) -> Row:
    return Row(
        id=r[0],
        reference=r[1],
        title=r[2],
        buyer=r[3],
        status=r[4],
        procedure=r[5],
        contract_type=r[6],
        estimated_value=from_cents(r[7]),
        launch_date=date.fromisoformat(r[8]),
        offers_deadline=date.fromisoformat(r[9]) if r[9] else None,
        key=tuple(r[10:]),
    )


def count(ws: Workspace, q: Query, at_most: int | None = None) -> int:
    """How many tenders the view holds with these filters.

    With ``at_most`` and a text, counting stops after ``at_most + 1`` matches: a result above
    ``at_most`` means "more than ``at_most``". Without a text the count is exact (an index
    count, cheap).
    """
    expression = fts_expression(q.text)
    matches = _matches(ws, expression) if expression else None
    if matches is not None and not _filtered(q):
        if matches.count <= MATCH_CAP or (at_most is not None and at_most < matches.count):
            return matches.count if at_most is None else min(matches.count, at_most + 1)
        # the index has exactly one row per tender (its triggers keep it so): count there
        source, params = "tender_search WHERE tender_search MATCH ?", [expression]
    else:
        clauses, params = _where(q, matches.ids if matches else None)
        source = "tenders t" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    if expression and at_most is not None:
        source, params = f"(SELECT 1 FROM {source} LIMIT ?)", [*params, at_most + 1]
    return ws.conn.execute(f"SELECT count(*) FROM {source}", params).fetchone()[0]
