"""The year report's figures as CSV (Belgian: ``;`` and a decimal comma) and as XLSX."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from core.reports.figures import YearReport
from core.reports.words import group_label, section_label, size_label, w
from core.store.files import replacing
from core.texts import colon
from core.texts.citations import cite

#: the figures' columns, as keys of the ``[year_report]`` table
COLUMNS = ("col_section", "col_group", "col_size", "col_count", "col_sum", "col_tenders")
MONEY_FORMAT = '#,##0.00 "€"'


def figure_rows(
    report: YearReport, references: Mapping[int, str], lang: str
) -> list[tuple[str, str, str, int, Decimal | None, str]]:
    """Every figure as one line: what it counts, type or procedure, size, number, value and
    the references of the tenders it counts."""
    return [
        (
            section_label(lang, f.section),
            group_label(lang, f),
            size_label(lang, f.size),
            f.count,
            f.value,
            " ".join(references.get(i, str(i)) for i in f.tender_ids),
        )
        for f in report.figures
    ]


def threshold_rows(report: YearReport, lang: str) -> list[tuple[str, Decimal, date, str]]:
    return [
        (w(lang, f"threshold_{t.key}"), t.value, t.valid_from, str(cite(t.source, lang)))
        for t in report.thresholds
    ]


def write_csv(report: YearReport, references: Mapping[int, str], lang: str, target: Path) -> None:
    """The figures, then the thresholds, as a CSV a Belgian spreadsheet opens as it is."""
    with replacing(target, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([w(lang, c) for c in COLUMNS])
        for section, group, size, count, value, refs in figure_rows(report, references, lang):
            writer.writerow([section, group, size, count, _decimal_comma(value), refs])
        writer.writerow([])
        writer.writerow(
            [w(lang, c) for c in ("col_threshold", "col_amount", "col_from", "col_source")]
        )
        for label, value, start, source in threshold_rows(report, lang):
            writer.writerow([label, _decimal_comma(value), start.isoformat(), source])


def write_xlsx(report: YearReport, references: Mapping[int, str], lang: str, target: Path) -> None:
    """A workbook: the figures, the thresholds, and what the figures count by."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet(w(lang, "file_title", year=report.year))
    sheet.append([w(lang, c) for c in COLUMNS])
    for row in figure_rows(report, references, lang):
        sheet.append(list(row))
        if row[4] is not None:
            sheet.cell(sheet.max_row, 5).number_format = MONEY_FORMAT
    for column, width in zip("ABCDEF", (44, 34, 18, 10, 20, 60), strict=True):
        sheet.column_dimensions[column].width = width
    thresholds = book.create_sheet(_sheet(w(lang, "h_thresholds", year=report.year)))
    thresholds.append(
        [w(lang, c) for c in ("col_threshold", "col_amount", "col_from", "col_source")]
    )
    for label, value, start, source in threshold_rows(report, lang):
        thresholds.append([label, value, start, source])
        thresholds.cell(thresholds.max_row, 2).number_format = MONEY_FORMAT
        thresholds.cell(thresholds.max_row, 3).number_format = "DD/MM/YYYY"
    for column, width in zip("ABCD", (48, 16, 14, 60), strict=True):
        thresholds.column_dimensions[column].width = width
    notes = book.create_sheet(_sheet(w(lang, "h_uncertain")))
    year = report.year
    notes.append(
        [
            w(
                lang,
                "basis",
                year=year,
                next=year + 1,
                first=date(year, 1, 1).strftime("%d/%m/%Y"),
                last=date(year, 12, 31).strftime("%d/%m/%Y"),
            )
        ]
    )
    notes.append([f"{w(lang, 'pack')}{colon(lang)} {report.pack_label}"])
    for key in ("date", "value", "form", "paid", "size"):
        notes.append([w(lang, f"uncertain_{key}")])
    notes.column_dimensions["A"].width = 120
    for row in notes.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    for sheet_ in (sheet, thresholds):
        for cell in sheet_[1]:
            cell.font = Font(bold=True)
    with replacing(target, "wb") as handle:
        book.save(handle)


def _decimal_comma(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def _sheet(title: str) -> str:
    """A worksheet title Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title)
    return cleaned[:31].strip()
