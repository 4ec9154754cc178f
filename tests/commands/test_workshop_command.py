"""``main.py workshop …`` and ``main.py scenarios FILE.tdworkshop`` as a trainer uses them,
with the built-in workshop "KMO-maatregelen 2024 / Mesures PME 2024 / SME measures 2024"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.decisions import CHECKS
from main import main

BUILT_IN = Path(__file__).resolve().parents[2] / "resources" / "workshops" / "sme-2024"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "tender-desk"


@pytest.fixture
def built(tmp_path, capsys):
    out = tmp_path / "sme.tdworkshop"
    assert main(["workshop", "make", "--from", str(BUILT_IN), "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def test_the_built_in_workshop_covers_the_measures_in_three_languages():
    cases = json.loads((BUILT_IN / "exercises.json").read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 15
    for case in cases:
        assert set(case["facts"]) == set(case["title"]) == {"nl", "fr", "en"}, case["id"]
        assert ".md" in case["source"], case["id"]  # the research it comes from
    checks = [c["check"] for c in cases]
    assert {c: checks.count(c) >= 4 for c in CHECKS if c in checks} == {
        "procedure": True,
        "advance": True,
        "bid_compensation": True,
        "provisional_ranking": True,
    }
    advance = [c for c in cases if c["check"] == "advance"]
    assert {c["expect"].get("hypothesis") for c in advance} >= {1, 2}
    assert any(c["expect"].get("capped") for c in advance)
    assert any("settlement" in c["expect"] for c in advance)
    bids = [c["input"]["procedure"] for c in cases if c["check"] == "bid_compensation"]
    assert {"open", "simplified_negotiated_with_publication"} <= set(bids)
    ranking = {c["expect"]["required"] for c in cases if c["check"] == "provisional_ranking"}
    assert ranking == {True, False}


def test_its_keys_pass_main_py_scenarios(built, capsys):
    assert main(["scenarios", str(built)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"{len(out) - 1} passed, 0 failed" and len(out) > 15
    assert main(["scenarios", str(BUILT_IN / "exercises.json")]) == 0


def test_a_session_on_the_command_line(built, tmp_path, capsys):
    before = built.read_bytes()
    assert main(["workshop", "open", str(built), "--lang", "fr"]) == 0
    assert "Copie de travail de «\u00a0Mesures PME 2024\u00a0»" in capsys.readouterr().out
    answer = tmp_path / "answer.json"
    answer.write_text(
        json.dumps(
            {
                "input": {
                    "launch_date": "2024-07-01",
                    "procedure": "open",
                    "authority": "local",
                    "contract_type": "works",
                    "estimated_value_excl_vat": "300000",
                    "price_only": False,
                }
            }
        ),
        encoding="utf-8",
    )
    args = ["workshop", "answer", "sme-2024", "rank-open-price-only", str(answer)]
    assert main([*args, "--group", "Tafel 3", "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Niet juist")
    assert "artikel 13" in out and "Prijs als enige gunningscriterium: u vulde nee in" in out
    scores = tmp_path / "scores.csv"
    assert main(["workshop", "scores", str(built), "--out", str(scores), "--lang", "en"]) == 0
    assert "Tafel 3;rank-open-price-only;wrong;" in scores.read_text(encoding="utf-8-sig")
    assert main(["workshop", "reset", "sme-2024", "--lang", "nl"]) == 0
    assert "terug zoals het bestand" in capsys.readouterr().out
    assert main(["workshop", "scores", "sme-2024", "--out", str(scores), "--lang", "en"]) == 0
    assert "Tafel 3" not in scores.read_text(encoding="utf-8-sig")
    assert built.read_bytes() == before


def test_a_damaged_file_is_refused_with_its_message(built, tmp_path, capsys):
    cut = tmp_path / "cut.tdworkshop"
    cut.write_bytes(built.read_bytes()[: len(built.read_bytes()) // 2])
    assert main(["workshop", "open", str(cut), "--lang", "fr"]) == 2
    assert "cut.tdworkshop: Le fichier d'atelier est endommagé" in capsys.readouterr().err
    assert main(["scenarios", str(cut)]) == 2


def test_make_shows_every_key_the_engine_disagrees_with(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "workshop.toml").write_text('id = "w"\ntitle = "W"\n', encoding="utf-8")
    doc = json.loads((BUILT_IN / "exercises.json").read_text(encoding="utf-8"))
    doc["cases"] = doc["cases"][:2]
    doc["cases"][0]["expect"]["amount"] = "1.00"
    doc["cases"][1]["expect"]["capped"] = False
    (src / "exercises.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "w.tdworkshop"
    assert main(["workshop", "make", "--from", str(src), "--out", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "FAIL adv-h2-small: amount: expected" in err and "FAIL adv-cap-micro: capped" in err
    assert "2 answer keys disagree with the engine" in err and not out.exists()
    assert main(["workshop", "make", "--from", str(src), "--out", str(out), "--force"]) == 0
    assert out.exists()


def test_make_from_a_register_asks_its_stored_decisions(tmp_path, capsys):
    db, out = tmp_path / "demo.sqlite", tmp_path / "demo.tdworkshop"
    assert main(["demo-data", "--db", str(db), "--tenders", "20", "--seed", "4"]) == 0
    register = db.read_bytes()
    args = ["workshop", "make", "--from-db", str(db), "--out", str(out), "--id", "demo"]
    assert main([*args, "--title", "Demo", "--today", "2026-03-01", "--language", "fr"]) == 0
    capsys.readouterr()
    assert main(["workshop", "exercises", str(out), "--lang", "nl"]) == 2  # not opened yet
    assert main(["workshop", "open", str(out)]) == 0
    assert main(["workshop", "exercises", "demo", "--lang", "nl"]) == 0
    listed = capsys.readouterr().out
    for kind in ("procedure", "advance", "bid_compensation", "provisional_ranking"):
        assert f"-{kind} — " in listed
    assert main(["scenarios", str(out)]) == 0
    assert db.read_bytes() == register  # the register is only read
