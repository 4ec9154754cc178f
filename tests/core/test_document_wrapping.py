"""A paragraph's lines are broken once per width, and the documents are the same bytes as when
reportlab broke them again at every request."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from core.documents import wrapping
from core.documents.layout import Column, Page, build, fields, gap, grid, heading, para, styles
from core.documents.wrapping import WrappedOnce

PAGE = Page("Overzicht", "2026/017", "Opgemaakt op 22/11/2026", "Pagina {page} van {pages}", "nl")
LONG_WORD = "Aanbestedingsvoorwaardenbeoordelingscommissievergadering" * 6
TEXT = " ".join(f"woord{n} {'lang ' * (n % 4)}" for n in range(400)) + " " + LONG_WORD
#: typed on several lines, with a sign that is markup: reportlab breaks it as fragments
LINES = "Eerste & tweede regel\n" + LONG_WORD + " &\n" + TEXT[:900] + "\n" + LONG_WORD


def lines(paragraph: Paragraph) -> list:
    """What a paragraph's last ``wrap`` gave: its height and the text of each line (spaces
    made single: reportlab's own second breaking of a paragraph with markup may add an empty
    fragment to a line, which prints nothing)."""
    out = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            text = " ".join(map(str, line[1]))
        else:
            text = "".join(word.text for word in line.words)
        out.append(" ".join(text.split()))
    return [paragraph.height, out]


def twins(text: str, style: str) -> tuple[WrappedOnce, Paragraph]:
    """The same paragraph as ours and as reportlab's own, which breaks its lines at every
    ``wrap`` (its second breaking starts from the words of the first, as ours does)."""
    return WrappedOnce(text, styles()[style]), Paragraph(text, styles()[style])


@pytest.mark.parametrize("style", ["body", "cell"])
@pytest.mark.parametrize("markup", [False, True])
def test_a_paragraph_asked_at_another_width_breaks_its_lines_for_that_width(style, markup):
    ours, theirs = twins(f"<b>Vet</b> {TEXT} &amp; meer" if markup else TEXT, style)
    for width in (300, 120, 120, 300, 45.5, 300, 300):
        assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
        assert lines(ours) == lines(theirs), width


def test_a_paragraph_given_another_text_or_style_breaks_its_lines_again():
    ours, theirs = twins("Kort.", "body")
    for paragraph in (ours, theirs):
        paragraph.wrap(300, 1000)
        # what reportlab's constructor does: the new text's fragments, its lines not dropped
        paragraph._setup(TEXT, styles()["body"], None, None, cleanBlockQuotedText)
    assert ours.wrap(300, 1000) == theirs.wrap(300, 1000)
    assert lines(ours) == lines(theirs)
    assert len(lines(ours)[1]) > 10
    ours.style = theirs.style = styles()["title"]
    assert ours.wrap(300, 1000) == theirs.wrap(300, 1000)
    assert lines(ours) == lines(theirs)


def test_the_parts_of_a_split_paragraph_and_a_paragraph_tried_again_keep_their_own_lines():
    ours, theirs = twins(TEXT, "body")
    assert ours.wrap(200, 1000) == theirs.wrap(200, 1000)
    assert ours.split(200, 10) == theirs.split(200, 10) == []  # tried again on the next page
    assert ours.wrap(200, 1000) == theirs.wrap(200, 1000)
    assert lines(ours) == lines(theirs)
    assert ours.wrap(170, 1000) == theirs.wrap(170, 1000)  # a narrower frame
    assert lines(ours) == lines(theirs)
    parts = ours.split(170, 130), theirs.split(170, 130)
    assert [type(p) for p in parts[0]] == [WrappedOnce, WrappedOnce]
    for width in (170, 170, 200, 170):
        for mine, own in zip(*parts, strict=True):
            assert mine.wrap(width, 1000) == own.wrap(width, 1000)
            assert lines(mine) == lines(own), width
    assert len(lines(parts[0][0])[1]) == 10  # ten lines of 13 points


def test_the_rest_of_a_split_plain_paragraph_goes_on_with_the_lines_it_was_split_from(
    monkeypatch,
):
    """Split at every line, inside a long word too, and the rest split again: each rest has
    the lines reportlab breaks anew, without breaking them at the width of the split."""
    text = TEXT[:600] + " " + LONG_WORD + " " + TEXT[:300]
    theirs = Paragraph(text, styles()["body"])
    theirs.wrap(170, 10_000)
    count = len(theirs.blPara.lines)
    assert any(len(words) == 1 and words[0] in LONG_WORD for _, words in theirs.blPara.lines)
    broken = []
    real = Paragraph.breakLines
    monkeypatch.setattr(
        Paragraph, "breakLines", lambda self, width: broken.append(self) or real(self, width)
    )
    for at in range(2, count - 1):
        ours, theirs = twins(text, "body")
        for paragraph in (ours, theirs):
            paragraph.wrap(170, 10_000)
        parts = ours.split(170, 13 * at + 1), theirs.split(170, 13 * at + 1)
        broken.clear()
        rest = parts[0][1]
        assert rest.wrap(170, 10_000) == parts[1][1].wrap(170, 10_000), at
        assert lines(rest) == lines(parts[1][1]), at
        assert rest not in broken, at
        again = rest.split(170, 13 * 2 + 1), parts[1][1].split(170, 13 * 2 + 1)
        for mine, own in zip(*again, strict=True):
            assert mine.wrap(170, 10_000) == own.wrap(170, 10_000), at
            assert lines(mine) == lines(own), at
    # split at another width than its last wrap (reportlab splits the lines of that wrap)
    ours, theirs = twins(text, "body")
    assert ours.wrap(200, 10_000) == theirs.wrap(200, 10_000)
    parts = ours.split(170, 13 * 4 + 1), theirs.split(170, 13 * 4 + 1)
    for width in (170, 200):
        assert parts[0][1].wrap(width, 10_000) == parts[1][1].wrap(width, 10_000), width
        assert lines(parts[0][1]) == lines(parts[1][1]), width


@pytest.mark.parametrize("round_", [1, 2])  # the second round finds the first's lines kept
def test_paragraphs_of_one_plain_text_share_lines_only_in_the_same_style_weight_and_width(
    round_,
):
    for text in ("Totaal van de prijzen", "Totaal van de prijzen!", TEXT[:390], "x"):
        for style in ("cell", "body", "num", "head"):
            for bold in (False, True):
                for width in (40, 200, 200.5):
                    ours = para(text, style, bold=bold)
                    theirs = Paragraph(f"<b>{text}</b>" if bold else text, styles()[style])
                    assert ours.plain is not None
                    assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
                    case = (text, style, bold, width)
                    assert lines(ours) == lines(theirs), case
                    assert ours.blPara.fontName == theirs.blPara.fontName, case
                    assert ours.blPara.textColor == theirs.blPara.textColor, case


def story() -> list:
    """Every way the layout asks a paragraph again: tables split at page feet (every cell
    measured again), cells split inside a row, headings kept with what follows, a long
    paragraph over pages, blocks tried at the foot of a page and then on the next."""
    columns = [Column("Inschrijver", 4), Column("Bedrag", 1, numeric=True), Column("Nota", 3)]
    rows = [
        (f"Firma {n} {'bv ' * (n % 3)}", f"{n * 1000} €", (TEXT if n % 2 else LINES)[: n * 7])
        for n in range(90)
    ]
    return [
        para("Overzicht van een lange opdracht", "title"),
        gap(2),
        fields([("Titel", TEXT), ("Plaats", "Gent " * 300), ("Woord", LONG_WORD), ("Nota", LINES)]),
        heading("Inschrijvers"),
        para("De inschrijvers en hun prijzen:"),
        grid(columns, rows, total=("Totaal", "4 005 000 €", "")),
        heading("Motivering"),
        para(TEXT * 3),
        para(LINES * 4),
        *[item for n in range(30) for item in (heading(f"Deel {n}"), para(TEXT[: 40 * n]))],
    ]


def test_a_document_is_the_same_bytes_as_when_every_paragraph_broke_its_lines_anew(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the bytes
    broken = []
    real = Paragraph.breakLines

    def counted(self, width):
        broken.append((self, tuple(width)))  # the paragraph itself: no id used twice
        return real(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    monkeypatch.setattr(wrapping, "_SHARED", {})  # no lines kept from earlier tests
    once = build(story(), PAGE)
    breaks_once = len(broken)
    assert len(set(broken)) == breaks_once, "a paragraph broke its lines twice at one width"
    broken.clear()
    for name in ("wrap", "split", "breakLines"):  # reportlab's own (breaking counted)
        monkeypatch.setattr(WrappedOnce, name, getattr(Paragraph, name))
    again = build(story(), PAGE)
    assert once == again
    assert breaks_once < len(broken) / 2, (breaks_once, len(broken))
