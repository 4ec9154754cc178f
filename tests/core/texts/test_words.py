"""The words of the law and the Belgian way of writing them: citations, amounts, plurals, terms.

Every expected string is written out by hand, as a Flemish or Walloon civil servant would
write it, not built with the functions under test.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest

from core.dates import long_date
from core.decisions import CHECKS
from core.paths import resources_dir
from core.texts import (
    amount_field,
    cite,
    money,
    number,
    percent,
    percent_range,
    plural,
    text,
)
from core.texts.answers import advance_reason
from core.texts.citations import parse, readable

TEXTS = resources_dir() / "rules" / "texts"
I18N = resources_dir() / "i18n"
NBSP, NNBSP = "\u00a0", "\u202f"


def table(lang):
    return tomllib.loads((TEXTS / f"{lang}.toml").read_text(encoding="utf-8"))


def pack_sources(pack):
    sources = {p.source for ps in pack.params.values() for p in ps}
    return sorted(sources | {b.source for b in pack.bases})


# --- citations ---------------------------------------------------------------------------------

CITATIONS = [
    (
        "Law 17-06-2016 art. 12/1",
        "artikel 12/1 van de wet van 17 juni 2016",
        "article 12/1 de la loi du 17 juin 2016",
        "article 12/1 of the Act of 17 June 2016",
    ),
    (
        "Law 17-06-2016 art. 38 §1, first para., 1°, a)",
        "artikel 38, § 1, eerste lid, 1°, a), van de wet van 17 juni 2016",
        "article 38, § 1er, alinéa 1er, 1°, a), de la loi du 17 juin 2016",
        "article 38, § 1, first paragraph, 1°, a), of the Act of 17 June 2016",
    ),
    (
        "Law 17-06-2016 art. 12/1, second para.; KB 18-04-2017 art. 90, first para.",
        "artikel 12/1, tweede lid, van de wet van 17 juni 2016; "
        "artikel 90, eerste lid, van het koninklijk besluit van 18 april 2017",
        "article 12/1, alinéa 2, de la loi du 17 juin 2016\u00a0; "
        "article 90, alinéa 1er, de l'arrêté royal du 18 avril 2017",
        "article 12/1, second paragraph, of the Act of 17 June 2016; "
        "article 90, first paragraph, of the Royal Decree of 18 April 2017",
    ),
    (
        "Law 17-06-2016 as amended by the law of 22-12-2023 (article not verified)",
        "de wet van 17 juni 2016, zoals gewijzigd bij de wet van 22 december 2023 "
        "(artikel niet geverifieerd)",
        "la loi du 17 juin 2016, telle que modifiée par la loi du 22 décembre 2023 "
        "(article non vérifié)",
        "the Act of 17 June 2016, as amended by the Act of 22 December 2023 (article not verified)",
    ),
    (
        "KB 09-03-2022 as amended by KB 04-09-2023",
        "het koninklijk besluit van 9 maart 2022, zoals gewijzigd bij het koninklijk besluit "
        "van 4 september 2023",
        "l'arrêté royal du 9 mars 2022, tel que modifié par l'arrêté royal du 4 septembre 2023",
        "the Royal Decree of 9 March 2022, as amended by the Royal Decree of 4 September 2023",
    ),
    (
        "Law 17-06-2016 art. 39 with art. 38 §1, first para., 2°",
        "artikel 39, gelezen in samenhang met artikel 38, § 1, eerste lid, 2°, "
        "van de wet van 17 juni 2016",
        "article 39, lu en combinaison avec l'article 38, § 1er, alinéa 1er, 2°, "
        "de la loi du 17 juin 2016",
        "article 39, read with article 38, § 1, first paragraph, 2°, of the Act of 17 June 2016",
    ),
    (
        "KB 18-04-2017 art. 8-11",
        "artikelen 8 tot 11 van het koninklijk besluit van 18 april 2017",
        "articles 8 à 11 de l'arrêté royal du 18 avril 2017",
        "articles 8 to 11 of the Royal Decree of 18 April 2017",
    ),
    (
        "KB 18-04-2017 art. 90, first para., 1° (MB 08-12-2021)",
        "artikel 90, eerste lid, 1°, van het koninklijk besluit van 18 april 2017 "
        "(ministerieel besluit van 8 december 2021)",
        "article 90, alinéa 1er, 1°, de l'arrêté royal du 18 avril 2017 "
        "(arrêté ministériel du 8 décembre 2021)",
        "article 90, first paragraph, 1°, of the Royal Decree of 18 April 2017 "
        "(Ministerial Decree of 8 December 2021)",
    ),
    (
        "KB 14-01-2013 art. 67 §2 (before 2024-02-01)",
        "artikel 67, § 2, van het koninklijk besluit van 14 januari 2013 "
        "(versie vóór 1 februari 2024)",
        "article 67, § 2, de l'arrêté royal du 14 janvier 2013 "
        "(version antérieure au 1er février 2024)",
        "article 67, § 2, of the Royal Decree of 14 January 2013 (version before 1 February 2024)",
    ),
    (
        "Commission Recommendation 2003/361/EC, annex, art. 2",
        "artikel 2 van de bijlage bij aanbeveling 2003/361/EG van de Commissie",
        "article 2 de l'annexe de la recommandation 2003/361/CE de la Commission",
        "article 2 of the Annex to Commission Recommendation 2003/361/EC",
    ),
]


@pytest.mark.parametrize(("source", "nl", "fr", "en"), CITATIONS)
def test_a_source_is_cited_the_belgian_way(source, nl, fr, en):
    assert (cite(source, "nl"), cite(source, "fr"), cite(source, "en")) == (nl, fr, en)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_source_of_the_pack_is_read_and_cited_in_full_words(pack, lang):
    """No short form ("Wet 17-06-2016 art.", "Loi 17-06", "KB", "para.") is left anywhere."""
    short = re.compile(
        r"\b(Law|Wet|Loi|KB|AR|MB|AM|art\.|para\.|Del\. Reg\.)(?=\W)|\d{2}-\d{2}-\d{4}"
    )
    article = {"nl": "artikel", "fr": "article", "en": "article"}[lang]
    for source in pack_sources(pack):
        assert readable(source), source
        cited = cite(source, lang)
        assert not short.search(cited), (source, cited)
        if any(ref.act for ref in parse(source)):
            assert article in cited, (source, cited)


def test_the_first_day_of_a_month_is_an_ordinal_in_french():
    assert long_date(date(2024, 2, 1), "fr") == "1er février 2024"
    assert long_date(date(2024, 2, 1), "nl") == "1 februari 2024"
    assert long_date(date(2024, 2, 1), "en") == "1 February 2024"


def test_an_unknown_source_is_shown_as_written_not_guessed():
    assert cite("Decree of the Flemish Government 2020", "nl") == (
        "Decree of the Flemish Government 2020"
    )
    assert not readable("Decree of the Flemish Government 2020")


SOURCE = "Law 17-06-2016 art. 42 §1, 1°, a); KB 18-04-2017 art. 90, first para., 1°"


def test_a_citation_in_a_sentence_repeats_its_preposition_and_contracts_it():
    """« Sur la base de l'article … et de l'article … » ; « Conformément à l'article … »."""
    fr = cite(SOURCE, "fr")
    chosen = text("fr", "motivation", "chosen_ground", procedure="p", source=fr, ground="g")
    assert chosen == (
        f"Procédure retenue{NBSP}: p, sur la base de l'article 42, § 1er, 1°, a), de la loi du "
        "17 juin 2016 et de l'article 90, alinéa 1er, 1°, de l'arrêté royal du 18 avril 2017"
        f"{NBSP}: g."
    )
    ranking = text("fr", "doc", "ranking_body", source=cite("Law 17-06-2016 art. 12/5", "fr"))
    assert ranking.startswith("Conformément à l'article 12/5 de la loi du 17 juin 2016, ")
    nl = text(
        "nl", "motivation", "chosen_ground", procedure="p", source=cite(SOURCE, "nl"), ground="g"
    )
    assert nl == (
        "Gekozen procedure: p, op grond van artikel 42, § 1, 1°, a), van de wet van 17 juni 2016 "
        "en van artikel 90, eerste lid, 1°, van het koninklijk besluit van 18 april 2017: g."
    )
    plural_fr = cite("Law 17-06-2016 art. 35, 37", "fr")
    assert text("fr", "doc", "advance_opening", source=plural_fr).startswith(
        "Sur la base des articles 35 et 37 de la loi du 17 juin 2016, "
    )


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_sentence_that_embeds_a_citation_reads(lang):
    """No doubled or uncontracted preposition in any text with a {source}."""
    wrong = re.compile(r"\b(de le|de les|à le|à les|van van|of of|de de l)\b")
    for name, keys in table(lang).items():
        for key, template in keys.items():
            if "{source}" not in template:
                continue
            for source in (SOURCE, "KB 18-04-2017 art. 8-11", "Del. Reg. (EU) 2019/1828"):
                filled = text(lang, name, key, source=cite(source, lang))
                assert not wrong.search(filled), filled
                assert "{source}" not in filled


