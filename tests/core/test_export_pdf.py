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
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)


@pytest.fixture
def reg(tmp_path):
    ws = open_workspace(tmp_path / "w.sqlite", now=NOW)
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


def test_the_command_line_exports_one_tender_or_all(reg, tmp_path):
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
    every = run("--db", db, "--all", "--document", "motivation", "--out", tmp_path / "all")
    assert every.returncode == 0, every.stderr
    assert "2 written, 1 skipped, 0 failed" in every.stdout
    assert "skipped 2026/0:" in every.stderr
    undecided = run(
        "--db", db, "--tender", "2026/0", "--document", "motivation", "--out", tmp_path / "x"
    )
    assert undecided.returncode == 1
    missing = run("--db", db, "--tender", "2099/9", "--document", "summary", "--out", tmp_path)
    assert missing.returncode == 2 and "2099/9" in missing.stderr
    assert db.read_bytes() == before


def test_the_command_line_makes_a_batch_on_two_processes_as_on_one(reg, tmp_path):
    db = reg.ws.path
    reg.ws.close()
    outcomes = {}
    for processes in (1, 2):
        out = tmp_path / str(processes)
        done = run("--db", db, "--all", "--document", "summary", "--out", out,
                   "--processes", processes)  # fmt: skip
        assert done.returncode == 0, done.stderr
        outcomes[processes] = (done.stdout.replace(str(out), "OUT"), sorted(os.listdir(out)))
    assert outcomes[2] == outcomes[1]
    assert "3 written, 0 skipped, 0 failed" in outcomes[2][0]
    refused = run("--db", db, "--all", "--document", "summary", "--out", tmp_path, "--processes", 0)
    assert refused.returncode == 2 and "--processes" in refused.stderr


def damage(path, table):
    """Overwrite the root page of ``table`` with garbage."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xde\xad" * (size // 2)
    path.write_bytes(bytes(data))


def test_one_tender_s_document_reads_its_pages_only_and_a_damaged_one_is_said(reg, tmp_path):
    """The whole file is checked before a batch, not before one tender's document (the check
    costs as much as the register is big); a damaged page it reads is reported, not a crash."""
    db = reg.ws.path
    reg.ws.close()
    damage(db, "audit")
    one = run("--db", db, "--tender", "2026/1", "--document", "summary", "--out", tmp_path / "a")
    assert one.returncode == 0, one.stderr
    assert os.listdir(tmp_path / "a") == ["2026-1-overzicht-nl.pdf"]
    every = run("--db", db, "--all", "--document", "summary", "--out", tmp_path / "b")
    assert every.returncode == 2 and "malformed" in every.stderr
    damage(db, "tenders")
    broken = run("--db", db, "--tender", "2026/1", "--document", "summary", "--out", tmp_path)
    assert broken.returncode == 2, broken.stderr
    assert "is damaged" in broken.stderr and "Traceback" not in broken.stderr
