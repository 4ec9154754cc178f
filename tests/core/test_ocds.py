"""The OCDS export of a register: what a reader of the file (or of the OCDS data standard's
own validator) would check, with no network."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource

from core.demo.tenders import make_demo
from core.demo.workspace import open_demo
from core.exchange.ocds import Cancelled, export
from core.exchange.ocds_schema import merge_patch
from core.paths import resources_dir
from core.rules import bundled_pack
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 29, 12, 0)
PREFIX = "ocds-213czf"
REF = "OCDS/1"  # the tender this file adds to the demo, with two lots


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Every socket refused: the export must check its file with what it ships."""

    def refused(*_args, **_kwargs):
        raise OSError("the network is off in this test")

    monkeypatch.setattr(socket, "socket", refused)
    monkeypatch.setattr(socket, "create_connection", refused)
    monkeypatch.setattr(socket, "getaddrinfo", refused)


def _org(conn: sqlite3.Connection, name: str, number: str, size: str | None) -> int:
    stamp = NOW.isoformat(timespec="seconds")
    return conn.execute(
        "INSERT INTO organisations (name, enterprise_number, size_class, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?)",
        [name, number, size, stamp, stamp],
    ).lastrowid


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """The demo workspace and one awarded tender of two lots (``_add_awarded_tender``)."""
    path = tmp_path_factory.mktemp("ocds") / "demo.sqlite"
    ws = open_demo(path, bundled_pack(), NOW)
    try:
        _add_awarded_tender(ws)
    finally:
        ws.close()
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """Three demo tenders, then that awarded tender: for what a few releases show as well as
    the demo's 300 (each export checks every release against the schema: two seconds on the
    demo). The awarded one is not the first: it is checked as a release, as in the demo, not
    with the package's envelope."""
    path = tmp_path_factory.mktemp("ocds-small") / "small.sqlite"
    with new_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 3, 1, NOW)
        _add_awarded_tender(ws)
    return path


def _add_awarded_tender(ws) -> None:  # noqa: ANN001 - a Workspace
    """A tender of two lots, awarded: a small winner that offered € 90.000,00, a tenderer whose
    size the register does not know; a lot of € 0,30."""
    conn = ws.db.conn
    with ws.transaction():
        buyer = _org(conn, "Gemeente Testdorp", "0207.000.000", None)
        winner = _org(conn, "Groen bv", "0400.000.000", "small")
        other = _org(conn, "Onbekend nv", "0400.000.197", None)
        stamp = NOW.isoformat(timespec="seconds")
        tender = conn.execute(
            "INSERT INTO tenders (reference, title, buyer_id, authority, contract_type, "
            "estimated_value_cents, launch_date, status, procedure, offers_deadline, "
            "created_at, updated_at) VALUES (?, 'Groenonderhoud', ?, 'local', 'services', "
            "9500000, '2026-03-01', 'awarded', 'open', '2026-04-15', ?, ?)",
            [REF, buyer, stamp, stamp],
        ).lastrowid
        conn.executemany(
            "INSERT INTO lots (tender_id, number, title, estimated_value_cents) "
            "VALUES (?, ?, ?, ?)",
            [(tender, 1, "Parken", 9499970), (tender, 2, "Bloembakken", 30)],
        )
        conn.executemany(
            "INSERT INTO tenderers (tender_id, organisation_id, status, offer_cents) "
            "VALUES (?, ?, ?, ?)",
            [(tender, winner, "winner", 9000000), (tender, other, "not_selected", 9100000)],
        )


def _export(path: Path, target: Path, **options):
    options = {"prefix": PREFIX, "publisher": None, "lang": "nl", "now": NOW, **options}
    return export(path, target, **options)


@pytest.fixture(scope="module")
def export_report(workspace, tmp_path_factory):
    """The report of the export with the registered prefix, and the file it wrote (each
    export validates every release: seconds, once for the module)."""
    target = tmp_path_factory.mktemp("out") / "register.json"
    with pytest.MonkeyPatch.context() as mp:  # the module's fixture runs before the autouse one
        mp.setattr(socket, "socket", lambda *a, **k: (_ for _ in ()).throw(OSError("off")))
        report = _export(workspace, target)
    assert report.written, report.lines("en")
    return report, target


@pytest.fixture(scope="module")
def exported(export_report) -> tuple[str, dict]:
    raw = export_report[1].read_text(encoding="utf-8")
    return raw, json.loads(raw, parse_float=Decimal)


def _release(package: dict, reference: str) -> dict:
    (found,) = [r for r in package["releases"] if r["tender"]["id"] == reference]
    return found


def test_the_file_validates_against_the_vendored_schema_read_here(exported):
    """Checked again here, from the files themselves and a merge written for the test."""
    _, package = exported
    folder = resources_dir() / "ocds"
    release = json.loads((folder / "1.1.5" / "release-schema.json").read_text())
    patch = json.loads((folder / "lots" / "release-schema.json").read_text())
    for name, definition in patch["definitions"].items():
        merged = release["definitions"].setdefault(name, {})
        for key, value in definition.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            else:
                merged[key] = value
    schema = json.loads((folder / "1.1.5" / "release-package-schema.json").read_text())
    registry = Registry().with_resource(release["id"], Resource.from_contents(release))
    errors = list(Draft4Validator(schema, registry=registry).iter_errors(package))
    assert errors == []
    assert package["version"] == "1.1"
    assert any("ocds_lots_extension" in url for url in package["extensions"])


