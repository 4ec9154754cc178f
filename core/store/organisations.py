"""The organisations view: search as you type on name and enterprise number, sorting, paging,
and what a delete must check (the tenders that still use an organisation).

The demo makes about 9,000 organisations for 100,000 tenders, so the view is paged by key
like the register: a page costs a few ms, and the tender counts (index lookups
on ``tenders.buyer_id`` and ``tenderers.organisation_id``) are only computed for the rows
shown, except when the user sorts on them (about 30 ms over every organisation of the demo).

A name matches when every typed word appears in it, whatever the accents and the case
("regie" finds "Régie"), in SQL without a Python function: a LIKE with "_" for each letter
that can carry an accent drops most names cheaply (LIKE ignores ASCII case), then a GLOB with
a class of the accented forms of each letter checks the rest. The forms are the letters of
Latin-1 and Windows-1252, what Belgian keyboards type. Digits (with dots, spaces or "BE")
also match the enterprise number anywhere in it. On the 100,000-tender demo a page and its
count take 7 ms at the median, 15 ms at p95 (24 ms sorted on the tender counts); see
bench/README.md.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from core.errors import ValidationError
from core.limits import SEARCH_CHARS, search_words
from core.record import field, record
from core.rules.schema import SIZES
from core.store.keyset import Level, Segment, read_page
from core.store.workspace import Workspace

#: the columns of the organisations view, in order
COLUMNS = ("name", "enterprise_number", "role", "size_class", "city", "tenders")

_AS_BUYER = "(SELECT count(*) FROM tenders WHERE buyer_id = o.id)"
_AS_TENDERER = "(SELECT count(*) FROM tenderers WHERE organisation_id = o.id)"
_IS_BUYER = "EXISTS (SELECT 1 FROM tenders WHERE buyer_id = o.id)"
_IS_TENDERER = "EXISTS (SELECT 1 FROM tenderers WHERE organisation_id = o.id)"
_SIZE_ORDER = " ".join(f"WHEN '{size}' THEN {rank}" for rank, size in enumerate(SIZES))

_ID = Level("o.id")
#: sortable column -> the order it gives, ties broken by the id (whitelist: never user text
#: in ORDER BY); name and city have an index in that order, the counts are computed
ORDERS: dict[str, tuple[Level, ...]] = {
    "name": (Level("o.name COLLATE NOCASE"), _ID),
    "enterprise_number": (Level("o.enterprise_number", nullable=True), _ID),
    "role": (Level(f"({_IS_BUYER}) * 2 + ({_IS_TENDERER})"), _ID),  # unused, tenderer, buyer
    "size_class": (Level(f"CASE o.size_class {_SIZE_ORDER} END", nullable=True), _ID),
    "city": (Level("o.city COLLATE NOCASE"), _ID),
    "tenders": (Level(f"{_AS_BUYER} + {_AS_TENDERER}"), _ID),
}
#: the columns that can be sorted on
SORTS = frozenset(ORDERS)
#: how many tender references a refused delete names for each role
EXAMPLES = 3

_NUMBER_SEPARATORS = re.compile(r"[\s.\-/]")
_GLOB_SPECIAL = "*?["
_LIKE_SPECIAL = "%_\\"
#: letters outside Latin-1 that Windows-1252 (and so Belgian keyboards and files) has
_CP1252_LETTERS = "ŠšŽžŸ"


@record(frozen=True)
class Query:
    """What the organisations view asks for: text, order and a page."""

    text: str = ""
    sort: str = "name"
    descending: bool = False
    #: the key of the last row shown (``Row.key``): the page starts after it; None: the first
    after: tuple | None = None
    limit: int = 100


@record(frozen=True)
class Row:
    """One line of the organisations view."""

    id: int
    name: str
    enterprise_number: str | None
    size_class: str | None
    postcode: str
    city: str
    as_buyer: int
    as_tenderer: int
    #: where the row stands in the order it was read in (its sort value and id): the next
    #: page starts after it (``Query.after``)
    key: tuple | None = field(default=None, compare=False, repr=False)

    @property
    def tenders(self) -> int:
        """Tenders it is the buyer of plus tenders it made an offer on."""
        return self.as_buyer + self.as_tenderer

    @property
    def role(self) -> str:
        """'buyer', 'tenderer', 'both' or '' (used by no tender), from what the tenders say."""
        if self.as_buyer and self.as_tenderer:
            return "both"
        return "buyer" if self.as_buyer else "tenderer" if self.as_tenderer else ""


@record(frozen=True)
class Usage:
    """The tenders that use an organisation: counts, and the first few (reference, title)."""

    as_buyer: int
    as_tenderer: int
    buyer_of: tuple[tuple[str, str], ...]
    tenderer_on: tuple[tuple[str, str], ...]

    @property
    def used(self) -> bool:
        """Some tender still refers to the organisation."""
        return bool(self.as_buyer or self.as_tenderer)


def _tenders(count: int) -> str:
    """``1 tender``, ``4 tenders`` (the English message; the window's words are its own)."""
    return f"{count} tender" if count == 1 else f"{count} tenders"


class InUseError(ValidationError):
    """An organisation a tender still uses cannot be deleted; ``usage`` says which tenders."""

    def __init__(self, name: str, usage: Usage) -> None:
        parts = []
        if usage.as_buyer:
            parts.append(f"buyer of {_tenders(usage.as_buyer)} ({_refs(usage.buyer_of)})")
        if usage.as_tenderer:
            parts.append(f"tenderer on {_tenders(usage.as_tenderer)} ({_refs(usage.tenderer_on)})")
        super().__init__(
            "id",
            "in_use",
            f"{name!r} cannot be deleted: it is the {' and '.join(parts)}",
            {
                "name": name,
                "tenders": usage.as_buyer + usage.as_tenderer,
                "references": _refs(usage.buyer_of + usage.tenderer_on),
            },
        )
        self.usage = usage


def _refs(pairs: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(reference for reference, _ in pairs)


# -- search -----------------------------------------------------------------------------------
def _base(char: str) -> str:
    """The letter without its accent, lower case ("É" -> "e")."""
    return unicodedata.normalize("NFKD", char)[0].lower()


@cache
def _variants() -> dict[str, str]:
    """Each ASCII letter with the Latin-1 and Windows-1252 letters that read as it."""
    out: dict[str, str] = {}
    for char in [chr(code) for code in range(ord("A"), 0x100)] + list(_CP1252_LETTERS):
        base = _base(char)
        if char.isalpha() and base.isascii() and base.isalpha():
            out[base] = out.get(base, "") + char
    return out


def glob_pattern(word: str) -> str:
    """A GLOB pattern matching ``word`` anywhere, ignoring accents and case."""
    parts = []
    for char in word:
        variants = _variants().get(_base(char))
        if variants:
            parts.append(f"[{variants}]")
        elif char in _GLOB_SPECIAL:
            parts.append(f"[{char}]")
        else:
            parts.append(char)
    return "*" + "".join(parts) + "*"


def like_pattern(word: str) -> str:
    """A LIKE pattern (escape ``\\``) that every name matching :func:`glob_pattern` matches:
    "_" for a letter that has accented forms, the character itself otherwise."""
    parts = []
    for char in word:
        variants = _variants().get(_base(char), "")
        if len(variants) > len("Aa"):  # more than the two cases LIKE already ignores
            parts.append("_")
        elif char in _LIKE_SPECIAL:
            parts.append("\\" + char)
        else:
            parts.append(char)
    return "%" + "".join(parts) + "%"


def number_digits(text: str) -> str | None:
    """The digits of a typed enterprise number (part), or None when it is not one."""
    digits = _NUMBER_SEPARATORS.sub("", text)
    if digits[:2].upper() == "BE":
        digits = digits[2:]
    return digits if digits.isdigit() else None


def _where(text: str) -> tuple[list[str], list[object]]:
    text = text[:SEARCH_CHARS]
    words = search_words(text.split())
    if not words:
        return [], []
    name = " AND ".join("o.name LIKE ? ESCAPE '\\' AND o.name GLOB ?" for _ in words)
    params: list[object] = [p for w in words for p in (like_pattern(w), glob_pattern(w))]
    digits = number_digits(text)
    if digits:
        params.append(f"%{digits}%")
        return [f"(({name}) OR replace(o.enterprise_number, '.', '') LIKE ?)"], params
    return [f"({name})"], params


def search(ws: Workspace, q: Query) -> list[Row]:
    """One page of the organisations view: its first, or the one after ``q.after``.

    Read by key like the register (:mod:`core.store.keyset`): a page deep in the list costs
    what the first one costs.
    """
    sort = q.sort if q.sort in ORDERS else "name"
    levels = ORDERS[sort]
    clauses, params = _where(q.text)
    keys = ", ".join(level.sql for level in levels)

    def read(part: Segment, wanted: int) -> list[Row]:
        where = " AND ".join((*clauses, *part.conditions))
        sql = (
            f"SELECT o.id, o.name, o.enterprise_number, o.size_class, o.postcode, o.city, "
            f"{_AS_BUYER}, {_AS_TENDERER}, {keys} FROM organisations o"
            f"{' WHERE ' + where if where else ''} ORDER BY {part.order_by} LIMIT ?"
        )
        found = ws.conn.execute(sql, [*params, *part.params, wanted]).fetchall()
        return [Row(*r[:8], key=tuple(r[8:])) for r in found]

    return read_page(levels, q.descending, q.after, q.limit, read)


def count(ws: Workspace, q: Query) -> int:
    """How many organisations the view holds with this text."""
    clauses, params = _where(q.text)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return ws.conn.execute(f"SELECT count(*) FROM organisations o{where}", params).fetchone()[0]


# -- what a delete and its undo check ---------------------------------------------------------
def usage(ws: Workspace, org_id: int, examples: int = EXAMPLES) -> Usage:
    """The tenders that name the organisation as buyer or tenderer (newest first)."""
    conn = ws.conn
    as_buyer = conn.execute("SELECT count(*) FROM tenders WHERE buyer_id = ?", [org_id])
    as_tenderer = conn.execute("SELECT count(*) FROM tenderers WHERE organisation_id = ?", [org_id])
    buyer_of = conn.execute(
        "SELECT reference, title FROM tenders WHERE buyer_id = ? "
        "ORDER BY launch_date DESC, id DESC LIMIT ?",
        [org_id, examples],
    ).fetchall()
    tenderer_on = conn.execute(
        "SELECT t.reference, t.title FROM tenderers x JOIN tenders t ON t.id = x.tender_id "
        "WHERE x.organisation_id = ? ORDER BY t.launch_date DESC, t.id DESC LIMIT ?",
        [org_id, examples],
    ).fetchall()
    return Usage(
        as_buyer=as_buyer.fetchone()[0],
        as_tenderer=as_tenderer.fetchone()[0],
        buyer_of=tuple(map(tuple, buyer_of)),
        tenderer_on=tuple(map(tuple, tenderer_on)),
    )


def holder_of(ws: Workspace, enterprise_number: str, other_than: int | None = None) -> str | None:
    """The name of the organisation that has this (normalised) enterprise number, if any."""
    row = ws.conn.execute(
        "SELECT name FROM organisations WHERE enterprise_number = ? AND id IS NOT ?",
        [enterprise_number, other_than],
    ).fetchone()
    return row[0] if row else None


def refuse_if_used(ws: Workspace, org_id: int, name: str) -> None:
    """Raise InUseError when a tender names the organisation as buyer or tenderer."""
    found = usage(ws, org_id)
    if found.used:
        raise InUseError(name, found)


def refuse_restore_clash(ws: Workspace, row: dict) -> None:
    """A deleted organisation can come back unless another one took its enterprise number
    (or, after a bulk import, its id) meanwhile."""
    taken = ws.conn.execute(
        "SELECT name FROM organisations WHERE id = ? OR enterprise_number = ?",
        [row["id"], row["enterprise_number"]],
    ).fetchone()
    if taken:
        raise ValidationError(
            "enterprise_number",
            "cannot_restore_organisation",
            f"{row['name']!r} cannot come back: {taken[0]!r} now has its enterprise number "
            f"or its place in the register",
            {"name": row["name"], "taken": taken[0]},
        )


def refuse_missing(ws: Workspace, ids: list[int | None], reference: str) -> None:
    """A tender brought back by undo needs its buyer and tenderers: refuse when one of them
    was deleted since (the message names the tender)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return
    marks = ", ".join("?" for _ in wanted)
    found = ws.conn.execute(
        f"SELECT count(*) FROM organisations WHERE id IN ({marks})", list(wanted)
    ).fetchone()[0]
    if found < len(wanted):
        raise ValidationError(
            "buyer_id",
            "cannot_restore_tender",
            f"the tender {reference!r} cannot come back: its buyer or one of its tenderers "
            f"was deleted since",
            {"reference": reference},
        )
