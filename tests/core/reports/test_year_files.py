"""The year report written as PDF, CSV and XLSX, read back: the same figures in each."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from commands import report as report_command
from core.reports.export import read_report, write
from core.rules.schema import CONTRACT_TYPES
from core.texts import money, number, text
from main import build_parser
from tests.core.reports.conftest import YEAR
from tests.pdf_text import pdf_text

ISSUED = date(2026, 11, 30)


@pytest.fixture(scope="module")
def read(demo_db):
    from core.rules import bundled_pack

    return read_report(demo_db, bundled_pack(), YEAR)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_pdf_shows_the_totals_below_the_eu_thresholds_and_the_unknown_sizes(
    read, tmp_path, lang
):
    report, no_size = read.report, read.no_size
    target = tmp_path / "report.pdf"
    write(read, lang, target, ISSUED)
    shown = pdf_text(target)

    def plain(value: str) -> str:
        return value.replace("\u202f", " ").replace("\u00a0", " ")

    assert plain(text(lang, "year_report", "title", year=YEAR)) in shown
    for ctype in CONTRACT_TYPES:
        figure = report.find("below_eu", ctype)
        line = f"{text(lang, 'contract_type', ctype)} {number(figure.count, lang)} "
        assert plain(line + money(figure.value, lang)) in shown, ctype
    total = sum((report.find("below_eu", c).value for c in CONTRACT_TYPES), Decimal(0))
    assert plain(money(total, lang)) in shown
    assert no_size and all(line.reference in shown for line in no_size)
    advance = report.find("advance_due")
    assert plain(money(advance.value, lang)) in shown
    assert plain(text(lang, "year_report", "h_uncertain")) in shown
    # the thresholds' sources are cited in words, as in every document, not the pack's short form
    cited = {"nl": "koninklijk besluit van 18 april 2017", "fr": "l'arrêté royal du 18 avril 2017"}
    assert cited.get(lang, "Royal Decree of 18 April 2017") in shown
    assert "KB 18-04-2017" not in shown


def rows_of(report, references):
    return [(f.count, f.value, sorted(references[i] for i in f.tender_ids)) for f in report.figures]


def test_the_csv_holds_every_figure_with_its_tenders(read, tmp_path):
    report, references = read.report, read.references
    target = tmp_path / "report.csv"
    write(read, "nl", target, ISSUED)
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert lines[0][0] == text("nl", "year_report", "col_section")
    figures = lines[1 : 1 + len(report.figures)]
    got = [
        (
            int(count),
            None if value == "" else Decimal(value.replace(",", ".")),
            sorted(refs.split()),
        )
        for _, _, _, count, value, refs in figures
    ]
    assert got == rows_of(report, references)
    assert lines[1 + len(report.figures)] == []


def test_the_xlsx_holds_every_figure_with_its_tenders(read, tmp_path):
    report, references = read.report, read.references
    target = tmp_path / "report.xlsx"
    write(read, "fr", target, ISSUED)
    book = load_workbook(target)
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    got = [
        (
            count,
            None if value is None else Decimal(str(value)).quantize(Decimal("0.01")),
            sorted((refs or "").split()),
        )
        for _, _, _, count, value, refs in values
    ]
    assert got == rows_of(report, references)
    thresholds = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert [Decimal(str(r[1])) for r in thresholds] == [t.value for t in report.thresholds]


def test_the_command_writes_the_file_its_suffix_names(demo_db, tmp_path):
    out = io.StringIO()
    target = tmp_path / "jaar.xlsx"
    argv = ["report", "--db", str(demo_db), "--year", str(YEAR), "--out", str(target)]
    args = build_parser().parse_args([*argv, "--lang", "fr"])
    assert report_command.run(args, out) == 0
    assert load_workbook(target).worksheets[0].max_row > 10
    assert "2024" in out.getvalue()


def test_the_command_refuses_a_file_it_cannot_write(demo_db, tmp_path, capsys):
    target = tmp_path / "jaar.docx"
    argv = ["report", "--db", str(demo_db), "--year", str(YEAR), "--out", str(target)]
    assert report_command.run(build_parser().parse_args(argv), io.StringIO()) == 2
    assert ".pdf, .csv or .xlsx" in capsys.readouterr().err
    assert not target.exists()
