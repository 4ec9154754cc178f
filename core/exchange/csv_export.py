"""Export of a register view to CSV or XLSX, written atomically, with progress and cancellation.

The columns are those of the register view (codes, not words, so that the import reads them
back in any language), then the tender's kind of buyer, which the view does not show but a
tender needs. CSV: ``;``-separated UTF-8 with a byte-order mark (what Excel opens here),
amounts with a decimal comma. XLSX: openpyxl's write-only mode (streamed), amounts as numbers
with two decimals, dates as dates.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from core.record import replace
from core.store import search
from core.store.files import replacing
from core.store.workspace import open_workspace

BATCH = 2000
HEADER = (*search.COLUMNS, "authority")


class Cancelled(Exception):  # noqa: N818 - it is not an error: the user asked to stop
    """The user stopped the export; nothing was written."""


def export_view(
    workspace_path: Path,
    query: search.Query,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write every row of the view to ``target``; returns how many rows were written.

    Opens its own read-only connection (safe off the GUI thread). The file appears only
    when complete: it is written to a new ``.part`` file beside the target (never through a
    planted link) and renamed, so a crash or a full disk never leaves half a file under the
    chosen name.
    """
    from datetime import datetime

    xlsx = target.suffix.lower() == ".xlsx"
    with open_workspace(workspace_path, now=datetime.min, read_only=True, check=False) as ws:
        total = search.count(ws, query)
        written, after = 0, None
        options = {} if xlsx else {"newline": "", "encoding": "utf-8-sig"}
        with replacing(target, "wb" if xlsx else "w", **options) as handle:
            sheet = _Workbook() if xlsx else csv.writer(handle, delimiter=";")
            sheet.writerow(HEADER)
            while True:
                if cancelled and cancelled():
                    raise Cancelled
                rows = search.search(ws, replace(query, after=after, limit=BATCH))
                kinds = _authorities(ws, [r.id for r in rows])
                for r in rows:
                    sheet.writerow(_cells(r, kinds[r.id], xlsx))
                written += len(rows)
                after = rows[-1].key if rows else None
                if progress:
                    progress(written, total)
                if len(rows) < BATCH:
                    break
            if xlsx:
                sheet.save(handle)
    return written


def _cells(r: search.Row, authority: str, xlsx: bool) -> tuple:
    if xlsx:
        return (
            r.reference,
            r.title,
            r.buyer,
            r.status,
            r.procedure or None,
            r.contract_type,
            r.estimated_value,
            r.launch_date,
            r.offers_deadline,
            authority,
        )
    return (
        r.reference,
        r.title,
        r.buyer,
        r.status,
        r.procedure or "",
        r.contract_type,
        f"{r.estimated_value:.2f}".replace(".", ","),
        r.launch_date.isoformat(),
        r.offers_deadline.isoformat() if r.offers_deadline else "",
        authority,
    )


def _authorities(ws, ids: Sequence[int]) -> dict[int, str]:  # noqa: ANN001 - a Workspace
    marks = ", ".join("?" for _ in ids)
    found = ws.conn.execute(f"SELECT id, authority FROM tenders WHERE id IN ({marks})", list(ids))
    return dict(found.fetchall())


class _Workbook:
    """One sheet written row by row (openpyxl's write-only mode), then saved to a file."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet("Register")

    def writerow(self, cells: Sequence[object]) -> None:
        from openpyxl.cell import WriteOnlyCell

        row = []
        for value in cells:
            cell = WriteOnlyCell(self.sheet, value=value)
            if hasattr(value, "isoformat"):
                cell.number_format = "DD/MM/YYYY"
            elif value is not None and not isinstance(value, str):
                cell.number_format = "#,##0.00"
            row.append(cell)
        self.sheet.append(row)

    def save(self, handle) -> None:  # noqa: ANN001 - a binary file
        self.book.save(handle)
