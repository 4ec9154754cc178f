"""The notice's public reference: a field of the tender from schema 8, empty in a workspace an
older version wrote, audited like the tender's other fields, taken from a spreadsheet."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from core.exchange.columns import guess
from core.rules import bundled_pack
from core.store.register import Register
from core.store.schema import CURRENT_VERSION
from core.store.workspace import open_workspace
from tests.core.old_format import _drop_columns, drop_later_indexes
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TENDER = {
    "reference": "2026/017",
    "title": "Renovatie van de kerk",
    "authority": "local",
    "contract_type": "works",
    "estimated_value": "150000",
    "launch_date": "2026-03-01",
    "budget_line": "0119-00/6140000",
}


def test_a_workspace_of_schema_7_opens_with_an_empty_notice_reference_then_audits_it(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path, now=NOW) as ws:
        tid = Register(ws, bundled_pack()).add_tender(TENDER, NOW)
    conn = sqlite3.connect(path)  # as schema 7 left it: no column, its triggers without it
    _drop_columns(conn, [("tenders", "notice_reference")])
    drop_later_indexes(conn, 7)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with open_workspace(path, now=NOW) as ws:
        assert ws.migrated_from == 7 and CURRENT_VERSION > 7
        reg = Register(ws, bundled_pack())
        assert reg.tender(tid).notice_reference == ""
        reg.update_tender(tid, {"notice_reference": "2026-512345", "budget_line": "0120"}, NOW)
        assert reg.tender(tid).notice_reference == "2026-512345"
        changed = {(h["field"], h["old"], h["new"]) for h in reg.history("tenders", tid)}
        assert ("notice_reference", "", "2026-512345") in changed
        assert ("budget_line", "0119-00/6140000", "0120") in changed  # still audited


def test_a_spreadsheet_column_of_publication_numbers_is_the_notice_reference():
    assert guess(["Referentie", "Publicatienummer", "Numéro de l'avis"]) == {
        "Referentie": "reference",
        "Publicatienummer": "notice_reference",
    }
    assert guess(["Notice reference"]) == {"Notice reference": "notice_reference"}


def test_the_summary_gives_the_notice_reference_under_the_tenders_own(tmp_path):
    """'Referentie aankondiging 2026-512345' in Dutch, « Référence de l'avis » in French; no
    such line while the field is empty."""
    from core.documents import gather, render
    from tests.pdf_text import pdf_text

    with new_workspace(tmp_path / "w.sqlite", now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        tid = reg.add_tender({**TENDER, "notice_reference": "2026-512345"}, NOW)
        bare = reg.add_tender({**TENDER, "reference": "2026/018"}, NOW)
        shown = {
            lang: pdf_text(render("summary", gather(reg, tid), lang, NOW.date())[0].data)
            for lang in ("nl", "fr")
        }
        empty = pdf_text(render("summary", gather(reg, bare), "nl", NOW.date())[0].data)
    assert "Referentie 2026/017 Referentie aankondiging 2026-512345 Titel" in shown["nl"]
    assert "Référence de l'avis 2026-512345" in shown["fr"]
    assert "Referentie aankondiging" not in empty
