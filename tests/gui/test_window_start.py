"""The window's start on a damaged workspace: the same choices as the command line, no crash."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.workspace import open_workspace
from gui import app as gui_app
from gui.window import workspace_open
from main import build_parser

NOW = datetime(2026, 11, 22, 10)


@pytest.fixture
def asked(monkeypatch):
    """The questions asked at the start: (code, offers), answered from ``asked.answers``."""

    class Asked(list):
        answers: list

    record = Asked()
    record.answers = []

    def ask(parent, error):
        record.append((error.code, error.offers))
        return record.answers.pop(0) if record.answers else None

    monkeypatch.setattr(workspace_open, "_ask", ask)
    return record


def populated(tmp_path, tenders=12):
    path = tmp_path / "werk.sqlite"
    with open_workspace(path, now=NOW) as ws:
        make_demo(ws, bundled_pack(), tenders, 3, NOW)
    return path


def damage_the_tenders(path):
    """Overwrite the page the register's first query reads (the tenders table's root)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tenders'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xde\xad" * (size // 2)
    path.write_bytes(bytes(data))


def start(monkeypatch, path, *extra):
    """Run the window's start as ``tender-desk --db PATH``; the event loop returns at once."""
    windows = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: windows.append(1) or 0)
    args = build_parser().parse_args(["--db", str(path), *extra])
    args.rules_from_settings = False
    code = gui_app.run_gui(args, [])
    return code, bool(windows)


def test_a_damaged_page_at_the_start_offers_restore_read_only_and_another_file(
    qapp, tmp_path, asked, monkeypatch
):
    path = populated(tmp_path)
    with open_workspace(path, now=NOW) as ws:
        ws.backup(NOW, "manual")
    damage_the_tenders(path)
    before = path.read_bytes()
    code, shown = start(monkeypatch, path)
    assert (code, shown) == (1, False), "Quit ends the start without a window"
    assert [c for c, _ in asked] == ["damaged"]
    assert set(asked[0][1]) == {"restore_backup", "open_read_only", "choose_other"}
    assert path.read_bytes() == before


def test_open_read_only_on_a_damaged_page_asks_again_instead_of_crashing(
    qapp, tmp_path, asked, monkeypatch
):
    path = populated(tmp_path)
    damage_the_tenders(path)
    asked.answers = ["open_read_only"]
    assert start(monkeypatch, path) == (1, False)
    assert [c for c, _ in asked] == ["damaged", "damaged"]


def test_restoring_a_backup_at_the_start_opens_the_window_on_it(qapp, tmp_path, asked, monkeypatch):
    path = populated(tmp_path)
    with open_workspace(path, now=NOW) as ws:
        ws.backup(NOW, "manual")
        tenders = ws.conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
    damage_the_tenders(path)
    asked.answers = ["restore_backup"]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert start(monkeypatch, path) == (0, True)
    with open_workspace(path, now=NOW + timedelta(days=1), read_only=True) as ws:
        assert ws.conn.execute("SELECT count(*) FROM tenders").fetchone()[0] == tenders


def test_read_only_start_on_a_damaged_page_asks_too(qapp, tmp_path, asked, monkeypatch):
    path = populated(tmp_path)
    damage_the_tenders(path)
    assert start(monkeypatch, path, "--read-only") == (1, False)
    assert [c for c, _ in asked] == ["damaged"]


def test_the_smoke_test_reads_the_workspace_as_the_window_does(qapp, tmp_path, monkeypatch):
    """A text the window cannot read fails the smoke test (here: with strict decoding)."""
    from core.store import workspace

    path = populated(tmp_path, tenders=3)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tenders SET title = CAST(X'4F4BFF' AS TEXT)")
    conn.commit()
    conn.close()
    args = build_parser().parse_args(["--db", str(path), "--smoke-test"])
    assert gui_app.smoke_window(args) is None
    monkeypatch.setattr(workspace, "read_text", lambda raw: raw.decode("utf-8"))
    problem = gui_app.smoke_window(args)
    assert problem is not None and "decode" in problem


REPORT = "\n".join(
    f"*** in database main ***\nOn tree page {n} cell 1: invalid page" for n in range(50)
)


def click(label):
    def run(box):
        for button in box.buttons():
            if button.text() == label:
                button.click()
        return 0

    return run


def test_damage_found_after_the_start_says_it_in_one_sentence_with_a_way_out(
    qapp, tmp_path, monkeypatch
):
    from gui.window.main_window import MainWindow

    path = populated(tmp_path, tenders=2)
    ws = open_workspace(path, now=NOW)
    try:
        window = MainWindow(bundled_pack(), NOW.date(), ws)
        monkeypatch.setattr(QMessageBox, "exec", click("Keep reading"))
        window._on_checked(REPORT)
        box = window.damage_box
        assert box.text() == "This workspace is damaged, so nothing more will be written to it."
        assert "File >" not in box.informativeText()
        assert box.detailedText().count("\n") == 0 and "(and 99 more)" in box.detailedText()
        assert not window.restore_requested
        window.close()
    finally:
        ws.close()


def test_restore_chosen_in_the_damage_box_closes_the_window_and_offers_the_backups(
    qapp, tmp_path, asked, monkeypatch
):
    from gui.window.main_window import MainWindow

    path = populated(tmp_path, tenders=2)
    runs, shown = [], []

    def event_loop(*args):
        window = shown[-1]
        runs.append(window)
        if len(runs) == 1:
            monkeypatch.setattr(QMessageBox, "exec", click("Restore a backup…"))
            window._on_checked(REPORT)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    monkeypatch.setattr(MainWindow, "check_workspace", lambda self: None)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    args = build_parser().parse_args(["--db", str(path)])
    args.rules_from_settings = False
    assert gui_app.run_gui(args, []) == 1  # the user quit at the second question
    assert len(runs) == 1 and runs[0].restore_requested
    assert [c for c, _ in asked] == ["damaged"]
    assert "restore_backup" in asked[0][1]


def test_the_rule_pack_is_loaded_once_the_first_page_is_painted(qtbot, tmp_path, monkeypatch):
    """The register is on the screen before the rule pack is read and checked (about 15 ms):
    the pack is loaded right after the first paint, and the status bar names it then. A pack
    that cannot be used is said once, over the window, and the bundled one takes its place."""
    from gui.window.main_window import MainWindow

    path = populated(tmp_path)
    broken = tmp_path / "pack.toml"
    broken.write_text("[pack\n", encoding="utf-8")
    loads, warned, seen, made = [], [], {}, []
    monkeypatch.setattr(gui_app, "MainWindow", lambda *a: made.append(MainWindow(*a)) or made[-1])
    real = gui_app.active_pack
    monkeypatch.setattr(gui_app, "active_pack", lambda user: loads.append(user) or real(user))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, *args: warned.append(parent))

    def event_loop(*_args):
        (window,) = made
        seen["before"] = (list(loads), window.pack_label.text())
        qtbot.waitUntil(lambda: "be-procurement" in window.pack_label.text())
        seen["window"] = window
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    args = build_parser().parse_args(["--db", str(path), "--rules", str(broken)])
    args.rules_from_settings = False
    assert gui_app.run_gui(args, []) == 0
    assert seen["before"] == ([], "")
    assert loads == [str(broken)]
    assert warned == [seen["window"]]
    assert seen["window"].pack is bundled_pack()
