"""The look of every document: embedded font, styles, tables that break across pages, footer.

Everything a document shows comes in as plain text; ``para`` escapes it, so a title with
``<``, ``&`` or quotes prints as typed and never as markup. Tables hold paragraphs, so text
wraps inside its cell (long words are split) instead of running over the border.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from core.paths import resources_dir

NARROW_NBSP = "\u202f"

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#c4ccd6")
SHADE = colors.HexColor("#eef2f6")
AMBER = colors.HexColor("#fff4d6")
RED = colors.HexColor("#fde3e1")


@cache
def fonts() -> tuple[str, str]:
    """Register the embedded font (every accent Belgian names need, and €) once."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return FONT, BOLD


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of all documents."""
    fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, splitLongWords=True
    )
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=17, leading=21),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=10.5, leading=14, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2", body, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=11),
        "head": ParagraphStyle("head", body, fontName=BOLD, fontSize=8.5, leading=11),
        "num": ParagraphStyle("num", body, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "numbold": ParagraphStyle(
            "numbold", body, fontName=BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED),
        "letter": ParagraphStyle("letter", body, fontSize=10, leading=14.5, spaceAfter=6),
    }


def para(value: object, style: str = "body", bold: bool = False) -> Paragraph:
    """User or legal text as a paragraph, escaped; line breaks kept."""
    shown = escape("" if value is None else str(value)).replace("\n", "<br/>")
    # reportlab breaks lines at a narrow no-break space (French thousands): keep it whole.
    shown = shown.replace(NARROW_NBSP, "\u00a0")
    if bold:
        shown = f"<b>{shown}</b>"
    return Paragraph(shown or "&nbsp;", styles()[style])


def heading(value: str) -> Flowable:
    """A section heading that is never left alone at the foot of a page."""
    return KeepTogether([CondPageBreak(45 * mm), para(value, "h2")])


def gap(height: float = 4) -> Spacer:
    """Vertical space in millimetres."""
    return Spacer(1, height * mm)


def fields(rows: Iterable[tuple[str, object]], label_width: float = 55 * mm) -> Table:
    """Label / value lines (the data of a tender, a contract, an account).

    A value is text, or a flowable already styled (an amount in bold).
    """
    data = [
        [para(label, "head"), value if isinstance(value, Flowable) else para(value, "cell")]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, WIDTH - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class Column:
    """A column of a ``grid``: its heading, its share of the width, numbers to the right."""

    title: str
    share: float
    numeric: bool = False


def grid(
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    total: Sequence[object] | None = None,
    shades: Sequence[colors.Color | None] = (),
) -> Table:
    """A table with a heading row repeated on every page it runs over."""
    styles()
    widths = [WIDTH * c.share / sum(c.share for c in columns) for c in columns]

    def cells(values: Sequence[object], bold: bool = False) -> list[Paragraph]:
        out = []
        for column, value in zip(columns, values, strict=True):
            style = ("numbold" if bold else "num") if column.numeric else "cell"
            out.append(para(value, style, bold=bold and not column.numeric))
        return out

    data = [[para(c.title, "head") for c in columns]]
    data += [cells(r) for r in rows]
    if total is not None:
        data.append(cells(total, bold=True))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, MUTED))
    for index, shade in enumerate(shades, start=1):
        if shade is not None:
            commands.append(("BACKGROUND", (0, index), (-1, index), shade))
    table.setStyle(TableStyle(commands))
    return table


def confidence_shade(confidence: str) -> colors.Color | None:
    """Amber for rules of medium confidence, red for low, none where two sources agree or for
    the app's own convention (not a rule of law, said in words)."""
    return {"verified": None, "convention": None, "unverified": RED}.get(confidence, AMBER)


@dataclass(frozen=True)
class Page:
    """What every page carries: the document, the tender, the date of issue, the language."""

    title: str
    reference: str
    issued: str
    page_label: str  # "Page {page} of {pages}" in the document's language
    lang: str
    subject: str = ""
    author: str = ""
    note: str = ""  # a second footer line (a rule pack that is not the bundled one)


def _canvas_maker(page: Page):
    """A canvas that writes 'page x of y' once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 14 * mm, A4[0] - MARGIN, 14 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            left = " · ".join(p for p in (page.title, page.reference, page.issued) if p)
            self.drawString(MARGIN, 10 * mm, _fit(left, A4[0] - 2 * MARGIN - 35 * mm, 7.5))
            if page.note:
                self.drawString(MARGIN, 6.5 * mm, _fit(page.note, A4[0] - 2 * MARGIN, 7.5))
            number = page.page_label.format(page=self._pageNumber, pages=total)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, number)
            self.restoreState()

    return NumberedCanvas


FOOTER_CHARS = 400


def _fit(value: str, width: float, size: float) -> str:
    """Shorten a footer line with an ellipsis so it never runs into the page number.

    The longest prefix that fits is found by halving (a few measurements, whatever the length);
    no line across an A4 page holds more than ``FOOTER_CHARS`` characters, so only those are
    measured.
    """
    if len(value) <= FOOTER_CHARS and pdfmetrics.stringWidth(value, FONT, size) <= width:
        return value
    value = value[:FOOTER_CHARS]
    low, high = 0, len(value)  # value[:low] + "…" fits; value[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if pdfmetrics.stringWidth(value[:middle] + "…", FONT, size) <= width:
            low = middle
        else:
            high = middle
    return value[:low] + "…"


def build(story: list[Flowable], page: Page) -> bytes:
    """The PDF bytes of a document: A4, embedded font, page numbers, metadata."""
    fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=f"{page.title} {page.reference}".strip(),
        subject=page.subject,
        author=page.author,
        creator="Tender desk",
        lang=page.lang,
    )
    doc.build(story, canvasmaker=_canvas_maker(page))
    return out.getvalue()


def issued_on(day: date) -> str:
    """The date of issue as Belgians write it."""
    from core.dates import format_date

    return format_date(day)
