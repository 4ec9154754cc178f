"""The embedded font's subsets are cut and compressed once per process for the same characters,
and the documents are the same bytes as when reportlab cut and compressed them anew."""

from __future__ import annotations

from hashlib import sha256

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics

from core.documents.layout import BOLD, FONT, Page, build, fonts, para
from core.documents.subsets import _KeptFlate

PAGE = Page("Overzicht", "2026/017", "Opgemaakt op 22/11/2026", "Pagina {page} van {pages}", "nl")
#: documents whose subsets are the same characters, other characters, or the same characters
#: met in another order (the same set of characters, another subset)
TEXTS = (
    "Aanbesteding van € 1.000,00 — Sint-Jözef",
    "Ελληνικά: ŁÓDŹ, señor, garçon ⚠",
    "Aanbesteding van € 1.000,00 — Sint-Jözef",
    "Jözef — € 1.000,00 van Sint-Aanbesteding",
)


def documents() -> list[bytes]:
    return [
        build([para(text), para(text, "h2"), para(text[::-1], "body", bold=True)], PAGE)
        for text in TEXTS
    ]


def test_a_document_is_the_same_bytes_as_when_each_subset_was_cut_and_compressed_anew(
    monkeypatch,
):
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the bytes
    fonts()
    faces = [pdfmetrics.getFont(name).face for name in (FONT, BOLD)]
    cut = []
    for face in faces:
        kept = face.makeSubset.__self__
        real = kept.cut
        # the subsets kept by earlier tests dropped, and each cut counted
        monkeypatch.setattr(kept, "files", {})
        monkeypatch.setattr(kept, "flate", _KeptFlate())
        monkeypatch.setattr(kept, "cut", lambda subset, real=real: cut.append(1) or real(subset))
    once = documents()
    # each document draws one subset of each font; the third's are the first's, not cut again
    assert len(cut) == 2 * (len(TEXTS) - 1), len(cut)
    for face in faces:  # reportlab's own: every subset cut and compressed anew
        monkeypatch.delattr(face, "makeSubset")
        monkeypatch.delattr(face, "addSubsetObjects")
    anew = documents()
    for text, mine, own in zip(TEXTS, once, anew, strict=True):
        assert sha256(mine).hexdigest() == sha256(own).hexdigest(), text
    assert once[0] == once[2] and len(set(once)) == 3
