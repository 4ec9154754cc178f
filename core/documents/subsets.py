"""The embedded font's subsets, made and compressed once per process for the same characters.

Every PDF embeds the part of DejaVu Sans it draws: reportlab's ``addSubsetObjects`` cuts the
font down to a subset of its characters (``makeSubset``, in Python) and compresses that file
into the PDF (zlib, at its default level). That was about a sixth of the time a document took
to save. The documents of one kind and language mostly draw the same characters in the same
order, and the subset is a pure function of the font file and that list: so the cut file and
its compressed stream are kept, per font, and a document whose subset is the same list gets
the same bytes without cutting or compressing them again.

The PDF is the same bytes as when reportlab makes each subset anew
(tests/core/test_document_subsets.py compares them). reportlab internals relied on
(``reportlab.pdfbase.ttfonts`` 5.1, kept below 6 in pyproject.toml): ``TTFontFace
.addSubsetObjects`` gets the file from ``self.makeSubset``, puts it in a ``PDFStream`` with the
``PDFZCompress`` filter when the document compresses, registers it by name and returns a
reference to the font descriptor whose ``FontFile2`` refers to that stream.
"""

from __future__ import annotations

import zlib

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

#: how many subsets are kept per font (then all are dropped, and kept again as they come);
#: a subset's file and its compressed stream are some 60 kB
KEPT_MAX = 64


class _KeptFlate:
    """reportlab's Flate filter, whose output for the same bytes is kept (a font's subsets)."""

    pdfname = pdfdoc.PDFZCompress.pdfname

    def __init__(self) -> None:
        self.kept: dict[bytes, bytes] = {}

    def encode(self, text: bytes) -> bytes:
        out = self.kept.get(text)
        if out is None:
            if len(self.kept) >= KEPT_MAX:
                self.kept.clear()
            out = self.kept[text] = zlib.compress(text)  # PDFZCompress.encode, on bytes
        return out

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


class _KeptSubsets:
    """What a font's face does to embed a subset, with the subsets' files and streams kept."""

    def __init__(self, face) -> None:  # noqa: ANN001 - reportlab's TTFontFace
        #: reportlab's own ``makeSubset`` and ``addSubsetObjects`` of the face
        self.cut = face.makeSubset
        self.made = face.addSubsetObjects
        #: the file of each subset, by its characters in their order
        self.files: dict[tuple[int, ...], bytes] = {}
        self.flate = _KeptFlate()

    def make_subset(self, subset) -> bytes:  # noqa: ANN001 - reportlab API
        key = tuple(subset)
        out = self.files.get(key)
        if out is None:
            if len(self.files) >= KEPT_MAX:
                self.files.clear()
            out = self.files[key] = self.cut(subset)
        return out

    def add_subset_objects(self, doc, fontname, subset):  # noqa: ANN001, ANN201 - reportlab API
        descriptor = self.made(doc, fontname, subset)  # its file from ``make_subset``
        stream = doc.idToObject[doc.idToObject[descriptor.name]["FontFile2"].name]
        if stream.filters == [pdfdoc.PDFZCompress]:
            stream.filters = [self.flate]
        return descriptor


def keep_subsets(font: TTFont) -> TTFont:
    """``font`` with its subsets cut and compressed once per list of characters."""
    kept = _KeptSubsets(font.face)
    font.face.makeSubset = kept.make_subset
    font.face.addSubsetObjects = kept.add_subset_objects
    return font
