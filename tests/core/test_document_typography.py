"""The page as a reader sees it: headings with their text, whole column headings, marks that
print in black and white, only embedded fonts, metadata an archive can read."""

from __future__ import annotations

import io
import re
from functools import cache

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

from core.documents.layout import (
    AMBER,
    BOLD,
    FONT,
    MARK,
    Column,
    Page,
    build,
    fields,
    grid,
    heading,
    para,
)
from tests.pdf_text import lines_of, page_texts

PAGE = Page("Overzicht", "2026/017", "Opgemaakt op 22/11/2026", "Pagina {page} van {pages}", "nl")
FOOTER = ("Overzicht · 2026/017", "Pagina ")


def page_lines(data: bytes) -> list[list[str]]:
    """The text lines of each page, without its footer."""
    out = []
    for page in page_texts(data):
        lines = lines_of(page)
        out.append([line for line in lines if not any(line.startswith(f) for f in FOOTER)])
    return out


def filler(count: int) -> list:
    return [para(f"Regel {n} van de tekst die de pagina vult.") for n in range(count)]


@cache
def fills() -> range:
    """Enough filler lines that some of them put the heading at every height near the page
    foot: from nine lines (some 120 points, a heading and three rows of a table) above the
    foot of the first page to the top of the second and two lines down it. The page's lines
    are counted, not assumed, so the range follows the margins and the leading."""
    per_page = len(page_lines(build(filler(120), PAGE))[0])
    return range(per_page - 9, per_page + 3)


@pytest.mark.parametrize("follows", ["paragraph", "table", "fields"])
def test_a_heading_is_never_the_last_line_of_a_page(follows):
    after = {
        "paragraph": [para("De tekst onder de titel.")],
        "table": [grid([Column("Naam", 3), Column("Bedrag", 1, numeric=True)], [("a", "1")] * 30)],
        "fields": [fields([(f"Veld {n}", "waarde") for n in range(30)])],
    }[follows]
    for count in fills():
        pages = page_lines(build([*filler(count), heading("Gekozen procedure"), *after], PAGE))
        for lines in pages:
            assert lines[-1] != "Gekozen procedure", (count, pages)


def test_a_table_leaves_no_single_row_at_the_foot_of_a_page():
    for count in fills():
        rows = [(f"rij {n}", "1") for n in range(20)]
        table = grid([Column("Naam", 3), Column("Bedrag", 1, numeric=True)], rows)
        pages = page_lines(build([*filler(count), table], PAGE))
        for lines in pages:
            text = " ".join(lines)
            shown = re.findall(r"rij \d+", text)
            assert len(shown) != 1 or text == f"{shown[0]} 1", (count, lines)  # the row alone


def positions(data: bytes, words: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Where each of ``words`` starts and ends on the first page (x, in points)."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    out = {}

    def seen(text, cm, tm, font, size):
        if text.strip() in words:
            shown = text.strip()
            face = BOLD if "Bold" in font["/BaseFont"] else FONT
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]  # the text matrix on the page
            out[shown] = (x, x + stringWidth(shown, face, size))

    page.extract_text(visitor_text=seen)
    return out


def test_a_column_heading_is_never_split_inside_a_word_nor_runs_over_its_column():
    columns = [Column("Procedure", 3), Column("Aankondiging", 0.3), Column("Rechtsgrond", 3.8)]
    data = build([grid(columns, [("open", "ja", "artikel 36")])], PAGE)
    lines = page_lines(data)[0]
    assert any("Aankondiging" in line for line in lines), lines
    at = positions(data, ("Aankondiging", "Rechtsgrond"))
    assert at["Aankondiging"][1] < at["Rechtsgrond"][0]


def test_the_heading_of_a_number_column_is_right_aligned_like_its_numbers():
    table = grid([Column("Naam", 3), Column("Bedrag", 1, numeric=True)], [("a", "€ 1.000,00")])
    at = positions(build([table], PAGE), ("Bedrag", "€ 1.000,00"))
    assert at["Bedrag"][1] == pytest.approx(at["€ 1.000,00"][1], abs=0.5)


def test_an_uncertain_row_is_marked_by_a_sign_not_only_by_its_tint():
    table = grid(
        [Column("Regel", 3), Column("Zekerheid", 1)],
        [("Drempel", "gemiddeld"), ("Termijn", "twee bronnen eens")],
        shades=[AMBER, None],
    )
    lines = page_lines(build([table], PAGE))[0]
    assert any(line.startswith(f"{MARK} Drempel") for line in lines), lines
    assert not any(MARK in line for line in lines if "Termijn" in line), lines


def fonts_of(data: bytes) -> list:
    reader = PdfReader(io.BytesIO(data))
    out = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            out.append(font.get_object())
    return out


def test_every_font_the_file_names_is_embedded():
    plain = Table([["a table left with reportlab's own font"]])  # asks for Helvetica
    story = [heading("Titel"), fields([("a", "b")]), grid([Column("x", 1)], [("y",)]), plain]
    data = build(story, PAGE)
    assert b"Helvetica" not in data
    for font in fonts_of(data):
        assert font["/BaseFont"].endswith(("DejaVuSans", "DejaVuSans-Bold")), font
        assert "/FontFile2" in font["/FontDescriptor"]


def test_the_xmp_metadata_repeats_the_document_information():
    page = Page(
        "Overzicht",
        "2026/017",
        "Opgemaakt op 22/11/2026",
        "Pagina {page} van {pages}",
        "nl-BE",
        subject="Rénovation de l'église & <toren>",
        author="Gemeente Sint-Jözef",
    )
    reader = PdfReader(io.BytesIO(build([para("x")], page)))
    info, xmp = reader.metadata, reader.xmp_metadata
    assert xmp.dc_title == {"x-default": info.title} and info.title == "Overzicht 2026/017"
    assert xmp.dc_creator == [info.author] == ["Gemeente Sint-Jözef"]
    assert xmp.dc_description == {"x-default": info.subject}
    assert xmp.pdf_producer == info.producer and xmp.xmp_creator_tool == info.creator
    assert xmp.dc_language == ["nl-BE"]
    created = info.creation_date.replace(tzinfo=None)
    assert xmp.xmp_create_date == xmp.xmp_modify_date == created
