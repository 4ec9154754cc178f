"""Decisions kept by reference to their rules: small, read back unchanged, written only when
they change, their changes logged key by key, older workspaces converted, and a decision whose
rules are nowhere said to be so rather than shown without them."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab import rl_config

from core.decisions import CHECKS, compact
from core.decisions.compact import FORM, FORM_KEY, MissingTextsError
from core.decisions.stored import restore
from core.demo.tenders import make_demo
from core.documents import KINDS, DocumentError, gather, render
from core.errors import ValidationError
from core.rules import bundled_pack
from core.rules.loader import load_pack
from core.store.register import Register
from core.store.workspace import open_workspace
from tests.core.old_format import to_schema_2
from tests.core.test_stored import _cases
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
ROOT = Path(__file__).resolve().parents[2]
#: the budget of a stored procedure decision, the whole row (DESIGN.md: within 3 KiB)
BUDGET = 3 * 1024
PROCEDURE = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "works",
    "estimated_value_excl_vat": "300000",
}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def _tender(reg: Register, n: int = 1, value: str = "300000") -> int:
    return reg.add_tender(
        {
            "reference": f"2026/{n:03d}",
            "title": "Herstelling schooldak",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": value,
            "launch_date": "2026-03-01",
            "procedure": "open",
        },
        NOW,
    )


def _plain(kind: str, data: dict) -> dict:
    """The plain form a result had in the store before (and has on the screen)."""
    return json.loads(json.dumps(CHECKS[kind].run(data, bundled_pack()).to_dict(), default=str))


def _row_bytes(ws, tender_id: int, kind: str) -> int:
    columns = "tender_id, kind, input_json, result_json, pack_id, pack_version, rule_version, "
    columns += "decided_at, state, problem, used_json"
    row = ws.conn.execute(
        f"SELECT {columns} FROM decisions WHERE tender_id = ? AND kind = ?", [tender_id, kind]
    ).fetchone()
    return sum(len(str(v).encode()) for v in row)


def _counts(ws) -> tuple[int, int, int]:
    return tuple(
        ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("decisions", "audit", "rule_texts")
    )


@pytest.mark.parametrize(("kind", "data"), list(_cases()))
def test_every_scenario_decision_reads_back_from_the_store_unchanged(reg, kind, data):
    """Through the store: the same plain form, the same result object, a row within budget."""
    tid = _tender(reg)
    reg.decide(tid, kind, data, NOW)
    (stored,) = reg.decisions(tid)
    assert stored.result == _plain(kind, data)
    restored = restore(kind, stored.result)
    assert json.loads(json.dumps(restored.to_dict(), default=str)) == stored.result
    row = json.loads(
        reg.ws.conn.execute(
            "SELECT result_json FROM decisions WHERE tender_id = ?", [tid]
        ).fetchone()[0]
    )
    assert row[FORM_KEY] == FORM, "kept by reference to its rules"
    assert "applied" in row and not any(isinstance(a, dict) for a in row["applied"])
    if kind == "procedure":
        assert _row_bytes(reg.ws, tid, kind) <= BUDGET


def test_deciding_again_with_the_same_answer_writes_nothing_but_the_date(reg):
    tid = _tender(reg)
    first = reg.decide(tid, "procedure", PROCEDURE, NOW)
    (row_id,) = reg.ws.conn.execute("SELECT id FROM decisions").fetchone()
    before = _counts(reg.ws)
    later = NOW + timedelta(days=3)
    again = reg.decide(tid, "procedure", dict(PROCEDURE), later)
    assert _counts(reg.ws) == before, "no new row, no audit row, no new rule text"
    assert reg.ws.conn.execute("SELECT id FROM decisions").fetchone()[0] == row_id
    (stored,) = reg.decisions(tid)
    assert stored.decided_at == again.decided_at != first.decided_at
    assert stored.result == first.result


def test_the_audit_of_a_changed_decision_says_what_changed_and_undoes_it(reg):
    """The estimate goes from 300,000 to 100,000: the decision is recomputed in place, and the
    audit holds the keys that changed (old and new), not a copy of the whole decision."""
    tid = _tender(reg)
    reg.decide(tid, "procedure", PROCEDURE, NOW)
    (row_id, old_input, old_result) = reg.ws.conn.execute(
        "SELECT id, input_json, result_json FROM decisions"
    ).fetchone()
    last = reg.ws.conn.execute("SELECT max(id) FROM audit").fetchone()[0]
    assert reg.update_tender(tid, {"estimated_value": "100000"}, NOW) == ["procedure"]
    (new_input, new_result) = reg.ws.conn.execute(
        "SELECT input_json, result_json FROM decisions WHERE id = ?", [row_id]
    ).fetchone()
    logged = reg.ws.conn.execute(
        "SELECT field, old_value, new_value FROM audit WHERE table_name = 'decisions' "
        "AND row_id = ? AND id > ? ORDER BY id",
        [row_id, last],
    ).fetchall()
    fields = [f for f, _, _ in logged]
    assert ("input_json.estimated_value_excl_vat", '"300000"', '"100000.00"') in logged
    assert ("state", "current", "recomputed") in logged
    assert "result_json.simplest" in fields and "result_json.applied" in fields
    assert "result_json" not in fields and "input_json" not in fields, "no whole copies"
    assert "result_json.option.open" not in fields, "the open procedure did not change"
    logged_bytes = sum(len(o or "") + len(n or "") for _, o, n in logged)
    assert logged_bytes < len(old_result) + len(new_result)
    for column, old, new in (
        ("input_json", old_input, new_input),
        ("result_json", old_result, new_result),
    ):
        undone = json.loads(new)
        for field, was, _ in reversed(logged):
            if field.startswith(column + "."):
                key = field[len(column) + 1 :]
                if was is None:
                    del undone[key]
                else:
                    undone[key] = json.loads(was)
        assert undone == json.loads(old), f"the audit undoes the change of {column}"


def test_a_workspace_of_schema_2_is_converted_and_reads_back_the_same(tmp_path, monkeypatch):
    """Every decision of an older workspace (a full copy of its rules in each row) reads back
    as it was stored, now by reference; the conversion writes no audit row; the file's
    decisions take a fraction of the room; the documents do not change."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the PDFs' bytes
    path = tmp_path / "old.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 150, seed=3, now=NOW)
        with ws.transaction():  # what a later schema added, which schema 2 cannot keep
            ws.conn.execute(
                "UPDATE organisations SET phone = '', signatory_name = '', "
                "signatory_function = '', logo = NULL"
            )
        reg = Register(ws, bundled_pack())
        picks = [  # two tenders of each kind of decision, one in Dutch, one in French
            (tid, lang)
            for (kind,) in ws.conn.execute("SELECT DISTINCT kind FROM decisions")
            for (tid,), lang in zip(
                ws.conn.execute(
                    "SELECT tender_id FROM decisions WHERE kind = ? LIMIT 2", [kind]
                ).fetchall(),
                ("nl", "fr"),
                strict=False,
            )
        ]
        kinds = {r[0] for r in ws.conn.execute("SELECT kind FROM decisions")}
        assert kinds == {"procedure", "advance", "bid_compensation", "provisional_ranking", "bond"}
        assert len(picks) >= len(kinds) and {lang for _, lang in picks} == {"nl", "fr"}
        documents = _documents(reg, picks)
    to_schema_2(path)
    conn = sqlite3.connect(path)
    old = {
        r[0]: (json.loads(r[1]), len(r[1]))
        for r in conn.execute("SELECT id, result_json FROM decisions")
    }
    audit = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    conn.close()
    assert len(old) > 20
    with open_workspace(path, now=NOW + timedelta(hours=1)) as ws:
        assert ws.migrated_from == 2 and ws.backup_made is not None
        reg = Register(ws, bundled_pack())
        assert ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
        rows = ws.conn.execute("SELECT id, tender_id, kind, result_json FROM decisions")
        for decision_id, tender_id, kind, result_json in rows.fetchall():
            assert json.loads(result_json)[FORM_KEY] == FORM
            assert len(result_json) < old[decision_id][1] / 3
            read = next(d for d in reg.decisions(tender_id) if d.kind == kind)
            assert read.result == old[decision_id][0]
        assert _documents(reg, picks) == documents


