"""Write the year report of a workspace to a PDF, CSV or XLSX file (by its suffix)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.errors import ValidationError
from core.names import REPORT_SUFFIXES
from core.reports.figures import YearReport, year_report
from core.reports.listing import TenderLine, tender_lines
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


@dataclass(frozen=True)
class ReadReport:
    """A year's figures with the tenders they count (by id) and those whose winner has no
    size class."""

    report: YearReport
    lines: dict[int, TenderLine]
    no_size: list[TenderLine]

    @property
    def references(self) -> dict[int, str]:
        return {i: line.reference for i, line in self.lines.items()}


def read_report(workspace: Path, pack: RulePack, year: int) -> ReadReport:
    """The report of ``year`` with the tenders it counts; opens its own read-only
    connection (safe off the GUI thread)."""
    with open_workspace(workspace, now=datetime.min, read_only=True, check=False) as ws:
        conn = ws.db.conn
        report = year_report(conn, pack, year)
        ids = sorted({i for f in report.figures for i in f.tender_ids})
        lines = {line.id: line for line in tender_lines(conn, ids)}
    no_size = [lines[i] for i in report.find("no_size").tender_ids if i in lines]
    return ReadReport(report, lines, no_size)


def write(
    read: ReadReport,
    lang: str,
    target: Path,
    issued: date,
    step: Callable[[str], None] | None = None,
) -> None:
    """Write the report to ``target`` in ``lang``; the file appears only when complete."""
    kind = check_target(target)
    report = read.report
    if step:
        step(kind)
    if kind == "pdf":
        from core.reports.pdf import render

        data = render(report, read.no_size, lang, issued)
        with replacing(target, "wb") as handle:
            handle.write(data)
    elif kind == "csv":
        from core.reports.files import write_csv

        write_csv(report, read.references, lang, target)
    else:
        from core.reports.files import write_xlsx

        write_xlsx(report, read.references, lang, target)
