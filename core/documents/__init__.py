"""PDF documents of a tender, in Dutch, French or English, from its stored decisions.

``render`` turns one tender of the register into the files of one kind of document; the
ranking notices and the bid compensation letters and requests are one file per tenderer, the
other kinds one file. ``core.documents.export`` writes them to disk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from core.documents import (
    advance_request,
    bid_letters,
    bid_statement,
    draft_decision,
    motivation_document,
    ranking_notices,
    summary,
)
from core.documents.common import DocumentError, page, t
from core.documents.data import TenderFile, gather
from core.documents.layout import build
from core.texts import text

Parts = Callable[[TenderFile, str, date], list[tuple[str, list[Flowable]]]]


def _one(story: Callable[[TenderFile, str, date], list[Flowable]]) -> Parts:
    return lambda file, lang, issued: [("", story(file, lang, issued))]


@dataclass(frozen=True)
class Kind:
    """A kind of document: its name on the command line, its title key, how it is made."""

    name: str
    title: str
    parts: Parts


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("summary", summary.KIND, _one(summary.story)),
        Kind("motivation", motivation_document.KIND, _one(motivation_document.story)),
        Kind("draft-decision", draft_decision.KIND, _one(draft_decision.story)),
        Kind("advance-request", advance_request.KIND, _one(advance_request.story)),
        Kind("bid-compensation", bid_statement.KIND, _one(bid_statement.story)),
        Kind("ranking-notices", ranking_notices.KIND, ranking_notices.parts),
        Kind("bid-compensation-letters", bid_letters.LETTER_KIND, bid_letters.letters),
        Kind("bid-compensation-requests", bid_letters.REQUEST_KIND, bid_letters.requests),
    )
}
#: the letters to a third party (core.documents.letter); the other kinds are internal
LETTERS = (
    "advance-request",
    "ranking-notices",
    "bid-compensation-letters",
    "bid-compensation-requests",
)


#: the document that comes out of each decision (the wizards' export button)
DOCUMENT_OF = {
    "procedure": "motivation",
    "advance": "advance-request",
    "bid_compensation": "bid-compensation",
    "provisional_ranking": "ranking-notices",
    # the bond has no document of its own: the summary shows it among the decided amounts
    "bond": "summary",
}


@dataclass(frozen=True)
class Rendered:
    """One PDF file: its name (reference, kind, language, tenderer) and its bytes."""

    name: str
    data: bytes


def slug(value: str) -> str:
    """A piece of a file name: letters and digits kept (accents too), the rest one dash."""
    return re.sub(r"[^\w]+", "-", value, flags=re.UNICODE).strip("-_")[:60] or "x"


def file_word(kind: str, lang: str) -> str:
    """The kind of document as its file names say it in ``lang`` (``motivering`` in Dutch)."""
    return text(lang, "file_name", kind)


def render(
    kind: str, file: TenderFile, lang: str, issued: date, author: str = ""
) -> list[Rendered]:
    """The PDF files of ``kind`` for one tender (raises DocumentError when it cannot be made).

    ``author``: who the files' metadata name as their author (the sender of a letter written
    from a tenderer's side); the buyer by default.
    """
    spec = KINDS[kind]
    frame = page(spec.title, file, lang, issued)
    if author:
        frame = replace(frame, author=author)
    out = []
    for suffix, story in spec.parts(file, lang, issued):
        name = "-".join(
            p
            for p in (
                slug(file.tender.reference),
                file_word(kind, lang),
                lang,
                slug(suffix) if suffix else "",
            )
            if p
        )
        try:
            data = build(story, frame)
        except LayoutError:
            # the tables split inside their rows; this is a last guard, not the normal way
            raise DocumentError("layout", t(lang, "layout_failed")) from None
        out.append(Rendered(name + ".pdf", data))
    return out


__all__ = [
    "DOCUMENT_OF",
    "KINDS",
    "LETTERS",
    "DocumentError",
    "Rendered",
    "TenderFile",
    "gather",
    "render",
    "slug",
]
