"""The audit log misses nothing: a change of any audited column is logged with its old and
new value, and a deleted row keeps every audited value of the row it was.

Parametrised over ``AUDITED`` itself, so a column added there is tested without a new line
here; the changes go through plain SQL, as the triggers must log whatever code makes them.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from core.store.schema import AUDITED
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)
STAMP = "2026-11-22T10:00:00"

#: one row of each table, every audited column with a value of its own
ROWS = {
    "organisations": [
        {
            "id": 1,
            "name": "Gemeente Gent",
            "enterprise_number": "0207.437.468",
            "street": "Botermarkt 1",
            "postcode": "9000",
            "city": "Gent",
            "country": "BE",
            "iban": "BE71 0961 2345 6769",
            "bic": "GKCCBEBB",
            "email": "aankoop@stad.gent",
            "size_class": "large",
            "staff_awu": "4800",
            "turnover_cents": 100,
            "balance_cents": 200,
            "figures_year": 2025,
            "phone": "09 266 52 11",
            "signatory_name": "Mathias De Clercq",
            "signatory_function": "Burgemeester",
            "logo": b"\x89PNG\r\n\x1a\nlogo",
        },
        {"id": 2, "name": "Bouwbedrijf Peeters nv"},
    ],
    "tenders": [
        {
            "id": 1,
            "reference": "2026/017",
            "title": "Dak sporthal",
            "buyer_id": 1,
            "authority": "local",
            "contract_type": "works",
            "estimated_value_cents": 60000000,
            "launch_date": "2026-03-01",
            "duration_months": "18",
            "indefinite": 0,
            "status": "draft",
            "procedure": "open",
            "procedure_basis": "open",
            "motivation": "Eerste regel",
            "price_only": 1,
            "required_items": "[]",
            "offers_deadline": "2026-04-01",
            "award_deadline": "2026-06-01",
            "leading_official": "An De Smet",
            "notes": "Nota",
            "competent_body": "college",
            "budget_line": "0119-00/6140000",
            "notice_reference": "2026-512345",
        },
        {
            "id": 2,
            "reference": "2026/018",
            "title": "Schoonmaak",
            "authority": "local",
            "contract_type": "services",
            "estimated_value_cents": 100,
            "launch_date": "2026-03-01",
        },
    ],
    "lots": [{"id": 1, "tender_id": 1, "number": 1, "title": "Dak", "estimated_value_cents": 5}],
    "tenderers": [
        {"id": 1, "tender_id": 1, "organisation_id": 2, "status": "submitted", "offer_cents": 7}
    ],
    "decisions": [
        {
            "id": 1,
            "tender_id": 1,
            "kind": "advance",
            "input_json": '{"launch_date":"2026-03-01","grounds":[]}',
            "result_json": '{"form":"refs-1","simplest":"open"}',
            "pack_id": "be-procurement",
            "pack_version": "1",
            "rule_version": "1",
            "decided_at": STAMP,
            "state": "current",
            "used_json": '{"procedure":null}',
        }
    ],
}
#: a new value for each audited column that its CHECK and foreign keys accept
CHANGED = {
    ("organisations", "size_class"): "small",
    ("organisations", "turnover_cents"): 300,
    ("organisations", "balance_cents"): 400,
    ("organisations", "figures_year"): 2024,
    ("organisations", "logo"): b"\xff\xd8\xffother",
    ("tenders", "buyer_id"): 2,
    ("tenders", "estimated_value_cents"): 70000000,
    ("tenders", "indefinite"): 1,
    ("tenders", "status"): "published",
    ("tenders", "price_only"): 0,
    ("tenders", "required_items"): '["models"]',
    ("tenders", "launch_date"): "2026-03-02",
    ("tenders", "offers_deadline"): "2026-04-02",
    ("tenders", "award_deadline"): "2026-06-02",
    ("lots", "tender_id"): 2,
    ("lots", "number"): 2,
    ("lots", "estimated_value_cents"): 6,
    ("tenderers", "tender_id"): 2,
    ("tenderers", "organisation_id"): 1,
    ("tenderers", "status"): "winner",
    ("tenderers", "offer_cents"): 8,
    ("decisions", "tender_id"): 2,
    ("decisions", "state"): "recomputed",
    ("decisions", "input_json"): '{"launch_date":"2026-03-02","grounds":[]}',
    ("decisions", "result_json"): '{"form":"refs-1","simplest":"restricted","extra":true}',
    ("decisions", "used_json"): '{"procedure":"open"}',
}
#: the audit rows of a change of a JSON column: one per top-level key that changed, with its
#: old and new value as JSON (None: the key was not there), not a copy of the whole value
LOGGED_BY_KEY = {
    ("decisions", "input_json"): [(1, "input_json.launch_date", '"2026-03-01"', '"2026-03-02"')],
    ("decisions", "result_json"): [
        (1, "result_json.simplest", '"open"', '"restricted"'),
        (1, "result_json.extra", None, "true"),
    ],
    ("decisions", "used_json"): [(1, "used_json.procedure", "null", '"open"')],
}
COLUMNS = [(table, column) for table, columns in AUDITED.items() for column in columns]


def logged(value: object) -> object:
    """A value as the audit log writes it: the bytes of an image as hexadecimal text."""
    return value.hex().upper() if isinstance(value, bytes) else value


#: a second copy of each table's row, to delete, with its unique values made its own
COPY = {
    "organisations": {"id": 10, "enterprise_number": "0403.170.701"},
    "tenders": {"id": 10, "reference": "2026/099"},
    "lots": {"id": 10, "tender_id": 2},
    "tenderers": {"id": 10, "tender_id": 2},
    "decisions": {"id": 10, "tender_id": 2},
}


def _insert(ws, table: str, row: dict) -> None:
    stamps = (
        {"created_at": STAMP, "updated_at": STAMP} if table in ("organisations", "tenders") else {}
    )
    values = {**row, **stamps}
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    ws.conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """One workspace for the module (opening one per column would double its run time)."""
    workspace = new_workspace(tmp_path_factory.mktemp("audit") / "w.sqlite", now=NOW)
    with workspace.transaction():
        for table, rows in ROWS.items():
            for row in rows:
                _insert(workspace, table, row)
    yield workspace
    workspace.close()


def _logged(ws, table: str, action: str, after: int) -> list[tuple]:
    return ws.conn.execute(
        "SELECT row_id, field, old_value, new_value FROM audit "
        "WHERE table_name = ? AND action = ? AND id > ? ORDER BY id",
        [table, action, after],
    ).fetchall()


def _last(ws) -> int:
    return ws.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]


def test_the_rows_give_every_audited_column_a_value():
    """Otherwise a change from NULL or a delete would not show a column that is skipped."""
    for table, column in COLUMNS:
        assert ROWS[table][0].get(column) is not None, (table, column)


@pytest.mark.parametrize(("table", "column"), COLUMNS, ids=[f"{t}.{c}" for t, c in COLUMNS])
def test_a_change_of_each_audited_column_is_logged_with_old_and_new_value(ws, table, column):
    old = ROWS[table][0][column]
    new = CHANGED.get((table, column), f"{old} (gewijzigd)")
    before = _last(ws)
    with ws.transaction():
        ws.conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = 1", [new])
    changes = _logged(ws, table, "update", before)
    with ws.transaction():
        ws.conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = 1", [old])
    expected = [(1, column, str(logged(old)), str(logged(new)))]
    assert changes == LOGGED_BY_KEY.get((table, column), expected)


def test_a_json_column_that_is_not_an_object_is_logged_whole(ws):
    """What is not a JSON object (damaged, or another form) is kept whole, old and new."""
    before = _last(ws)
    old = ROWS["decisions"][0]["result_json"]
    with ws.transaction():
        ws.conn.execute("UPDATE decisions SET result_json = 'not json' WHERE id = 1")
        ws.conn.execute("UPDATE decisions SET result_json = ? WHERE id = 1", [old])
    assert _logged(ws, "decisions", "update", before) == [
        (1, "result_json", old, "not json"),
        (1, "result_json", "not json", old),
    ]


@pytest.mark.parametrize("table", list(AUDITED))
def test_a_deleted_row_keeps_every_audited_value_in_the_log(ws, table):
    row = {**ROWS[table][0], **COPY[table]}
    before = _last(ws)
    with ws.transaction():
        _insert(ws, table, row)
        ws.conn.execute(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
    deleted = _logged(ws, table, "delete", before)
    assert [r[0] for r in deleted] == [row["id"]]
    kept = json.loads(deleted[0][2])
    assert kept == {column: logged(row[column]) for column in AUDITED[table]}
