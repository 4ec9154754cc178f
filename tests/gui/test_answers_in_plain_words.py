"""Answers as a verdict, then the reasons: what a user reads first on each wizard's answer page,
the excluded procedures folded, and no code, key or machine date anywhere they can look."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.rules import bundled_pack
from gui.rules.page import RulesPage
from gui.shared import i18n
from gui.wizards.answer_view import shown_texts
from tests.gui.answer_pages import answered

NB = "\u00a0"
NNB = "\u202f"


@pytest.fixture(autouse=True)
def _english_again(qapp):
    """A test that shows a screen in Dutch or French leaves the app in English."""
    yield
    i18n.install(qapp, "en")


VERDICTS = {
    ("procedure", "nl"): (
        "U mag de vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking "
        "gebruiken (artikel 41, § 1, 1°, van de wet van 17 juni 2016); dat is de eenvoudigste "
        "toegestane mogelijkheid."
    ),
    ("procedure", "fr"): (
        "Vous pouvez choisir la procédure négociée directe avec publication préalable "
        f"(article 41, § 1er, 1°, de la loi du 17 juin 2016){NB}; c'est l'option permise la "
        "plus simple."
    ),
    ("advance", "nl"): (
        f"De opdrachtnemer heeft recht op een voorschot van €{NB}9.000,00: 10% van de "
        f"referentiewaarde van €{NB}90.000,00."
    ),
    ("advance", "fr"): (
        f"L'adjudicataire a droit à une avance de 9{NNB}000,00{NB}€{NB}: 10{NB}% de la valeur "
        f"de référence de 90{NNB}000,00{NB}€."
    ),
    ("bid", "nl"): f"Een biedvergoeding van €{NB}2.500,00 is verschuldigd, aan 1 inschrijver.",
    ("bid", "fr"): (
        f"Une indemnité de soumission de 2{NNB}500,00{NB}€ est due, à 1 soumissionnaire."
    ),
    ("ranking", "nl"): (
        "Deel elke inschrijver meteen na de opening van de offertes zijn eigen voorlopige "
        "plaats mee."
    ),
    ("ranking", "fr"): (
        "Communiquez à chaque soumissionnaire sa propre place provisoire dès l'ouverture des "
        "offres."
    ),
}


@pytest.mark.parametrize(("kind", "lang"), sorted(VERDICTS))
def test_the_answer_page_opens_with_one_plain_sentence(qtbot, wizard_register, kind, lang):
    """The first thing on the page, above every reason, is the verdict in the user's language."""
    wizard = answered(qtbot, *wizard_register, kind, lang)  # kept: qtbot holds a weak reference
    page = wizard.answer
    assert page.headline.text() == VERDICTS[kind, lang]
    layout = page.layout()
    assert layout.indexOf(page.headline) == 0  # nothing above it
    assert page.headline.isVisible() and page.reason.text()


def test_excluded_procedures_are_folded_with_one_plain_reason_each(qtbot, wizard_register):
    """Closed until asked: a click (or Space) opens the list; each procedure with one plain
    reason, then its grounds and their articles, readable without a mouse (not a tooltip)."""
    wizard = answered(qtbot, *wizard_register, "procedure", "fr")
    folded = wizard.answer.excluded
    assert not folded.is_open() and not folded.body.isVisible()
    assert folded.toggle.text() == f"Non permises (4){NB}: pourquoi"
    folded.toggle.click()
    assert folded.body.isVisible()
    lines = wizard.answer.excluded_lines
    assert lines.texts()[0] == (
        f"✗ marché de faible montant (facture acceptée){NB}: Seulement sous 30{NNB}000,00{NB}€"
        f"{NB}; l'estimation est de 141{NNB}500,00{NB}€.\n"
        f"sous 30{NNB}000,00{NB}€ — article 92 de la loi du 17 juin 2016{NB}; article 124 de "
        "l'arrêté royal du 18 avril 2017"
    )
    assert not wizard.answer.explanation.rules.is_open()  # the rules applied: folded too


#: what a user must never read: a snake_case key, a value joined by "@", a "[key = value"
#: bracket, an ISO date, an amount without its thousands separators, Python's True/False/None
RAW = re.compile(
    r"\b[a-z]+(?:_[a-z0-9]+)+\b|@|\[\w+ = |\b\d{4}-\d{2}-\d{2}\b|\b\d{5,}\b|\b(?:True|False|None)\b"
)
URL = re.compile(r"https?://\S+")


def raw_codes(texts: list[str]) -> list[str]:
    """The texts that show something raw (web addresses of the sources left aside)."""
    return [text for text in texts if RAW.search(URL.sub("", text))]


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("kind", ["procedure", "advance", "bid", "ranking"])
def test_no_raw_code_on_the_answer_pages(qtbot, wizard_register, kind, lang):
    """Every text of the answer page, folded parts and tooltips included, is in words."""
    wizard = answered(qtbot, *wizard_register, kind, lang)  # kept: qtbot holds a weak reference
    page = wizard.answer
    page.explanation.rules.set_open(True)
    texts = shown_texts(page, tooltips=True)
    assert len(texts) > 10
    assert raw_codes(texts) == []


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_rules_page_shows_values_dates_and_names_in_words(qtbot, lang):
    """Every cell and tooltip of the Rules page in words: € 225.000,00, 50 %, 01/01/2024."""
    i18n.install(QApplication.instance(), lang)
    page = RulesPage(bundled_pack(), date(2026, 11, 22), lang)
    qtbot.addWidget(page)
    model = page.model
    texts = [
        model.index(row, column).data(role)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    texts = [text for text in texts if text]
    assert raw_codes(texts) == []
    shown = {model.index(row, 0).data(): model.index(row, 1).data() for row in range(40)}
    if lang == "nl":
        assert shown["Voorschot: absoluut plafond"] == f"€{NB}225.000,00"
        assert shown["Voorschot: standaardverrekening"] == (
            "50% zodra 30% uitgevoerd is; 50% zodra 60% uitgevoerd is"
        )
        assert "01/01/2024" in texts
    else:
        assert shown["Avance : plafond absolu".replace(" :", f"{NB}:")] == f"225{NNB}000,00{NB}€"