def test_rules_missing_from_the_workspace_come_from_the_bundled_pack(reg):
    """A reference is the digest of its text: the pack that has the same text gives it back."""
    tid = _tender(reg)
    reg.decide(tid, "procedure", PROCEDURE, NOW)
    page = pdf_text(render("summary", gather(reg, tid), "en", ISSUED)[0].data)
    with reg.ws.transaction():
        reg.ws.conn.execute("DELETE FROM rule_texts")
    _forget_texts()
    (stored,) = reg.decisions(tid)
    assert not stored.unreadable and stored.result == _plain("procedure", PROCEDURE)
    assert pdf_text(render("summary", gather(reg, tid), "en", ISSUED)[0].data) == page


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "staan niet in dit bestand en in geen beschikbaar regelpakket"),
        ("fr", "ne se trouvent ni dans ce fichier ni dans un paquet de règles disponible"),
        ("en", "are neither in this file nor in a rule pack at hand"),
    ],
)
def test_a_decision_whose_rules_are_nowhere_says_so(tmp_path, lang, words):
    """Taken under a user's rule pack that was removed since, its texts gone from the file:
    no answer is shown without its rules; the documents say why and what to do."""
    source = (ROOT / "resources" / "rules" / "be-procurement.toml").read_text(encoding="utf-8")
    mine = tmp_path / "mijn-regels.toml"
    mine.write_text(source.replace("Law 17-06-2016 art. 92", "Wet 17-06-2016 art. 92"), "utf-8")
    user_pack = load_pack(mine)
    assert not user_pack.bundled
    with new_workspace(tmp_path / "w.sqlite", now=NOW) as ws:
        reg = Register(ws, user_pack)
        tid = _tender(reg, value="20000")
        reg.decide(tid, "procedure", {**PROCEDURE, "estimated_value_excl_vat": "20000"}, NOW)
        with ws.transaction():
            ws.conn.execute("DELETE FROM rule_texts")
        _forget_texts()
        reg = Register(ws, bundled_pack())  # the user's pack is no longer at hand
        (stored,) = reg.decisions(tid)
        assert stored.unreadable == f"mijn-regels.toml {user_pack.stored_version}"
        assert stored.result == {}
        assert [p.code for p in reg.out_of_step(tid)["procedure"]] == ["rules_missing"]
        with pytest.raises(DocumentError) as refused:
            render("motivation", gather(reg, tid), lang, ISSUED)
        assert words in refused.value.message and "mijn-regels.toml" in refused.value.message
        summary = pdf_text(render("summary", gather(reg, tid), lang, ISSUED)[0].data)
        assert words in summary
        assert reg.update_tender(tid, {"title": "Nieuw dak"}, NOW) == []  # kept as it is
        assert (
            json.loads(ws.conn.execute("SELECT result_json FROM decisions").fetchone()[0])[FORM_KEY]
            == FORM
        )


