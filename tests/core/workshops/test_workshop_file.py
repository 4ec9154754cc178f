"""The workshop file: made, opened as a working copy, reset; never written; refused when it
is damaged, foreign, newer, escapes its folder or unpacks too much."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date, datetime

import pytest

from core.settings import load
from core.workshops import archive, session
from core.workshops.answers import check_answer
from core.workshops.build import KeysDisagreeError, make_from_folder
from core.workshops.errors import WorkshopError
from core.workshops.exercises import find
from tests.core.workshops.conftest import ONE_OF_EACH


def _tenders(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT reference FROM tenders ORDER BY id")]


def test_make_then_open_brings_the_exercises_settings_and_register(made, data_folder):
    copy = session.open_workshop(made)
    assert copy.folder == data_folder / "workshops" / "sme-2024"
    assert copy.manifest.title_in("fr") == "Mesures PME 2024"
    assert copy.manifest.created == date(2026, 11, 22)
    assert [e.id for e in copy.exercises] == list(ONE_OF_EACH)
    advance = find(copy.exercises, "adv-h2-small")
    assert "180" in advance.facts_in("nl") and "kleine onderneming" in advance.facts_in("nl")
    assert "petite entreprise" in advance.facts_in("fr")
    assert _tenders(copy.workspace) == ["2025/001"]
    settings = load(copy.settings).settings  # the app started with --config on it
    assert settings.language == "nl"
    assert settings.today == date(2025, 3, 1)
    assert settings.default_workspace == copy.workspace


def test_the_file_is_byte_identical_after_a_session_and_a_reset(made, pack):
    before = made.read_bytes()
    copy = session.open_workshop(made)
    exercise = find(copy.exercises, "adv-h2-small")
    answer = {"input": {**exercise.input, "contractor_size": "medium"}}
    checked = check_answer(exercise, answer, pack, "nl")
    session.record(copy, "Groep 1", exercise.id, checked.right, datetime(2026, 11, 22, 10))
    with sqlite3.connect(copy.workspace) as conn:  # the group changes the register
        conn.execute("DELETE FROM tenders")
    assert session.read_scores(copy) and _tenders(copy.workspace) == []
    again = session.reset(copy.folder)
    assert made.read_bytes() == before
    assert session.read_scores(again) == []
    assert _tenders(again.workspace) == ["2025/001"]


def test_opening_again_continues_the_session_and_another_file_is_refused(
    made, folder, tmp_path, pack
):
    copy = session.open_workshop(made)
    session.record(copy, "A", "adv-h2-small", True, datetime(2026, 11, 22, 10))
    assert len(session.read_scores(session.open_workshop(made))) == 1
    other = tmp_path / "other.tdworkshop"
    make_from_folder(folder, other, pack, date(2026, 11, 23))  # same id, another file
    with pytest.raises(WorkshopError) as caught:
        session.open_workshop(other)
    assert caught.value.code == "other_file"
    assert session.read_scores(session.open_workshop(other, fresh=True)) == []


def test_a_key_the_engine_disagrees_with_stops_the_making_unless_forced(folder, tmp_path, pack):
    doc = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
    doc["cases"][0]["expect"]["amount"] = "9999.00"
    (folder / "exercises.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "bad.tdworkshop"
    with pytest.raises(KeysDisagreeError) as caught:
        make_from_folder(folder, out, pack, date(2026, 11, 22))
    assert [o.line() for o in caught.value.outcomes] == [
        'FAIL adv-h2-small: amount: expected "9999.00", got "9000.00"'
    ]
    assert not out.exists()
    made = make_from_folder(folder, out, pack, date(2026, 11, 22), force=True)
    assert out.exists() and len(made.disagreeing) == 1


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _manifest(**change):
    raw = {"format": archive.FORMAT, "version": 1, "id": "x", "title": {"en": "X"}}
    return json.dumps({**raw, "created": "2026-11-22", **change})


def _refusal(path):
    with pytest.raises(WorkshopError) as caught:
        session.open_workshop(path)
    return caught.value


def test_a_damaged_file_is_refused_in_dutch_and_french(made, tmp_path):
    cut = tmp_path / "cut.tdworkshop"
    cut.write_bytes(made.read_bytes()[:-300])
    error = _refusal(cut)
    assert error.code == "damaged"
    assert "beschadigd" in error.message("nl") and "endommagé" in error.message("fr")
    flipped = bytearray(made.read_bytes())  # a byte of the register changed: its CRC fails
    with zipfile.ZipFile(made) as z:
        info = z.getinfo(archive.WORKSPACE)
    flipped[info.header_offset + 30 + len(info.filename) + 40] ^= 0xFF
    bad = tmp_path / "flipped.tdworkshop"
    bad.write_bytes(bytes(flipped))
    assert _refusal(bad).code == "damaged"


def test_a_foreign_zip_is_refused_in_dutch_and_french(tmp_path):
    error = _refusal(_zip(tmp_path / "photos.tdworkshop", {"a.jpg": b"x"}))
    assert error.code == "not_a_workshop"
    assert "geen workshopbestand" in error.message("nl")
    assert "pas un fichier d'atelier" in error.message("fr")
    other = _zip(tmp_path / "o.tdworkshop", {"manifest.json": json.dumps({"format": "odt"})})
    assert _refusal(other).code == "not_a_workshop"


def test_a_newer_version_is_refused_in_dutch_and_french(tmp_path):
    error = _refusal(_zip(tmp_path / "n.tdworkshop", {"manifest.json": _manifest(version=2)}))
    assert error.code == "newer_version"
    assert "nieuwere versie" in error.message("nl") and "formaatversie 2" in error.message("nl")
    assert "plus récente" in error.message("fr")


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/evil", "a/../../evil", "C:/evil", "a\\..\\evil"]
)
def test_a_path_outside_the_file_is_refused_in_dutch_and_french(tmp_path, data_folder, name):
    members = {"manifest.json": _manifest(), name: b"x"}
    error = _refusal(_zip(tmp_path / "t.tdworkshop", members))
    assert error.code == "unsafe_path" and error.params["name"] == name
    assert "buiten zichzelf" in error.message("nl") and "hors de lui-même" in error.message("fr")
    assert not (tmp_path / "evil.txt").exists() and not data_folder.exists()


def test_a_zip_bomb_is_refused_before_it_fills_the_disk(tmp_path, monkeypatch, data_folder):
    monkeypatch.setattr(archive, "MAX_UNPACKED", 1 << 20)
    path = tmp_path / "bomb.tdworkshop"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", _manifest())
        z.writestr("workspace.sqlite", b"\0" * (4 << 20))  # 4 MB, a few kB packed
    assert path.stat().st_size < 50_000
    error = _refusal(path)
    assert error.code == "too_large"
    assert "uitgepakt" in error.message("nl") and "décompressé" in error.message("fr")
    assert not data_folder.exists()


def test_a_groups_score_counts_the_last_answer_to_each_exercise(made):
    copy = session.open_workshop(made)
    at = datetime(2026, 11, 22, 10)
    session.record(copy, "A", "adv-h2-small", False, at)
    session.record(copy, "A", "adv-h2-small", True, at)  # answered again, now right
    session.record(copy, "A", "proc-140000", False, at)
    session.record(copy, "B", "proc-140000", True, at)
    assert session.results(copy, "A") == {"adv-h2-small": True, "proc-140000": False}
    assert session.score(copy, "A") == (1, 4)
    assert session.score(copy, "B") == (1, 4)
    assert session.score(copy, "C") == (0, 4)
