"""The year report as a PDF in the documents' house style, with its charts."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from core.dates import long_date
from core.documents.common import t
from core.documents.layout import SHADE, Column, Page, build, fields, gap, grid, heading, para
from core.reports.charts import share_bars, value_bars
from core.reports.figures import SIZES, SME, UNKNOWN, YearReport, share
from core.reports.listing import TenderLine
from core.reports.words import group_label, section_label, size_label, w
from core.rules.schema import CONTRACT_TYPES
from core.texts import money, number, percent, text
from core.texts.citations import cite

ALL_SIZES = (*SIZES, UNKNOWN)
UNCERTAIN = ("date", "value", "form", "paid", "size")


def render(
    report: YearReport, no_size: list[TenderLine], lang: str, issued: date, buyer: str = ""
) -> bytes:
    """The PDF bytes of the report; ``no_size`` lists the tenders whose winner has no size."""
    page = Page(
        title=w(lang, "file_title", year=report.year),
        reference="",
        issued=t(lang, "issued", date=long_date(issued, lang)),
        page_label=t(lang, "page"),
        lang={"nl": "nl-BE", "fr": "fr-BE", "en": "en"}[lang],
        subject=w(lang, "subtitle"),
        author=buyer,
    )
    return build(story(report, no_size, lang, issued), page)


def story(report: YearReport, no_size: list[TenderLine], lang: str, issued: date) -> list[Flowable]:
    """The flowables of the report."""
    year = report.year
    out: list[Flowable] = [
        para(w(lang, "title", year=year), "title"),
        gap(1.5),
        para(w(lang, "subtitle"), "subtitle"),
        gap(3),
        fields(
            [
                (
                    w(lang, "counted_by"),
                    w(
                        lang,
                        "basis",
                        year=year,
                        next=year + 1,
                        first=long_date(date(year, 1, 1), lang),
                        last=long_date(date(year, 12, 31), lang),
                    ),
                ),
                (w(lang, "awarded_tenders"), number(report.tenders, lang)),
                (w(lang, "pack"), report.pack_label),
                (w(lang, "issued"), long_date(issued, lang)),
            ]
        ),
    ]
    out += _thresholds(report, lang)
    out += _below(report, lang)
    out += _sme(report, lang)
    out += _no_size(no_size, lang)
    out += _decisions(report, lang)
    out += [heading(w(lang, "h_uncertain"))]
    out += [para("• " + w(lang, f"uncertain_{key}")) for key in UNCERTAIN]
    return out


def _thresholds(report: YearReport, lang: str) -> list[Flowable]:
    return [
        heading(w(lang, "h_thresholds", year=report.year)),
        grid(
            [
                Column(w(lang, "col_threshold"), 2.8),
                Column(w(lang, "col_amount"), 1.8, numeric=True),
                Column(w(lang, "col_from"), 1.6),
                Column(w(lang, "col_source"), 3.8),
            ],
            [
                (
                    w(lang, f"threshold_{th.key}"),
                    money(th.value, lang),
                    long_date(th.valid_from, lang),
                    f"{cite(th.source, lang)} ({t(lang, f'conf_{th.confidence}')})",
                )
                for th in report.thresholds
            ],
        ),
    ]


def _count_value(report: YearReport, section: str, lang: str) -> list[Flowable]:
    figures = report.section(section)
    if section == "below_eu":
        figures = [report.find(section, c) for c in CONTRACT_TYPES]
    rows = [(group_label(lang, f), number(f.count, lang), money(f.value, lang)) for f in figures]
    total = (
        w(lang, "total"),
        number(sum(f.count for f in figures), lang),
        money(sum((f.value for f in figures), Decimal("0.00")), lang),
    )
    return [
        grid(
            [
                Column(w(lang, "col_type"), 4),
                Column(w(lang, "col_count"), 1.2, numeric=True),
                Column(w(lang, "col_value"), 2.4, numeric=True),
            ],
            rows,
            total=total,
        )
    ]


def _below(report: YearReport, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        heading(w(lang, "h_below_eu")),
        para(w(lang, "below_eu_intro")),
        gap(2),
        KeepTogether(
            [
                *_count_value(report, "below_eu", lang),
                gap(3),
                value_bars(
                    w(lang, "chart_below_eu"),
                    [text(lang, "contract_type", c) for c in CONTRACT_TYPES],
                    [report.find("below_eu", c).value for c in CONTRACT_TYPES],
                    lambda v: re.sub(r"[.,]00(?!\d)", "", money(Decimal(int(v)), lang)),
                ),
            ]
        ),
    ]
    for section in ("at_or_above_eu", "not_covered"):
        if report.section(section):
            out += [heading(w(lang, f"h_{section}")), *_count_value(report, section, lang)]
    return out


def _size_grid(report: YearReport, section: str, groups: list[str], lang: str) -> Flowable:
    """Per group, one line per size class that won something, then the SMEs together with
    their share of the group's value."""
    rows, bold = [], []
    for group in groups:
        figures = [report.find(section, group, size) for size in ALL_SIZES]
        whole = sum((f.value for f in figures), Decimal("0.00"))
        name = group_label(lang, figures[0])
        for size, f in zip(ALL_SIZES, figures, strict=True):
            if f.count:
                found = share(f.value, whole)
                rows.append(
                    (
                        name,
                        size_label(lang, size),
                        number(f.count, lang),
                        money(f.value, lang),
                        percent(found, lang) if found is not None else "—",
                    )
                )
                bold.append(False)
                name = ""
        sme = [f for f in figures if f.size in SME]
        sme_value = sum((f.value for f in sme), Decimal("0.00"))
        found = share(sme_value, whole)
        rows.append(
            (
                name,
                w(lang, "sme_together"),
                number(sum(f.count for f in sme), lang),
                money(sme_value, lang),
                percent(found, lang) if found is not None else "—",
            )
        )
        bold.append(True)
    return grid(
        [
            Column(w(lang, "col_type" if section == "sme_type" else "col_procedure"), 3.6),
            Column(w(lang, "col_size"), 2.2),
            Column(w(lang, "col_count"), 1.0, numeric=True),
            Column(w(lang, "col_value"), 2.2, numeric=True),
            Column(w(lang, "col_share"), 1.4, numeric=True),
        ],
        rows,
        shades=[SHADE if b else None for b in bold],
    )


