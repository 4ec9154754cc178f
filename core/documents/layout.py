"""The look of every document: embedded font, styles, tables that break across pages, footer.

Everything a document shows comes in as plain text; ``para`` escapes it, so a title with
``<``, ``&`` or quotes prints as typed and never as markup. Tables hold paragraphs, so text
wraps inside its cell (long words are split) instead of running over the border; a column
heading is never split inside a word (its column is made wide enough).

A heading stays with what follows it and a table never leaves one row alone at the foot of a
page. The file references only the embedded font and carries XMP metadata that repeats its
document information (title, author, subject, dates, producer).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase._fontdata import standardFonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from core.documents.subsets import keep_subsets
from core.documents.wrapping import WrappedOnce
from core.documents.xmp import metadata_stream
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
#: printed before a row of uncertain rules, so that it shows without colour too
MARK = "⚠"
#: the padding of a table cell, left and right, in points
CELL_PAD = 3


@cache
def fonts() -> tuple[str, str]:
    """Register the embedded font (every accent Belgian names need, and €) once."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(keep_subsets(TTFont(FONT, str(folder / "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(keep_subsets(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf"))))
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
        # a column heading wraps at its spaces only (its column is at least its longest word)
        "head": ParagraphStyle(
            "head", body, fontName=BOLD, fontSize=8.5, leading=11, splitLongWords=False
        ),
        "headnum": ParagraphStyle(
            "headnum",
            body,
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            splitLongWords=False,
            alignment=TA_RIGHT,
        ),
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
    if shown.strip() and "&" not in shown and "<" not in shown:
        # plain text (most cells): the fragment reportlab's markup parser would make, without
        # running the parser, which is most of the time a document takes to write its story
        plain = cleanBlockQuotedText(shown)
        fragment = _fragment(style, bold).clone(text=plain)
        out = WrappedOnce(plain, styles()[style], frags=[fragment])
        out.plain = fragment  # its lines may be shared with the same text's
        return out
    if bold:
        shown = f"<b>{shown}</b>"
    return WrappedOnce(shown or "&nbsp;", styles()[style])


@cache
def _fragment(style: str, bold: bool) -> ParaFrag:
    """The fragment reportlab's parser makes of a plain word in ``style`` (bold or not)."""
    return ParaParser().parse("<b>x</b>" if bold else "x", styles()[style])[1][0]


def heading(value: str) -> Flowable:
    """A section heading that is never left alone at the foot of a page (``build`` keeps it
    with what follows)."""
    out = para(value, "h2")
    out.keep_with_next = True
    return out


class _WithNext(KeepTogether):
    """A heading (and the space after it) with the flowable that follows.

    Where all of it does not fit, the heading stays on this page only with the first piece of
    what follows (at least two rows of a table); otherwise it moves to the next page with it.
    What follows is laid out once here, as the frame would lay it out anyway.
    """

    def wrap(self, aW, aH):  # noqa: N803 - reportlab API
        return aW, 0xFFFFFF  # always split: ``split`` decides where the heading goes

    def split(self, aW, aH):  # noqa: N803 - reportlab API
        *lead, rest = self._content
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        used = (
            sum(
                f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in lead
            )
            + rest.getSpaceBefore()
        )
        room = aH - used
        parts: list[Flowable] = []
        if room > 0:
            parts = rest.splitOn(self.canv, aW, room)  # [rest] itself when all of it fits
            if not parts and rest.wrapOn(self.canv, aW, room)[1] <= room:
                parts = [rest]  # a flowable that does not split (a space, an image)
        if parts:
            return [*lead, *parts]
        return list(self._content) if at_top else []


def _kept(story: Sequence[Flowable]) -> list[Flowable]:
    """The story with each heading bound to what follows it: the next flowable, past any
    space; when that is a paragraph introducing a table, the table too."""
    out: list[Flowable] = []
    for flowable in reversed(story):
        if getattr(flowable, "keep_with_next", False) and out:
            take = _next_block(out, 0)
            if isinstance(out[take - 1], Paragraph) and take < len(out):
                more = _next_block(out, take)
                if isinstance(out[more - 1], Table):
                    take = more
            out[:take] = [_WithNext([flowable, *out[:take]])]
        else:
            out.insert(0, flowable)
    return out


def _next_block(flowables: Sequence[Flowable], start: int) -> int:
    """The end of the spaces from ``start`` and the one flowable after them."""
    end = start + 1
    while end < len(flowables) and isinstance(flowables[end - 1], Spacer):
        end += 1
    return end


class _Table(Table):
    """A table that does not leave a single row at the foot of a page."""

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if len(parts) == 2 and not at_top:
            first = len(parts[0]._cellvalues) - self.repeatRows
            if first < 2 <= len(self._cellvalues) - self.repeatRows:
                return []
        return parts


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
    table = _Table(data, colWidths=[label_width, WIDTH - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), FONT),  # not the default Helvetica
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
    """A table with a heading row repeated on every page it runs over.

    A row given a shade (an uncertain rule) starts with ``MARK``, so it shows in black and
    white too.
    """
    styles()
    widths = column_widths(columns)

    def cells(values: Sequence[object], bold: bool = False) -> list[Paragraph]:
        out = []
        for column, value in zip(columns, values, strict=True):
            style = ("numbold" if bold else "num") if column.numeric else "cell"
            out.append(para(value, style, bold=bold and not column.numeric))
        return out

    shades = list(shades)
    data = [[para(c.title, "headnum" if c.numeric else "head") for c in columns]]
    for index, row in enumerate(rows):
        if index < len(shades) and shades[index] is not None:
            row = [f"{MARK} {row[0]}", *row[1:]]
        data.append(cells(row))
    if total is not None:
        data.append(cells(total, bold=True))
    table = _Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT),  # not the default Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    if total is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, MUTED))
    for index, shade in enumerate(shades, start=1):
        if shade is not None:
            commands.append(("BACKGROUND", (0, index), (-1, index), shade))
    table.setStyle(TableStyle(commands))
    return table


def column_widths(columns: Sequence[Column], width: float = WIDTH) -> list[float]:
    """The widths of a grid's columns: their shares of ``width``, but each at least as wide
    as the longest word of its heading (taken from the columns that have room to spare)."""
    total = sum(c.share for c in columns)
    widths = [width * c.share / total for c in columns]
    need = [
        max(pdfmetrics.stringWidth(w, BOLD, 8.5) for w in (c.title.split() or [""]))
        + 2 * CELL_PAD
        + 1
        for c in columns
    ]
    for _ in columns:  # each round settles at least one column
        short = sum(max(n - w, 0) for n, w in zip(need, widths, strict=True))
        spare = sum(max(w - n, 0) for n, w in zip(need, widths, strict=True))
        if short <= 0 or spare <= 0:
            break
        take = min(short, spare) / spare
        widths = [n if w < n else w - (w - n) * take for n, w in zip(need, widths, strict=True)]
    return widths


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

        def setFont(self, psfontname, size, leading=None) -> None:  # noqa: N802 - reportlab API
            # a table's cell style starts with Helvetica, which is not embedded: never use it
            bold = "Bold" in psfontname
            if psfontname in standardFonts:
                psfontname = BOLD if bold else FONT
            super().setFont(psfontname, size, leading)

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            self._doc.Catalog.Metadata = metadata_stream(self._doc, page.lang)
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
    doc = BaseDocTemplate(
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
        # the canvas starts with this font instead of Helvetica, which is not embedded
        initialFontName=FONT,
    )
    # no padding: the text starts at the margin, where the footer starts
    frame = Frame(MARGIN, 22 * mm, WIDTH, A4[1] - MARGIN - 22 * mm, id="body", **_NO_PADDING)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(_kept(story), canvasmaker=_canvas_maker(page))
    return out.getvalue()


_NO_PADDING = {f"{side}Padding": 0 for side in ("left", "right", "top", "bottom")}
