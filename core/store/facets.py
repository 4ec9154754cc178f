"""Values the register view offers in its filters (the years that have tenders)."""

from __future__ import annotations

from core.store.workspace import Workspace


def launch_years(ws: Workspace) -> list[int]:
    """Years in which tenders were launched, newest first (uses the launch-date index)."""
    years = []
    row = ws.conn.execute("SELECT max(launch_date) FROM tenders").fetchone()
    while row and row[0]:
        year = int(row[0][:4])
        years.append(year)
        row = ws.conn.execute(
            "SELECT max(launch_date) FROM tenders WHERE launch_date < ?", [f"{year:04d}-01-01"]
        ).fetchone()
    return years
