"""My offers: an offer from a notice (buyer made on the fly), the list my company sees, our
statuses in our words, deadlines near and past, the offer kept when we win; schema 5."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal

import pytest

from core.company.offers import (
    NEAR_DAYS,
    add_offer,
    deadline_state,
    my_offers,
    update_offer,
)
from core.errors import ValidationError
from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from core.store.schema import MIGRATIONS
from core.store.sqlite_files import statements
from core.store.workspace import APPLICATION_ID, open_workspace
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
NOTICE = {
    "reference": "2026/S 210-000123",
    "buyer": "Commune de Gembloux",
    "title": "Fourniture de mobilier scolaire",
    "authority": "local",
    "contract_type": "supplies",
    "estimated_value": "90000",
    "procedure": "simplified_negotiated_with_publication",
    "launch_date": "2026-11-02",
    "required_items": ["samples"],
    "price_only": True,
    "offers_deadline": "2026-11-27",
}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


@pytest.fixture
def mine(reg):
    return reg.add_organisation({"name": "Menuiserie Dupont SRL"}, NOW)


def test_an_offer_from_a_notice_makes_the_buyer_the_tender_and_our_tenderer(reg, mine):
    tenderer = add_offer(reg, mine, {**NOTICE, "offer": "87500"}, NOW)
    [offer] = my_offers(reg, mine)
    assert offer.tenderer_id == tenderer
    assert (offer.reference, offer.buyer, offer.status) == (
        "2026/S 210-000123",
        "Commune de Gembloux",
        "preparing",
    )
    assert offer.amount == Decimal("87500.00")
    assert offer.deadline == date(2026, 11, 27)
    tender = reg.tender(offer.tender_id)
    assert tender.procedure == "simplified_negotiated_with_publication"
    assert tender.required_items == ("samples",)
    assert tender.price_only is True
    assert tender.estimated_value == Decimal("90000.00")


def test_a_buyer_already_known_is_used_not_made_twice(reg, mine):
    known = reg.add_organisation({"name": "Commune de Gembloux"}, NOW)
    add_offer(reg, mine, {**NOTICE, "buyer": "  commune de  GEMBLOUX "}, NOW)
    [offer] = my_offers(reg, mine)
    assert reg.tender(offer.tender_id).buyer_id == known


def test_a_refused_notice_leaves_nothing_behind(reg, mine):
    with pytest.raises(ValidationError) as caught:
        add_offer(reg, mine, {**NOTICE, "offers_deadline": "2026-10-01"}, NOW)
    assert caught.value.field == "offers_deadline"
    count = reg.ws.conn.execute("SELECT count(*) FROM organisations").fetchone()[0]
    assert count == 1  # no buyer made for a tender that was not stored
    assert my_offers(reg, mine) == []


def test_only_my_companys_offers_are_listed_the_nearest_deadline_first(reg, mine):
    other = reg.add_organisation({"name": "Concurrent SA"}, NOW)
    add_offer(reg, mine, {**NOTICE, "reference": "late", "offers_deadline": "2026-12-20"}, NOW)
    add_offer(reg, mine, {**NOTICE, "reference": "soon"}, NOW)
    add_offer(reg, other, {**NOTICE, "reference": "theirs"}, NOW)
    add_offer(reg, mine, {**NOTICE, "reference": "open", "offers_deadline": None}, NOW)
    add_offer(reg, mine, {**NOTICE, "reference": "gone", "offers_deadline": "2026-11-10"}, NOW)
    add_offer(
        reg,
        mine,
        {**NOTICE, "reference": "long gone", "launch_date": "2026-01-05"}
        | {"offers_deadline": "2026-02-10"},
        NOW,
    )
    listed = [o.reference for o in my_offers(reg, mine)]
    assert listed == ["long gone", "gone", "soon", "late", "open"]
    # what still needs work first, then the open-ended, then the past from the latest
    listed = [o.reference for o in my_offers(reg, mine, date(2026, 11, 22))]
    assert listed == ["soon", "late", "open", "gone", "long gone"]


@pytest.mark.parametrize(
    ("deadline", "state"),
    [
        (None, "none"),
        (date(2026, 11, 21), "past"),
        (date(2026, 11, 22), "near"),  # the last day is today
        (date(2026, 11, 22 + NEAR_DAYS), "near"),
        (date(2026, 11, 23 + NEAR_DAYS), "later"),
    ],
)
def test_a_deadline_is_past_near_or_later(deadline, state):
    assert deadline_state(deadline, date(2026, 11, 22)) == state


@pytest.mark.parametrize(
    ("ours", "stored"),
    [
        ("submitted", "submitted"),
        ("not_retained", "not_selected"),
        ("winner", "winner"),
        ("withdrawn", "withdrawn"),
        ("preparing", "preparing"),
    ],
)
def test_our_status_is_stored_as_the_buyer_sees_it(reg, mine, ours, stored):
    tenderer = add_offer(reg, mine, NOTICE, NOW)
    update_offer(reg, tenderer, {"status": ours}, NOW)
    assert reg.tenderer(tenderer).status == stored
    assert my_offers(reg, mine)[0].status == ours


def test_marking_our_offer_the_winner_keeps_its_amount(reg, mine):
    tenderer = add_offer(reg, mine, {**NOTICE, "offer": "87500"}, NOW)
    update_offer(reg, tenderer, {"status": "winner"}, NOW)
    assert reg.tenderer(tenderer).offer == Decimal("87500.00")
    reg.update_tenderer(tenderer, {"status": "submitted"}, NOW)
    reg.update_tenderer(tenderer, {"status": "winner"}, NOW)
    assert my_offers(reg, mine)[0].amount == Decimal("87500.00")


def test_an_offer_in_preparation_is_not_one_the_buyers_decisions_count(reg, mine):
    tenderer = add_offer(reg, mine, NOTICE, NOW)
    [offer] = my_offers(reg, mine)
    assert reg.decision_tenderers(offer.tender_id) == []
    update_offer(reg, tenderer, {"status": "submitted"}, NOW)
    assert reg.decision_tenderers(offer.tender_id) == [
        {"id": str(tenderer), "status": "not_selected"}
    ]


def test_an_unknown_status_is_refused(reg, mine):
    with pytest.raises(ValidationError):
        add_offer(reg, mine, {**NOTICE, "status": "lost"}, NOW)


def test_a_schema_4_workspace_gets_the_preparing_status_and_keeps_its_tenderers(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    for version in range(1, 5):
        for statement in statements(MIGRATIONS[version]):
            conn.execute(statement)
    stamp = "2026-01-01T00:00:00"
    conn.execute(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES "
        "(1, 'Gemeente Gent', ?, ?), (2, 'Dakwerken Peeters', ?, ?)",
        [stamp] * 4,
    )
    conn.execute(
        "INSERT INTO tenders (id, reference, title, buyer_id, authority, contract_type, "
        "estimated_value_cents, launch_date, created_at, updated_at) VALUES "
        "(7, '2026/017', 'Dak', 1, 'local', 'works', 60000000, '2026-03-01', ?, ?)",
        [stamp, stamp],
    )
    conn.execute(
        "INSERT INTO tenderers (id, tender_id, organisation_id, status, offer_cents) "
        "VALUES (3, 7, 2, 'winner', 58000000)"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE tenderers SET status = 'preparing'")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    ws = open_workspace(path, now=NOW)
    reg = Register(ws, bundled_pack())
    [kept] = reg.tenderers(7)
    assert (kept.id, kept.status, kept.offer) == (3, "winner", Decimal("580000.00"))
    reg.update_tenderer(3, {"status": "preparing"}, NOW)
    audit = ws.conn.execute(
        "SELECT old_value, new_value FROM audit WHERE table_name = 'tenderers' AND row_id = 3 "
        "AND field = 'status'"
    ).fetchall()
    assert audit == [("winner", "preparing")]
    # the search still finds the tender by its tenderer's name
    assert [r.reference for r in search.search(ws, search.Query(text="Peeters"))] == ["2026/017"]
    assert ws.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    ws.close()
