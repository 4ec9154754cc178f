"""The text of a PDF the app made, as a reader copying it out of the document gets it.

Read with PDFium (pypdfium2): the same characters as pypdf's text extraction, in the same
order, about ten times faster (pypdf parses the content streams in Python). PDFium gives a
page's text line by line, top to bottom, and runs of text on one baseline (a table's label
and its value) on one line. The tests that read a PDF's structure (metadata, fonts, the
position and size of a piece of text) read it with pypdf.
"""

from __future__ import annotations

from os import PathLike

import pypdfium2 as pdfium

#: a PDF's bytes, or the path of a PDF file
Pdf = bytes | str | PathLike


def page_texts(pdf: Pdf) -> list[str]:
    """The text of each page, its lines separated by "\\n", its spaces as the PDF has them
    (no-break spaces included)."""
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            text = page.get_textpage().get_text_range()
            texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
        return texts
    finally:
        document.close()


def lines_of(page: str) -> list[str]:
    """The lines of a page's text that show something, without their outer spaces."""
    return [line.strip() for line in page.split("\n") if line.strip()]


def plain(text: str) -> str:
    """The text with each run of white space (a line break, a no-break space, the narrow one
    of the French amounts) made one plain space."""
    return " ".join(text.split())


def pdf_text(pdf: Pdf) -> str:
    """The text of the whole document, page after page, its white space made plain."""
    return plain(" ".join(page_texts(pdf)))
