"""Demo data and the bulk import: realistic, consistent with the engine, reproducible, and the
same audit log and search index as the per-row register path."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from core.decisions import CHECKS
from core.decisions.compact import compact, dumps
from core.decisions.explain import plain
from core.decisions.procedure import ProcedureRequest, decide_procedure
from core.decisions.sme import SmeRequest, decide_sme_class
from core.demo.organisations import buyer_candidates
from core.demo.procedure_memo import ProcedureMemo
from core.demo.tenders import HIGHEST_VALUE, LOWEST_VALUE, demo_batches, make_demo
from core.money import from_cents
from core.rules import schema
from core.store import bulk, search
from core.store.model import Organisation
from core.store.register import Register
from core.store.workspace import open_workspace
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)
TABLES = ("organisations", "tenders", "tenderers", "decisions")


def _open(path):
    return open_workspace(path, now=NOW, auto_backup=False)


def _new(path):
    return new_workspace(path, now=NOW, auto_backup=False)


def _rows(ws, table):
    return ws.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _content(ws):
    """Every table a demo writes, and the search index (the audit log's times differ)."""
    tables = {t: _rows(ws, t) for t in TABLES}
    tables["search"] = ws.conn.execute(
        "SELECT rowid, reference, title, names FROM tender_search ORDER BY rowid"
    ).fetchall()
    return tables


def _audit(ws):
    return sorted(
        ws.conn.execute(
            "SELECT table_name, row_id, action, field, old_value, new_value FROM audit"
        ).fetchall()
    )


def test_counts_match_what_was_reported_and_every_row_is_audited(demo):
    """300 tenders; each stored row has one 'insert' audit row and each tender a search entry."""
    ws, summary, seen = demo
    counts = {t: ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    assert counts == {
        "organisations": summary.organisations,
        "tenders": 300,
        "tenderers": summary.tenderers,
        "decisions": summary.decisions,
    }
    audited = dict(
        ws.conn.execute(
            "SELECT table_name, count(*) FROM audit WHERE action = 'insert' GROUP BY 1"
        ).fetchall()
    )
    assert audited == counts
    assert ws.conn.execute("SELECT count(*) FROM tender_search").fetchone()[0] == 300
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert ws.integrity_ok()
    assert ws.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_procedure_is_one_the_engine_allows(demo, pack):
    """With the ground of its stored basis; the simplest one most of the time."""
    ws, _, _ = demo
    bases = {b.id: b for b in pack.bases}
    simplest = 0
    for launch, authority, kind, cents, procedure, basis in ws.conn.execute(
        "SELECT launch_date, authority, contract_type, estimated_value_cents, procedure, "
        "procedure_basis FROM tenders"
    ):
        ground = bases[basis].ground
        req = ProcedureRequest(
            date.fromisoformat(launch), authority, kind, from_cents(cents), (ground,) * bool(ground)
        )
        result = decide_procedure(req, pack)
        assert procedure in result.allowed and bases[basis].procedure == procedure
        simplest += procedure == result.simplest
    assert simplest > 0.7 * 300


def test_tenders_look_real_and_statuses_follow_the_dates(demo, pack):
    """Round values in range, references per year, deadlines after launch, status by date."""
    ws, _, _ = demo
    rows = ws.conn.execute(
        "SELECT reference, estimated_value_cents, launch_date, offers_deadline, award_deadline, "
        "status, contract_type FROM tenders"
    ).fetchall()
    assert {r[6] for r in rows} == set(schema.CONTRACT_TYPES)
    assert {r[5] for r in rows} >= {"published", "awarded", "closed", "cancelled"}
    for reference, cents, launch, offers, award, status, _ in rows:
        euros = cents // 100
        assert cents % 100 == 0 and LOWEST_VALUE <= euros <= HIGHEST_VALUE
        assert len(str(euros).rstrip("0")) <= 2, euros
        assert reference[:5] == f"{launch[:4]}/" and len(reference) >= 9
        assert pack.covers_from.isoformat() <= launch <= NOW.date().isoformat() < "9"
        assert launch < offers < award
        assert (status == "published") == (offers > NOW.date().isoformat())


def test_awarded_tenders_have_exactly_one_winner(demo):
    """Awarded and closed: one winner among 1-6 offers; other tenders: no winner, 0-6 offers."""
    ws, _, _ = demo
    rows = ws.conn.execute(
        "SELECT t.status, count(x.id), sum(x.status = 'winner') FROM tenders t "
        "LEFT JOIN tenderers x ON x.tender_id = t.id GROUP BY t.id"
    ).fetchall()
    for status, offers, winners in rows:
        assert 0 <= offers <= 6
        if status in ("awarded", "closed"):
            assert offers >= 1 and winners == 1
        else:
            assert not winners
    required = "SELECT count(*) FROM tenders WHERE required_items != '[]'"
    assert ws.conn.execute(required).fetchone()[0] > 0


def test_organisations_are_valid_and_of_every_kind_and_size(demo, pack):
    """Identifiers pass their checks; SME figures give the stored class; every kind is there."""
    ws, _, _ = demo
    cursor = ws.conn.execute("SELECT * FROM organisations")
    names = [c[0] for c in cursor.description]
    sizes = set()
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        again = Organisation.from_mapping(
            {
                **{k: row[k] for k in ("name", "enterprise_number", "iban", "bic", "city")},
                "figures_year": row["figures_year"],
            }
        )
        assert (again.enterprise_number, again.iban) == (row["enterprise_number"], row["iban"])
        if row["size_class"]:
            sizes.add(row["size_class"])
            figures = SmeRequest(
                Decimal(row["staff_awu"]),
                from_cents(row["turnover_cents"]),
                from_cents(row["balance_cents"]),
                date(row["figures_year"], 12, 31),
            )
            assert decide_sme_class(figures, pack).size == row["size_class"], row["name"]
    assert sizes == set(schema.SIZES)
    known = {c[0]: (c[1], c[5]) for c in buyer_candidates()}
    public = ws.conn.execute("SELECT name FROM organisations WHERE size_class IS NULL")
    buyers = [known[name] for (name,) in public]
    assert {kind for _, kind in buyers} == {kind for _, kind in known.values()}
    assert {authority for authority, _ in buyers} == set(schema.AUTHORITIES)


def test_stored_decisions_are_what_the_engine_gives_for_their_input(demo, pack):
    """Every stored result is, byte for byte, what the register stores for a fresh engine run on
    the stored input, and reads back as that run's plain form."""
    ws, _, _ = demo
    kinds = set()
    register = Register(ws, pack)
    for tender_id, kind, data, result, version in ws.conn.execute(
        "SELECT tender_id, kind, input_json, result_json, rule_version FROM decisions"
    ):
        fresh = CHECKS[kind].run(json.loads(data), pack)
        full = json.loads(json.dumps(fresh.to_dict(), default=str))
        assert result == dumps(compact(kind, full, json.loads(data))[0])
        read = next(d for d in register.decisions(tender_id) if d.kind == kind)
        assert read.result == full
        assert version == fresh.rule_version
        kinds.add(kind)
        if kind == "bid_compensation":
            assert fresh.mandatory
            assert json.loads(data)["tenderers"] == register.decision_tenderers(tender_id)
        if kind == "provisional_ranking":
            assert fresh.required and fresh.places
            assert json.loads(data)["offers"] == register.decision_offers(tender_id)
        if kind == "bond":  # on the winner's offer, and recorded so: in step with the register
            assert "bond" not in register.out_of_step(tender_id)
    assert kinds == {"procedure", "advance", "bid_compensation", "provisional_ranking", "bond"}


def test_search_finds_a_tender_by_a_tenderers_name(demo):
    """The index holds the tenderers' names as the per-row triggers would write them."""
    ws, _, _ = demo
    tender_id, name = ws.conn.execute(
        "SELECT x.tender_id, o.name FROM tenderers x JOIN organisations o "
        "ON o.id = x.organisation_id ORDER BY x.id DESC LIMIT 1"
    ).fetchone()
    found = search.search(ws, search.Query(text=name, limit=1000))
    assert tender_id in [r.id for r in found]
    reference = ws.conn.execute(
        "SELECT reference FROM tenders WHERE id = ?", [tender_id]
    ).fetchone()[0]
    assert [r.id for r in search.search(ws, search.Query(text=reference))] == [tender_id]


def test_the_same_seed_gives_the_same_data(tmp_path, pack):
    """Two fresh workspaces, one seed, one 'now': identical rows and index."""
    contents = []
    for name in ("a.sqlite", "b.sqlite"):
        with _new(tmp_path / name) as ws:
            make_demo(ws, pack, 120, 4, NOW)
            contents.append(_content(ws))
    assert contents[0] == contents[1]
    with _new(tmp_path / "c.sqlite") as ws:
        make_demo(ws, pack, 120, 5, NOW)
        assert _content(ws)["tenders"] != contents[0]["tenders"]


def test_extending_keeps_the_old_rows_and_references_stay_unique(tmp_path, pack):
    """A second run adds tenders; the same seed reuses its organisations instead of copies."""
    with _new(tmp_path / "w.sqlite") as ws:
        make_demo(ws, pack, 150, 8, NOW)
        before = _content(ws)
        again = make_demo(ws, pack, 100, 8, NOW)
        other = make_demo(ws, pack, 50, 9, NOW)
        after = _content(ws)
        assert again.organisations == 0 and other.organisations > 0
        for table in TABLES:
            assert after[table][: len(before[table])] == before[table]
        references = [r[0] for r in ws.conn.execute("SELECT reference FROM tenders")]
        assert len(references) == len(set(references)) == 300
        audited = ws.conn.execute(
            "SELECT count(*) FROM audit WHERE table_name = 'tenders' AND action = 'insert'"
        ).fetchone()[0]
        assert audited == 300 and ws.integrity_ok()


def _per_row(reg: Register, batch, pack) -> None:
    """The same rows through the register, one call (one transaction) at a time."""
    for row in batch.organisations:
        mapping = {k: row[k] for k in ("name", "enterprise_number", "street", "postcode")}
        mapping.update({k: row[k] for k in ("city", "country", "iban", "bic", "email", "phone")})
        mapping.update({k: row[k] for k in ("signatory_name", "signatory_function", "logo")})
        if row["size_class"]:
            mapping.update(
                size_class=row["size_class"],
                staff_awu=row["staff_awu"],
                turnover=str(from_cents(row["turnover_cents"])),
                balance_sheet_total=str(from_cents(row["balance_cents"])),
                figures_year=row["figures_year"],
            )
        assert reg.add_organisation(mapping, NOW) == row["id"]
    offers = {}
    for row in batch.tenderers:
        offers.setdefault(row["tender_id"], []).append(row)
    decided = {}
    for row in batch.decisions:
        decided.setdefault(row["tender_id"], []).append(row)
    for row in batch.tenders:
        mapping = {k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at")}
        mapping.update(
            estimated_value=str(from_cents(mapping.pop("estimated_value_cents"))),
            price_only=bool(row["price_only"]),
            indefinite=bool(row["indefinite"]),
            required_items=json.loads(row["required_items"]),
        )
        assert reg.add_tender(mapping, NOW) == row["id"]
        for offer in offers.get(row["id"], []):
            mapping = {k: offer[k] for k in ("tender_id", "organisation_id", "status")}
            assert reg.add_tenderer({**mapping, "offer": str(from_cents(offer["offer_cents"]))})
        for decision in decided.get(row["id"], []):
            reg.decide(row["id"], decision["kind"], json.loads(decision["input_json"]), NOW)


def test_the_bulk_path_gives_the_audit_and_search_of_the_per_row_path(tmp_path, pack):
    """Same rows, same audit entries, same index entries, same search answers."""
    with _new(tmp_path / "bulk.sqlite") as fast:
        batch = next(demo_batches(fast, pack, 60, 21, NOW))
        assert batch.decisions and batch.tenderers
        cache = fast.conn.execute("PRAGMA cache_size").fetchone()[0]
        started = datetime.now(UTC).isoformat(timespec="milliseconds")[:23]
        bulk.import_rows(
            fast, batch.tenders, batch.organisations, batch.tenderers, batch.decisions, now=NOW
        )
        # the import's audit rows carry the time it was written, as the per-row path's do
        ended = datetime.now(UTC).isoformat(timespec="milliseconds")[:23]
        times = fast.conn.execute("SELECT min(at), max(at) FROM audit").fetchone()
        assert started <= times[0][:23] <= times[1][:23] <= ended
        # the larger page cache of the import is given back
        assert fast.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
        with _new(tmp_path / "rows.sqlite") as slow:
            _per_row(Register(slow, pack), batch, pack)
            assert _content(fast) == _content(slow)
            assert _audit(fast) == _audit(slow)
            master = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
            assert fast.conn.execute(master).fetchall() == slow.conn.execute(master).fetchall()
            words = [batch.tenders[5]["reference"], batch.organisations[0]["name"][:4], "ren"]
            words += [batch.tenders[9]["title"].split()[0][:3], "zz"]
            for typed in words:
                q = search.Query(text=typed, limit=1000)
                assert search.search(fast, q) == search.search(slow, q), typed
                assert search.count(fast, q) == search.count(slow, q)


def test_new_tenderers_of_an_existing_tender_are_found(tmp_path, pack):
    """The bulk path also rewrites the index entry of an older tender that got a tenderer."""
    with _new(tmp_path / "w.sqlite") as ws:
        make_demo(ws, pack, 20, 3, NOW)
        ids = bulk.first_free_ids(ws)
        org = {"id": ids["organisations"], "name": "Zwaluw Renovaties bv", "created_at": "x"}
        offer = {"tender_id": 1, "organisation_id": org["id"], "status": "submitted"}
        counts = bulk.import_rows(ws, [], [org], [offer], now=NOW)
        assert (counts.organisations, counts.tenderers) == (1, 1)
        assert [r.id for r in search.search(ws, search.Query(text="zwaluw"))] == [1]
        stored = "SELECT name, created_at FROM organisations WHERE id = ?"
        assert ws.conn.execute(stored, [org["id"]]).fetchone() == ("Zwaluw Renovaties bv", "x")


def test_a_failed_import_leaves_nothing_behind(tmp_path, pack):
    """A tenderer of a tender that does not exist: nothing is stored, triggers and indexes stay."""
    with _new(tmp_path / "w.sqlite") as ws:
        cache = ws.conn.execute("PRAGMA cache_size").fetchone()[0]
        make_demo(ws, pack, 10, 3, NOW)
        before = _content(ws), _audit(ws)
        schema_sql = ws.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        batch = next(demo_batches(ws, pack, 30, 4, NOW))
        bad = {**batch.tenderers[0], "tender_id": 10**6}
        with pytest.raises(sqlite3.IntegrityError):
            bulk.import_rows(
                ws, batch.tenders, batch.organisations, [*batch.tenderers, bad], now=NOW
            )
        with pytest.raises(ValueError, match="not above"):
            bulk.import_rows(ws, [{**batch.tenders[0], "id": 1}], batch.organisations, now=NOW)
        with pytest.raises(ValueError, match="no column 'title; DROP TABLE tenders'"):
            bulk.import_rows(ws, [{"title; DROP TABLE tenders": "x"}], now=NOW)
        with pytest.raises(ValueError, match="lacks 'tender_id'"):
            bulk.import_rows(
                ws, [], batch.organisations, [batch.tenderers[0], {"id": 10**6}], now=NOW
            )
        assert (_content(ws), _audit(ws)) == before
        assert ws.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall() == (
            schema_sql
        )
        assert ws.conn.execute("PRAGMA cache_size").fetchone()[0] == cache


def _ceilings(pack):
    keys = [k for k, spec in schema.PARAMS.items() if spec.kind == "eur" and "bond" not in k]
    return sorted({p.value for k in keys for p in pack.params[k]})


def test_the_memo_gives_the_engines_answer(pack):
    """Thousands of random requests, many right at a threshold: memo and engine agree."""
    rng = random.Random(5)
    memo = ProcedureMemo(pack)
    ceilings = _ceilings(pack)
    span = (date(2027, 12, 31) - pack.covers_from).days
    cent = Decimal("0.01")
    for n in range(3000):
        if rng.random() < 0.5:
            value = rng.choice(ceilings) + rng.choice((-cent, 0, cent))
        else:
            value = Decimal(rng.randrange(100, 10**9)) / 100
        grounds = tuple(rng.sample(schema.GROUNDS, rng.choice((0, 0, 0, 1, 2))))
        req = ProcedureRequest(
            pack.covers_from + timedelta(days=rng.randrange(span + 1)),
            rng.choice(schema.AUTHORITIES),
            rng.choice(schema.CONTRACT_TYPES),
            value,
            grounds,
        )
        direct = decide_procedure(req, pack)
        assert memo.shared(req).allowed == direct.allowed  # as the generator asks, then decides
        assert memo.decide(req) == direct
        if n % 10 == 0:  # and stores it as the register would (a tenth: it takes a while)
            data = {**plain(req), "grounds": list(req.grounds)}
            full = json.loads(json.dumps(direct.to_dict(), default=str))
            stored, texts = compact("procedure", full, data)
            assert memo.stored(req, data) == (dumps(stored), texts)
    assert memo.hits > memo.misses


def test_the_command_line_fills_a_workspace(tmp_path, capsys):
    """demo-data --db PATH --tenders N --seed S: a percentage on stderr, a summary on stdout."""
    from main import main

    path = tmp_path / "cli.sqlite"
    assert main(["demo-data", "--db", str(path), "--tenders", "40", "--seed", "2"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("added 40 tenders, ") and str(path) in out
    assert "\rdemo data: 100%" in err
    assert main(["demo-data", "--tenders", "5"]) == 2
    assert "--db" in capsys.readouterr().err
    with _open(path) as ws:
        assert search.count(ws, search.Query()) == 40
