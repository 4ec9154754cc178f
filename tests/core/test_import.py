"""Importing tenders from CSV and XLSX: round trip of the export, Belgian forms, all or none."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from core.demo.tenders import make_demo
from core.exchange.columns import Layouts, guess, problems
from core.exchange.csv_export import export_view
from core.exchange.import_rows import import_table, summary, undo_import
from core.exchange.table_files import TableFile
from core.record import fields
from core.store import search
from core.store.workspace import open_workspace
from tests.workspaces import copy_new_workspace, new_workspace

NOW = datetime(2026, 11, 22, 10, 0)


def _view(path: Path) -> list[tuple]:
    """The register as its view and export show it: every column but the id, and the kind of
    buyer; in reference order."""
    with open_workspace(path, now=NOW) as ws:
        rows = search.search(ws, search.Query(sort="reference", descending=False, limit=10**6))
        kinds = dict(ws.conn.execute("SELECT reference, authority FROM tenders").fetchall())
    names = [f.name for f in fields(search.Row)][1:-1]
    return [(*(getattr(r, n) for n in names), kinds[r.reference]) for r in rows]


def _import(path: Path, source: Path, lang: str = "en", **options):
    table = TableFile(source)
    mapping = options.pop("mapping", None) or guess(table.header)
    if not path.exists():  # into a new workspace: the import is the subject, not the creation
        copy_new_workspace(path)
    with open_workspace(path, now=NOW) as ws:
        return import_table(ws, table, mapping, now=NOW, lang=lang, **options)


def _counts(path: Path) -> tuple[int, ...]:
    with open_workspace(path, now=NOW) as ws:
        return tuple(
            ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("tenders", "organisations", "tenderers", "lots", "audit")
        )


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from core.rules import bundled_pack

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with new_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), 150, 5, NOW)
    return path


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_exported_register_imported_into_an_empty_workspace_is_the_same(demo, tmp_path, suffix):
    exported = tmp_path / f"register.{suffix}"
    assert export_view(demo, search.Query(), exported) == 150
    empty = tmp_path / "empty.sqlite"
    report = _import(empty, exported)
    assert report.written and not report.rejected and report.tenders == 150
    assert _view(empty) == _view(demo)


def _sheet(path: Path, header: list[str], rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADER = [
    "Referentie",
    "Omschrijving",
    "Soort opdracht",
    "Geraamde waarde",
    "Startdatum",
    "Uiterste datum offertes",
    "Gunningsdatum",
    "Aanbesteder",
    "Ondernemingsnummer aanbesteder",
    "Soort bestuur",
    "Status",
    "Winnaar",
    "Ondernemingsnummer winnaar",
    "Offerte winnaar",
    "Inschrijvers",
    "Percelen",
]


def _row(reference: str, **changes) -> list:
    row = {
        "Referentie": reference,
        "Omschrijving": "Onderhoud groen",
        "Soort opdracht": "diensten",
        "Geraamde waarde": "12.500,00",
        "Startdatum": "01/03/2026",
        "Uiterste datum offertes": "",
        "Gunningsdatum": "",
        "Aanbesteder": "Gemeente Lede",
        "Ondernemingsnummer aanbesteder": "",
        "Soort bestuur": "local",
        "Status": "",
        "Winnaar": "",
        "Ondernemingsnummer winnaar": "",
        "Offerte winnaar": "",
        "Inschrijvers": "",
        "Percelen": "",
    }
    row.update({HEADER[int(k[1:])]: v for k, v in changes.items()})
    return [row[h] or None for h in HEADER]


#: row of the file -> (what is wrong, the code of the refusal, the field it names)
BAD = {
    3: (dict(c4="31/02/2026"), "impossible_date", "launch_date"),
    4: (dict(c4="morgen"), "bad_date", "launch_date"),
    5: (dict(c3="-5.000,00"), "negative", "estimated_value"),
    6: (dict(c3="veel geld"), "not_an_amount", "estimated_value"),
    7: (dict(c7=None, c8="0207.446.772"), "unknown_organisation", "buyer_number"),
    8: (dict(), "duplicate_in_file", "reference"),  # the reference of row 2
    9: (dict(), "duplicate_reference", "reference"),  # one the register has
    10: (dict(c8="0123.456.789"), "bad_check_digits", "buyer_number"),
    11: (dict(c3="=B2*2"), "formula", "estimated_value"),
    13: (dict(c1="x" * 501), "too_long", "title"),
    14: (dict(c2="bouwwerken"), "unknown_code", "contract_type"),
    15: (dict(c9="gemeente"), "unknown_code", "authority"),
    16: (dict(c5="01/02/2026"), "before_launch", "offers_deadline"),
    17: (dict(c5="01/04/2026", c6="15/03/2026"), "before_offers", "award_deadline"),
    18: (dict(c10="half klaar"), "unknown_code", "status"),
    19: (dict(c13="9.000,00"), "offer_without_winner", "winner_offer"),
    20: (dict(c11="Gemeente Lede"), "buyer_as_tenderer", "winner"),
    21: (dict(c15="Dak zonder bedrag"), "bad_lot", "lots"),
    22: (dict(c1=None), "missing", "title"),
    23: (dict(c3=None), "missing", "estimated_value"),
    24: (dict(c12="BE 12345"), "not_an_enterprise_number", "winner_number"),
}
EMPTY_ROW = 12


def test_a_file_with_twenty_kinds_of_bad_rows_imports_nothing_and_names_each_row(tmp_path):
    path = tmp_path / "ws.sqlite"
    first = tmp_path / "first.csv"
    first.write_text(
        "referentie;titel;soort opdracht;bedrag;datum\nR-EXIST;Oud;werken;1000;2026-01-01\n"
    )
    assert _import(path, first, default_authority="local").written
    before = _counts(path)
    rows = {2: _row("R-1", c11="Bouw NV", c12="", c13="9.000,00", c14="Groen BV; Tuin & Co")}
    for number, (changes, _, _) in BAD.items():
        reference = {8: "R-1", 9: "R-EXIST"}.get(number, f"R-{number}")
        rows[number] = _row(reference, **changes)
    rows[EMPTY_ROW] = [None] * len(HEADER)
    rows[25] = _row("R-25", c15="Dak: 5.000; Gevel: 7.500,50")  # a good row after the bad
    source = _sheet(tmp_path / "bad.xlsx", HEADER, [rows[n] for n in sorted(rows)])

    report = _import(path, source, lang="nl")

    assert not report.written
    assert _counts(path) == before  # not one row, organisation or audit line written
    found = {r.row: (r.error.code, r.error.field) for r in report.rejected}
    assert found == {n: (code, field) for n, (_, code, field) in BAD.items()}
    assert [r.row for r in report.rejected if len(r.errors) != 1] == []  # one fault: one problem
    assert report.empty == [EMPTY_ROW]
    lines = summary(report, "nl")
    assert lines[0] == "Rij 3: Lanceringsdatum: 31/02/2026 is geen dag van de kalender."
    assert "1 lege regel werd overgeslagen (lege regels worden niet geweigerd)." in lines
    assert lines[-1].startswith(f"{len(BAD)} rijen kunnen niet worden ingevoerd")


def test_a_row_with_several_problems_names_each_of_them(tmp_path):
    """Not only the first: a user corrects the row once, not once per problem."""
    rows = [
        _row(
            "R-1",
            c2="bouwwerken",  # no kind of contract
            c5="morgen",  # not a date
            c12="BE 12345",  # not an enterprise number
            c13="9.000,00",
            c11="Bouw NV",
            c15="Dak zonder bedrag",  # a lot without its amount
        ),
        _row("R-2", c3="=B2*2", c4="31/02/2026"),  # a formula and an impossible date
    ]
    report = _import(tmp_path / "ws.sqlite", _sheet(tmp_path / "bad.xlsx", HEADER, rows), "nl")
    assert not report.written
    found = [(r.row, [(e.code, e.field) for e in r.errors]) for r in report.rejected]
    assert found == [
        (
            2,
            [
                ("unknown_code", "contract_type"),
                ("bad_date", "offers_deadline"),
                ("bad_lot", "lots"),
                ("not_an_enterprise_number", "winner_number"),
            ],
        ),
        (3, [("formula", "estimated_value"), ("impossible_date", "launch_date")]),
    ]
    first = summary(report, "nl")[0]
    assert first.startswith("Rij 2: Soort opdracht: ")
    assert first.count(": ") >= 5 and "morgen" in first and "BE 12345" in first


def test_the_good_rows_of_that_file_import_with_their_parties_and_lots(tmp_path):
    path = tmp_path / "ws.sqlite"
    rows = [
        _row("R-1", c11="Bouw NV", c12="0207.446.772", c13="9.000,00", c14="Groen BV; Bouw NV"),
        _row("R-2", c15="Dak: 5.000; Gevel: 7.500,50", c7="Gemeente Lede", c14="Groen BV"),
    ]
    report = _import(path, _sheet(tmp_path / "good.xlsx", HEADER, rows), lang="nl")
    assert report.written and (report.tenders, report.tenderers, report.lots) == (2, 3, 2)
    assert report.organisations == 3  # Gemeente Lede, Bouw NV, Groen BV: each made once
    with open_workspace(path, now=NOW) as ws:
        winner = ws.conn.execute(
            "SELECT o.name, o.enterprise_number, t.offer_cents FROM tenderers t "
            "JOIN organisations o ON o.id = t.organisation_id WHERE t.status = 'winner'"
        ).fetchall()
        lots = ws.conn.execute("SELECT title, estimated_value_cents FROM lots ORDER BY number")
        assert winner == [("Bouw NV", "0207.446.772", 900000)]
        assert lots.fetchall() == [("Dak", 500000), ("Gevel", 750050)]
        undo_import(ws, report)
    assert _counts(path)[:4] == (0, 0, 0, 0)


def test_csv_in_windows_1252_with_commas_and_utf8_with_bom_with_semicolons(tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        "Référence,Objet,Nature,Montant,Date\r\n"
        'F-1,Rénovation église,travaux,"1.234.567,89",15/06/2026\r\n'.encode("cp1252")
    )
    utf = tmp_path / "utf.csv"
    utf.write_bytes(
        "\ufeffreference;title;contract_type;estimated_value;launch_date\n"
        "E-1;Café façade;supplies;1234.5;2026-06-15\n".encode()
    )
    assert (TableFile(latin).encoding, TableFile(latin).delimiter) == ("cp1252", ",")
    assert (TableFile(utf).encoding, TableFile(utf).delimiter) == ("utf-8-sig", ";")
    path = tmp_path / "ws.sqlite"
    assert _import(path, latin, lang="fr", default_authority="local").written
    assert _import(path, utf, default_authority="local").written
    with open_workspace(path, now=NOW) as ws:
        got = ws.conn.execute(
            "SELECT reference, title, contract_type, estimated_value_cents, launch_date "
            "FROM tenders ORDER BY reference"
        ).fetchall()
    assert got == [
        ("E-1", "Café façade", "supplies", 123450, "2026-06-15"),
        ("F-1", "Rénovation église", "works", 123456789, "2026-06-15"),
    ]


def test_amounts_that_read_two_ways_are_read_as_the_users_language(tmp_path):
    source = tmp_path / "t.csv"
    source.write_text(
        "reference;title;contract_type;estimated_value;launch_date\nA;B;works;620.000;2026-01-05\n"
    )
    for lang, cents in (("nl", 62000000), ("en", 62000)):
        path = tmp_path / f"{lang}.sqlite"
        assert _import(path, source, lang=lang, default_authority="local").written
        with open_workspace(path, now=NOW) as ws:
            assert (
                ws.conn.execute("SELECT estimated_value_cents FROM tenders").fetchone()[0] == cents
            )


def test_without_a_kind_of_buyer_a_row_is_refused_and_a_dry_run_writes_nothing(tmp_path):
    source = tmp_path / "t.csv"
    source.write_text(
        "reference;title;contract_type;estimated_value;launch_date\nA;B;works;100;2026-01-05\n"
    )
    path = tmp_path / "ws.sqlite"
    refused = _import(path, source)
    assert [(r.row, r.error.code, r.error.field) for r in refused.rejected] == [
        (2, "missing", "authority")
    ]
    dry = _import(path, source, default_authority="local", dry_run=True)
    assert not dry.written and dry.tenders == 1 and _counts(path)[0] == 0


def test_headers_in_three_languages_are_guessed_and_a_changed_mapping_is_remembered(tmp_path):
    dutch = ["Referentie", "Omschrijving", "Aard", "Raming", "Startdatum", "Commentaar"]
    assert guess(dutch) == {
        "Referentie": "reference",
        "Omschrijving": "title",
        "Aard": "contract_type",
        "Raming": "estimated_value",
        "Startdatum": "launch_date",
    }
    french = ["N° de dossier", "Objet", "Nature", "Montant", "Date de lancement"]
    assert problems(guess(french)) == [("unmapped", "reference")]
    layouts = Layouts(tmp_path / "layouts.json")
    changed = {**guess(french), "N° de dossier": "reference"}
    layouts.remember(french, changed)
    assert Layouts(tmp_path / "layouts.json").mapping(list(reversed(french))) == changed
    assert layouts.mapping([*french, "Autre"]) == guess([*french, "Autre"])  # another layout


def test_formulas_are_refused_not_computed(tmp_path):
    book = Workbook()
    book.active.append(["reference", "title", "contract_type", "estimated_value", "launch_date"])
    book.active.append(["A", '=UPPER("x")', "works", Decimal("100"), date(2026, 1, 5)])
    book.save(tmp_path / "f.xlsx")
    report = _import(tmp_path / "ws.sqlite", tmp_path / "f.xlsx", default_authority="local")
    assert [(r.error.code, r.error.field) for r in report.rejected] == [("formula", "title")]


def test_a_cancelled_import_writes_nothing(tmp_path):
    from core.exchange.import_rows import Cancelled

    source = tmp_path / "t.csv"
    source.write_text(
        "reference;title;contract_type;estimated_value;launch_date\n"
        + "".join(f"R-{n};B;works;100;2026-01-05\n" for n in range(5000))
    )
    path = tmp_path / "ws.sqlite"
    asked = []
    with pytest.raises(Cancelled):
        _import(path, source, default_authority="local", cancelled=lambda: asked.append(1) or True)
    assert asked and _counts(path) == (0, 0, 0, 0, 0)