def test_one_release_per_tender_with_its_ocid(exported, workspace):
    _, package = exported
    conn = sqlite3.connect(workspace)
    references = [r for (r,) in conn.execute("SELECT reference FROM tenders ORDER BY id")]
    conn.close()
    assert len(references) > 300
    assert [r["ocid"] for r in package["releases"]] == [f"{PREFIX}-{r}" for r in references]
    assert _release(package, REF)["ocid"] == "ocds-213czf-OCDS/1"


def test_parties_carry_their_roles_identifier_and_scale(exported):
    _, package = exported
    parties = {p["name"]: p for p in _release(package, REF)["parties"]}
    assert parties["Gemeente Testdorp"]["roles"] == ["buyer"]
    assert parties["Groen bv"]["roles"] == ["tenderer", "supplier"]
    assert parties["Groen bv"]["identifier"] == {
        "scheme": "BE-BCE_KBO",
        "id": "0400000000",
        "legalName": "Groen bv",
    }
    assert parties["Groen bv"]["id"] == "BE-BCE_KBO-0400000000"
    assert parties["Groen bv"]["details"] == {"scale": "small"}
    assert "details" not in parties["Onbekend nv"]  # no size class: no scale, no guess
    assert "details" not in parties["Gemeente Testdorp"]


def test_lots_and_the_award_name_them(exported):
    _, package = exported
    release = _release(package, REF)
    tender = release["tender"]
    assert [lot["id"] for lot in tender["lots"]] == ["1", "2"]
    assert [i["relatedLot"] for i in tender["items"]] == ["1", "2"]
    (award,) = release["awards"]
    assert award["relatedLots"] == ["1", "2"]
    assert award["suppliers"] == [{"id": "BE-BCE_KBO-0400000000", "name": "Groen bv"}]
    assert release["tag"] == ["award"]
    assert tender["status"] == "complete"
    assert tender["procurementMethod"] == "open"
    assert tender["mainProcurementCategory"] == "services"
    assert tender["tenderPeriod"]["endDate"].startswith("2026-04-15T23:59:59")


def test_amounts_are_the_stored_cents_exactly(exported):
    raw, package = exported
    release = _release(package, REF)
    assert release["awards"][0]["value"] == {"amount": Decimal("90000.00"), "currency": "EUR"}
    lots = release["tender"]["lots"]
    assert lots[1]["value"]["amount"] == Decimal("0.30")
    assert '"value":{"amount":90000.00,"currency":"EUR"}' in raw
    assert '"amount":0.30,' in raw
    written = re.findall(r'"amount":([^,}]+)', raw)
    assert len(written) > 300
    assert all(re.fullmatch(r"\d+\.\d\d", a) for a in written), written  # cents, never a float


def test_a_release_against_the_schema_is_refused_and_nothing_is_written(small, tmp_path):
    broken = tmp_path / "broken.sqlite"
    source = sqlite3.connect(small)
    copy = sqlite3.connect(broken)
    source.backup(copy)
    source.close()
    # a contract type this version does not know (another program wrote it): never guessed
    copy.execute("UPDATE tenders SET contract_type = 'catering' WHERE reference = ?", [REF])
    copy.commit()
    copy.close()
    target = tmp_path / "register.json"
    target.write_text("the file of last week", encoding="utf-8")
    report = _export(broken, target)
    assert not report.written
    assert target.read_text(encoding="utf-8") == "the file of last week"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("broken.")] == [
        "register.json"
    ]
    ((reference, problem),) = report.problems
    assert reference == REF
    assert problem.path.endswith("/tender/mainProcurementCategory")
    lines = report.lines("nl")
    assert lines[-2].startswith("Het OCDS-bestand werd niet geschreven")
    assert lines[-1].startswith(f"Opdracht {REF}, bij /releases/")
    assert '"catering" is geen van de toegelaten waarden (goods, works, services)' in lines[-1]


def test_a_cancelled_export_writes_nothing(workspace, tmp_path):
    target = tmp_path / "register.json"
    with pytest.raises(Cancelled):
        _export(workspace, target, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_the_unregistered_prefix_is_said(small, tmp_path, export_report):
    report = _export(small, tmp_path / "a.json", prefix="ocds-xxxxxx")
    assert report.written
    assert "niet geregistreerd" in report.lines("nl")[0]
    registered, _ = export_report
    assert not any("geregistreerd" in line for line in registered.lines("nl"))


@pytest.mark.parametrize(
    ("target", "patch", "result"),
    [  # RFC 7386, appendix A
        ({"a": "b"}, {"a": "c"}, {"a": "c"}),
        ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
        ({"a": "b"}, {"a": None}, {}),
        ({"a": "b", "b": "c"}, {"a": None}, {"b": "c"}),
        ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
        ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
        ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}),
        (["a", "b"], ["c", "d"], ["c", "d"]),
        ({"a": "b"}, ["c"], ["c"]),
        ({"e": None}, {"a": 1}, {"e": None, "a": 1}),
        ([1, 2], {"a": "b", "c": None}, {"a": "b"}),
        ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}}),
    ],
)
def test_merge_patch_follows_rfc_7386(target, patch, result):
    assert merge_patch(target, patch) == result