# --- amounts, numbers, percentages, plurals ----------------------------------------------------


def test_amounts_numbers_and_percentages_are_written_the_belgian_way():
    assert money(Decimal("9000"), "nl") == "€\u00a09.000,00"
    assert money(Decimal("9000"), "fr") == "9\u202f000,00\u00a0€"
    assert money(Decimal("9000"), "en") == "€9,000.00"
    assert money(Decimal("1234.565"), "nl") == "€\u00a01.234,57"  # half up, not to even
    assert money(Decimal("-50"), "fr") == "-50,00\u00a0€"
    assert number(Decimal("12.50"), "nl") == "12,5"
    assert number(Decimal("1250"), "fr") == "1\u202f250"
    assert number(Decimal("1250"), "nl", grouping=False) == "1250"
    assert percent(Decimal("20"), "nl") == "20%"
    assert percent(Decimal("12.5"), "fr") == "12,5\u00a0%"
    assert percent(Decimal("2.5"), "en") == "2.5%"


def test_an_amount_to_edit_has_the_digits_shown_and_reads_back():
    from core.money import parse_amount

    assert amount_field(Decimal("150000"), "nl") == "150.000,00"
    assert amount_field(Decimal("150000"), "fr") == "150\u202f000,00"
    assert amount_field(Decimal("150000"), "en") == "150,000.00"
    assert amount_field(None, "nl") == ""
    for lang in ("nl", "fr", "en"):
        assert parse_amount(amount_field(Decimal("1234567.8"), lang)) == Decimal("1234567.80")


