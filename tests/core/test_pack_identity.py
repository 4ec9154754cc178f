"""A modified rule pack never passes for the bundled one: answers, stored decisions, PDFs."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest

from core.documents import gather, render
from core.paths import bundled_rule_pack
from core.rules import bundled_pack, load_pack
from core.store.register import Register
from main import main
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
LAUNCH = date(2026, 3, 1)
CASE = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "works",
    "estimated_value_excl_vat": "141500",
}


@pytest.fixture(autouse=True)
def no_user_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("TENDER_DESK_CONFIG", str(tmp_path / "none" / "settings.toml"))


@pytest.fixture
def modified(tmp_path):
    """The bundled pack with only the works ceiling of one procedure set to 1,000 euro."""
    text = bundled_rule_pack().read_text(encoding="utf-8")
    head = text.index("[[param.simplified_negotiated_works_ceiling]]")
    value = re.compile(r'^value = "\d+"$', re.M).search(text, head)
    path = tmp_path / "my-pack.toml"
    path.write_text(text[: value.start()] + 'value = "1000"' + text[value.end() :], "utf-8")
    return path


def test_any_changed_value_changes_the_identity_and_a_copy_keeps_it(modified, tmp_path):
    pack, bundled = load_pack(modified), bundled_pack()
    assert (pack.id, pack.version) == (bundled.id, bundled.version)  # the header says nothing
    assert pack.fingerprint != bundled.fingerprint
    assert pack.version_on(LAUNCH) != bundled.version_on(LAUNCH)
    assert not pack.bundled and bundled.bundled
    assert (pack.stored_id, pack.stored_version) != (bundled.id, bundled.version)
    copy = tmp_path / "copy.toml"
    copy.write_bytes(bundled_rule_pack().read_bytes() + b"\n# a comment\n")
    assert load_pack(copy).bundled
    assert load_pack(copy).version_on(LAUNCH) == bundled.version_on(LAUNCH)


@pytest.mark.parametrize(
    "lang, said",
    [("en", "not the bundled rule pack"), ("nl", "niet het meegeleverde"), ("fr", "pas le paquet")],
)
def test_decide_says_the_pack_is_not_the_bundled_one(modified, capsys, lang, said):
    raw = json.dumps(CASE)
    assert main(["--rules", str(modified), "decide", "procedure", raw, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert "my-pack.toml" in out and said in out
    assert main(["decide", "procedure", raw, "--lang", lang]) == 0
    assert said not in capsys.readouterr().out


def test_decide_json_names_the_pack_and_scenarios_warn(modified, tmp_path, capsys):
    assert main(["--rules", str(modified), "decide", "procedure", json.dumps(CASE), "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert whole["rule_pack"]["bundled"] is False
    assert whole["rule_pack"]["file"] == "my-pack.toml"
    assert whole["rule_version"] != bundled_pack().version_on(LAUNCH)
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"format": "tender-scenarios/1", "cases": []}), "utf-8")
    assert main(["--rules", str(modified), "scenarios", str(scenario)]) == 0
    captured = capsys.readouterr()
    assert "my-pack.toml" in captured.err and "not the bundled" in captured.err
    assert captured.out.strip() == "0 passed, 0 failed"


def test_stored_decisions_and_every_document_say_so(modified, tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    try:
        reg = Register(ws, load_pack(modified))
        tid = reg.add_tender(
            {
                "reference": "2026/PACK",
                "title": "Dak",
                "authority": "local",
                "contract_type": "works",
                "estimated_value": "141500",
                "launch_date": "2026-03-01",
                "procedure": "open",
            },
            NOW,
        )
        reg.decide(tid, "procedure", CASE, NOW)
        stored = gather(reg, tid).decisions["procedure"].stored
        assert stored.pack_id == "my-pack.toml" and "#" in stored.pack_version
        for kind in ("motivation", "summary"):
            (item,) = render(kind, gather(reg, tid), "nl", NOW.date())
            content = pdf_text(item.data)
            assert "Gebruikt regelpakket: my-pack.toml" in content
            assert "(niet het meegeleverde regelpakket)" in content
        bundled_reg = Register(ws, bundled_pack())
        bundled_reg.decide(tid, "procedure", CASE, NOW)
        (item,) = render("motivation", gather(reg, tid), "nl", NOW.date())
        content = pdf_text(item.data)
        assert "meegeleverde" not in content
    finally:
        ws.close()