def _sme(report: YearReport, lang: str) -> list[Flowable]:
    types = [c for c in CONTRACT_TYPES if any(f.group == c for f in report.section("sme_type"))]
    procedures = sorted({f.group for f in report.section("sme_procedure")})
    shares = []
    for size in ALL_SIZES:
        series = []
        for c in types:
            whole = sum((report.find("sme_type", c, s).value for s in ALL_SIZES), Decimal("0.00"))
            series.append(share(report.find("sme_type", c, size).value, whole) or Decimal(0))
        shares.append(series)
    out: list[Flowable] = [heading(w(lang, "h_sme")), para(w(lang, "sme_intro")), gap(2)]
    out += [para(w(lang, "h_sme_type"), bold=True), gap(1)]
    out += [_size_grid(report, "sme_type", types, lang), gap(3)]
    if types:
        out.append(
            share_bars(
                w(lang, "chart_sme"),
                [text(lang, "contract_type", c) for c in types],
                shares,
                [size_label(lang, s) for s in ALL_SIZES],
                lambda v: percent(int(v), lang),
            )
        )
    out += [gap(3), para(w(lang, "h_sme_procedure"), bold=True), gap(1)]
    out.append(_size_grid(report, "sme_procedure", procedures, lang))
    return out


def _no_size(lines: list[TenderLine], lang: str) -> list[Flowable]:
    out: list[Flowable] = [heading(w(lang, "h_no_size"))]
    if not lines:
        return [*out, para(w(lang, "no_size_none"))]
    return [
        *out,
        para(w(lang, "no_size_intro")),
        gap(2),
        grid(
            [
                Column(w(lang, "col_reference"), 2),
                Column(w(lang, "col_title"), 4),
                Column(w(lang, "col_winner"), 3),
                Column(w(lang, "col_launch"), 1.6),
            ],
            [
                (
                    line.reference,
                    line.title,
                    ", ".join(line.winners),
                    long_date(line.launch_date, lang),
                )
                for line in lines
            ],
        ),
    ]


def _decisions(report: YearReport, lang: str) -> list[Flowable]:
    rows = []
    for section in ("advance_due", "advance_not_due", "bid_compensation", "ranking_told"):
        f = report.find(section)
        count = number(f.count, lang)
        if section == "ranking_told":
            count = f"{number(len(f.tender_ids), lang)} ({count})"
        rows.append(
            (
                section_label(lang, section),
                count,
                money(f.value, lang) if f.value is not None else w(lang, "no_value"),
            )
        )
    missing = report.find("no_offer")
    if missing.count:
        rows.append(
            (section_label(lang, "no_offer"), number(missing.count, lang), w(lang, "no_value"))
        )
    return [
        heading(w(lang, "h_decisions")),
        para(w(lang, "decisions_intro")),
        gap(2),
        grid(
            [
                Column(w(lang, "col_section"), 5),
                Column(w(lang, "col_count"), 1.4, numeric=True),
                Column(w(lang, "col_sum"), 2.2, numeric=True),
            ],
            rows,
        ),
    ]
