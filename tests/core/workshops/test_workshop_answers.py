"""A trainee's answer checked against the key: each difference says what differs and explains
it with the rule and its article, in the trainee's language; a right answer has none; the
groups' scores come out as CSV."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from core.texts import text
from core.workshops import session
from core.workshops.answers import check_answer
from core.workshops.exercises import find, read_exercises
from tests.core.workshops.conftest import BUILT_IN


@pytest.fixture(scope="module")
def exercises():
    doc = json.loads((BUILT_IN / "exercises.json").read_text(encoding="utf-8"))
    return read_exercises(doc, BUILT_IN)


def _check(exercises, pack, ident, lang, **answer):
    return check_answer(find(exercises, ident), answer, pack, lang)


@pytest.mark.parametrize(
    ("ident", "check"),
    [
        ("adv-h2-small", "advance"),
        ("adv-cap-micro", "advance"),
        ("bid-restricted-reduced", "bid_compensation"),
        ("rank-price-and-quality", "provisional_ranking"),
        ("proc-216000", "procedure"),
    ],
)
def test_the_key_itself_is_a_right_answer(exercises, pack, ident, check):
    exercise = find(exercises, ident)
    assert exercise.check == check
    assert _check(exercises, pack, ident, "nl", input=exercise.input).right
    checked = _check(exercises, pack, ident, "fr", input={}, expect=exercise.expect)
    assert checked.right and checked.differences == () and checked.inputs == ()


def test_a_wrong_advance_names_the_rule_and_its_article(exercises, pack):
    """The trainee took the winner for a medium enterprise: 5% instead of 10%."""
    ex = find(exercises, "adv-h2-small")
    checked = _check(exercises, pack, ex.id, "nl", input={**ex.input, "contractor_size": "medium"})
    assert not checked.right
    by_key = {d.key: d for d in checked.differences}
    assert set(by_key) == {"percentage", "amount", "settlement"}
    pct = by_key["percentage"]
    assert pct.what == "Percentage: u antwoordde 5%; de sleutel zegt 10%."
    assert any("artikel 12/1, tweede lid, 2°" in r and "12/3" in r for r in pct.rules)
    assert "kleine onderneming" in pct.why
    assert checked.inputs == (
        "Grootte van de onderneming: u vulde middelgrote onderneming in; "
        "de casus zegt kleine onderneming.",
    )


def test_a_wrong_bid_compensation_names_the_rule_in_french(exercises, pack):
    """The trainee gives the irregular tenderer D the full compensation."""
    ex = find(exercises, "bid-restricted-reduced")
    given = {"mandatory": True, "amounts": {"A": "0", "B": "2500", "C": "2500", "D": "2500"}}
    checked = _check(
        exercises, pack, ex.id, "fr", input=ex.input, expect={**given, "total": "7500"}
    )
    by_key = {d.key: d for d in checked.differences}
    assert set(by_key) == {"amounts", "total"}
    assert "7\u202f500,00\u00a0€" in by_key["total"].what or "7 500,00" in by_key["total"].what
    reducible = text("fr", "param", "bid_compensation_reducible_statuses")
    assert any(
        r.startswith(reducible) and "loi du 17 juin 2016" in r for r in by_key["amounts"].rules
    )


def test_a_wrong_ranking_names_article_13(exercises, pack):
    ex = find(exercises, "rank-open-price-only")
    checked = _check(exercises, pack, ex.id, "en", input=ex.input, expect={"required": False})
    (diff,) = checked.differences
    assert diff.what == "Each tenderer told its place: you answered no; the key says yes."
    assert any("article 13" in r for r in diff.rules)


def test_a_wrong_procedure_names_the_thresholds_and_articles(exercises, pack):
    """At € 140,000 the trainee still takes the negotiated procedure without publication."""
    ex = find(exercises, "proc-140000")
    given = {
        "simplest": "negotiated_without_publication",
        "allowed": ["negotiated_without_publication", "open"],
        "publication_level": "belgian",
    }
    checked = _check(exercises, pack, ex.id, "nl", input=ex.input, expect=given)
    by_key = {d.key: d for d in checked.differences}
    assert set(by_key) == {"simplest", "allowed_excludes"}
    assert "onderhandelingsprocedure zonder voorafgaande bekendmaking" in by_key["simplest"].what
    assert "niet toegelaten: opdracht van beperkte waarde" in by_key["allowed_excludes"].what
    assert any("artikel 90, eerste lid, 1°" in r for r in by_key["simplest"].rules)
    assert any("artikel 41" in r for r in by_key["simplest"].rules)
    social = text("nl", "param", "social_services_negotiated_ceiling")
    assert not any(r.startswith(social) for r in by_key["simplest"].rules)  # services only
    open_ground = text("nl", "rule_value", "basis", procedure=text("nl", "procedure", "open"))
    assert not any(r.startswith(open_ground) for r in by_key["simplest"].rules)


def test_the_scores_csv_has_the_groups_rows(made, pack):
    copy = session.open_workshop(made)
    ex = find(copy.exercises, "adv-h2-small")
    wrong = check_answer(ex, {"input": {**ex.input, "contractor_size": "micro"}}, pack, "nl")
    right = check_answer(ex, {"input": ex.input}, pack, "nl")
    session.record(copy, "Groep 1", ex.id, wrong.right, datetime(2026, 11, 22, 10), 300)
    session.record(copy, "Groep 1", ex.id, right.right, datetime(2026, 11, 22, 10, 7), 420)
    session.record(copy, "Groep 2", ex.id, right.right, datetime(2026, 11, 22, 10, 9))
    words = {k: text("nl", "workshop_score", k) for k in session.SCORE_WORDS}
    lines = session.scores_csv(copy, words).splitlines()
    assert lines == [
        "Groep;Oefening;Resultaat;Beantwoord op;Seconden",
        "Groep 1;adv-h2-small;fout;2026-11-22T10:00:00;300",
        "Groep 1;adv-h2-small;juist;2026-11-22T10:07:00;420",
        "Groep 2;adv-h2-small;juist;2026-11-22T10:09:00;",
        "Groep 1;totaal;1/2;;",
        "Groep 2;totaal;1/1;;",
    ]


def test_no_settlement_in_the_answer_is_said_in_words(exercises, pack):
    """A large company gets no advance: the settlement the key asks for was answered with none."""
    ex = find(exercises, "adv-h2-small")
    checked = _check(exercises, pack, ex.id, "nl", input={**ex.input, "contractor_size": "large"})
    settlement = next(d for d in checked.differences if d.key == "settlement")
    assert settlement.what.startswith(
        "Aanrekening: u antwoordde niets; de sleutel zegt €\u00a04.500,00"
    )
