"""How far along an order a broad text's first page lies, estimated before it is read.

The walk of a sort's index finds a text's first page once it has passed a page of matches.
When the matches lie together far along the order it steps over every tender before them:
buyers named "Sted..." sorted by buyer pass 340,000 of 400,000 tenders (175 ms), titles that
begin "Onderhoud groen" sorted by title 83,000. Sorting the matches instead costs in
proportion to their number, wherever they lie. On 400,000 tenders (bench/README.md): a walk
about 0.4 us a tender passed, a sort about 1.5 us a match (the index of ids and the sorted
column, schema 10), so a walk that passes more than ``WALK_ROWS_PER_MATCH`` tenders a match
costs more than the sort.

The estimate takes two samples, each a few hundred look-ups (1-2 ms):

- an even sample of the text's matches, by their place in the list of ids: the key in the
  order of the sample's match that ends a page (the sample's share of a page, rounded up);
- an even sample of the register's ids: the share of tenders whose key comes before that one.

The walk passes that share of the register. Both samples are taken at evenly spaced ids,
so the same text on the same register gets the same plan each time.

Only the orders on text the full-text index reads (title, buyer, reference) are estimated:
there a text's matches may lie together anywhere along the order.
"""

from __future__ import annotations

import bisect
import json
import math
import sqlite3
import string
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")

#: a walk that passes more tenders than this per match costs more than sorting the matches
#: (0.4 against 1.5 us, less what the estimate costs, on 400,000 tenders)
WALK_ROWS_PER_MATCH = 3
#: the matches whose keys are read, at most
MATCH_SAMPLE = 128
#: the tenders of the register whose keys are read, at most
REGISTER_SAMPLE = 512

#: how often (in SQLite's steps) a budget of steps (``within``) is looked at
_STEP_CHECK = 1000

#: order -> the sorted key of a tender (``t``), and the join that gives it; tenders without
#: a buyer sort as an empty name, first ascending and last descending (``search.ORDERS``)
_KEYS = {
    "title": ("t.title", ""),
    "reference": ("t.reference", ""),
    "buyer": ("coalesce(o.name, '')", "LEFT JOIN organisations o ON o.id = t.buyer_id"),
}
#: the orders estimated
ESTIMATED = frozenset(_KEYS)


def walk_is_far(
    conn: sqlite3.Connection,
    sort: str,
    descending: bool,
    limit: int,
    ids: str,
    sampled: int,
    matches: int,
) -> bool:
    """Whether a walk of ``sort``'s index would pass more than ``WALK_ROWS_PER_MATCH``
    tenders for each of ``matches`` before its first page of ``limit`` rows.

    ``ids``: a JSON list of ``sampled`` of the text's matches, spread over them as they lie
    along the order (all of them, or the first ones in id order: ids say nothing of a title
    or a buyer's name).
    """
    return rows_before_page(conn, sort, descending, limit, ids, sampled, matches) > (
        WALK_ROWS_PER_MATCH * matches
    )


def rows_before_page(
    conn: sqlite3.Connection,
    sort: str,
    descending: bool,
    limit: int,
    ids: str,
    sampled: int,
    matches: int,
) -> float:
    """The number of tenders that come before the end of the first page of ``limit`` of a
    text's ``matches`` in ``sort``'s order, estimated from ``sampled`` of the matches (their
    ids as a JSON list, ``ids``) and from the register."""
    key, join = _KEYS[sort]
    step = max(1, sampled // MATCH_SAMPLE)
    taken = math.ceil(sampled / step)
    # the sample's match that ends the page: its share of a page, at least one
    nth = min(taken, math.ceil(taken * limit / max(matches, 1)))
    way = " DESC" if descending else ""
    end = conn.execute(
        f"SELECT k FROM (SELECT {key} AS k FROM json_each(?) j "
        f"CROSS JOIN tenders t ON t.id = j.value {join} WHERE j.key % ? = 0) "
        f"ORDER BY k COLLATE NOCASE{way} LIMIT 1 OFFSET ?",
        [ids, step, nth - 1],
    ).fetchone()
    if end is None:  # the sampled matches are gone: nothing tells, walk
        return 0.0
    keys, every = _register_keys(conn, sort)
    if descending:
        return (len(keys) - bisect.bisect_right(keys, nocase(end[0]))) * every
    return bisect.bisect_left(keys, nocase(end[0])) * every


def nocase(text: str) -> bytes:
    """What SQLite's NOCASE collation compares of a text: its UTF-8 bytes with the ASCII
    capitals made small (and no other letter)."""
    return text.translate(_ASCII_SMALL).encode("utf-8", "surrogatepass")


_ASCII_SMALL = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
#: the register's sample of the last connection and order: the connection (held: its id
#: could otherwise be a later one's), its state and the order; the keys sorted as NOCASE
#: sorts them, and the ids each stands for
_sample: tuple[sqlite3.Connection, tuple, tuple[list[bytes], int]] | None = None


def _register_keys(conn: sqlite3.Connection, sort: str) -> tuple[list[bytes], int]:
    """The keys of an even sample of the register's ids in ``sort``'s order, and how many ids
    each one stands for; read again once anything was written."""
    global _sample
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    state = (conn.total_changes, version, sort)
    if _sample is not None and _sample[0] is conn and _sample[1] == state:
        return _sample[2]
    key, join = _KEYS[sort]
    # each on its own: SQLite reads min() or max() alone from the end of the table, both
    # together by reading every row
    low, high = conn.execute(
        "SELECT (SELECT min(id) FROM tenders), (SELECT max(id) FROM tenders)"
    ).fetchone()
    every = max(1, (high - low + 1) // REGISTER_SAMPLE) if low is not None else 1
    register = json.dumps(list(range(low, high + 1, every))) if low is not None else "[]"
    found = conn.execute(
        f"SELECT {key} FROM json_each(?) j CROSS JOIN tenders t ON t.id = j.value {join}",
        [register],
    )
    keys = sorted(nocase(row[0]) for row in found)
    _sample = (conn, state, (keys, every))
    return keys, every


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
