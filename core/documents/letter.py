"""The frame every letter shares, in one house style: the sender's letterhead (its logo, name,
address, enterprise number and contact), the addressee, the references, "place, date", the
subject, the body, the greeting and the signature block.

A letter goes to a third party: it carries no list of the rules of medium or low confidence
(that list stays on the internal documents). Where the research is unsure of something a letter
states, its body says so in words (a citation "article not verified").

A field the letter cannot do without (the buyer's address, the SME's account) refuses the letter
with a DocumentError that names the field and the organisation, instead of printing a dash.

Who signs: the signatory set on the sending organisation, else the default of the settings
(``TenderFile.signatory``). A signature *line* is drawn only where the law wants the letter
signed, and the only such case the research knows is the SME's advance request for a contract
launched before 1 February 2024 (research/sme-measures.md, table row A12 and section 2.11; the
stored advance decision's ``signature_required``). For the ranking notice and the bid
compensation letters and request the research names no form, so they get no signature line.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Table, TableStyle

from core.dates import long_date
from core.documents.common import DocumentError, t
from core.documents.data import Signatory
from core.documents.layout import INK, NARROW_NBSP, WIDTH, gap, para, styles
from core.documents.wrapping import WrappedOnce
from core.store.model import Organisation, Tender
from core.texts import colon, text

#: the largest a logo is drawn (it keeps its proportions)
LOGO_BOX = (55 * mm, 22 * mm)


def signatory_of(org: Organisation, default: Signatory | None) -> Signatory | None:
    """The organisation's own signatory, else the settings' default, else None."""
    if org.signatory_name:
        return Signatory(org.signatory_name, org.signatory_function)
    return default if default and default.name else None


@dataclass(frozen=True)
class Letter:
    """One letter: who writes to whom, about what, and what it says."""

    sender: Organisation
    addressee: Organisation
    subject: str
    #: (label key of the documents' texts, value), see :func:`tender_references`; an empty
    #: value is left out
    references: Sequence[tuple[str, str]]
    issued: date
    body: Sequence[Flowable]
    signatory: Signatory | None
    #: a signature line is drawn (the law wants this letter signed)
    signed: bool = False
    #: a line under the addressee ("for the attention of …")
    attention: str = ""


def tender_references(tender: Tender, whose: str) -> list[tuple[str, str]]:
    """A letter's references to a tender: its own reference, as the buyer's letters give it
    (``whose`` ``our_reference``) or as a company's letters to the buyer do
    (``your_reference``), then the public reference of its contract notice."""
    return [(whose, tender.reference), ("notice_reference", tender.notice_reference)]


def require(lang: str, org: Organisation | None, role: str, names: Sequence[str]) -> None:
    """Refuse the letter when ``org`` (the ``role``: buyer, tenderer…) lacks a field of
    ``names``; the message names the field and the organisation in the letter's language."""
    if org is None:
        field = text(lang, "field", "buyer_id")
        raise DocumentError("missing_field", t(lang, "missing_party", field=field))
    for name in names:
        if not getattr(org, name):
            raise DocumentError(
                "missing_field",
                t(
                    lang,
                    "missing_field",
                    field=text(lang, "field", name),
                    role=t(lang, f"role_{role}"),
                    name=org.name,
                ),
            )


def story(letter: Letter, lang: str) -> list[Flowable]:
    """The flowables of a letter, from letterhead to signature."""
    out: list[Flowable] = [*_letterhead(letter.sender, lang), gap(10)]
    out += [*_addressee_and_references(letter, lang), gap(4)]
    place = letter.sender.city
    out.append(para(f"{place}, {long_date(letter.issued, lang)}", "letter"))
    subject = f"{t(lang, 'subject_label')}{colon(lang)} {letter.subject}"
    out.append(para(subject, "letter", bold=True))
    out += [gap(3), para(t(lang, "salutation"), "letter"), *letter.body, gap(3)]
    out.append(KeepTogether(_signature(letter, lang)))
    return out


def _logo(org: Organisation) -> Image | None:
    """The organisation's logo drawn within LOGO_BOX, or None (none set, or not readable)."""
    if not org.logo:
        return None
    try:
        width, height = ImageReader(io.BytesIO(org.logo)).getSize()
    except Exception:  # noqa: BLE001 - a damaged image leaves the letterhead without a logo
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(io.BytesIO(org.logo), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def _sender_lines(org: Organisation, lang: str) -> str:
    town = " ".join(p for p in (org.postcode, org.city) if p)
    lines = [org.street, town]
    if org.enterprise_number:
        lines.append(t(lang, "enterprise_number_short", number=org.enterprise_number))
    contact = " · ".join(p for p in (org.phone, org.email) if p)
    return "\n".join(p for p in (*lines, contact) if p)


def _letterhead(org: Organisation, lang: str) -> list[Flowable]:
    """The logo (if any) above the sender's name, address, enterprise number and contact."""
    logo = _logo(org)
    words = [para(org.name, "subtitle", bold=True), para(_sender_lines(org, lang), "small")]
    return words if logo is None else [logo, gap(3), *words]


@cache
def _addressee_style() -> ParagraphStyle:
    """The addressee in the right half, where a window envelope shows it."""
    return ParagraphStyle("addressee", styles()["letter"], leftIndent=WIDTH * 0.5, spaceAfter=0)


def _addressee_and_references(letter: Letter, lang: str) -> list[Flowable]:
    """The addressee (right half), then the references (they never hold up a page break: no
    table, so a name of any length flows on)."""
    org = letter.addressee
    town = " ".join(p for p in (org.postcode, org.city) if p)
    lines = [org.name, letter.attention, org.street, town]
    if org.country and org.country != letter.sender.country:
        lines.append(org.country)
    addressee = WrappedOnce(
        escape("\n".join(p for p in lines if p))
        .replace("\n", "<br/>")
        .replace(NARROW_NBSP, "\u00a0"),
        _addressee_style(),
    )
    references = [
        para(f"{t(lang, key)}{colon(lang)} {value}", "small")
        for key, value in letter.references
        if value
    ]
    return [addressee, gap(8), *references]


def _signature(letter: Letter, lang: str) -> list[Flowable]:
    """The greeting, then who signs: a line to sign on where the letter must be signed."""
    who = letter.signatory
    out: list[Flowable] = [para(t(lang, "closing"), "letter")]
    if letter.signed:
        out += [gap(14), _line(), para(t(lang, "sig_signature"), "small")]
    else:
        out.append(gap(2))
    if who is not None:
        out.append(para(who.name, "letter", bold=True))
        if who.function:
            out.append(para(who.function, "letter"))
    out.append(para(letter.sender.name, "letter" if who is None else "small", bold=who is None))
    if letter.signed and who is None:  # the signer writes name and function by hand
        for key in ("sig_name", "sig_function"):
            out += [gap(8), _line(), para(t(lang, key), "small")]
    return out


def _line() -> Table:
    """A line to write on by hand."""
    line = Table([[""]], colWidths=[70 * mm], rowHeights=[1], hAlign="LEFT")
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, INK)]))
    return line
