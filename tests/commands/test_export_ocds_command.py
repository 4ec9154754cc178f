"""``main.py export-ocds``: the prefix of the settings, the note on an unregistered one, a
refusal in the user's language that leaves the file at --out as it was; exit codes as the
other commands."""

from __future__ import annotations

import json
import sqlite3

import pytest


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TENDER_DESK_CONFIG", str(tmp_path / "settings.toml"))
    from main import main

    db = tmp_path / "ws.sqlite"
    assert main(["demo-data", "--db", str(db), "--tenders", "12", "--seed", "3"]) == 0
    return tmp_path


def run(capsys, *args):
    from main import main

    code = main(["export-ocds", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_prefix_of_the_settings_and_the_unregistered_default(folder, capsys):
    db, target = folder / "ws.sqlite", folder / "register.json"
    code, out, _ = run(capsys, "--db", db, "--out", target, "--lang", "en")
    assert code == 0
    assert out.startswith("Note: the ocid prefix ocds-xxxxxx is not registered")
    assert f"12 tenders written to {target}" in out
    ocids = [r["ocid"] for r in json.loads(target.read_text())["releases"]]
    assert len(ocids) == 12 and all(o.startswith("ocds-xxxxxx-") for o in ocids)

    (folder / "settings.toml").write_text('ocid_prefix = "ocds-213czf"\n', encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "--out", target, "--lang", "en")
    assert code == 0 and "not registered" not in out
    ocids = [r["ocid"] for r in json.loads(target.read_text())["releases"]]
    assert all(o.startswith("ocds-213czf-") for o in ocids)


def test_a_register_against_the_schema_is_refused_in_the_users_language(folder, capsys):
    db, target = folder / "ws.sqlite", folder / "register.json"
    conn = sqlite3.connect(db)
    (reference,) = conn.execute("SELECT reference FROM tenders ORDER BY id LIMIT 1").fetchone()
    with conn:
        conn.execute("UPDATE tenders SET procedure = 'tombola' WHERE reference = ?", [reference])
    conn.close()
    target.write_text("{}", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--out", target, "--lang", "fr")
    assert code == 1 and out == ""
    assert "Le fichier OCDS n'a pas été écrit" in err
    assert f"Marché {reference}, à /releases/0/tender/procurementMethod" in err
    assert "« tombola »" not in err and "\"tombola\" n'est pas l'une des valeurs admises" in err
    assert target.read_text(encoding="utf-8") == "{}"


def test_a_missing_workspace_is_refused(folder, capsys):
    code, _, err = run(capsys, "--db", folder / "none.sqlite", "--out", folder / "x.json")
    assert code == 2 and "does not exist" in err
    assert not (folder / "none.sqlite").exists() and not (folder / "x.json").exists()
