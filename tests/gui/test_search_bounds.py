"""A search of any length answers, and a failing query never leaves a view half reset."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from core.rules import bundled_pack
from core.store import organisations, search
from core.store.register import Register
from gui.organisations.model import OrganisationsModel
from gui.register.model import RegisterModel
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
HUGE_QUERIES = [
    " ".join(["bouw"] * 500),
    " ".join(f"w{n}" for n in range(600)),
    "é" * 3_500,
    "Vermeulen " + "a" * 3_500,
    "[*?]%_\\" * 2_000,
]


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    buyer = register.add_organisation({"name": "Gemeente Bouwel"}, NOW)
    register.add_organisation({"name": "Bouwbedrijf Vermeulen"}, NOW)
    register.add_tender(
        {
            "reference": "2026/001",
            "title": "Bouw van een school",
            "buyer_id": buyer,
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "60000",
            "launch_date": "2026-01-01",
        },
        NOW,
    )
    # a name written before names had a length limit (or by another program)
    ws.db.execute(
        "INSERT INTO organisations (name, created_at, updated_at) VALUES (?, ?, ?)",
        ["Lange naam " + "é" * 4_000, NOW.isoformat(), NOW.isoformat()],
    )
    ws.db.conn.commit()
    yield register
    ws.close()


@pytest.mark.parametrize("text", HUGE_QUERIES)
def test_a_huge_query_answers_in_both_searches(reg, text):
    found = organisations.search(reg.ws, organisations.Query(text=text))
    assert organisations.count(reg.ws, organisations.Query(text=text)) == len(found)
    rows = search.search(reg.ws, search.Query(text=text))
    assert search.count(reg.ws, search.Query(text=text)) == len(rows)


def test_the_first_words_of_a_long_query_still_find(reg):
    text = "bouw " * 500
    assert [r.name for r in organisations.search(reg.ws, organisations.Query(text=text))] == [
        "Bouwbedrijf Vermeulen",
        "Gemeente Bouwel",
    ]
    assert len(organisations.search(reg.ws, organisations.Query(text="e" * 3_500))) == 1
    assert [r.reference for r in search.search(reg.ws, search.Query(text=text))] == ["2026/001"]


@pytest.mark.parametrize(
    "make, module, query",
    [
        (lambda reg: OrganisationsModel(reg.ws), organisations, "Query"),
        (lambda reg: RegisterModel(reg.ws, date(2026, 11, 22)), search, "Query"),
    ],
)
def test_a_failing_query_leaves_the_model_as_it_was(reg, monkeypatch, qtbot, make, module, query):
    model = make(reg)
    model.set_query(getattr(module, query)(text="bouw"))
    before = model.rowCount()
    assert before > 0
    resets = []
    model.modelAboutToBeReset.connect(lambda: resets.append("about"))

    def broken(ws, q):
        raise sqlite3.OperationalError("Expression tree is too large (maximum depth 1000)")

    monkeypatch.setattr(module, "search", broken)
    with pytest.raises(sqlite3.OperationalError):
        model.set_query(getattr(module, query)(text="anything"))
    assert resets == []
    assert model.rowCount() == before
    monkeypatch.undo()
    model.set_query(getattr(module, query)(text=""))  # the model still works
    assert model.rowCount() >= before
