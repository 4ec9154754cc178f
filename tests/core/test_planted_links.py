"""Links planted beside a workspace or an export folder are never followed or written through."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core.documents.export import export
from core.exchange import csv_export
from core.rules import bundled_pack
from core.settings import Settings, save
from core.store import backups, files, search
from core.store.register import Register
from core.store.workspace import WorkspaceError, open_workspace
from tests.workspaces import copy_new_workspace

NOW = datetime(2026, 11, 22, 10)
NOTES = b"my private notes\n"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges")


@pytest.fixture
def notes(tmp_path) -> Path:
    """A file of the user's that a planted link points to."""
    path = tmp_path / "notes.txt"
    path.write_bytes(NOTES)
    return path


def test_a_lock_file_that_is_a_symlink_is_refused_and_its_target_untouched(tmp_path, notes):
    path = tmp_path / "ws.sqlite"
    (tmp_path / "ws.sqlite.lock").symlink_to(notes)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path, now=NOW)
    assert info.value.code == "unsafe_lock"
    assert "ws.sqlite.lock" in info.value.message
    assert notes.read_bytes() == NOTES
    assert not path.exists()  # nothing was created either


def test_a_lock_file_that_is_a_hard_link_is_refused_and_its_target_untouched(tmp_path, notes):
    path = tmp_path / "ws.sqlite"
    os.link(notes, tmp_path / "ws.sqlite.lock")
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path, now=NOW)
    assert info.value.code == "unsafe_lock"
    assert notes.read_bytes() == NOTES


def test_a_dangling_lock_link_creates_nothing_at_its_target(tmp_path):
    target = tmp_path / "elsewhere" / "created.txt"
    target.parent.mkdir()
    (tmp_path / "ws.sqlite.lock").symlink_to(target)
    with pytest.raises(WorkspaceError):
        open_workspace(tmp_path / "ws.sqlite", now=NOW)
    assert not target.exists()


@pytest.fixture
def reg(tmp_path):
    ws = open_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    reg.add_tender(
        {
            "reference": "2026/1",
            "title": "Opdracht",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "141500",
            "launch_date": "2026-03-01",
        },
        NOW,
    )
    yield reg
    ws.close()


def test_the_pdf_writer_never_writes_through_a_planted_part_link(reg, tmp_path, notes):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".2026-1-summary-en.pdf.part").symlink_to(notes)
    report = export(reg, [1], "summary", "en", out, date(2026, 11, 22))
    assert report.ok and [p.name for p in report.written] == ["2026-1-summary-en.pdf"]
    assert notes.read_bytes() == NOTES
    assert (out / "2026-1-summary-en.pdf").read_bytes().startswith(b"%PDF")


def test_a_document_whose_name_is_a_link_replaces_the_link_not_its_target(reg, tmp_path, notes):
    out = tmp_path / "out"
    out.mkdir()
    (out / "2026-1-summary-en.pdf").symlink_to(notes)
    report = export(reg, [1], "summary", "en", out, date(2026, 11, 22))
    assert report.ok
    assert notes.read_bytes() == NOTES
    assert not (out / "2026-1-summary-en.pdf").is_symlink()


def test_the_csv_export_never_writes_through_a_planted_part_link(reg, tmp_path, notes):
    target = tmp_path / "register.csv"
    (tmp_path / ".register.csv.part").symlink_to(notes)
    assert csv_export.export_view(reg.ws.path, search.Query(), target) == 1
    assert notes.read_bytes() == NOTES
    assert "2026/1" in target.read_text(encoding="utf-8-sig")


def test_a_backup_never_writes_through_a_planted_part_link(tmp_path, notes):
    path = tmp_path / "w.sqlite"
    copy_new_workspace(path)
    folder = backups.backups_dir(path)
    folder.mkdir()
    stamp = f"{NOW + timedelta(days=1):%Y%m%d-%H%M%S}"
    (folder / f"w-{stamp}-auto.sqlite.part").symlink_to(notes)
    (folder / f".w-{stamp}-auto.sqlite.part").symlink_to(notes)
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        assert ws.backup_made is not None
    assert notes.read_bytes() == NOTES


def test_a_restore_never_writes_through_a_planted_part_link(tmp_path, notes):
    path = tmp_path / "w.sqlite"
    copy_new_workspace(path)
    with open_workspace(path, now=NOW + timedelta(days=1)) as ws:
        backup = ws.backup_made
    (tmp_path / "w.sqlite.part").symlink_to(notes)
    (tmp_path / ".w.sqlite.part").symlink_to(notes)
    backups.restore_backup(backup, path, NOW + timedelta(days=2))
    assert notes.read_bytes() == NOTES


def test_settings_are_never_written_through_a_planted_link(tmp_path, notes):
    path = tmp_path / "settings.toml"
    path.symlink_to(notes)
    save(Settings(language="fr"), path)
    assert notes.read_bytes() == NOTES
    assert 'language = "fr"' in path.read_text(encoding="utf-8")


def test_new_part_files_are_created_exclusively(tmp_path, notes):
    fd, part = files.new_part(tmp_path / "x.pdf")
    os.close(fd)
    assert part.name.startswith(".x.pdf.") and part.name.endswith(".part")
    assert part.stat().st_size == 0 and not part.is_symlink()
    assert files.stale_parts(tmp_path / "x.pdf") == [part]
