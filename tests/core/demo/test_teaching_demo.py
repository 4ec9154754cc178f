"""A small demo still lets a trainer show every document: each kind of decision is stored,
computed by the engine, and export-pdf --all writes a PDF of every kind from it."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from core.decisions import CHECKS
from core.decisions.compact import dumps
from core.demo.teaching import KINDS
from core.demo.tenders import make_demo
from core.documents import file_word
from core.names import DOCUMENTS
from core.rules import bundled_pack
from tests.workspaces import new_workspace


@pytest.mark.parametrize(("tenders", "seed"), [(20, 1), (20, 5), (33, 9)])
def test_a_small_demo_exports_a_pdf_of_every_kind(tmp_path, capsys, tenders, seed):
    """demo-data --tenders 20 (any seed) then export-pdf --all: every kind has a file (the
    letters and the draft decision too)."""
    from main import main

    db, out = tmp_path / "demo.sqlite", tmp_path / "pdf"
    args = ["demo-data", "--db", str(db), "--tenders", str(tenders), "--seed", str(seed)]
    assert main(args) == 0
    for kind in DOCUMENTS:
        base = ["export-pdf", "--db", str(db), "--all", "--document", kind, "--lang", "en"]
        main([*base, "--out", str(out), "--processes", "1"])
    capsys.readouterr()
    names = [p.name for p in out.iterdir()]
    for kind in DOCUMENTS:
        assert any(f"-{file_word(kind, 'en')}-en" in name for name in names), (kind, names)
    with sqlite3.connect(db) as conn:
        stored = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM decisions")}
        assert conn.execute("SELECT count(*) FROM tenders").fetchone()[0] == tenders
    assert set(KINDS) <= stored


def test_the_teaching_decisions_are_the_engines_answers(tmp_path):
    """Every stored decision of a small demo is what the engine answers for its stored input
    (no forged rows): its verdict and its amounts match a fresh run of the check."""
    pack = bundled_pack()
    now = datetime(2026, 11, 22, 10)
    with new_workspace(tmp_path / "d.sqlite", now=now, auto_backup=False) as ws:
        make_demo(ws, pack, 20, 3, now)
        rows = ws.conn.execute("SELECT kind, input_json, result_json FROM decisions").fetchall()
    seen = set()
    for kind, data, stored in rows:
        seen.add(kind)
        fresh = CHECKS[kind].run(json.loads(data), pack).to_dict()
        result = json.loads(stored)
        for key in ("mandatory", "required", "amount", "total", "amounts", "places", "simplest"):
            if key in fresh and key in result:
                assert json.loads(dumps(result[key])) == json.loads(dumps(fresh[key])), (kind, key)
    assert seen == set(KINDS)
