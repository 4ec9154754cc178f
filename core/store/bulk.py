"""Bulk import into the register: many rows in one transaction, audit log and search kept right.

The schema's triggers log every inserted row in ``audit`` and keep the full-text index
``tender_search`` up to date, one row at a time; a tenderer even rewrites its tender's index
entry. For a large import that is most of the cost, so :func:`bulk_import` drops the insert
triggers inside its transaction, inserts the rows with ``executemany`` in batches, then writes
the audit rows and the index entries set-based with ``INSERT ... SELECT`` and puts the triggers
back before the commit. The end state is the one the triggers would give: one ``insert`` audit
row per inserted row of an audited table, and the index entry of each tender as its last
trigger would have written it. Any error rolls everything back, triggers included.

Rows are mappings of column to stored value (integer cents, ISO dates, JSON text), as
``Tender.to_row()`` and friends give them. A row may carry its ``id`` (needed when other rows
refer to it; :func:`first_free_ids` gives the first free one of each table); every new id must
be above the ids the table had when the import began.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from operator import itemgetter

from core.store.schema import AUDITED
from core.store.workspace import Workspace

#: tables in the order rows are inserted (parents before children)
TABLES = ("organisations", "tenders", "lots", "tenderers", "decisions")
#: tables whose rows carry created_at / updated_at stamps
STAMPED = ("organisations", "tenders")
BATCH = 5000
#: SQLite's page cache while an import writes, in KiB (a negative cache_size): the indexes
#: built at the end (the full-text index above all) then stay in memory until the commit
#: instead of going to the file and being read back page by page (SQLite's default is 2 MB);
#: the connection's own size is put back after, which frees the pages
IMPORT_CACHE_KIB = 64 * 1024
#: how many bytes of new entries the full-text index gathers in memory before it writes them
#: as a segment of its own (FTS5's ``hashsize``, 1 MB by default): an import's entries then go
#: into a few large segments, not hundreds of small ones merged again and again (the index of
#: 100,000 tenders built in 1.2-1.6 s instead of 1.7-2.3). Kept in the index's settings; a
#: transaction of a few rows never comes near it
FTS_HASH_BYTES = 8 * 1024 * 1024
#: the triggers that do per-row work on insert (recreated from their own SQL at the end)
_INSERT_TRIGGERS = (
    "tenders_search_insert",
    "tenderers_search_insert",
    *(f"{table}_audit_insert" for table in AUDITED),
)
#: the index entry of a tender as its last insert trigger leaves it: the buyer's name alone
#: when it has no tenderers, else the tenderers_search_insert form (buyer, space, tenderers)
_SEARCH_ROWS = """
INSERT INTO tender_search(rowid, reference, title, names)
SELECT t.id, t.reference, t.title,
    CASE WHEN EXISTS (SELECT 1 FROM tenderers x WHERE x.tender_id = t.id)
    THEN coalesce((SELECT name FROM organisations WHERE id = t.buyer_id), '') || ' '
         || coalesce((SELECT group_concat(o.name, ' ') FROM tenderers x
                      JOIN organisations o ON o.id = x.organisation_id
                      WHERE x.tender_id = t.id), '')
    ELSE (SELECT name FROM organisations WHERE id = t.buyer_id) END
