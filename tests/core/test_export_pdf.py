"""Writing documents: whole files or none, a batch that goes on, and the command line."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from core.documents.export import export
from core.rules import bundled_pack
from core.store import files
from core.store.register import Register
from tests.export_command import export_pdf
from tests.workspaces import new_workspace

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    for number in range(3):
        data = {
            "reference": f"2026/{number}",
            "title": f"Opdracht {number}",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "141500",
            "launch_date": "2026-03-01",
        }
        tid = reg.add_tender(data, NOW)
        if number:
            basics = {k: data[k] for k in ("launch_date", "authority", "contract_type")}
            reg.decide(tid, "procedure", {**basics, "estimated_value_excl_vat": "141500"}, NOW)
    yield reg
    ws.close()


def test_a_batch_writes_what_it_can_and_says_what_it_skipped(reg, tmp_path):
    seen = []
    progress = lambda done, total: seen.append((done, total))  # noqa: E731
    report = export(reg, [1, 2, 3], "motivation", "nl", tmp_path / "out", ISSUED, progress)
    assert sorted(p.name for p in report.written) == [
        "2026-1-motivering-nl.pdf",
        "2026-2-motivering-nl.pdf",
    ]
    assert [(s.reference, s.code) for s in report.skipped] == [("2026/0", "no_decision")]
    assert "Keuze van de procedure" in report.skipped[0].message
    assert seen[-1] == (3, 3) and report.ok


def test_cancel_stops_between_tenders(reg, tmp_path):
    report = export(reg, [2, 3], "summary", "en", tmp_path, ISSUED, cancelled=lambda: True)
    assert report.cancelled and not report.written


def test_a_full_disk_leaves_the_old_file_and_no_part_file(reg, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    old = out / "2026-1-summary-en.pdf"
    old.write_bytes(b"the old document")

    def full(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    report = export(reg, [2, 3], "summary", "en", out, ISSUED)
    assert old.read_bytes() == b"the old document"
    assert not list(out.glob(".*.part"))
    assert [f.message for f in report.failed] == ["No space left on device"] * 2
    assert not report.ok


def test_an_out_folder_that_cannot_be_made_is_reported(reg, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    report = export(reg, [2], "summary", "en", blocker / "sub", ISSUED)
    assert report.failed and not report.written


def run(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export-pdf", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_the_command_line_exports_one_tender_or_all(reg, tmp_path, capsys):
    db = reg.ws.path
    reg.ws.close()
    before = db.read_bytes()
    one = run(
        "--db",
        db,
        "--tender",
        "2026/1",
        "--document",
        "summary",
        "--lang",
        "fr",
        "--out",
        tmp_path / "one",
    )
    assert one.returncode == 0, one.stderr
    assert (tmp_path / "one" / "2026-1-fiche-fr.pdf").exists()
    code, out, err = export_pdf(
        capsys, "--db", db, "--all", "--document", "motivation", "--out", tmp_path / "all"
    )
    assert code == 0, err
    assert "2 written, 1 skipped, 0 failed" in out
    assert "skipped 2026/0:" in err
    undecided = export_pdf(
        capsys, "--db", db, "--tender", "2026/0", "--document", "motivation", "--out", tmp_path
    )
    assert undecided[0] == 1
    code, _, err = export_pdf(
        capsys, "--db", db, "--tender", "2099/9", "--document", "summary", "--out", tmp_path
    )
    assert code == 2 and "2099/9" in err
    assert db.read_bytes() == before


def test_the_command_line_makes_a_batch_on_two_processes_as_on_one(reg, tmp_path, capsys):
    """main.py started as a program: the pool's processes import it again and stop there."""
    db = reg.ws.path
    reg.ws.close()
    common = ["--db", db, "--all", "--document", "summary", "--out"]
    code, alone, err = export_pdf(capsys, *common, tmp_path / "one", "--processes", 1)
    assert code == 0, err
    two = run(*common, tmp_path / "two", "--processes", 2)
    assert two.returncode == 0, two.stderr
    assert two.stdout.replace("two", "one") == alone
    assert "3 written, 0 skipped, 0 failed" in alone
    assert os.listdir(tmp_path / "two") == os.listdir(tmp_path / "one")
    with pytest.raises(SystemExit):
        export_pdf(capsys, *common, tmp_path, "--processes", 0)
    assert "--processes" in capsys.readouterr().err


def damage(path, table):
    """Overwrite the root page of ``table`` with garbage."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xde\xad" * (size // 2)
    path.write_bytes(bytes(data))


def test_one_tender_s_document_reads_its_pages_only_and_a_damaged_one_is_said(
    reg, tmp_path, capsys
):
    """The whole file is checked before a batch, not before one tender's document (the check
    costs as much as the register is big); a damaged page it reads is reported, not a crash."""
    db = reg.ws.path
    reg.ws.close()
    damage(db, "audit")
    one = ["--db", db, "--tender", "2026/1", "--document", "summary", "--out", tmp_path / "a"]
    code, _, err = export_pdf(capsys, *one)
    assert code == 0, err
    assert os.listdir(tmp_path / "a") == ["2026-1-overzicht-nl.pdf"]
    code, _, err = export_pdf(
        capsys, "--db", db, "--all", "--document", "summary", "--out", tmp_path
    )
    assert code == 2 and "malformed" in err
    damage(db, "tenders")
    code, _, err = export_pdf(capsys, *one)
    assert code == 2, err
    assert "is damaged" in err and "Traceback" not in err
