"""File > Merge workspace…: the dialog shows each conflict side by side with a choice per
tender; Merge writes the chosen versions as one undo step; a file the app would not open is
refused in the user's language."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from PySide6.QtWidgets import QMenu, QRadioButton

from core.rules import bundled_pack
from core.settings import Settings
from core.store.merge_read import read_bundles
from core.store.schema import CURRENT_VERSION
from core.store.workspace import open_workspace
from core.texts.merge_words import field_label, value_text
from gui.window.main_window import MainWindow
from gui.window.merge_dialog import merge_workspace
from tests.core.merge_pair import ADDED, CHANGED, NOW, make_pair
from tests.gui.test_accelerators import clashes, scope


@pytest.fixture(scope="module")
def pair_made(tmp_path_factory):
    return make_pair(tmp_path_factory.mktemp("pair"))


@pytest.fixture
def pair(pair_made, tmp_path):
    for source in pair_made:
        shutil.copy(source, tmp_path / source.name)
    return tmp_path / "mine.sqlite", tmp_path / "other.sqlite"


@pytest.fixture
def window_on(qtbot, tmp_path):
    opened = []

    def make(path, lang="en", **kw):
        ws = open_workspace(path, now=NOW, **kw)
        opened.append(ws)
        window = MainWindow(
            bundled_pack(),
            date(2026, 11, 22),
            ws,
            settings=Settings(language=lang),
            settings_path=tmp_path / "settings.toml",
        )
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    for ws in opened:
        ws.close()


def dialog_for(qtbot, window, other):
    merge_workspace(window, other)
    qtbot.waitUntil(lambda: getattr(window, "merge_dialog", None) is not None, timeout=10000)
    return window.merge_dialog


def titles(conn):
    return dict(conn.execute("SELECT reference, title FROM tenders"))


def test_each_conflict_is_shown_side_by_side_and_the_choices_are_merged_as_one_undo_step(
    qtbot, pair, window_on
):
    mine, other = pair
    window = window_on(mine)
    ws = window.workspace
    before = read_bundles(ws.conn, lambda i: f"m{i}")
    dialog = dialog_for(qtbot, window, other)
    plan = dialog.plan
    assert (
        f"{ADDED} new tenders to add, 10 the same, {CHANGED} in conflict" in dialog.summary.text()
    )
    tree = dialog.tree
    assert tree.topLevelItemCount() == CHANGED
    for n, conflict in enumerate(plan.conflicts):
        top = tree.topLevelItem(n)
        assert top.text(0).startswith(conflict.reference + " ")
        shown = [tuple(top.child(i).text(c) for c in range(3)) for i in range(top.childCount())]
        assert shown == [
            (field_label(d, "en"), value_text(d, d.mine, "en"), value_text(d, d.theirs, "en"))
            for d in conflict.differences
        ]
    assert not dialog.merge_button.isEnabled(), "a choice for each conflict first"
    choices = {}
    for n, conflict in enumerate(plan.conflicts):
        column = 2 if n % 2 else 1
        tree.itemWidget(tree.topLevelItem(n), column).click()
        choices[conflict.reference] = "theirs" if n % 2 else "mine"
    assert dialog.merge_button.isEnabled()
    assert dialog.choices() == choices
    theirs = titles(sqlite3.connect(other))
    dialog.merge_button.click()
    after = titles(ws.conn)
    for reference, choice in choices.items():
        wanted = theirs[reference] if choice == "theirs" else before[reference].fields["title"]
        assert after[reference] == wanted
    assert len(after) == len(before) + ADDED
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "merge other.sqlite"
    items = [a.text() for menu in window.findChildren(QMenu) for a in menu.actions()]
    assert "&Undo merge other.sqlite" in items, "the Edit menu names the step"
    window.undo_stack.undo()
    back = read_bundles(ws.conn, lambda i: f"m{i}")
    assert set(back) == set(before)
    assert all(back[r].same_as(before[r]) for r in before)
    window.undo_stack.redo()
    assert titles(ws.conn) == after


def test_keep_all_and_take_all_choose_for_every_conflict(qtbot, pair, window_on):
    mine, other = pair
    dialog = dialog_for(qtbot, window_on(mine), other)
    dialog.take_all.click()
    assert set(dialog.choices().values()) == {"theirs"} and len(dialog.choices()) == CHANGED
    dialog.keep_all.click()
    assert set(dialog.choices().values()) == {"mine"}
    assert dialog.remaining.text() == ""
    dialog.reject()


@pytest.mark.parametrize(
    ("lang", "summary", "mine", "take"),
    [
        ("nl", "Uit other.sqlite: 6 nieuwe opdrachten", "Deze werkruimte", "Deze versie nemen"),
        ("fr", "De other.sqlite\u00a0: 6 nouveaux marchés", "Cet espace de travail", "Prendre"),
    ],
)
def test_the_dialog_speaks_the_user_language(
    qtbot, pair, window_on, speak, lang, summary, mine, take
):
    speak(lang)
    mine_path, other = pair
    dialog = dialog_for(qtbot, window_on(mine_path, lang), other)
    assert dialog.summary.text().startswith(summary)
    assert dialog.tree.headerItem().text(1) == mine
    top = dialog.tree.topLevelItem(0)
    assert take in dialog.tree.itemWidget(top, 2).text()
    words = {top.child(i).text(0) for i in range(top.childCount())}
    assert words & {"Titel", "Intitulé"}
    dialog.show()
    assert clashes(scope(dialog)) == {}
    radios = dialog.findChildren(QRadioButton)
    assert len(radios) == 2 * CHANGED
    dialog.reject()


def test_a_newer_workspace_is_refused_in_the_user_language(qtbot, pair, window_on, speak):
    speak("nl")
    mine, other = pair
    conn = sqlite3.connect(other)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    window = window_on(mine, "nl")
    merge_workspace(window, other)
    qtbot.waitUntil(lambda: getattr(window, "merge_refusal", None) is not None, timeout=10000)
    box = window.merge_refusal
    assert box.text() == f"{other} kan niet samengevoegd worden."
    assert "nieuwere versie" in box.informativeText()
    assert window.merge_dialog is None
    box.close()


def test_a_read_only_workspace_offers_no_merge(qtbot, pair, window_on):
    mine, _ = pair
    window = window_on(mine, read_only=True)
    assert not window.merge_action.isEnabled()
    assert merge_workspace(window, pair[1]) is None


def test_the_workspace_open_here_is_not_merged_into_itself(qtbot, pair, window_on, speak):
    speak("nl")
    mine, _ = pair
    window = window_on(mine, "nl")
    merge_workspace(window, mine)
    qtbot.waitUntil(lambda: getattr(window, "merge_refusal", None) is not None, timeout=10000)
    assert window.merge_refusal.informativeText().startswith("Dit is de werkruimte die hier")
    window.merge_refusal.close()
