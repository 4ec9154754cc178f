"""The PDF documents read back: amounts, legal references and each tenderer's own data."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.documents import KINDS, DocumentError, Rendered, file_word, gather, render, slug
from core.rules import bundled_pack
from core.store.register import Register
from tests.core.document_decisions import decide_every_kind
from tests.core.languages import english_only
from tests.pdf_text import page_texts, pdf_text, plain
from tests.workspaces import new_workspace

ROOT = Path(__file__).resolve().parents[2]

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
PAGE = {"nl": "Pagina 1 van", "fr": "Page 1 sur", "en": "Page 1 of"}
FIRMS = (
    ("Bouwbedrijf Peeters nv", "0403.170.701", "41000", "winner", "small"),
    ("Entreprise Lambert sa", "0404.616.494", "39500", "not_selected", "medium"),
    ("Dakwerken Jansens bv", "0202.239.951", "44500", "not_selected", "micro"),
)


def plain_text(pages: list[str]) -> str:
    """The text of the pages, its spaces made plain."""
    return plain(" ".join(pages))


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    ws = new_workspace(tmp_path_factory.mktemp("docs") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    buyer = reg.add_organisation(
        {
            "name": "Gemeente Sint-Jözef",
            "enterprise_number": "0207.437.468",
            "street": "Markt 1",
            "postcode": "9000",
            "city": "Gent",
        },
        NOW,
    )
    tid = reg.add_tender(
        {
            "reference": "2026/017",
            "title": "Rénovation de l'église Sint-Jözef",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "150000",
            "launch_date": "2026-03-01",
            "duration_months": "18",
            "buyer_id": buyer,
            "procedure": "open",
            "price_only": True,
            "leading_official": "An De Smet",
            "motivation": "Wij kiezen de openbare procedure <omdat> & zo.\n"
            "De prijs is het enige criterium.",
            "notes": "Sleutel bij de koster.\nBezoek op afspraak.",
            "offers_deadline": "2026-11-19",
        },
        NOW,
    )
    for name, number, offer, status, size in FIRMS:
        org = reg.add_organisation(
            {
                "name": name,
                "enterprise_number": number,
                "iban": "BE71 0961 2345 6769",
                "bic": "GKCCBEBB",
                "size_class": size,
                "staff_awu": "23.5",
                "turnover": "4200000",
                "balance_sheet_total": "3100000",
                "figures_year": 2025,
                "street": "Industrieweg 4",
                "postcode": "9820",
                "city": "Merelbeke",
            },
            NOW,
        )
        reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "offer": offer, "status": status}, NOW
        )
    decide_every_kind(reg, tid, NOW)
    yield reg, tid
    ws.close()


@pytest.fixture(scope="module")
def made(register):
    """The files ``render`` makes of the register's tender in a kind and a language, each with
    the text of its pages: made once in a process for what the register holds of the tender
    (several tests read the same file; after a test changed the tender they are made anew)."""
    reg, tid = register
    files: dict = {}

    def of(kind: str, lang: str) -> list[tuple[Rendered, list[str]]]:
        file = gather(reg, tid)
        if (kind, lang) not in files or files[kind, lang][0] != file:
            rendered = render(kind, file, lang, ISSUED)
            files[kind, lang] = file, [(item, page_texts(item.data)) for item in rendered]
        return files[kind, lang][1]

    return of


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_document_reads_back_with_its_page_numbers_metadata_and_font(made, kind, lang):
    files = made(kind, lang)
    assert files
    for item, pages in files:
        reader, content = PdfReader(io.BytesIO(item.data)), plain_text(pages)
        assert "2026/017" in content
        assert PAGE[lang] in content
        assert "22/11/2026" in content
        assert reader.metadata.title.endswith("2026/017")
        assert reader.trailer["/Root"]["/Lang"] == {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}[lang]
        fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
        embedded = [f for f in fonts if "DejaVuSans" in f["/BaseFont"]]
        assert embedded and all("/FontFile2" in f["/FontDescriptor"] for f in embedded)
        assert item.name.startswith("2026-017-" + file_word(kind, lang) + "-" + lang)


#: the text typed on several lines that each kind prints (the bid compensation prints none)
TYPED_LINES = {
    "summary": [("Sleutel bij de koster.", "Bezoek op afspraak."), ("Markt 1", "9000 Gent")],
    "motivation": [
        ("Wij kiezen de openbare procedure <omdat> & zo.", "De prijs is het enige criterium.")
    ],
    "advance-request": [("Markt 1", "9000 Gent")],
    "ranking-notices": [("Markt 1", "9000 Gent")],
}


@pytest.mark.parametrize("kind", list(TYPED_LINES))
def test_text_typed_on_several_lines_is_printed_on_as_many_lines(made, kind):
    """A motivation, a note or an address keeps its line breaks, in every language."""
    for lang in ("nl", "fr"):
        for _, pages in made(kind, lang):
            printed = [line.strip() for page in pages for line in page.split("\n")]
            for first, second in TYPED_LINES[kind]:
                ending = [n for n, line in enumerate(printed) if line.endswith(first)]
                assert ending, (first, printed)
                assert any(printed[n + 1].startswith(second) for n in ending), (first, second)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_advance_request_has_every_field_of_the_written_request(made, lang):
    """49 610 over 18 months, small: 10 % of 12 months' worth, settled in two tranches."""
    ((_, pages),) = made("advance-request", lang)
    content = plain_text(pages)
    for expected in (
        "Bouwbedrijf Peeters nv",
        "0403.170.701",
        "BE71 0961 2345 6769",
        "GKCCBEBB",
        "Gemeente Sint-Jözef",
        "An De Smet",
        *{
            "nl": ("kleine onderneming", "€ 49.610,00", "€ 33.073,33", "€ 3.307,33"),
            "fr": ("petite entreprise", "49 610,00 €", "33 073,33 €", "3 307,33 €"),
            "en": ("small enterprise", "€49,610.00", "€33,073.33", "€3,307.33"),
        }[lang],
        *{
            "nl": ("€ 1.653,67", "€ 1.653,66"),
            "fr": ("1 653,67 €", "1 653,66 €"),
            "en": ("€1,653.67", "€1,653.66"),
        }[lang],
        {
            "nl": "Op grond van artikel 12/1, tweede lid, 2°, en van artikel 12/3 van de wet van "
            "17 juni 2016 vragen wij",
            "fr": "Sur la base de l'article 12/1, alinéa 2, 2°, et de l'article 12/3 de la loi du "
            "17 juin 2016, nous vous demandons",
            "en": "On the basis of article 12/1, second paragraph, 2°, and of article 12/3 of the "
            "Act of 17 June 2016, we ask",
        }[lang],
        {
            "nl": "Deze aanvraag is gedateerd en niet ondertekend: voor opdrachten gelanceerd "
            "vanaf 01/02/2024 hoeft de schriftelijke aanvraag van het voorschot niet langer "
            "ondertekend te worden.",
            "fr": "Cette demande est datée et non signée : pour les marchés lancés à partir du "
            "01/02/2024, la signature de la demande écrite d'avance n'est plus requise.",
            "en": "This request is dated and not signed: for contracts launched from 01/02/2024 "
            "the written request for the advance no longer needs a signature.",
        }[lang],
    ):
        assert expected in content, expected


