"""How far along an order a broad text's first page lies, estimated before it is read.

The walk of a sort's index finds a text's first page once it has passed a page of matches.
When the matches lie together far along the order it steps over every tender before them:
buyers named "Sted..." sorted by buyer pass 340,000 of 400,000 tenders (175 ms), titles that
begin "Onderhoud groen" sorted by title 83,000, leasing contracts (supplies) sorted by
contract type every contract for services before them. Sorting the matches instead costs in
proportion to their number, wherever they lie. On 400,000 tenders (bench/README.md): a walk
about 0.4 us a tender passed, a sort about 1.5 us a match (for title, buyer and contract type
the index of ids and the sorted column, schemas 10 and 11), so a walk that passes more than
``WALK_ROWS_PER_MATCH`` tenders a match costs more than the sort.

The estimate takes two samples at evenly spaced places, so that the same text on the same
register gets the same plan each time:

- of the text's matches, by their place in its list of ids (``MATCH_SAMPLE`` or more): where
  in the order the sample's match stands that ends a page (the sample's share of a page,
  rounded up);
- of the register's ids (``REGISTER_SAMPLE``, read again once the register changed): the
  share of tenders that stand before it. The walk passes that share of the register.

A place in the order is the sorted value, as SQLite compares it, then the tender's id (the
buyer order breaks a tie of names by the organisation first: close enough here).
"""

from __future__ import annotations

import bisect
import json
import math
import sqlite3
import string
from collections.abc import Callable
from typing import TypeVar

from core.store.keyset import Level

_T = TypeVar("_T")

#: a walk that passes more tenders than this per match costs more than sorting the matches
#: (0.4 against 1.5 us, less what the estimate costs, on 400,000 tenders)
WALK_ROWS_PER_MATCH = 3
#: the matches whose places are read: every n-th, n the number kept divided by this, so this
#: many up to twice as many (all of them when fewer)
MATCH_SAMPLE = 128
#: the register's ids whose places are read: every n-th of its span of ids, in the same way
REGISTER_SAMPLE = 512

#: how often (in SQLite's steps) a budget of steps (``within``) is looked at
_STEP_CHECK = 1000


def rows_before_page(
    conn: sqlite3.Connection,
    level: Level,
    join: str,
    descending: bool,
    limit: int,
    ids: str,
    sampled: int,
    matches: int,
) -> float:
    """The number of tenders that come before the end of the first page of ``limit`` of a
    text's ``matches`` in the order of ``level`` then the id, estimated from ``sampled`` of
    the matches (their ids as a JSON list, ``ids``) and from the register."""
    places = _places(conn, level, join, ids, max(1, sampled // MATCH_SAMPLE))
    if not places:  # the sampled matches are gone: nothing tells, walk
        return 0.0
    # the sample's match that ends the page: its share of a page, at least one
    nth = min(len(places), max(1, math.ceil(len(places) * limit / max(matches, 1))))
    end = places[-nth] if descending else places[nth - 1]
    register, every = _register_places(conn, level, join)
    if descending:
        return (len(register) - bisect.bisect_right(register, end)) * every
    return bisect.bisect_left(register, end) * every


def nocase(text: str) -> tuple[bytes, int]:
    """What SQLite's NOCASE collation compares of a text: its UTF-8 bytes with the ASCII
    capitals made small (and no other letter), up to a NUL character, where it stops: two
    texts alike up to a NUL at the same place are then told apart by their length alone."""
    folded = text.translate(_ASCII_SMALL).encode("utf-8", "surrogatepass")
    before, nul, _ = folded.partition(b"\0")
    return before + nul, len(folded)


_NOCASE = " COLLATE NOCASE"
_ASCII_SMALL = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _place(value: object, tender: int, folded: bool) -> tuple:
    """Where a tender of this value stands in an ascending order as SQLite sorts: NULL
    first, then numbers, then texts (compared as NOCASE does when ``folded``, else by their
    UTF-8 bytes), then the rest; ties by the tender's id."""
    if value is None:
        return (0, 0, tender)
    if isinstance(value, int | float):
        return (1, value, tender)
    if isinstance(value, str):
        text = nocase(value) if folded else value.encode("utf-8", "surrogatepass")
        return (2, text, tender)
    return (3, bytes(value), tender)


#: the register's sample of the last connection and order: the connection (held: its id
#: could otherwise be a later one's), its state and the level; the places sorted, and the
#: ids each stands for
_sample: tuple[sqlite3.Connection, tuple, tuple[list[tuple], int]] | None = None


def _register_places(conn: sqlite3.Connection, level: Level, join: str) -> tuple[list[tuple], int]:
    """The places (``_place``) of an even sample of the register's ids in the order of
    ``level``, sorted, and how many ids each one stands for; read again once anything was
    written."""
    global _sample
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    state = (conn.total_changes, version, level, join)
    if _sample is not None and _sample[0] is conn and _sample[1] == state:
        return _sample[2]
    # each on its own: SQLite reads min() or max() alone from the end of the table, both
    # together by reading every row
    low, high = conn.execute(
        "SELECT (SELECT min(id) FROM tenders), (SELECT max(id) FROM tenders)"
    ).fetchone()
    every = max(1, (high - low + 1) // REGISTER_SAMPLE) if low is not None else 1
    register = json.dumps(list(range(low, high + 1, every))) if low is not None else "[]"
    places = _places(conn, level, join, register, 1)
    _sample = (conn, state, (places, every))
    return places, every


def _places(conn: sqlite3.Connection, level: Level, join: str, ids: str, step: int) -> list:
    """The places (``_place``) in the order of ``level`` of every ``step``-th tender of the
    JSON list ``ids`` that is still there, sorted."""
    found = conn.execute(
        f"SELECT {level.bare}, t.id FROM json_each(?) j CROSS JOIN tenders t ON t.id = j.value "
        f"{join} WHERE j.key % ? = 0",
        [ids, step],
    )
    folded = level.sql.endswith(_NOCASE)
    return sorted(_place(value, tender, folded) for value, tender in found)


def within(conn: sqlite3.Connection, steps: float, read: Callable[[], _T]) -> _T | None:
    """``read()``, or None when it takes more than ``steps`` of SQLite's steps on ``conn``:
    a walk that goes on too far gives way to another plan."""
    budget = _Budget(int(steps))
    conn.set_progress_handler(budget, _STEP_CHECK)
    try:
        return read()
    except sqlite3.OperationalError:
        if not budget.spent:
            raise
    finally:
        conn.set_progress_handler(None, 0)
    return None


class _Budget:
    """A progress handler that interrupts the query after ``steps`` of SQLite's steps."""

    def __init__(self, steps: int) -> None:
        self.checks = steps // _STEP_CHECK
        self.spent = False

    def __call__(self) -> int:
        self.checks -= 1
        self.spent = self.checks < 0
        return int(self.spent)
