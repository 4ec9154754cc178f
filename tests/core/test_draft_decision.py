"""The draft decision on the procedure choice read back: body, grounds, facts, articles."""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from core.documents import DocumentError, gather, render
from core.documents import templates as template_files
from core.paths import resources_dir
from core.rules import bundled_pack
from core.store.register import Register
from tests.core.test_records import procedure_on_ground, procedure_on_repetition
from tests.pdf_text import lines_of, page_texts, pdf_text, plain
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
BODY = {
    "nl": "Het college van burgemeester en schepenen,",
    "fr": "Le collège communal,",
    "en": "The board of mayor and aldermen,",
}
GROUND = {
    "nl": "Gelet op artikelen 35 en 36 van de wet van 17 juni 2016;",
    "fr": "Vu les articles 35 et 36 de la loi du 17 juin 2016 ;",
    "en": "Having regard to articles 35 and 36 of the Act of 17 June 2016;",
}
ESTIMATE = {
    "nl": "de uitgave voor deze opdracht geraamd wordt op € 90.000,00 excl. btw",
    "fr": "le montant de ce marché est estimé à 90 000,00 € hors TVA",
    "en": "the value of this contract is estimated at €90,000.00 excl. VAT",
}
LOTS = {
    "nl": "perceel 1, Ruwbouw, geraamd op € 50.000,00 excl. btw; perceel 2, Dak, geraamd op "
    "€ 40.000,00 excl. btw",
    "fr": "lot 1, Ruwbouw, estimé à 50 000,00 € hors TVA ; lot 2, Dak, estimé à 40 000,00 € "
    "hors TVA",
    "en": "lot 1, Ruwbouw, estimated at €50,000.00 excl. VAT; lot 2, Dak, estimated at "
    "€40,000.00 excl. VAT",
}
DECIDES = {"nl": "Besluit:", "fr": "Décide :", "en": "Decides:"}
ARTICLE = {"nl": "Artikel", "fr": "Article", "en": "Article"}
PROCEDURE = {
    "nl": "De opdracht wordt geplaatst bij wijze van de openbare procedure, op grond van "
    "artikelen 35 en 36 van de wet van 17 juni 2016.",
    "fr": "Le marché est passé par la procédure ouverte, sur la base des articles 35 et 36 de "
    "la loi du 17 juin 2016.",
    "en": "The contract is awarded by the open procedure, on the basis of articles 35 and 36 of "
    "the Act of 17 June 2016.",
}
BUDGET = {
    "nl": "De uitgave wordt aangerekend op begrotingsartikel 0119-00/6140000.",
    "fr": "La dépense est imputée à l'article budgétaire 0119-00/6140000.",
    "en": "The expense is charged to budget line 0119-00/6140000.",
}


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    ws = new_workspace(tmp_path_factory.mktemp("decree") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    buyer = reg.add_organisation({"name": "Gemeente Zottegem", "city": "Zottegem"}, NOW)
    tenders = {}
    for reference, extra in (
        ("2026/090", {"competent_body": "college", "budget_line": "0119-00/6140000"}),
        ("2026/091", {}),
    ):
        tid = reg.add_tender(
            {
                "reference": reference,
                "title": "Sporthal",
                "authority": "local",
                "contract_type": "works",
                "estimated_value": "90000",
                "launch_date": "2026-03-01",
                "buyer_id": buyer,
                "procedure": "open",
                "motivation": "De openbare procedure geeft elke aannemer een kans.",
                **extra,
            },
            NOW,
        )
        if extra:
            reg.set_lots(
                tid,
                [
                    {"title": "Ruwbouw", "estimated_value": "50000"},
                    {"title": "Dak", "estimated_value": "40000"},
                ],
            )
        reg.decide(
            tid,
            "procedure",
            {
                "launch_date": "2026-03-01",
                "authority": "local",
                "contract_type": "works",
                "estimated_value_excl_vat": "90000.00",
            },
            NOW,
        )
        tenders[reference] = tid
    yield reg, tenders
    ws.close()


def draft(reg, tid, lang) -> str:
    (item,) = render("draft-decision", gather(reg, tid), lang, ISSUED)
    return pdf_text(item.data)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_draft_decision_has_the_body_the_grounds_the_facts_and_the_articles(register, lang):
    reg, tenders = register
    content = draft(reg, tenders["2026/090"], lang)
    for expected in (
        BODY[lang],
        GROUND[lang],
        ESTIMATE[lang],
        LOTS[lang],
        "De openbare procedure geeft elke aannemer een kans.",  # the stored motivation
        DECIDES[lang],
        f"{ARTICLE[lang]} 1",
        PROCEDURE[lang],
        f"{ARTICLE[lang]} 3 {BUDGET[lang]}",
    ):
        assert plain(expected) in content, expected
    # Considering comes before Decides, which comes before the articles
    assert content.index(plain(ESTIMATE[lang])) < content.index(DECIDES[lang])
    assert content.index(DECIDES[lang]) < content.index(f"{ARTICLE[lang]} 1")


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_without_a_body_or_a_budget_line_the_draft_says_what_is_left_to_choose(register, lang):
    reg, tenders = register
    content = draft(reg, tenders["2026/091"], lang)
    missing = {"nl": "nog te kiezen bij de opdracht", "fr": "encore à choisir dans le marché"}
    assert missing[lang] in content
    assert BUDGET[lang].split("0119")[0].strip() not in content
    assert f"{ARTICLE[lang]} 3" not in content
    no_lots = {"nl": "niet in percelen verdeeld", "fr": "pas divisé en lots"}
    assert no_lots[lang] in content


@pytest.fixture
def own_templates(tmp_path, monkeypatch):
    """A copy of the templates the test may edit, read instead of the bundled ones."""
    folder = tmp_path / "templates"
    shutil.copytree(resources_dir() / "templates", folder)
    monkeypatch.setattr(
        template_files, "template_path", lambda n, lang: folder / f"{n}.{lang}.toml"
    )
    return folder


def test_an_edited_template_changes_the_document(register, own_templates):
    reg, tenders = register
    path = own_templates / "draft-decision.nl.toml"
    text = path.read_text(encoding="utf-8").replace('decides = "Besluit:"', 'decides = "BESLUIT:"')
    path.write_text(text, encoding="utf-8")
    content = draft(reg, tenders["2026/090"], "nl")
    assert "BESLUIT:" in content and "Besluit:" not in content


def test_a_template_with_an_unknown_placeholder_names_the_file_and_the_placeholder(
    register, own_templates
):
    reg, tenders = register
    path = own_templates / "draft-decision.fr.toml"
    text = path.read_text(encoding="utf-8").replace("{Body},", "{Organe},")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        draft(reg, tenders["2026/090"], "fr")
    assert str(path) in caught.value.message and "Organe" in caught.value.message


def test_a_template_that_cannot_be_read_names_the_file(register, own_templates):
    reg, tenders = register
    path = own_templates / "draft-decision.nl.toml"
    path.write_text('decides = "Besluit:\n', encoding="utf-8")  # an unclosed string
    with pytest.raises(DocumentError) as caught:
        draft(reg, tenders["2026/090"], "nl")
    assert str(path) in caught.value.message


#: the considering part after the facts, in order: the procedure proposed on its ground, the
#: heading of the motivation, the motivation the engine writes when the tender has none of its
#: own, and the budget line
ARGUED = {
    "nl": (
        "Overwegende dat voorgesteld wordt de opdracht te plaatsen bij wijze van de openbare "
        "procedure, op grond van artikelen 35 en 36 van de wet van 17 juni 2016;",
        "Overwegende dat de keuze van die procedure als volgt gemotiveerd wordt:",
        "De geraamde waarde van de opdracht bedraagt € 90.000,00 excl. btw; de aankondiging "
        "wordt verzonden (of, zonder aankondiging, de uitnodiging) op 01/03/2026. Gekozen "
        "procedure: openbare procedure, op grond van artikelen 35 en 36 van de wet van 17 juni "
        "2016, die ze voor elke opdracht toelaat.",
        "Overwegende dat de uitgave aangerekend wordt op begrotingsartikel 0119-00/6140000;",
    ),
    "fr": (
        "Considérant qu'il est proposé de passer le marché par la procédure ouverte, sur la base "
        "des articles 35 et 36 de la loi du 17 juin 2016 ;",
        "Considérant que le choix de cette procédure est motivé comme suit :",
        "Le montant estimé du marché est de 90 000,00 € hors TVA ; l'avis est envoyé (ou, sans "
        "avis, l'invitation) le 01/03/2026. Procédure retenue : procédure ouverte, sur la base "
        "des articles 35 et 36 de la loi du 17 juin 2016, qui la permet pour tout marché.",
        "Considérant que la dépense est imputée à l'article budgétaire 0119-00/6140000 ;",
    ),
}
#: the letter size of the decision's text (the note above it is smaller)
LETTER_SIZE = 10.0


def drawn(data: bytes) -> list[tuple[str, float, bool]]:
    """Each piece of text the document draws: (text, size in points, bold)."""
    pieces = []

    def seen(text, _cm, tm, font, size):
        if text.strip() and font:
            bold = "Bold" in str(font.get("/BaseFont", ""))
            pieces.append((text.strip(), round(size * tm[0], 2), bold))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=seen)
    return pieces


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_without_its_own_motivation_the_draft_argues_the_engines(register, lang):
    """The tender holds no motivation: the draft gives the one the app writes for the stored
    decision, between the procedure proposed and the budget line, all in the letter's size."""
    reg, tenders = register
    file = gather(reg, tenders["2026/090"])
    file = replace(file, tender=replace(file.tender, motivation=""))
    (item,) = render("draft-decision", file, lang, ISSUED)
    content = pdf_text(item.data)
    places = [content.index(plain(line)) for line in ARGUED[lang]]
    assert places == sorted(places) and places[-1] < content.index(DECIDES[lang])
    pieces = drawn(item.data)
    for line in ARGUED[lang]:
        first = next(p for p in pieces if line.startswith(p[0]))
        assert first[1:] == (LETTER_SIZE, False), line