def test_a_range_of_equal_ends_is_one_value():
    assert percent_range(Decimal("20"), Decimal("20"), "nl") == "20%"
    assert percent_range(Decimal("10"), Decimal("20"), "nl") == "10% tot 20%"
    assert percent_range(Decimal("5"), Decimal("20"), "fr") == "de 5\u00a0% à 20\u00a0%"
    assert percent_range(Decimal("20"), Decimal("20"), "fr") == "20\u00a0%"


ADVANCE = {
    "launch_date": "2025-02-01",
    "authority": "local",
    "procedure": "open",
    "contract_type": "services",
    "amount_incl_vat": "96800.00",
    "duration_months": 8,
    "contractor_size": "micro",
}


def test_a_micro_enterprise_gets_twenty_percent_not_twenty_to_twenty(pack):
    result = CHECKS["advance"].run(ADVANCE, pack)
    assert advance_reason(result, "nl").endswith(
        "kmo (micro-onderneming): 20% van de referentiewaarde."
    )
    assert advance_reason(result, "fr").endswith(
        f"PME (micro-entreprise){NBSP}: 20{NBSP}% de la valeur de référence."
    )
    small = CHECKS["advance"].run({**ADVANCE, "contractor_size": "small"}, pack)
    assert advance_reason(small, "nl").endswith(
        "(kleine onderneming): 10% tot 20% van de referentiewaarde."
    )


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("nl", 1, "1 maand"),
        ("nl", 2, "2 maanden"),
        ("nl", 12, "12 maanden"),
        ("fr", 1, "1 mois"),
        ("fr", 24, "24 mois"),
        ("en", 1, "1 month"),
        ("en", 18, "18 months"),
    ],
)
def test_months_agree_with_their_number(lang, count, expected):
    assert plural(lang, "doc", "months", count, months=count) == expected


def test_one_day_is_singular():
    assert plural("nl", "doc", "days", 1, days=1) == "1 dag"
    assert plural("fr", "doc", "days", 35, days=35) == "35 jours"
    assert plural("en", "label", "min_time_limit", 1, days=1) == "minimum time limit: 1 day"


def test_an_amount_never_breaks_before_its_euro_sign_in_a_pdf():
    """A French amount in a narrow cell stays on one line, € included."""
    from core.documents.layout import para

    amount = money(Decimal("1234567.89"), "fr")
    for width in range(100, 260, 7):  # wider than the amount itself
        paragraph = para(f"Montant demandé pour la première tranche {amount} hors TVA", "cell")
        paragraph.wrap(width, 1000)
        lines = [
            " ".join(line[1]) if isinstance(line, tuple) else " ".join(line.words)
            for line in paragraph.blPara.lines
        ]
        assert any("1\u00a0234\u00a0567,89\u00a0€" in line for line in lines), (width, lines)


# --- terms of the law ---------------------------------------------------------------------------