def _laid_out(flowables) -> str:
    """The text handed to the layout, with its no-break spaces (the PDF's text layer shows
    them as plain spaces, so only here can they be checked)."""
    out = []
    for item in flowables:
        if hasattr(item, "_content"):  # KeepTogether
            out.append(_laid_out(item._content))
        elif hasattr(item, "_cellvalues"):
            out += [_laid_out(row) for row in item._cellvalues]
        elif hasattr(item, "text"):
            out.append(item.text)
    return " ".join(out)


def test_amounts_are_laid_out_with_their_no_break_spaces(register):
    reg, tid = register
    file = gather(reg, tid)
    nl = _laid_out(KINDS["advance-request"].parts(file, "nl", ISSUED)[0][1])
    fr = _laid_out(KINDS["advance-request"].parts(file, "fr", ISSUED)[0][1])
    assert "€\u00a049.610,00" in nl and "€\u00a03.307,33" in nl
    # the narrow no-break space of fr_BE is a plain no-break space in the PDF (the layout
    # would break a line at U+202F)
    assert "49\u00a0610,00\u00a0€" in fr and "3\u00a0307,33\u00a0€" in fr


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_bid_compensation_gives_each_tenderer_its_amount_and_the_total(made, lang):
    """1 500 to each of the two tenderers not chosen, nothing to the winner: 3 000 in all."""
    content = plain_text(made("bid-compensation", lang)[0][1])
    rows = {
        "nl": (
            "Bouwbedrijf Peeters nv gekozen inschrijver € 0,00",
            "Dakwerken Jansens bv niet weerhouden € 1.500,00",
            "Entreprise Lambert sa niet weerhouden € 1.500,00",
            "Totaal € 3.000,00",
        ),
        "fr": (
            "Bouwbedrijf Peeters nv adjudicataire 0,00 €",
            "Dakwerken Jansens bv non retenu 1 500,00 €",
            "Entreprise Lambert sa non retenu 1 500,00 €",
            "Total 3 000,00 €",
        ),
    }[lang]
    for row in rows:
        assert row in content, row


