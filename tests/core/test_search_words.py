"""The words a search looks for: a word typed twice is looked for once, and the tenders found are
those every word typed finds."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.limits import SEARCH_CHARS, search_words
from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TITLES = (
    "De renovatie van de kerk",
    "Rénovation de la maison de repos",
    "Réfection de l'école",
    "Onderhoud_groen 2022/27",
    "Dak van de sporthal",
    "ÉCOLE DE DANSE",
    "Ab abc abcd",
    "de",
)


def _every_word(text: str) -> str:
    """The full-text query of every word typed, none left out: what the search must match."""
    words = search_words(re.findall(r"\w+", text[:SEARCH_CHARS]))
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    workspace = new_workspace(tmp_path_factory.mktemp("words") / "w.sqlite", now=NOW)
    reg = Register(workspace, bundled_pack())
    buyer = reg.add_organisation({"name": "Gemeente De Panne"}, NOW)
    for n, title in enumerate(TITLES, 1):
        reg.add_tender(
            {
                "reference": f"2022/{n}",
                "title": title,
                "authority": "local",
                "contract_type": "works",
                "estimated_value": "60000",
                "launch_date": "2026-03-01",
                "buyer_id": buyer if n % 2 else None,
            },
            NOW,
        )
    yield workspace
    workspace.close()


def _found(ws, expression: str) -> set[int]:
    sql = "SELECT rowid FROM tender_search WHERE tender_search MATCH ?"
    return {r[0] for r in ws.conn.execute(sql, [expression])}


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("de la maison de", '"de"* AND "la"* AND "maison"*'),
        ("van de van de", '"van"* AND "de"*'),
        ("2022/2 2022", '"2022"* AND "2"*'),
        ("De de", '"De"* AND "de"*'),  # compared as typed: the index folds the case
    ],
)
def test_a_word_typed_again_is_looked_for_once(typed, expression):
    assert search.fts_expression(typed) == expression


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="adeéÉlo_2/ ", min_size=1, max_size=6).filter(str.strip), max_size=6
    ).map(" ".join)
)
@example("de la maison de")
@example("_ _2")  # "_" is no word to the index: it matches nothing, which "_2" does not say
@example("2022/2 2")
def test_the_tenders_found_are_those_every_word_typed_finds(ws, typed):
    expression = search.fts_expression(typed)
    if expression is None:
        assert not re.findall(r"\w+", typed)
        return
    assert _found(ws, expression) == _found(ws, _every_word(typed)), expression
