"""A hostile workspace goes through the window's start, every export and a backup and restore.

Bytes that are not UTF-8, 10,000-character fields, duplicate names, colliding references and
a ``#`` in the folder's name: nothing is lost and nothing raises.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.demo.tenders import make_demo
from core.documents import KINDS
from core.rules import bundled_pack
from core.store import backups
from core.store.register import Register
from core.store.workspace import open_workspace
from gui import app as gui_app
from main import build_parser, main

NOW = datetime(2026, 11, 22, 10)
BASICS = {"launch_date": "2026-03-01", "authority": "local", "contract_type": "works"}
LONG = "Lange notitie over de werf. " * 400  # 11,200 characters
BAD = "CAST(X'4F70656E20FF20C328207A616B' AS TEXT)"  # 'Open \xff \xc3( zak': not UTF-8


def raw_content(path: Path) -> dict[str, list]:
    """Every row of every table, texts as the bytes stored (what a backup must keep)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'tender_search%'"
            )
        ]
        conn.text_factory = bytes
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "tenders #2 ?draft"
    path = folder / "werk#1.sqlite"
    with open_workspace(path, now=NOW) as ws:
        pack = bundled_pack()
        make_demo(ws, pack, 6, 5, NOW)
        reg = Register(ws, pack)
        buyer = reg.add_organisation(
            {"name": "Gemeente Zele", "street": "Markt 1", "postcode": "9240", "city": "Zele"}, NOW
        )
        for reference in ("2026/017", "2026-017"):
            tid = reg.add_tender(
                {
                    "reference": reference,
                    "title": f"Werken {reference}",
                    **BASICS,
                    "estimated_value": "150000",
                    "procedure": "open",
                    "price_only": True,
                    "notes": LONG,
                    "motivation": LONG,
                    "buyer_id": buyer,
                    "offers_deadline": "2026-04-01",
                },
                NOW,
            )
            for offer in ("41000", "39500"):
                org = reg.add_organisation({"name": "ACME nv"}, NOW)  # the same name twice
                reg.add_tenderer({"tender_id": tid, "organisation_id": org, "offer": offer}, NOW)
            reg.decide(
                tid,
                "provisional_ranking",
                {
                    **BASICS,
                    "estimated_value_excl_vat": "150000",
                    "procedure": "open",
                    "price_only": True,
                    "offers": reg.decision_offers(tid),
                },
                NOW,
            )
        # what another program, an older version or a damaged sector may have left
        ws.conn.execute(f"UPDATE tenders SET title = {BAD} WHERE reference = '2026/017'")
        ws.conn.execute(f"UPDATE tenders SET leading_official = {BAD}")
        ws.conn.execute(f"UPDATE organisations SET name = {BAD} WHERE id = 1")
        ws.conn.execute(
            "UPDATE tenders SET title = ? WHERE reference = '2026-017'", ["Titel " * 1700]
        )
    return path


def test_the_hostile_workspace_survives_start_export_backup_and_restore(
    qapp, hostile, tmp_path, monkeypatch, capsys
):
    before = raw_content(hostile)

    assert main(["--db", str(hostile), "--smoke-test"]) == 0
    assert capsys.readouterr().out.strip() == "smoke ok"

    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: shown.append(1) or 0)
    args = build_parser().parse_args(["--db", str(hostile)])
    args.rules_from_settings = False
    assert gui_app.run_gui(args, []) == 0
    assert shown == [1]

    counts = {}
    for kind in KINDS:
        out = tmp_path / f"out #{kind}"
        code = main(
            ["export-pdf", "--db", str(hostile), "--all", "--document", kind, "--out", str(out)]
        )
        printed = capsys.readouterr()
        assert code == 0, printed.err
        assert "Traceback" not in printed.err
        written = int(printed.out.split()[0])
        assert written == len(list(out.glob("*.pdf"))), printed.out
        assert ", 0 failed" in printed.out
        counts[kind] = written
    assert counts["ranking-notices"] >= 4, "each tender with a ranking gets its notices"

    later = NOW + timedelta(days=1)
    with open_workspace(hostile, now=later) as ws:
        made = ws.backup(later, "manual")
        ws.conn.execute("DELETE FROM tenderers")
    assert raw_content(hostile) != before
    backups.restore_backup(made, hostile, later + timedelta(minutes=1))
    assert raw_content(hostile) == before | {"settings": raw_content(hostile)["settings"]}