FROM tenders t WHERE t.id > ? ORDER BY t.id
"""


@dataclass
class ImportCounts:
    """How many rows of each table an import inserted."""

    organisations: int = 0
    tenders: int = 0
    lots: int = 0
    tenderers: int = 0
    decisions: int = 0


@dataclass
class BulkImport:
    """An import in progress (see :func:`bulk_import`): add rows with :meth:`add`."""

    ws: Workspace
    now: datetime
    counts: ImportCounts = field(default_factory=ImportCounts)
    _start: dict[str, int] = field(default_factory=dict)
    _recreate: list[str] = field(default_factory=list)
    _max_variables: int = 999
    _columns: dict[str, set[str]] = field(default_factory=dict)

    def add(
        self,
        organisations: Iterable[Mapping] = (),
        tenders: Iterable[Mapping] = (),
        tenderers: Iterable[Mapping] = (),
        decisions: Iterable[Mapping] = (),
        lots: Iterable[Mapping] = (),
        rule_texts: Mapping[str, str] | None = None,
    ) -> None:
        """Insert rows, parents first; may be called many times within one import.

        Args:
            organisations: Organisation rows.
            tenders: Tender rows (``buyer_id`` refers to an organisation).
            tenderers: Tenderer rows (``tender_id``, ``organisation_id``).
            decisions: Decision rows as ``Register.decide`` stores them.
            lots: Lot rows.
            rule_texts: The rule texts the decisions refer to, reference -> JSON text (as
                ``core.store.decision_rows`` keeps them; one already there is kept).

        Raises:
            ValueError: A row's id is not above the ids its table had before the import.
            sqlite3.IntegrityError: A row breaks a constraint (the import is rolled back).
        """
        given = {
            "organisations": organisations,
            "tenders": tenders,
            "lots": lots,
            "tenderers": tenderers,
            "decisions": decisions,
        }
        if rule_texts:
            self.ws.conn.executemany(
                "INSERT OR IGNORE INTO rule_texts(ref, body) VALUES (?, ?)", rule_texts.items()
            )
        for table in TABLES:
            self._insert(table, given[table])

    def _insert(self, table: str, rows: Iterable[Mapping]) -> None:
        stamp = self.now.isoformat(timespec="seconds")
        it = iter(rows)
        while batch := list(islice(it, BATCH)):
            columns = list(batch[0])
            if table in STAMPED:
                for name in ("created_at", "updated_at"):
                    if name not in columns:
                        columns.append(name)
                        batch = [{**row, name: stamp} for row in batch]
            unknown = [c for c in columns if c not in self._columns[table]]
            if unknown:
                raise ValueError(f"{table}: no column {unknown[0]!r}")
            if "id" in columns:
                low = min(row["id"] for row in batch)
                if low <= self._start[table]:
                    raise ValueError(
                        f"{table}: id {low} is not above {self._start[table]}, the highest id "
                        f"before the import"
                    )
            get = itemgetter(*columns)
            try:
                values = [get(r) for r in batch] if len(columns) > 1 else [(get(r),) for r in batch]
            except KeyError as exc:
                raise ValueError(f"{table}: a row lacks {exc}, which the first row has") from None
            # many rows per statement: executemany would rebuild the CHECK (... IN (...)) lists
            # of the schema for every row, which costs more than the insert itself
            per = max(1, self._max_variables // len(columns))
            row_marks = f"({', '.join('?' for _ in columns)})"
            head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
            for at in range(0, len(values), per):
                part = values[at : at + per]
                sql = head + ", ".join(row_marks for _ in part)
                self.ws.conn.execute(sql, list(chain.from_iterable(part)))
            setattr(self.counts, table, getattr(self.counts, table) + len(batch))

    def _begin(self, expected: int) -> None:
        conn = self.ws.conn
        self._max_variables = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        for table in TABLES:
            self._columns[table] = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            self._start[table] = conn.execute(
                f"SELECT coalesce(max(id), 0) FROM {table}"
            ).fetchone()[0]
        conn.execute(
            "INSERT INTO tender_search(tender_search, rank) VALUES ('hashsize', ?)",
            [FTS_HASH_BYTES],
        )
        marks = ", ".join("?" for _ in _INSERT_TRIGGERS)
        dropped = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            _INSERT_TRIGGERS,
        ).fetchall()
        existing = conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
        if expected and expected >= existing:
            # building an index once is faster than growing it row by row
            dropped += conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('tenders', 'tenderers', 'audit') ORDER BY name"
            ).fetchall()
        for name, sql in dropped:
            kind = "INDEX" if sql.upper().startswith("CREATE INDEX") else "TRIGGER"
            conn.execute(f"DROP {kind} {name}")
            self._recreate.append(sql)

    def _finish(self) -> None:
        """Audit rows and index entries set-based, then the triggers back."""
        conn = self.ws.conn
        # the audit's own default time (the schema's default of audit.at), worked out once:
        # formatting it again for each row cost more than writing the row (0.2 of 0.55 s for
        # 309,000 tenderers)
        default = next(r[4] for r in conn.execute("PRAGMA table_info(audit)") if r[1] == "at")
        at = conn.execute(f"SELECT {default}").fetchone()[0]
        for table in TABLES:
            if getattr(self.counts, table):
                conn.execute(
                    "INSERT INTO audit(at, table_name, row_id, action) "
                    f"SELECT ?, '{table}', id, 'insert' FROM {table} WHERE id > ? ORDER BY id",
                    [at, self._start[table]],
                )
        if self.counts.tenders:
            conn.execute(_SEARCH_ROWS, [self._start["tenders"]])
        for sql in self._recreate:
            conn.execute(sql)
        if self.counts.tenderers:
            # tenders that were there before and got new tenderers: let the update trigger
            # rewrite their index entry (no audit row: no value changes)
            conn.execute(
                "UPDATE tenders SET title = title WHERE id <= ? AND id IN "
                "(SELECT tender_id FROM tenderers WHERE id > ?)",
                [self._start["tenders"], self._start["tenderers"]],
            )


@contextmanager
def bulk_import(ws: Workspace, now: datetime, expected: int = 0) -> Iterator[BulkImport]:
    """One import transaction: rows added in the block are committed together, or none.

    Args:
        ws: The open workspace (refused when read-only).
        now: Stamps ``created_at`` and ``updated_at`` of rows that do not carry them.
        expected: How many tenders are coming, when known: at least as many as the register
            holds, and the indexes of tenders, tenderers and audit are rebuilt at the end
            instead of grown row by row.

    Yields:
        The import; call :meth:`BulkImport.add` as often as needed.
    """
    cache = ws.conn.execute("PRAGMA cache_size").fetchone()[0]
    ws.conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        with ws.transaction():
            job = BulkImport(ws, now)
            job._begin(expected)
            yield job
            job._finish()
    finally:
        ws.conn.execute(f"PRAGMA cache_size = {int(cache)}")


def import_rows(
    ws: Workspace,
    tenders: Iterable[Mapping],
    organisations: Iterable[Mapping] = (),
    tenderers: Iterable[Mapping] = (),
    decisions: Iterable[Mapping] = (),
    *,
    now: datetime,
    rule_texts: Mapping[str, str] | None = None,
) -> ImportCounts:
    """Import rows of several tables in one transaction (see :func:`bulk_import`).

    Returns:
        How many rows of each table were inserted.
    """
    expected = len(tenders) if isinstance(tenders, Sized) else 0
    with bulk_import(ws, now, expected) as job:
        job.add(
            organisations=organisations,
            tenders=tenders,
            tenderers=tenderers,
            decisions=decisions,
            rule_texts=rule_texts,
        )
    return job.counts


def first_free_ids(ws: Workspace) -> dict[str, int]:
    """The first id above the highest one of each table, for rows that refer to each other."""
    return {
        table: ws.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        for table in TABLES
    }