def test_each_ranking_notice_tells_one_tenderer_only_its_own_place(made):
    files = made("ranking-notices", "nl")
    places = {"Entreprise Lambert sa": 1, "Bouwbedrijf Peeters nv": 2, "Dakwerken Jansens bv": 3}
    assert len(files) == 3
    for item, pages in files:
        content = plain_text(pages)
        own = [name for name in places if name in content]
        assert len(own) == 1, own
        assert f"plaats {places[own[0]]}." in content
        assert slug(own[0]) in item.name
        assert "€" not in content  # no prices
        assert "niemand doorgeven" in content


def test_the_motivation_shows_the_procedures_the_choice_and_the_paragraph(register, made):
    reg, tid = register
    file = gather(reg, tid)
    content = plain_text(made("motivation", "fr")[0][1])
    for procedure in (
        "procédure négociée directe avec publication préalable",
        "procédure ouverte",
        "procédure restreinte",
        "procédure concurrentielle avec négociation",
    ):
        assert procedure in content
    assert "Wij kiezen de openbare procedure <omdat> & zo." in content
    assert file.decisions["procedure"].stored.pack_version in content
    assert "150 000,00 €" in content


def test_the_summary_lists_the_tenderers_and_the_four_decisions(made):
    content = plain_text(made("summary", "en")[0][1])
    for name, number, _, _, _ in FIRMS:
        assert name in content and number in content
    for decision in ("Procedure choice", "Advance", "Bid compensation", "Provisional ranking"):
        assert decision in content


def test_documents_show_the_stored_result_and_never_decide_again(register):
    """A stored amount is what the document prints, even one the engine would not give."""
    reg, tid = register
    row = reg.ws.conn.execute(
        "SELECT id, result_json FROM decisions WHERE tender_id = ? AND kind = 'advance'", [tid]
    ).fetchone()
    stored = json.loads(row[1])
    tampered = {**stored, "amount": "1234.56"}
    with reg.ws.transaction():
        reg.ws.conn.execute(
            "UPDATE decisions SET result_json = ? WHERE id = ?", [json.dumps(tampered), row[0]]
        )
    try:
        content = pdf_text(render("advance-request", gather(reg, tid), "en", ISSUED)[0].data)
        assert "€1,234.56" in content
    finally:
        with reg.ws.transaction():
            reg.ws.conn.execute(
                "UPDATE decisions SET result_json = ? WHERE id = ?", [row[1], row[0]]
            )


def test_a_missing_or_negative_decision_says_why_in_the_documents_language(register):
    reg, tid = register
    other = reg.add_tender(
        {
            "reference": "2026/018",
            "title": "Schoonmaak",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "300000",
            "launch_date": "2026-03-01",
            "price_only": False,
        },
        NOW,
    )
    with pytest.raises(DocumentError) as missing:
        render("motivation", gather(reg, other), "fr", ISSUED)
    assert missing.value.code == "no_decision"
    assert missing.value.message == (
        "Aucune décision «\u00a0Choix de la procédure\u00a0» n'est enregistrée pour ce "
        "marché\u00a0: prenez-la d'abord (menu Décider)."
    )
    reg.decide(
        other,
        "provisional_ranking",
        {
            "launch_date": "2026-03-01",
            "authority": "local",
            "contract_type": "services",
            "estimated_value_excl_vat": "300000",
            "procedure": "open",
            "price_only": False,
        },
        NOW,
    )
    with pytest.raises(DocumentError) as not_due:
        render("ranking-notices", gather(reg, other), "en", ISSUED)
    assert not_due.value.code == "not_due"


def test_uncertain_rules_are_listed_with_their_source(register, made):
    reg, tid = register
    file = gather(reg, tid)
    result = file.decisions["bid_compensation"].result
    assert result.flagged, "the bid compensation rules are of medium confidence"
    content = plain_text(made("bid-compensation", "en")[0][1])
    assert "Rules of medium or low confidence" in content
    assert (
        "the Act of 17 June 2016, as amended by the Act of 22 December 2023 (article not verified)"
        in content
    )