def test_the_articles_are_numbered_in_bold_above_their_text_in_the_letters_size(register):
    reg, tenders = register
    (item,) = render("draft-decision", gather(reg, tenders["2026/090"]), "nl", ISSUED)
    pieces = drawn(item.data)
    labels = [p for p in pieces if p[0].startswith("Artikel ")]
    assert labels == [(f"Artikel {n}", LETTER_SIZE, True) for n in (1, 2, 3)]
    after = [pieces[pieces.index(label) + 1] for label in labels]
    assert [p[0][:22] for p in after] == [
        "De opdrachtdocumenten ",
        "De opdracht wordt gepl",
        "De uitgave wordt aange",
    ]
    assert all(p[1:] == (LETTER_SIZE, False) for p in after)


def test_a_ground_chosen_with_its_facts_is_argued_in_the_draft(register):
    """Negotiated without publication for a repetition: the draft's motivation names that
    ground and the initial contract the user gave as facts when deciding."""
    reg, _ = register
    tid = procedure_on_repetition(reg, "2026/092")
    content = draft(reg, tid, "nl")
    argued = content[content.index(plain("als volgt gemotiveerd wordt:")) :]
    for expected in (
        "Gekozen procedure: onderhandelingsprocedure zonder voorafgaande bekendmaking",
        "herhaling van die van de initiële opdracht 2024/007 Onderhoud groenzones, gesloten op "
        "13/05/2024",
    ):
        assert plain(expected) in argued, expected


