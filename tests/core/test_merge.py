"""Merging another workspace: what is new, the same or in conflict; the chosen versions with
their audit rows; one undo; refusals of files the app would not open."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from core.documents import gather, render
from core.paths import resources_dir
from core.rules import bundled_pack
from core.rules.loader import load_pack
from core.store.merge import MergeError, apply_merge, plan_merge, undo_merge
from core.store.merge_read import read_bundles
from core.store.register import Register
from core.store.schema import CURRENT_VERSION
from core.store.workspace import WorkspaceError, open_workspace
from tests.core.document_decisions import compensation_for_models
from tests.core.merge_pair import ADDED, CHANGED, NEW_COMPANY, NOW, TENDERS, make_pair
from tests.core.old_format import to_schema_2
from tests.core.test_stored_form import _forget_texts
from tests.workspaces import new_workspace


@pytest.fixture(scope="module")
def pair_made(tmp_path_factory):
    return make_pair(tmp_path_factory.mktemp("pair"))


@pytest.fixture
def pair(pair_made, tmp_path):
    """A fresh copy of the two workspaces for each test."""
    mine, other = (tmp_path / p.name for p in pair_made)
    for source, target in zip(pair_made, (mine, other), strict=True):
        shutil.copy(source, target)
    return mine, other


def titles(path):
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT reference, title FROM tenders"))
    finally:
        conn.close()


def register(ws):
    """Everything the register keeps, by reference, ids of this file as they are."""
    bundles = read_bundles(ws.conn, lambda i: f"m{i}")
    orgs = ws.conn.execute("SELECT * FROM organisations ORDER BY id").fetchall()
    return bundles, orgs


def test_the_plan_tells_new_same_and_conflicting_tenders(pair):
    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
    assert len(plan.conflicts) == CHANGED
    assert len(plan.new) == ADDED
    assert len(plan.same) == TENDERS - CHANGED
    assert "2026/LAPTOP" in plan.new


def test_each_conflict_lists_its_fields_mine_against_theirs(pair):
    mine, other = pair
    before, after = titles(mine), titles(other)
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
    for conflict in plan.conflicts:
        by_field = {(d.field, d.item, d.key): d for d in conflict.differences}
        title = by_field[("title", "", "")]
        assert (title.mine, title.theirs) == (before[conflict.reference], after[conflict.reference])
    shown = {d.field for c in plan.conflicts for d in c.differences}
    assert {"title", "estimated_value_cents", "lots", "tenderers", "decision"} <= shown
    newcomer = [d for c in plan.conflicts for d in c.differences if d.item == "Nieuwe Aannemer NV"]
    assert newcomer and all(d.mine is None and d.theirs == ("submitted", 500000) for d in newcomer)
    decided = [d for c in plan.conflicts for d in c.differences if d.field == "decision"]
    assert any(d.key == "estimated_value_excl_vat" for d in decided)


def test_after_the_choices_the_register_holds_the_chosen_versions_with_audit_rows(pair):
    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        before, _ = register(ws)
        plan = plan_merge(ws, other, NOW)
        audit_from = ws.conn.execute("SELECT max(id) FROM audit").fetchone()[0]
        choices = {
            c.reference: ("theirs" if n % 2 else "mine") for n, c in enumerate(plan.conflicts)
        }
        apply_merge(ws, plan, choices, NOW)
        again = plan_merge(ws, other, NOW)
        after, _ = register(ws)
        audit = ws.conn.execute(
            "SELECT table_name, row_id, action, field, old_value, new_value FROM audit "
            "WHERE id > ?",
            [audit_from],
        ).fetchall()
        ids = dict(ws.conn.execute("SELECT reference, id FROM tenders"))
        made = ws.conn.execute(
            "SELECT count(*) FROM organisations WHERE enterprise_number = ?", [NEW_COMPANY]
        ).fetchone()[0]
        schools = ws.conn.execute(
            "SELECT count(*) FROM organisations WHERE name LIKE 'scholengroep%'"
        ).fetchone()[0]
        laptop_buyer = ws.conn.execute(
            "SELECT o.name FROM tenders t JOIN organisations o ON o.id = t.buyer_id "
            "WHERE t.reference = '2026/LAPTOP'"
        ).fetchone()[0]
        assert ws.integrity_ok()
    kept = {r for r, c in choices.items() if c == "mine"}
    taken = set(choices) - kept
    assert again.new == []
    assert {c.reference for c in again.conflicts} == kept  # the kept ones still differ
    assert taken | set(plan.new) <= set(again.same)
    for reference in kept:
        assert after[reference].same_as(before[reference])
    theirs = titles(other)
    for reference in taken:
        logged = [a for a in audit if a[:4] == ("tenders", ids[reference], "update", "title")]
        assert [a[4:] for a in logged] == [(before[reference].fields["title"], theirs[reference])]
    for reference in plan.new:
        assert ("tenders", ids[reference], "insert", None, None, None) in audit
    decided = [
        d.key for c in plan.conflicts if c.reference in taken for d in c.differences if d.key
    ]
    assert decided, "a decision taken from the other workspace"
    for key in decided:  # logged key by key, as deciding again in the window logs it
        assert any(a[0] == "decisions" and a[3] == f"input_json.{key}" for a in audit)
    tenderer_inserts = {a[1] for a in audit if a[0] == "tenderers" and a[2] == "insert"}
    assert tenderer_inserts, "the tenderers a merge adds are logged"
    assert made == 1, "a new company is made once, for all the tenders it bids on"
    assert schools == 1 and laptop_buyer == "Scholengroep Noord", "matched by its name"
    assert not any(a[0] == "tenders" and a[2] == "delete" for a in audit)


def test_undo_gives_back_the_register_as_it_was(pair):
    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        before, orgs = register(ws)
        plan = plan_merge(ws, other, NOW)
        done = apply_merge(ws, plan, {c.reference: "theirs" for c in plan.conflicts}, NOW)
        assert done.changed == len(plan.new) + len(plan.conflicts)
        undo_merge(ws, done, NOW)
        after, orgs_after = register(ws)
        assert ws.integrity_ok()
    assert set(after) == set(before)
    for reference, bundle in before.items():
        assert after[reference].same_as(bundle), reference
        assert after[reference].tenderer_ids == bundle.tenderer_ids, "decisions name them"
        assert after[reference].tender_id == bundle.tender_id
    assert orgs_after == orgs


def test_without_a_choice_for_each_conflict_nothing_is_written(pair):
    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
        before = register(ws)
        some = {c.reference: "theirs" for c in plan.conflicts[1:]}
        with pytest.raises(MergeError) as refused:
            apply_merge(ws, plan, some, NOW)
        assert register(ws) == before
    assert plan.conflicts[0].reference in str(refused.value)


def test_an_older_workspace_is_read_through_the_migrations(pair):
    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
    to_schema_2(other)
    kept = other.read_bytes()
    with open_workspace(mine, now=NOW) as ws:
        old = plan_merge(ws, other, NOW)
    assert (old.new, old.same) == (plan.new, plan.same)
    assert old.conflicts == plan.conflicts
    assert other.read_bytes() == kept, "the other workspace is never written"


def test_a_foreign_damaged_or_newer_file_is_refused_as_opening_refuses_it(pair, tmp_path):
    mine, other = pair
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    newer = tmp_path / "newer.sqlite"
    shutil.copy(other, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(other.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    damaged.write_bytes(bytes(data))
    text = tmp_path / "notes.sqlite"
    text.write_text("not a workspace")
    with open_workspace(mine, now=NOW) as ws:
        for path, code in (
            (foreign, "not_a_workspace"),
            (newer, "newer_version"),
            (damaged, "damaged"),
            (text, "not_a_workspace"),
            (tmp_path / "gone.sqlite", "cannot_create"),
        ):
            with pytest.raises(WorkspaceError) as refused:
                plan_merge(ws, path, NOW)
            with pytest.raises(WorkspaceError) as opened:
                open_workspace(path, now=NOW, read_only=True)
            assert (refused.value.code, refused.value.message) == (code, opened.value.message)
            assert str(path) in str(refused.value)
        with pytest.raises(WorkspaceError) as itself:
            plan_merge(ws, mine, NOW)
    assert itself.value.code == "same_workspace"


def test_references_match_as_the_register_tells_them_apart(pair):
    """The register holds 2026/A1 and 2026/a1 as two tenders: so does a merge."""
    mine, other = pair
    for path, reference in ((mine, "2026/A1"), (other, "2026/a1")):
        conn = sqlite3.connect(path)
        conn.execute(
            "INSERT INTO tenders (reference, title, authority, contract_type, "
            "estimated_value_cents, launch_date, created_at, updated_at) VALUES "
            "(?, 'Kopieerpapier', 'local', 'supplies', 100000, '2026-02-01', 'x', 'x')",
            [reference],
        )
        conn.commit()
        conn.close()
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
    assert "2026/a1" in plan.new


def test_decisions_brought_in_name_this_workspace_tenderers(pair):
    """The other file's ids are not this one's: a decision brought in still names its
    tenderers and winner, so it is in step with its tender, not 'must be taken again'."""
    mine, other = pair
    with open_workspace(other, now=NOW) as ws:  # and the bond, on the winner's offer
        theirs = Register(ws, bundled_pack())
        (laptop,) = ws.conn.execute("SELECT id FROM tenders WHERE reference = '2026/LAPTOP'")
        given = {"launch_date": "2026-09-01", "award_amount_excl_vat": "7000"}
        theirs.decide(laptop[0], "bond", given, NOW)
    with open_workspace(mine, now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        buyer = reg.add_organisation({"name": "Gemeente Vooraf"}, NOW)
        for n in range(3):  # rows the other file does not have: its ids are taken here
            company = reg.add_organisation({"name": f"Vooraf {n} bv"}, NOW)
            tender = reg.add_tender(
                {
                    "reference": f"2026/V{n}",
                    "title": "Vooraf",
                    "authority": "local",
                    "contract_type": "supplies",
                    "estimated_value": "5000",
                    "launch_date": "2026-03-01",
                    "buyer_id": buyer,
                },
                NOW,
            )
            reg.add_tenderer({"tender_id": tender, "organisation_id": company}, NOW)
        plan = plan_merge(ws, other, NOW)
        apply_merge(ws, plan, {c.reference: "theirs" for c in plan.conflicts}, NOW)
        laptop = ws.conn.execute(
            "SELECT id FROM tenders WHERE reference = '2026/LAPTOP'"
        ).fetchone()[0]
        decisions = {d.kind: d for d in reg.decisions(laptop)}
        parties = {t.name: t for t in reg.tenderers(laptop)}
        out_of_step = {
            ref: reg.out_of_step(tid)
            for ref, tid in ws.conn.execute("SELECT reference, id FROM tenders")
        }
    assert set(decisions) == {"advance", "bid_compensation", "bond"}
    winner = parties["Nieuwe Aannemer NV"]
    assert decisions["advance"].used["winner"]["tenderer_id"] == winner.id
    assert decisions["bond"].used["award"] == {"tenderer_id": winner.id, "offer": "7000.00"}
    assert decisions["advance"].used["winner"]["organisation_id"] == winner.organisation_id
    assert set(decisions["bid_compensation"].result["amounts"]) == {
        str(t.id) for t in parties.values()
    }
    assert out_of_step["2026/LAPTOP"] == {}
    assert decisions["advance"].result["amount"], "its answer reads back"


def test_reading_says_how_far_it_is_up_to_the_end(pair):
    mine, other = pair
    told = []
    with open_workspace(mine, now=NOW) as ws:
        plan_merge(ws, other, NOW, lambda done, total: told.append((done, total)))
    assert told and told[-1][0] == told[-1][1]
    assert [d for d, _ in told] == sorted(d for d, _ in told)
    assert told[0][0] < told[0][1], "the first half is not the whole"


def test_a_trainer_collects_the_work_of_a_group_into_an_empty_register(pair, tmp_path):
    _, other = pair
    with open_workspace(other, now=NOW, read_only=True) as ws:
        group = register(ws)[0]
        companies = ws.conn.execute(
            "SELECT count(DISTINCT organisation_id) FROM tenderers"
        ).fetchone()[0]
    with new_workspace(tmp_path / "class.sqlite", now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
        assert (len(plan.new), plan.same, plan.conflicts) == (len(group), [], [])
        apply_merge(ws, plan, {}, NOW)
        again = plan_merge(ws, other, NOW)
        used = ws.conn.execute("SELECT count(DISTINCT organisation_id) FROM tenderers").fetchone()[
            0
        ]
        assert ws.integrity_ok()
    assert sorted(again.same) == sorted(group) and not again.new and not again.conflicts
    assert used == companies


def test_writing_says_how_far_it_is_one_tender_at_a_time(pair):
    """Each new tender and each one taken from the other counts one step, up to all of them."""
    mine, other = pair
    told = []
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
        choices = {c.reference: "theirs" for c in plan.conflicts}
        apply_merge(ws, plan, choices, NOW, lambda done, total: told.append((done, total)))
    total = len(plan.new) + len(plan.conflicts)
    assert told == [(n, total) for n in range(1, total + 1)]


def test_a_missing_choice_is_refused_with_the_count_and_the_first_references(pair):
    """The window and the command line always give every choice; a caller that does not is
    told which field, how many and the first five references."""
    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
        with pytest.raises(MergeError) as refused:
            apply_merge(ws, plan, {}, NOW)
    error = refused.value
    assert (error.field, error.code) == ("choices", "merge_choice_missing")
    assert error.params == {"count": len(plan.conflicts)}
    shown = ", ".join(c.reference for c in plan.conflicts[:5])
    assert error.message.endswith(f"({len(plan.conflicts)} without a choice: {shown})")


def test_a_conflict_lists_each_difference_as_the_dialog_shows_it(pair):
    """Field, item, key and both values, in the order the merge dialog lists them: the
    tender's fields, then lots, tenderers (by company name, status and offer in cents) and
    decisions (by kind in the menu's order, then the input that differs)."""
    from core.store.merge import Difference

    mine, other = pair
    with open_workspace(mine, now=NOW) as ws:
        plan = plan_merge(ws, other, NOW)
    shown = {c.reference: list(c.differences[1:]) for c in plan.conflicts}  # after the title
    assert shown["2017/0001"] == [Difference("lots", "1", None, ("Perceel 1", 100000), "")]
    assert shown["2017/0002"] == [
        Difference(
            "tenderers",
            "De Vos Infra bv",
            ("substantially_irregular", 174600078),
            ("substantially_irregular", 1234567),
            "",
        )
    ]
    assert shown["2024/0005"] == [
        Difference("estimated_value_cents", "", 5300000, 5400000, ""),
        Difference("decision", "procedure", "53000.00", "54000.00", "estimated_value_excl_vat"),
        Difference(
            "decision", "provisional_ranking", "53000.00", "54000.00", "estimated_value_excl_vat"
        ),
    ]


def test_undo_brings_back_a_tenderer_the_other_had_dropped_and_drops_its_new_decision(
    tmp_path,
):
    """The other workspace took a tenderer off a tender and decided its bid compensation
    under its own rule pack. Taking its version removes our tenderer and brings the decision,
    with the rule texts no pack here has, naming our tenderers; undoing gives the tenderer
    back under its own id (the decisions name it so) and takes the decision away."""
    pack = bundled_pack()
    source = (resources_dir() / "rules" / "be-procurement.toml").read_text(encoding="utf-8")
    theirs_pack = tmp_path / "hun-regels.toml"
    theirs_pack.write_text(source.replace("(article not verified)", "(art. 8/1?)"), "utf-8")
    mine, other = tmp_path / "mine.sqlite", tmp_path / "other.sqlite"
    with open_workspace(mine, now=NOW) as ws:
        reg = Register(ws, pack)
        tid = reg.add_tender(
            {
                "reference": "2026/070",
                "title": "Maquette stadsplein",
                "authority": "local",
                "contract_type": "services",
                "estimated_value": "80000",
                "launch_date": "2026-03-01",
                "procedure": "restricted",
                "required_items": ["models"],
            },
            NOW,
        )
        rows = {
            name: reg.add_tenderer(
                {"tender_id": tid, "organisation_id": reg.add_organisation({"name": name}, NOW)},
                NOW,
            )
            for name in ("Alfa", "Beta", "Gamma")
        }
    shutil.copy(mine, other)
    with open_workspace(other, now=NOW) as ws:
        reg = Register(ws, load_pack(theirs_pack))
        reg.remove_tenderer(rows["Alfa"], NOW)  # the first: a new row would get another id
        compensation_for_models(reg, tid, "900", NOW)
    _forget_texts()  # as a new start of the app: only files and packs at hand have texts
    with open_workspace(mine, now=NOW) as ws:
        reg = Register(ws, pack)
        plan = plan_merge(ws, other, NOW)
        [conflict] = plan.conflicts
        done = apply_merge(ws, plan, {conflict.reference: "theirs"}, NOW)
        assert sorted(t.name for t in reg.tenderers(tid)) == ["Beta", "Gamma"]
        [brought] = reg.decisions(tid)
        assert brought.kind == "bid_compensation" and reg.out_of_step(tid) == {}
        assert brought.result["amounts"] == {
            str(rows["Beta"]): "900.00",
            str(rows["Gamma"]): "900.00",
        }
        assert render("bid-compensation", gather(reg, tid), "en", NOW.date())  # its texts came
        undo_merge(ws, done, NOW)
        assert {t.name: t.id for t in reg.tenderers(tid)} == rows
        assert reg.decisions(tid) == []
        assert ws.integrity_ok()
