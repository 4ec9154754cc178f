"""What the register hands to a decision and how it tells a stored decision is out of step,
value for value. Expected values are written out by hand."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.store import records
from core.store.model import Tenderer
from core.store.register import Register
from tests.workspaces import new_workspace

TENDERERS = [
    Tenderer(tender_id=1, organisation_id=10, status="submitted", offer=Decimal("1234.5"), id=4),
    Tenderer(tender_id=1, organisation_id=11, status="winner", offer=Decimal("999"), id=7),
    Tenderer(tender_id=1, organisation_id=12, status="withdrawn", offer=Decimal("5"), id=8),
    Tenderer(tender_id=1, organisation_id=13, status="unacceptable", offer=None, id=9),
    Tenderer(tender_id=1, organisation_id=14, status="winner", offer=Decimal("0"), id=12),
]


def test_a_bid_compensation_counts_every_tenderer_but_the_withdrawn():
    """'submitted' counts as not selected; a withdrawn offer is no tenderer of the decision."""
    assert records.bid_tenderers(TENDERERS) == [
        {"id": "4", "status": "not_selected"},
        {"id": "7", "status": "winner"},
        {"id": "9", "status": "unacceptable"},
        {"id": "12", "status": "winner"},
    ]


def test_a_ranking_gets_the_opened_prices_in_cents():
    """Prices with two decimals; a tenderer without a price and a withdrawn one left out."""
    assert records.ranking_offers(TENDERERS) == [
        {"id": "4", "offer": "1234.50"},
        {"id": "7", "offer": "999.00"},
        {"id": "12", "offer": "0.00"},
    ]


def test_the_winner_is_the_first_marked_winner_by_id():
    """Two tenderers marked winner: the one with the lower id; none marked: no winner."""
    assert records.winner(list(reversed(TENDERERS))).id == 7
    assert records.winner(TENDERERS[:1]) is None


NOW = datetime(2026, 11, 22, 9, 30)


@pytest.fixture
def reg(tmp_path, pack):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, pack)
    ws.close()


def a_tender(reg) -> int:
    return reg.add_tender(
        {
            "reference": "2026/017",
            "title": "Renovatie dak sporthal",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "600000",
            "launch_date": "2026-03-01",
        },
        NOW,
    )


def test_the_lots_of_a_tender_are_kept_as_typed_and_replaced_as_a_whole(reg):
    """Numbers given or counted, titles trimmed, amounts to the cent, a free lot allowed;
    setting the lots again replaces them all."""
    tid = a_tender(reg)
    reg.set_lots(
        tid,
        [
            {"number": 5, "title": "  Dakwerken ", "estimated_value": "400000.5"},
            {"estimated_value": "0"},
            {"title": "Schilderwerk", "estimated_value": "199999.99"},
        ],
    )
    assert reg.lots(tid) == [
        {"number": 2, "title": "", "estimated_value": Decimal("0.00")},
        {"number": 3, "title": "Schilderwerk", "estimated_value": Decimal("199999.99")},
        {"number": 5, "title": "Dakwerken", "estimated_value": Decimal("400000.50")},
    ]
    reg.set_lots(tid, [{"title": "Alles", "estimated_value": "600000"}])
    assert reg.lots(tid) == [
        {"number": 1, "title": "Alles", "estimated_value": Decimal("600000.00")}
    ]


def test_the_decisions_name_each_tenderer_by_its_id_as_text(reg):
    """The key a decision gives a tenderer (its id, as text) -> the company's name."""
    tid = a_tender(reg)
    firms = [reg.add_organisation({"name": name}, NOW) for name in ("Dakwerken Peeters", "Alu Nv")]
    ids = [reg.add_tenderer({"tender_id": tid, "organisation_id": f}, NOW) for f in firms]
    assert reg.tenderer_names(tid) == {str(ids[0]): "Dakwerken Peeters", str(ids[1]): "Alu Nv"}