@pytest.mark.parametrize(
    ("edit", "lang", "message"),
    [
        (  # a text taken out
            lambda s: s.replace('decides = "Besluit:"\n', ""),
            "nl",
            "In het sjabloon {file} ontbreekt de tekst 'decides' (of hij is leeg).",
        ),
        (  # a list emptied
            lambda s: (
                s[: s.index("considering = [")]
                + "considering = []\n"
                + s[s.index("considering_lots") :]
            ),
            "nl",
            "In het sjabloon {file} ontbreekt de tekst 'considering' (of hij is leeg).",
        ),
        (  # one text where the document needs a list of them
            lambda s: (
                s[: s.index("considering = [")]
                + 'considering = "Considérant que le marché est utile ;"\n'
                + s[s.index("considering_lots") :]
            ),
            "fr",
            "Le texte «\u00a0considering\u00a0» manque dans le modèle {file} (ou il est vide).",
        ),
        (  # a number among the texts of a list
            lambda s: s.replace("grounds = [\n", "grounds = [\n    3,\n"),
            "fr",
            "Le texte «\u00a0grounds\u00a0» manque dans le modèle {file} (ou il est vide).",
        ),
        (  # a lone brace
            lambda s: s.replace('decides = "Besluit:"', 'decides = "Besluit: {"'),
            "nl",
            "De tekst 'decides' van het sjabloon {file} heeft een accolade zonder tegenhanger: "
            "schrijf een letterlijke accolade dubbel.",
        ),
    ],
    ids=["text-missing", "list-empty", "text-for-a-list", "number-in-a-list", "lone-brace"],
)
def test_a_template_edited_wrongly_is_refused_naming_the_file_and_the_text(
    register, own_templates, edit, lang, message
):
    reg, tenders = register
    path = own_templates / f"draft-decision.{lang}.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(DocumentError) as refused:
        draft(reg, tenders["2026/090"], lang)
    assert refused.value.code == "template"
    assert refused.value.message == message.format(file=path)


@pytest.mark.parametrize("sentences", [5, 12, 17])
def test_an_articles_number_never_ends_a_page_without_its_text(register, sentences):
    """Motivations of these lengths would end a page right under an article's number."""
    reg, tenders = register
    file = gather(reg, tenders["2026/090"])
    motivation = "De openbare procedure geeft elke aannemer een kans. " * sentences
    file = replace(file, tender=replace(file.tender, motivation=motivation))
    (item,) = render("draft-decision", file, "nl", ISSUED)
    pages = page_texts(item.data)
    assert len(pages) > 1
    for number, page in enumerate(pages[:-1], start=1):
        *body, foot = lines_of(page)  # the foot: the document, its date and the page number
        assert foot.endswith(f"Pagina {number} van {len(pages)}"), foot
        assert not re.fullmatch(r"Artikel \d+", body[-1]), body[-1]


def test_the_draft_argues_the_ground_the_tender_chose_not_the_first_that_applies(register):
    """Competitive negotiation on the value ground f), though the needs ground a) comes first."""
    reg, _ = register
    tid = procedure_on_ground(reg, "competitive_negotiation_value")
    content = draft(reg, tid, "en")
    argued = content[content.index(plain("is motivated as follows:")) :]
    assert "1°, f)" in argued and "1°, a)" not in argued
