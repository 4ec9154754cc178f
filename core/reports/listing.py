"""The tenders behind a figure: what a user needs to recognise them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TenderLine:
    """One tender a figure counts."""

    id: int
    reference: str
    title: str
    launch_date: date
    winners: tuple[str, ...]


def tender_lines(conn: sqlite3.Connection, ids: list[int]) -> list[TenderLine]:
    """The tenders ``ids`` in that order, each with the names of its winners."""
    found: dict[int, TenderLine] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT t.id, t.reference, t.title, t.launch_date, "
            "(SELECT json_group_array(o.name) FROM tenderers r "
            "JOIN organisations o ON o.id = r.organisation_id "
            "WHERE r.tender_id = t.id AND r.status = 'winner') "
            f"FROM tenders t WHERE t.id IN ({marks})",
            chunk,
        )
        for tender_id, reference, title, launch, winners in rows:
            found[tender_id] = TenderLine(
                tender_id,
                reference,
                title,
                date.fromisoformat(launch),
                tuple(json.loads(winners or "[]")),
            )
    return [found[i] for i in ids if i in found]
