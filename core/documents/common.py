"""Pieces every document shares: its words, its heading, the uncertain rules it used."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from reportlab.platypus import Flowable

from core.dates import format_date
from core.decisions.explain import Applied, Explained
from core.documents.data import Decision, TenderFile
from core.documents.layout import (
    Column,
    Page,
    confidence_shade,
    gap,
    grid,
    heading,
    para,
)
from core.errors import ValidationError
from core.store.model import Organisation
from core.texts import cite, money, text


class DocumentError(ValidationError):
    """A document that cannot be made for this tender (a decision is missing or says no).

    ``code`` names the reason (``no_decision``, ``out_of_step``, ``not_due``, ``no_places``,
    ``no_winner``); ``message`` is the sentence in the document's language.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__("document", code, message)


def t(lang: str, key: str, **params: object) -> str:
    """A text of the documents' table."""
    return text(lang, "doc", key, **params)


def page(kind: str, file: TenderFile, lang: str, issued: date) -> Page:
    """The footer and metadata of a document about ``file``."""
    return Page(
        title=t(lang, kind),
        reference=file.tender.reference,
        issued=t(lang, "issued", date=format_date(issued)),
        page_label=t(lang, "page"),
        lang={"nl": "nl-BE", "fr": "fr-BE", "en": "en"}[lang],
        subject=file.tender.title,
        author=file.buyer.name if file.buyer else "",
        note=pack_note(file, lang),
    )


def not_bundled(stored) -> bool:
    """True for a decision taken with a rule pack that is not the bundled one.

    Such a pack is stored as ``version#fingerprint`` (``RulePack.stored_version``); the
    bundled pack's versions never hold a ``#``.
    """
    return "#" in stored.pack_version


def pack_shown(stored, lang: str) -> str:
    """The rule pack of a stored decision, said to be another than the bundled one if so."""
    pack = f"{stored.pack_id} {stored.pack_version}"
    return t(lang, "pack_not_bundled", pack=pack) if not_bundled(stored) else pack


def pack_note(file: TenderFile, lang: str) -> str:
    """For every page's foot: the packs other than the bundled one the decisions used."""
    packs = sorted(
        {pack_shown(d.stored, lang) for d in file.decisions.values() if not_bundled(d.stored)}
    )
    return t(lang, "pack_note", packs="; ".join(packs)) if packs else ""


def header(kind: str, file: TenderFile, lang: str, issued: date) -> list[Flowable]:
    """The document's title, the tender it is about, the date of issue."""
    tender = file.tender
    lines = [
        para(t(lang, kind), "title"),
        gap(1.5),
        para(f"{tender.reference} — {tender.title}", "subtitle"),
    ]
    if file.buyer:
        lines.append(para(file.buyer.name, "subtitle"))
    lines += [para(t(lang, "issued", date=format_date(issued)), "small"), gap(4)]
    return lines


def need(file: TenderFile, kind: str, lang: str) -> Explained:
    """The result of the stored decision of ``kind`` (see ``need_decision``)."""
    return need_decision(file, kind, lang).result


def need_decision(file: TenderFile, kind: str, lang: str) -> Decision:
    """The stored decision of ``kind`` while the register agrees with it; otherwise a
    DocumentError that says what is missing or what changed, and which decision to take."""
    decision = file.decisions.get(kind)
    name = text(lang, "label", f"check_{kind}")
    if decision is None:
        raise DocumentError("no_decision", t(lang, "no_decision", decision=name))
    if decision.out_of_step:
        raise DocumentError("out_of_step", out_of_step_text(decision, kind, lang))
    return decision


def out_of_step_text(decision: Decision, kind: str, lang: str) -> str:
    """What changed since a decision was taken, and that it must be taken again."""
    name = text(lang, "label", f"check_{kind}")
    return " ".join(
        t(lang, f"stale_{p.code}", **{**p.params, "decision": name}) for p in decision.out_of_step
    )


def decided_line(file: TenderFile, kind: str, lang: str) -> list[Flowable]:
    """When and with which rule pack the decision was taken, and whether it needs a review."""
    stored = file.decisions[kind].stored
    out = [
        para(
            t(
                lang,
                "decided",
                date=format_date(date.fromisoformat(stored.decided_at[:10])),
                pack=pack_shown(stored, lang),
                version=stored.rule_version,
            ),
            "small",
        )
    ]
    if stored.state == "recomputed":
        out.append(para(t(lang, "recomputed"), "small"))
    return out


def uncertain(results: Iterable[Explained], lang: str) -> list[Flowable]:
    """The rules of medium or low confidence the document relies on, each with its note."""
    seen: dict[str, Applied] = {}
    for result in results:
        for applied in result.flagged:
            seen.setdefault(applied.rule, applied)
    out: list[Flowable] = [heading(t(lang, "uncertain"))]
    if not seen:
        return [*out, para(t(lang, "uncertain_none"))]
    rules = list(seen.values())
    out += [
        para(t(lang, "uncertain_intro")),
        gap(2),
        grid(
            [
                Column(t(lang, "col_rule"), 2.6),
                Column(t(lang, "col_source"), 2.6),
                Column(t(lang, "col_confidence"), 1.3),
                Column(t(lang, "col_note"), 3.6),
            ],
            [
                (
                    t(lang, "basis_rule")
                    if a.rule.startswith("basis:")
                    else text(lang, "param", a.rule),
                    cite(a.source, lang),
                    t(lang, f"conf_{a.confidence}"),
                    a.note_in(lang),
                )
                for a in rules
            ],
            shades=[confidence_shade(a.confidence) for a in rules],
        ),
    ]
    return out


def address(org: Organisation | None) -> str:
    """An organisation's name and postal address on separate lines."""
    if org is None:
        return "—"
    town = " ".join(p for p in (org.postcode, org.city) if p)
    return "\n".join(p for p in (org.name, org.street, town) if p)


def amount_or(value, lang: str, missing: str) -> str:
    """An amount, or the text that says it is not known."""
    return money(value, lang) if value is not None else missing


def dash(value: object) -> str:
    """A value, or a dash when there is none."""
    return "—" if value in (None, "") else str(value)
