"""Two demo workspaces to merge: an office register and a laptop's copy of it, a week later.

``mine.sqlite`` holds 30 demo tenders. ``other.sqlite`` is a copy of it in which 20 tenders
were changed through the register as a buyer changes them (every title; also an estimated
value, which decides a stored procedure choice again, lots, an offer, or a new company among
the tenderers), 5 demo tenders were added,
and a new buyer with no enterprise number, known in the office under the same name written
otherwise, buys one more tender (2026/LAPTOP), won by the new company, with a bid compensation
and an advance decided (decisions name the tenderers by id).
"""

from __future__ import annotations

import shutil
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.register import Register
from core.store.workspace import open_workspace
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)
TENDERS, CHANGED, ADDED = 30, 20, 6
NEW_COMPANY = "0123.456.749"


def make_pair(folder: Path) -> tuple[Path, Path]:
    """(mine, other): see the module."""
    pack = bundled_pack()
    mine, other = folder / "mine.sqlite", folder / "other.sqlite"
    with new_workspace(mine, now=NOW) as ws:
        make_demo(ws, pack, TENDERS, 7, NOW)
        Register(ws, pack).add_organisation({"name": "Scholengroep Noord"}, NOW)
    shutil.copy(mine, other)
    with open_workspace(other, now=NOW) as ws:
        reg = Register(ws, pack)
        ids = [  # the tenders with a stored decision first: their decisions change too
            r[0]
            for r in ws.conn.execute(
                "SELECT id FROM tenders t ORDER BY NOT EXISTS (SELECT 1 FROM decisions d "
                "WHERE d.tender_id = t.id), id"
            )
        ][:CHANGED]
        company = reg.add_organisation(
            {"name": "Nieuwe Aannemer NV", "enterprise_number": NEW_COMPANY}, NOW
        )
        for n, tender_id in enumerate(ids):
            tender = reg.tender(tender_id)
            change: dict[str, object] = {"title": f"{tender.title} (herzien)"}
            if n % 4 == 0:
                change["estimated_value"] = str(tender.estimated_value + Decimal("1000"))
            reg.update_tender(tender_id, change, NOW)
            parties = reg.tenderers(tender_id)
            if n % 4 == 1:
                reg.set_lots(tender_id, [{"title": "Perceel 1", "estimated_value": "1000"}])
            elif n % 4 == 2 and parties:
                reg.update_tenderer(parties[0].id, {"offer": "12345.67"}, NOW)
            elif n % 4 == 3 and tender.buyer_id != company:
                reg.add_tenderer(
                    {"tender_id": tender_id, "organisation_id": company, "offer": "5000"}, NOW
                )
        make_demo(ws, pack, ADDED - 1, 8, NOW)
        school = reg.add_organisation({"name": "scholengroep  noord"}, NOW)
        laptop = reg.add_tender(
            {
                "reference": "2026/LAPTOP",
                "title": "Schoolbord",
                "authority": "local",
                "contract_type": "supplies",
                "estimated_value": "8000",
                "launch_date": "2026-09-01",
                "buyer_id": school,
                "procedure": "open",
            },
            NOW,
        )
        rival = ws.conn.execute(
            "SELECT organisation_id FROM tenderers WHERE organisation_id != ? LIMIT 1", [company]
        ).fetchone()[0]
        for org, status, offer in ((company, "winner", "7000"), (rival, "not_selected", "7500")):
            reg.add_tenderer(
                {"tender_id": laptop, "organisation_id": org, "status": status, "offer": offer},
                NOW,
            )
        given = {"launch_date": "2026-09-01", "procedure": "open"}
        reg.decide(
            laptop,
            "bid_compensation",
            given
            | {
                "required_items": ["samples"],
                "documents_amount": "250",
                "tenderers": reg.decision_tenderers(laptop),
            },
            NOW,
        )
        reg.decide(
            laptop,
            "advance",
            given
            | {
                "authority": "local",
                "contract_type": "supplies",
                "contractor_size": "small",
                "amount_incl_vat": "8470",
                "duration_months": "3",
            },
            NOW,
        )
    return mine, other