def test_the_required_items_are_named_as_the_law_names_them():
    """Seed 001: monsters, maquettes, prototypes, tekeningen, andere grafische ontwerpen..."""
    nl, fr = table("nl")["item"], table("fr")["item"]
    assert [nl[k] for k in ("samples", "models", "prototypes", "drawings", "graphic_designs")] == [
        "monsters",
        "maquettes",
        "prototypes",
        "tekeningen",
        "andere grafische ontwerpen",
    ]
    for key, art in (
        ("plastic_arts", "plastische kunsten"),
        ("musical_arts", "muzikale kunsten"),
        ("cinematographic_arts", "cinematografische kunsten"),
        ("performing_arts", "podiumkunsten"),
    ):
        assert art in nl[key]
    assert [fr[k] for k in ("samples", "models", "prototypes", "drawings")] == [
        "échantillons",
        "maquettes",
        "prototypes",
        "dessins",
    ]


def test_tenderers_whose_offer_was_not_chosen_are_not_called_unselected():
    """Selection is qualitative selection: the law says niet weerhouden / non retenus."""
    for lang, wrong, right in (
        ("nl", "geselecteerd", "weerhouden"),
        ("fr", "sélectionn", "retenu"),
    ):
        words = table(lang)
        assert right in words["status"]["not_selected"]
        assert right in words["doc"]["tenderer_not_selected"]
        all_text = (TEXTS / f"{lang}.toml").read_text(encoding="utf-8")
        all_text += (I18N / f"tenderdesk_{lang}.ts").read_text(encoding="utf-8")
        assert wrong not in all_text
    assert "niet weerhouden inschrijvers" in table("nl")["bid_reason"]["due"]
    assert "soumissionnaires non retenus" in table("fr")["bid_reason"]["due"]


def test_the_french_names_of_the_procedures_and_grounds_are_the_official_ones():
    fr = table("fr")
    assert fr["procedure"]["simplified_negotiated_with_publication"] == (
        "procédure négociée directe avec publication préalable"
    )
    assert "concours de projets" in fr["ground"]["design_contest"]


def test_medium_confidence_is_not_mediocre_in_dutch():
    nl = (TEXTS / "nl.toml").read_text(encoding="utf-8")
    assert "middelmatig" not in nl
    assert table("nl")["doc"]["conf_secondary"] == "gemiddeld"


# --- French typography --------------------------------------------------------------------------


def typography_faults(value: str) -> list[str]:
    """Where a French text lacks a no-break space before : ; ? ! » or after «."""
    faults = []
    for match in re.finditer(r"[:;?!»«]", value):
        i, sign = match.start(), match.group()
        before, after = value[i - 1 : i], value[i + 1 : i + 2]
        if sign == "«":
            ok = after in (NBSP, NNBSP)
        elif sign == ";" and (after == ";" or before == ";"):
            ok = True  # a Qt file filter ("*.sqlite;;*")
        elif sign == ":" and (after == "/" or (before.isdigit() and after.isdigit())):
            ok = True  # an address or a time
        else:
            ok = before in (NBSP, NNBSP)
        if not ok:
            faults.append(value[max(0, i - 20) : i + 5])
    return faults


def test_typography_faults_are_found():
    assert typography_faults("Total : 5") == ["Total : 5"]
    assert typography_faults("Total: 5") == ["Total: 5"]
    assert len(typography_faults(f"Total{NBSP}: 5 ; « a »")) == 3
    assert typography_faults(f"Total{NBSP}: 5{NBSP}; «{NBSP}a{NBSP}» (*.a);;*") == []


def test_french_texts_have_a_no_break_space_before_high_punctuation():
    faults = [
        (name, key, fault)
        for name, keys in table("fr").items()
        for key, value in keys.items()
        for fault in typography_faults(value)
    ]
    root = ET.parse(I18N / "tenderdesk_fr.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        for shown in [translation.text or "", *(n.text or "" for n in translation)]:
            faults += [("ts", message.findtext("source"), f) for f in typography_faults(shown)]
    assert faults == [], "run python tools/french_spacing.py, then tools/translations.py build"


def test_the_spacing_tool_puts_the_spaces_the_check_wants():
    from tools.french_spacing import fix_table, spaced

    assert spaced("Total : 5 ; « a » ? Pourquoi!") == (
        f"Total{NBSP}: 5{NBSP}; «{NBSP}a{NBSP}»{NBSP}? Pourquoi{NBSP}!"
    )
    assert spaced("Fichiers (*.sqlite);;Tous (*)") == "Fichiers (*.sqlite);;Tous (*)"
    table = '# a comment : kept\n[doc]\nwhy = "Est-elle due ?"\n'
    assert fix_table(table) == f'# a comment : kept\n[doc]\nwhy = "Est-elle due{NBSP}?"\n'
    assert typography_faults(spaced("Date : {date} ; voir « ceci » !")) == []