def test_hostile_text_and_300_tenderers_make_a_valid_pdf(tmp_path):
    ws = new_workspace(tmp_path / "h.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    title = "<b>Bold</b> & \"quotes\" 'single' <script>"
    tid = reg.add_tender(
        {
            "reference": "H/1",
            "title": title,
            "authority": "local",
            "contract_type": "supplies",
            "estimated_value": "90000",
            "launch_date": "2026-03-01",
            "notes": "x" * 400,
        },
        NOW,
    )
    names = [f"Firma &amp; <{n:03d}> Ölçü" for n in range(300)]
    with ws.transaction():  # one commit for the 600 rows: the document is what is tested
        for n, name in enumerate(names):
            org = reg.add_organisation({"name": name}, NOW)
            offer = str(50000 + n)
            reg.add_tenderer({"tender_id": tid, "organisation_id": org, "offer": offer}, NOW)
    reg.decide(
        tid,
        "bid_compensation",
        {
            "launch_date": "2026-03-01",
            "procedure": "restricted",
            "required_items": ["samples"],
            "documents_amount": "100",
            "tenderers": reg.decision_tenderers(tid),
        },
        NOW,
    )
    file = gather(reg, tid)
    for kind in ("summary", "bid-compensation"):
        pages = page_texts(render(kind, file, "nl", ISSUED)[0].data)
        content = plain_text(pages)
        assert len(pages) > 3
        assert title in content
        assert all(name in content for name in names)
        headings = sum("Inschrijver" in page for page in pages)
        assert headings > 1  # the table heading repeats on every page it runs over
    ws.close()


def test_file_names_are_safe_and_keep_accents():
    assert slug("2026/017") == "2026-017"
    assert slug("Société Générale") == "Société-Générale"
    assert slug("///") == "x"


def test_the_advance_request_gives_each_figure_under_its_own_label(made):
    """Each line of the request's tables as the buyer reads it: the label, then its value."""
    ((_, pages),) = made("advance-request", "nl")
    content = plain_text(pages)
    for expected in (
        "De opdracht Titel Rénovation de l'église Sint-Jözef Referentie 2026/017 "
        "Aanbestedende overheid Gemeente Sint-Jözef Procedure openbare procedure "
        "Datum van lancering 01/03/2026 Rechtsgrond Hypothese 2:",
        "omzet van € 4.200.000,00, balanstotaal van € 3.100.000,00.",
        "Berekening van het voorschot Oorspronkelijk opdrachtbedrag incl. btw € 49.610,00 "
        "Looptijd 18 maanden Referentiewaarde € 33.073,33 Het oorspronkelijke bedrag; voor een "
        "opdracht van meer dan 12 maanden, het bedrag voor 12 maanden.",
        "Percentage 10% Voorschot vóór de begrenzing € 3.307,33 Wettelijke bovengrens "
        "€ 225.000,00: niet bereikt Gevraagd bedrag € 3.307,33",
        "Bankrekening voor de betaling IBAN BE71 0961 2345 6769 BIC GKCCBEBB Rekeninghouder "
        "Bouwbedrijf Peeters nv",
    ):
        assert plain(expected) in content, expected


def test_the_motivation_lists_each_allowed_procedure_with_its_basis_period_and_marks(made):
    ((_, pages),) = made("motivation", "fr")
    content = plain_text(pages)
    for expected in (
        "Procédure autorisée la plus simple : procédure négociée directe avec publication "
        "préalable (convention propre à l'application, pas une règle de droit).",
        "procédure négociée directe avec publication préalable article 41, § 1er, 2°, de la loi "
        "du 17 juin 2016 22 jours oui procédure ouverte articles 35 et 36 de la loi du 17 juin "
        "2016 35 jours oui procédure restreinte articles 35 et 37 de la loi du 17 juin 2016 "
        "30 jours oui",
        # a basis of medium confidence is marked on the procedure and on its source
        "⚠ procédure concurrentielle avec négociation article 38, § 1er, alinéa 1er, 1°, f), de "
        "la loi du 17 juin 2016 ⚠ 30 jours oui",
        # every threshold the decision applied, to the last one
        "Seuil de la procédure négociée directe avec publication, travaux 750 000,00 €",
    ):
        assert plain(expected) in content, expected


def test_the_motivation_adds_up_the_lots_and_says_a_duration_is_indefinite(register):
    from core.documents.data import Lot

    reg, tid = register
    file = gather(reg, tid)
    lots = (Lot(1, "Ruwbouw", Decimal("90000")), Lot(2, "Dak", Decimal("60000.50")))
    file = replace(file, tender=replace(file.tender, indefinite=True), lots=lots)
    (item,) = render("motivation", file, "fr", ISSUED)
    content = pdf_text(item.data)
    assert plain("Durée indéterminée") in content
    assert plain("Le montant estimé additionne les lots :") in content
    assert plain("Ruwbouw 90 000,00 €") in content and plain("Dak 60 000,50 €") in content
    assert plain("Total 150 000,50 €") in content


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_a_document_in_dutch_or_french_has_no_english_left_in_it(made, lang):
    """Every kind, every file: no label, heading or sentence of the English texts."""
    english = english_only(lang)
    assert len(english) > 250  # the tables were read
    for kind in KINDS:
        for item, pages in made(kind, lang):
            content = plain_text(pages)
            # a text the page does not hold is not searched for as a whole word
            left = [
                w
                for w in english
                if plain(w) in content
                and re.search(rf"(?<!\w){re.escape(plain(w))}(?!\w)", content)
            ]
            assert not left, (kind, item.name, left)