def _forget_texts() -> None:
    """The texts the process read so far are forgotten, as by a new start of the app."""
    from core.store import decision_rows

    decision_rows._TEXTS.clear()
    for pack in (bundled_pack(),):
        pack.memo.pop("stored_texts", None)


def _documents(reg: Register, picks: list[tuple[int, str]]) -> dict:
    """Every document of each tender in its language, or why there is none: the PDFs' bytes,
    the same when their text, fonts and layout are (with reportlab's ``invariant`` set).
    A tender picked twice in one language (for two kinds of its decisions) is rendered once:
    the second time gave the same bytes under the same keys."""
    out = {}
    for tid, lang in dict.fromkeys(picks):
        file = gather(reg, tid)
        for kind in KINDS:
            try:
                out[tid, kind] = [r.data for r in render(kind, file, lang, ISSUED)]
            except (DocumentError, ValidationError) as exc:
                out[tid, kind] = str(exc)
    return out


def test_a_stored_decision_whose_rule_texts_are_missing_names_them():
    given = {**PROCEDURE, "estimated_value_excl_vat": "100"}
    full = _plain("procedure", given)
    stored, texts = compact.compact("procedure", full, given)
    assert texts and compact.expand("procedure", stored, texts, given) == full
    kept = dict(list(texts.items())[1:])
    with pytest.raises(MissingTextsError) as caught:
        compact.expand("procedure", stored, kept, given)
    (lost,) = set(texts) - set(kept)
    assert caught.value.refs == {lost}
    assert str(caught.value) == f"rule texts not found: {lost}"


