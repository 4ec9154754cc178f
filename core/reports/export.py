"""Write the year report of a workspace to a PDF, CSV or XLSX file (by its suffix)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from core.errors import ValidationError
from core.names import REPORT_SUFFIXES
from core.reports.figures import YearReport, year_report
from core.rules.pack import RulePack
from core.store.files import replacing
from core.store.workspace import open_workspace


def check_target(target: Path) -> str:
    """The kind of file ``target`` names (``pdf``, ``csv``, ``xlsx``); refused otherwise."""
    suffix = target.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValidationError(
            "out",
            "bad_suffix",
            f"{target.name!r} does not end in .pdf, .csv or .xlsx",
            {"typed": target.name},
        )
    return suffix[1:]


def read_report(workspace: Path, pack: RulePack, year: int) -> tuple[YearReport, dict, list]:
    """The report of ``year`` with the references of its tenders and the tenders whose winner
    has no size class; opens its own read-only connection (safe off the GUI thread)."""
    from core.reports.listing import tender_lines

    with open_workspace(workspace, now=datetime.min, read_only=True, check=False) as ws:
        conn = ws.db.conn
        report = year_report(conn, pack, year)
        ids = sorted({i for f in report.figures for i in f.tender_ids})
        lines = tender_lines(conn, ids)
        no_size = tender_lines(conn, report.find("no_size").tender_ids)
    return report, {line.id: line.reference for line in lines}, no_size


def write(
    report: YearReport,
    references: dict[int, str],
    no_size: list,
    lang: str,
    target: Path,
    issued: date,
    step: Callable[[str], None] | None = None,
) -> None:
    """Write the report to ``target`` in ``lang``; the file appears only when complete."""
    kind = check_target(target)
    if step:
        step(kind)
    if kind == "pdf":
        from core.reports.pdf import render

        data = render(report, no_size, lang, issued)
        with replacing(target, "wb") as handle:
            handle.write(data)
    elif kind == "csv":
        from core.reports.files import write_csv

        write_csv(report, references, lang, target)
    else:
        from core.reports.files import write_xlsx

        write_xlsx(report, references, lang, target)
