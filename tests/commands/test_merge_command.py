"""``main.py merge``: a dry run shows every conflict and writes nothing; conflicts without a
choice are refused with how to choose; ``--take`` merges; a file the app would not open is
refused."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from core.store.schema import CURRENT_VERSION
from tests.core.merge_pair import ADDED, CHANGED, make_pair


@pytest.fixture(scope="module")
def pair_made(tmp_path_factory):
    return make_pair(tmp_path_factory.mktemp("pair"))


@pytest.fixture
def pair(pair_made, tmp_path, monkeypatch):
    monkeypatch.setenv("TENDER_DESK_CONFIG", str(tmp_path / "settings.toml"))
    folder = tmp_path / "files"
    folder.mkdir()
    for source in pair_made:
        shutil.copy(source, folder / source.name)
    return folder / "mine.sqlite", folder / "other.sqlite"


def merge(capsys, *args):
    from main import main

    code = main(["merge", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def titles(path):
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT reference, title FROM tenders"))
    finally:
        conn.close()


def snapshot(folder):
    """The files of ``folder`` and their bytes; an empty -wal or the -shm index that SQLite
    leaves beside a file it read are not a change of it."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file()
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def test_a_dry_run_shows_each_conflict_and_writes_nothing(pair, capsys):
    mine, other = pair
    before, theirs = snapshot(mine.parent), titles(other)
    code, out, _ = merge(capsys, "--db", mine, other, "--dry-run", "--lang", "nl")
    assert code == 0
    assert snapshot(mine.parent) == before, "not a byte written, no file added"
    for reference, title in titles(mine).items():
        if theirs[reference] != title:
            assert f"conflict: {reference} {title}\n  Titel: {title} → {theirs[reference]}" in out
    assert out.count("conflict: ") == CHANGED
    assert out.count("nieuw: ") == ADDED
    assert "Geraamde waarde excl. btw: €\u00a070.000,00 → €\u00a071.000,00" in out
    assert f"{ADDED} nieuw, 10 gelijk, {CHANGED} in conflict" in out
    assert "Proefdraai: er werd niets geschreven." in out


def test_conflicts_without_a_choice_are_refused_with_how_to_choose(pair, capsys):
    mine, other = pair
    before = snapshot(mine.parent)
    code, _, err = merge(capsys, "--db", mine, other, "--lang", "fr")
    assert code == 1
    assert "--take mine" in err and "--take theirs" in err
    assert "Fusionner un espace de travail" in err
    assert snapshot(mine.parent) == before


def test_take_theirs_merges_every_tender(pair, capsys):
    mine, other = pair
    code, out, _ = merge(capsys, "--db", mine, other, "--take", "theirs", "--lang", "en")
    assert code == 0
    assert titles(mine) == titles(other)
    assert f"{ADDED} added, {CHANGED} taken from the other workspace, 0 kept" in out


def test_take_mine_adds_the_new_tenders_and_keeps_the_rest(pair, capsys):
    mine, other = pair
    kept = titles(mine)
    code, _, _ = merge(capsys, "--db", mine, other, "--take", "mine")
    assert code == 0
    after = titles(mine)
    assert {r: after[r] for r in kept} == kept
    assert len(after) == len(kept) + ADDED


def test_a_newer_or_foreign_file_is_refused_clearly(pair, capsys, tmp_path):
    mine, other = pair
    conn = sqlite3.connect(other)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = snapshot(mine.parent)
    code, _, err = merge(capsys, "--db", mine, other, "--take", "theirs")
    assert code == 2
    assert f"{other}: was made by a newer version of the app" in err
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    code, _, err = merge(capsys, "--db", mine, foreign, "--dry-run")
    assert code == 2
    assert "is an SQLite file of another program" in err
    assert snapshot(mine.parent) == before
