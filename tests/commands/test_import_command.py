"""``main.py import``: a clean file is imported and its mapping remembered; a dry run and a
file with a refused row write nothing; exit codes as the other commands."""

from __future__ import annotations

import sqlite3

import pytest

HEADER = "Dossier;Omschrijving;Aard;Raming;Startdatum\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TENDER_DESK_CONFIG", str(tmp_path / "settings.toml"))
    from main import main

    assert main(["--create", "--smoke-test", "--db", str(tmp_path / "ws.sqlite")]) == 0
    return tmp_path


def run(capsys, *args):
    from main import main

    code = main(["import", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def references(path):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT reference FROM tenders ORDER BY reference")]
    finally:
        conn.close()


def test_import_dry_run_refusal_and_remembered_mapping(folder, capsys):
    db, good = folder / "ws.sqlite", folder / "good.csv"
    good.write_text(HEADER + "A-1;Groen;diensten;1.500;01/03/2026\n\n", encoding="utf-8")
    base = ("--db", db, "--lang", "nl", "--authority", "local")

    code, out, _ = run(capsys, good, *base, "--dry-run")  # "Dossier" is not a known header
    assert code == 1 and references(db) == []

    code, out, _ = run(capsys, good, *base, "--mapping", "Dossier=reference", "--dry-run")
    assert code == 0 and "Proefdraai: 1 opdrachten" in out and references(db) == []

    code, out, _ = run(capsys, good, *base, "--mapping", "Dossier=reference")
    assert code == 0
    assert "1 lege regel werd overgeslagen (lege regels worden niet geweigerd)." in out
    assert references(db) == ["A-1"]

    bad = folder / "bad.csv"  # the same layout: the mapping of the last import is used
    bad.write_text(
        HEADER + "A-2;Groen;diensten;1.500;01/03/2026\nA-3;Grijs;diensten;-4;02/03/2026\n"
    )
    code, out, _ = run(capsys, bad, *base)
    assert code == 1
    assert "Rij 3: Geraamde waarde excl. btw: mag niet negatief zijn." in out.splitlines()
    assert references(db) == ["A-1"]


def test_a_file_or_workspace_that_cannot_be_used_exits_2(folder, capsys):
    code, _, err = run(capsys, folder / "missing.xlsx", "--db", folder / "ws.sqlite")
    assert code == 2 and "missing.xlsx" in err
    good = folder / "good.csv"
    good.write_text(HEADER + "A-1;Groen;diensten;1.500;01/03/2026\n", encoding="utf-8")
    code, _, err = run(capsys, good, "--db", folder / "no.sqlite", "--mapping", "Dossier=reference")
    assert code == 2