def test_missing_rule_texts_are_listed_sorted_and_comma_separated():
    error = MissingTextsError({"b2", "a1"})
    assert str(error) == "rule texts not found: a1, b2"
    assert error.refs == {"a1", "b2"}


def test_a_rule_text_is_referred_to_by_the_start_of_its_sha256():
    """The reference of a text is the same in every workspace and every run."""
    body = {"source": "Wet 17-06-2016 art. 92", "confidence": "verified", "note": "één"}
    # sha256 of {"confidence":"verified","note":"één","source":"Wet 17-06-2016 art. 92"}
    assert compact.digest(body) == "632585e105"


def test_the_references_met_are_remembered_and_forgotten_past_the_limit(monkeypatch):
    """Each text is hashed once while the memory lasts; past its limit the memory restarts."""
    hashed = []

    def counting(body):
        hashed.append(dict(body))
        return f"ref{len(hashed)}"

    monkeypatch.setattr(compact, "_DIGESTS", {})
    monkeypatch.setattr(compact, "_KNOWN", 2)
    monkeypatch.setattr(compact, "digest", counting)
    first, second, third = {"a": 1}, {"a": 2}, {"a": 3, "b": {"c": "d"}}
    assert [compact._digest(first), compact._digest(first)] == ["ref1", "ref1"]
    assert compact._digest(second) == "ref2" and len(compact._DIGESTS) == 2
    assert compact._digest(third) == "ref3" and len(compact._DIGESTS) == 1
    assert compact._digest(first) == "ref4"
    assert hashed == [first, second, third, first]


def test_the_store_writes_json_without_spaces_and_keeps_accents():
    assert compact.dumps({"a": [1, "één"], "b": None}) == '{"a":[1,"één"],"b":null}'


def test_a_decision_taken_on_other_input_keeps_its_own_input():
    """The request is left out only when the tender's input reads as it; otherwise it is
    kept, and read back as it was, not as the tender's input."""
    full = _plain("procedure", PROCEDURE)
    same, _ = compact.compact("procedure", full, PROCEDURE)
    assert same[FORM_KEY] == FORM and "input" not in same
    other = {**PROCEDURE, "estimated_value_excl_vat": "1"}
    stored, texts = compact.compact("procedure", full, other)
    assert stored[FORM_KEY] == FORM and stored["input"] == full["input"]
    assert compact.expand("procedure", stored, texts, other) == full


def test_a_plain_form_that_cannot_be_referred_is_kept_and_read_as_it_is():
    """A result whose rules lack a field (an older or damaged form) is stored whole."""
    broken = {**_plain("procedure", PROCEDURE), "applied": [{"rule": "advance_cap"}]}
    assert compact.compact("procedure", broken, PROCEDURE) == (broken, {})
    assert compact.expand("procedure", broken, {}, PROCEDURE) == broken
