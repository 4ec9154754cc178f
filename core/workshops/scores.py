"""The groups' scores written for the trainer: CSV (``session.scores_csv``) or a PDF in the
documents' house style.

The PDF has first each group's score (the exercises whose last answer is right, of all
exercises), then every answer kept, as the CSV has them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.dates import long_date
from core.documents.common import t
from core.documents.layout import Column, Page, build, gap, grid, heading, para
from core.store.files import write_atomic
from core.texts import text
from core.workshops import session
from core.workshops.session import WorkingCopy

_LOCALE = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}


def write(copy: WorkingCopy, target: Path, lang: str, issued: date) -> Path:
    """Write the scores to ``target``: a PDF when its name ends in ``.pdf``, else CSV (``;``,
    UTF-8 with a BOM for spreadsheets). Raises OSError when it cannot be written."""
    target = Path(target)
    if target.suffix.lower() == ".pdf":
        data = render(copy, lang, issued)
    else:
        words = {k: text(lang, "workshop_score", k) for k in session.SCORE_WORDS}
        data = session.scores_csv(copy, words).encode("utf-8-sig")
    write_atomic(target, data)
    return target


def render(copy: WorkingCopy, lang: str, issued: date) -> bytes:
    """The PDF bytes of the scores of ``copy``, in ``lang``."""
    word = {k: text(lang, "workshop_score", k) for k in session.SCORE_WORDS}
    title = copy.manifest.title_in(lang)
    answers = session.read_scores(copy)
    groups = list(dict.fromkeys(str(row.get("group", "")) for row in answers))
    totals = []
    for group in groups:
        right, total = session.score(copy, group)
        totals.append((group, f"{right}/{total}"))
    total_word = word["total"].capitalize()
    titles = {e.id: e.title_in(lang) for e in copy.exercises}
    rows = [
        (
            str(row.get("group", "")),
            titles.get(str(row.get("exercise")), str(row.get("exercise", ""))),
            word["right" if row.get("right") else "wrong"],
            str(row.get("answered_at", "")).replace("T", " "),
            "" if row.get("seconds") is None else str(row["seconds"]),
        )
        for row in answers
    ]
    story = [
        para(title, "title"),
        gap(1.5),
        para(text(lang, "workshop", "scores_title"), "subtitle"),
        gap(3),
        grid([Column(word["group"], 3), Column(total_word, 1, numeric=True)], totals),
        heading(text(lang, "workshop", "scores_answers")),
        grid(
            [
                Column(word["group"], 2),
                Column(word["exercise"], 4),
                Column(word["result"], 1.2),
                Column(word["answered_at"], 2.2),
                Column(word["seconds"], 1.4, numeric=True),
            ],
            rows,
        ),
    ]
    page = Page(
        title=title,
        reference="",
        issued=t(lang, "issued", date=long_date(issued, lang)),
        page_label=t(lang, "page"),
        lang=_LOCALE[lang],
        subject=text(lang, "workshop", "scores_title"),
    )
    return build(story, page)
