"""What the register's operations share: reading, updating and inserting one row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.errors import ValidationError
from core.store.workspace import Workspace

if TYPE_CHECKING:
    import sqlite_utils


class Rows:
    """Row access on an open workspace, for the register's operations."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    @property
    def db(self) -> sqlite_utils.Database:
        """The workspace's sqlite-utils database (loaded when first used)."""
        return self.ws.db

    def _row(self, table: str, row_id: int) -> Mapping:
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        row = cursor.fetchone()
        if row is None:
            raise ValidationError(
                "id", "not_found", f"no {table[:-1]} with id {row_id}", {"id": row_id}
            )
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _rows(self, table: str, tender_id: int) -> list[dict]:
        cursor = self.db.execute(
            f"SELECT * FROM {table} WHERE tender_id = ? ORDER BY id", [tender_id]
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def _next_id(self, table: str) -> int:
        """An id no row of ``table`` ever had (the audit log remembers deleted ones), so that
        undoing a delete finds its ids free, a tender brought back never points at a newer
        organisation and a decision never names a newer tenderer."""
        return self.db.execute(
            f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), coalesce((SELECT "
            f"max(row_id) FROM audit WHERE table_name = ?), 0)) + 1",
            [table],
        ).fetchone()[0]

    def _update(self, table: str, row_id: int, row: Mapping) -> None:
        sets = ", ".join(f"{k} = ?" for k in row)
        self.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), row_id])


def insert(table: str, row: Mapping) -> tuple[str, list]:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values())
