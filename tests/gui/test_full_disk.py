"""A full disk: the editor says so and keeps what was typed; the start and demo-data say so."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from core.rules import bundled_pack
from core.store import workspace
from core.store.register import Register
from core.store.workspace import open_workspace
from gui.organisations.editor import OrganisationEditor
from gui.register.editor import TenderEditor
from gui.shared import i18n
from main import main
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ROOT = Path(__file__).resolve().parents[2]


def fill_the_disk(ws):
    """SQLite's own 'database or disk is full' (SQLITE_FULL) from the next new page on: the
    file's free pages are given back first (a new workspace has some, from the full-text
    index its migrations made again), as a change would take those before a new one."""
    ws.conn.execute("VACUUM")
    pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(ws, bundled_pack())
    register.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    yield register
    ws.close()


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "disk is full"), ("nl", "schijf is vol"), ("fr", "disque est plein")]
)
def test_a_tender_saved_on_a_full_disk_says_so_and_keeps_what_was_typed(
    qtbot, qapp, reg, lang, words
):
    i18n.install(qapp, lang)
    try:
        editor = TenderEditor(reg, None, now=lambda: NOW)
        qtbot.addWidget(editor)
        qtbot.keyClicks(editor.form.reference, "2026/017")
        qtbot.keyClicks(editor.form.title, "Renovatie dak sporthal")
        editor.form.notes.setPlainText("Vergadering met de architect. " * 500)
        editor.form.contract_type.setCurrentIndex(editor.form.contract_type.findData("works"))
        qtbot.keyClicks(editor.form.estimated_value, "600000")
        qtbot.keyClicks(editor.form.launch_date, "01/03/2026")
        typed = editor.form.read()[0]
        fill_the_disk(reg.ws)
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert editor.result() == 0, "the editor stays open"
        shown = editor.form.errors["tender"]
        assert not shown.isHidden()
        assert words in shown.text()
        assert editor.form.read()[0] == typed
        assert reg.ws.conn.execute("SELECT count(*) FROM tenders").fetchone()[0] == 0
    finally:
        i18n.install(qapp, "en")


def sqlite_full_error() -> sqlite3.OperationalError:
    """The very exception SQLite raises when the disk is full (SQLITE_FULL)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("PRAGMA max_page_count = 2")
    try:
        while True:
            conn.execute("INSERT INTO t VALUES (zeroblob(1000))")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        conn.close()


def test_an_organisation_saved_on_a_full_disk_says_so(qtbot, reg, monkeypatch):
    editor = OrganisationEditor(reg, None, now=lambda: NOW)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.lines["name"], "Bouwbedrijf Janssens")
    error = sqlite_full_error()
    assert error.sqlite_errorcode == sqlite3.SQLITE_FULL

    def full(*args):
        raise error

    monkeypatch.setattr(reg, "add_organisation", full)
    assert editor.save() is False
    assert "disk is full" in editor.form.errors["organisation"].text()
    assert editor.form.lines["name"].text() == "Bouwbedrijf Janssens"


def test_demo_data_on_a_full_disk_says_so(tmp_path, monkeypatch, capsys):
    path = tmp_path / "demo.sqlite"
    open_workspace(path, now=NOW).close()
    connect = workspace._connect

    def tiny(*args, **kwargs):
        conn = connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 30}")
        return conn

    monkeypatch.setattr(workspace, "_connect", tiny)
    assert main(["demo-data", "--db", str(path), "--tenders", "200"]) == 2
    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err
    assert "Nothing of this run was added" in err
    assert sqlite3.connect(path).execute("SELECT count(*) FROM tenders").fetchone() == (0,)


@pytest.mark.skipif(sys.platform == "win32", reason="no file size limit on Windows")
@pytest.mark.parametrize("kilobytes", [8, 200])
def test_demo_data_past_a_file_size_limit_gives_a_message(tmp_path, kilobytes):
    """The kernel refuses the write (EFBIG): a new file, then a file that grows (100 demo
    tenders take about 400 KB)."""
    path = tmp_path / "demo.sqlite"
    script = (
        # no compiled file is written past the limit: a cut one in the kept cache broke every
        # later run's import of that module ("marshal data too short")
        "import resource, sys; sys.dont_write_bytecode = True; from main import main; "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({kilobytes * 1024}, {kilobytes * 1024})); "
        f"sys.exit(main(['demo-data', '--db', {str(path)!r}, '--tenders', '100']))"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert "the disk refused the write" in run.stderr


def test_a_full_disk_when_a_wizard_stores_keeps_it_open_and_says_so(qtbot, tmp_path, monkeypatch):
    """The wizards' Finish, like the editors' Save, says the disk is full and stores nothing."""
    import sqlite3
    from datetime import datetime

    from core.rules import bundled_pack
    from core.store.register import Register
    from gui.wizards.procedure import ProcedureWizard

    now = datetime(2026, 11, 22, 10)
    ws = new_workspace(tmp_path / "w.sqlite", now=now)
    reg = Register(ws, bundled_pack())
    tid = reg.add_tender(
        {
            "reference": "2026/040",
            "title": "Onderhoud IT",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "141500",
            "launch_date": "2026-03-01",
        },
        now,
    )
    wizard = ProcedureWizard(reg, tid, "en", now=lambda: now)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(reg, "update_tender", full)
    wizard.accept()
    assert wizard.isVisible()
    assert "the disk is full" in wizard.answer.problem.text()
    assert reg.decisions(tid) == []
    ws.close()
