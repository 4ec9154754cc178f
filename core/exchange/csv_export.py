"""Export of a register view to CSV, written atomically, with progress and cancellation."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from core.store import search
from core.store.files import replacing
from core.store.workspace import open_workspace

BATCH = 2000
HEADER = search.COLUMNS


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

    with open_workspace(workspace_path, now=datetime.min, read_only=True, check=False) as ws:
        total = search.count(ws, query)
        written, after = 0, None
        with replacing(target, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(HEADER)
            while True:
                if cancelled and cancelled():
                    raise Cancelled
                rows = search.search(ws, replace(query, after=after, limit=BATCH))
                for r in rows:
                    writer.writerow(
                        (
                            r.reference,
                            r.title,
                            r.buyer,
                            r.status,
                            r.procedure or "",
                            r.contract_type,
                            f"{r.estimated_value:.2f}".replace(".", ","),
                            r.launch_date.isoformat(),
                            r.offers_deadline.isoformat() if r.offers_deadline else "",
                        )
                    )
                written += len(rows)
                after = rows[-1].key if rows else None
                if progress:
                    progress(written, total)
                if len(rows) < BATCH:
                    break
    return written
