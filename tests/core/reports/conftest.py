"""A demo workspace with what the demo lacks for a year report: a winner without a size class
and a provisional ranking told."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from decimal import Decimal

import pytest

from core.demo.workspace import open_demo
from core.rules import bundled_pack
from core.store.register import Register

NOW = datetime(2026, 11, 29, 12, 0)
YEAR = 2024


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The demo workspace's file: one 2024 winner made of unknown size, one ranking stored."""
    path = tmp_path_factory.mktemp("year") / "demo.sqlite"
    pack = bundled_pack()
    ws = open_demo(path, pack, NOW)
    try:
        conn = ws.db.conn
        (org_id,) = conn.execute(
            "SELECT r.organisation_id FROM tenderers r JOIN tenders t ON t.id = r.tender_id "
            "JOIN organisations o ON o.id = r.organisation_id WHERE r.status = 'winner' "
            "AND t.launch_date LIKE '2024-%' AND t.status IN ('awarded', 'closed') "
            "AND o.size_class = 'small' ORDER BY t.id LIMIT 1"
        ).fetchone()
        with ws.transaction():
            conn.execute(
                "UPDATE organisations SET size_class = NULL, staff_awu = NULL, "
                "turnover_cents = NULL, balance_cents = NULL WHERE id = ?",
                [org_id],
            )
        tender = conn.execute(
            "SELECT id, launch_date, procedure, authority, contract_type, "
            "estimated_value_cents FROM tenders WHERE status IN ('awarded', 'closed') "
            "AND launch_date >= '2024-06-01' AND launch_date < '2025-01-01' "
            "AND procedure IN ('open', 'restricted') "
            "AND estimated_value_cents < 14300000 ORDER BY id LIMIT 1"
        ).fetchone()
        register = Register(ws, pack)
        offers = register.decision_offers(tender[0])
        register.decide(
            tender[0],
            "provisional_ranking",
            {
                "launch_date": tender[1],
                "procedure": tender[2],
                "authority": tender[3],
                "contract_type": tender[4],
                "estimated_value_excl_vat": str(Decimal(tender[5]) / 100),
                "price_only": True,
                "offers": offers,
            },
            NOW,
        )
    finally:
        ws.close()
    return path


@pytest.fixture
def conn(demo_db):
    c = sqlite3.connect(demo_db)
    yield c
    c.close()
