"""Search-as-you-type over the register: FTS5 on reference, title and names, filters on
status, year, procedure and contract type, sorting on any column, paging; all in SQL.

A short prefix can match most of the register ("de", "20"). Looking every match up and sorting
them all to show the first page then costs 100-200 ms on 100,000 tenders; when the match is
broad and an index gives the sort order, the query walks that index instead and stops after a
page, probing the list of matches (a few ms). A narrow match keeps the match-first plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.limits import SEARCH_CHARS, search_words
from core.money import from_cents
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
#: sortable column -> SQL expression (whitelist: never user text in ORDER BY)
SORTS = {
    "reference": "t.reference COLLATE NOCASE",
    "title": "t.title COLLATE NOCASE",
    "buyer": "o.name COLLATE NOCASE",
    "status": "t.status",
    "procedure": "t.procedure",
    "contract_type": "t.contract_type",
    "estimated_value": "t.estimated_value_cents",
    "launch_date": "t.launch_date",
    "offers_deadline": "t.offers_deadline",
}
#: sorts an index of tenders serves (the unary + below keeps the planner on that index)
INDEXED_SORTS = frozenset(
    {"launch_date", "estimated_value", "offers_deadline", "status", "procedure", "contract_type"}
)
#: from this many text matches on, walking the sort index beats sorting the matches
BROAD_MATCH = 2000
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Query:
    """What the register view asks for: text, filters, order and a page."""

    text: str = ""
    status: str | None = None
    year: int | None = None
    procedure: str | None = None
    contract_type: str | None = None
    sort: str = "launch_date"
    descending: bool = True
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
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


def fts_expression(text: str) -> str | None:
    """The FTS5 query of what the user typed: every word as a prefix, all required.

    Quotes and operators typed by the user are taken as plain text, never as FTS syntax.
    """
    words = search_words(_WORD.findall(text[:SEARCH_CHARS]))
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _filtered(q: Query) -> bool:
    return bool(q.status or q.procedure or q.contract_type or q.year)


def _broad(ws: Workspace, expression: str) -> bool:
    """True when the text matches more than BROAD_MATCH tenders (stops counting there)."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM tender_search WHERE tender_search MATCH ? LIMIT ?)"
    return ws.conn.execute(sql, [expression, BROAD_MATCH + 1]).fetchone()[0] > BROAD_MATCH


def _where(q: Query, walk_sort_index: bool = False) -> tuple[str, list[object]]:
    clauses, params = [], []
    expression = fts_expression(q.text)
    if expression:
        lead = "+" if walk_sort_index else ""  # + : the matches may not drive the query
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
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search(ws: Workspace, q: Query) -> list[Row]:
    """One page of the register view."""
    sort = q.sort if q.sort in SORTS else "launch_date"
    expression = fts_expression(q.text)
    walk = bool(expression) and sort in INDEXED_SORTS and not _filtered(q)
    where, params = _where(q, walk and _broad(ws, expression))
    order = SORTS[sort]
    direction = "DESC" if q.descending else "ASC"
    sql = (
        "SELECT t.id, t.reference, t.title, coalesce(o.name, ''), t.status, t.procedure, "
        "t.contract_type, t.estimated_value_cents, t.launch_date, t.offers_deadline "
        "FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id"
        f"{where} ORDER BY {order} {direction}, t.id {direction} LIMIT ? OFFSET ?"
    )
    rows = ws.conn.execute(sql, [*params, q.limit, q.offset]).fetchall()
    return [
        Row(
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
        )
        for r in rows
    ]


def count(ws: Workspace, q: Query) -> int:
    """How many tenders the view holds with these filters."""
    expression = fts_expression(q.text)
    if expression and not _filtered(q):
        # the index has exactly one row per tender (its triggers keep it so): count there
        sql = "SELECT count(*) FROM tender_search WHERE tender_search MATCH ?"
        return ws.conn.execute(sql, [expression]).fetchone()[0]
    where, params = _where(q)
    sql = f"SELECT count(*) FROM tenders t{where}"
    return ws.conn.execute(sql, params).fetchone()[0]
