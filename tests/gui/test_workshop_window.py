"""Workshops in the window: open one, answer an exercise of each kind through the buyer's
wizard (right and wrong), the scores of a group, a reset, a refused file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.record import replace
from core.rules import bundled_pack
from core.store.register import Register
from core.workshops import session
from core.workshops.build import make_from_folder
from gui.shared import i18n
from gui.window import workshop_menu
from gui.window.main_window import MainWindow
from tests.workspaces import new_workspace

ROOT = Path(__file__).resolve().parents[2]
BUILT_IN = ROOT / "resources" / "workshops" / "sme-2024"
ONE_OF_EACH = ("adv-h2-small", "bid-restricted-reduced", "rank-open-price-only", "proc-140000")
TODAY = date(2026, 11, 22)
LANGUAGE = '"en"'  # the workshop's language, which the window speaks while it is open


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    """The user's data folder (where working copies go) inside the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "tender-desk"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A workshop file of four exercises of the built-in workshop, one of each kind: made
    once for the module, as the tests only open it (each in its own data folder) and one
    checks that it is left as it was."""
    tmp_path = tmp_path_factory.mktemp("workshop")
    src = tmp_path / "src"
    src.mkdir()
    toml = (BUILT_IN / "workshop.toml").read_text(encoding="utf-8")
    (src / "workshop.toml").write_text(toml.replace('"nl"', LANGUAGE), encoding="utf-8")
    doc = json.loads((BUILT_IN / "exercises.json").read_text(encoding="utf-8"))
    doc["cases"] = [c for c in doc["cases"] if c["id"] in ONE_OF_EACH]
    (src / "exercises.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "w.tdworkshop"
    make_from_folder(src, out, bundled_pack(), TODAY)
    return out


@pytest.fixture
def window(qtbot, made):
    window = MainWindow(bundled_pack(), TODAY)
    qtbot.addWidget(window)
    assert workshop_menu.open_file(window, made)
    return window


def pick(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def walk(qtbot, window, exercise: str, fill) -> list[str]:
    """Answer ``exercise`` as group "Groep 1": the wizard filled by ``fill``, then Finish;
    what the page says of the checked answer."""
    page = window.exercises_page
    page.set_group("Groep 1")
    page.choose(exercise)
    wizard = page.answer()  # the page keeps a reference; so does this test
    qtbot.addWidget(wizard)
    fill(wizard)
    while wizard.currentPage() is not wizard.answer:
        wizard.next()
    assert wizard.answer.result is not None, wizard.answer.problem.text()
    wizard.accept()
    return page.shown_texts()


def advance(amount: str, size: str):
    def fill(wizard):
        c = wizard.contract
        c.launch_date.setText("01/03/2025")
        pick(c.authority, "local")
        pick(c.procedure, "open")
        pick(c.contract_type, "services")
        c.amount.setText(amount)
        c.duration.setText("24")
        pick(wizard.contractor.size, size)

    return fill


def bid(procedure: str):
    def fill(wizard):
        p = wizard.items_page
        p.launch_date.setText("15/04/2024")
        pick(p.procedure, procedure)
        p.items.set_checked(["drawings", "models"])
        p.amount.setText("2.500,00")
        p.reduced.setText("0")

    return fill


def ranking(price_only: bool):
    def fill(wizard):
        f = wizard.facts
        f.launch_date.setText("01/07/2024")
        pick(f.authority, "local")
        pick(f.contract_type, "works")
        f.value.setText("300.000,00")
        pick(f.procedure, "open")
        f.price_only.setChecked(price_only)

    return fill


def procedure(value: str):
    def fill(wizard):
        b = wizard.basics
        b.launch_date.setText("01/03/2026")
        pick(b.authority, "local")
        pick(b.contract_type, "services")
        b.value.setText(value)

    return fill


RIGHT = "Right: your answer agrees with the key."
WRONG = "Not right: your answer differs from the key."
CASES = [
    ("adv-h2-small", advance("180.000,00", "small"), advance("180.000,00", "large")),
    ("bid-restricted-reduced", bid("restricted"), bid("open")),
    ("rank-open-price-only", ranking(True), ranking(False)),
    ("proc-140000", procedure("140.000,00"), procedure("14.000,00")),
]


@pytest.mark.parametrize(("exercise", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_an_exercise_of_each_kind_answered_right_then_wrong(qtbot, window, exercise, right, wrong):
    copy = window.workshop
    tenders_before = _tenders(copy.workspace)
    assert window.pages.currentWidget() is window.exercises_page  # the exercises first

    assert walk(qtbot, window, exercise, right)[0] == RIGHT
    assert session.results(copy, "Groep 1") == {exercise: True}
    assert window.exercises_page.score_label.text() == "Score: 1 of 4 right"

    shown = walk(qtbot, window, exercise, wrong)
    assert shown[0] == WRONG
    # each difference with the right answer and its rules, with their articles
    assert any("the key says" in line for line in shown)
    assert any(line.startswith("The right answer:") for line in shown)
    assert any("article" in line for line in shown[shown.index("The rules:") :])
    assert session.results(copy, "Groep 1") == {exercise: False}
    assert window.exercises_page.score_label.text() == "Score: 0 of 4 right"
    # practice stores no decision: the register is as before
    assert _tenders(copy.workspace) == tenders_before


def test_a_wrong_input_is_named_with_what_the_case_says(qtbot, window):
    shown = walk(qtbot, window, "adv-h2-small", advance("180.000,00", "large"))
    assert shown[-1].endswith(
        "Size of the company: you entered large enterprise; the case says small enterprise."
    )


def test_reset_gives_back_the_register_and_no_scores_and_leaves_the_file_as_it_was(
    qtbot, window, made
):
    before = session.file_hash(made)
    walk(qtbot, window, "proc-140000", procedure("140.000,00"))
    window.exercises_page.register.add_tender(
        {
            "reference": "2026/900",
            "title": "Added in the session",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "1000",
            "launch_date": "2026-03-01",
        },
        window_now(),
    )
    copy = window.workshop
    assert _tenders(copy.workspace) == ["2026/900"]
    asked = []
    assert not workshop_menu.reset_workshop(window, confirm=lambda w, c: asked.append(c) or False)
    assert asked and session.read_scores(copy)  # cancelled: nothing lost

    kept = window.workshop_kept  # the user's settings, given back when the workshop is left
    assert workshop_menu.reset_workshop(window, confirm=lambda w, c: True)
    assert window.workshop_kept == kept
    copy = window.workshop
    assert _tenders(copy.workspace) == []
    assert session.read_scores(copy) == []
    assert window.exercises_page.list.topLevelItem(0).text(2) == "—"
    assert session.file_hash(made) == before
    assert session.file_hash(copy.folder / session.ORIGINAL) == before


def test_the_reset_question_says_what_is_lost_and_cancel_is_the_default(qtbot, window):
    shown = {}

    def answer_box():
        box = window.reset_box
        shown["default"] = box.defaultButton()
        shown["cancel"] = box.button(QMessageBox.StandardButton.Cancel)
        shown["text"] = box.informativeText()
        box.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer_box)
    assert not workshop_menu.reset_workshop(window)
    assert shown["default"] is shown["cancel"]
    assert "answers and scores of every group" in shown["text"]
    assert "register" in shown["text"]


def test_a_damaged_file_is_refused_with_the_core_message_in_the_users_language(
    qtbot, tmp_path, monkeypatch
):
    bad = tmp_path / "bad.tdworkshop"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    window = MainWindow(bundled_pack(), TODAY)
    qtbot.addWidget(window)
    window.settings = window.settings.__class__(language="fr")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    assert not workshop_menu.open_file(window, bad)
    assert said and "bad.tdworkshop" in said[0]
    assert "Le fichier d'atelier est endommagé" in said[0]
    assert "Demandez une nouvelle copie au formateur." in said[0]
    assert window.workshop is None


def test_scores_are_exported_as_csv(qtbot, window, tmp_path):
    walk(qtbot, window, "proc-140000", procedure("140.000,00"))
    out = workshop_menu.export_scores(window, tmp_path / "scores.csv")
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].startswith("Groep 1;proc-140000;")
    assert rows[-1].startswith("Groep 1;")


def test_presentation_mode_shows_the_exercises_first(qtbot, window):
    window.pages.setCurrentWidget(window.register_page)
    window.presentation.enter()
    try:
        assert window.pages.currentWidget() is window.exercises_page
    finally:
        window.presentation.leave()


def test_leaving_the_workshop_gives_the_users_settings_back(qtbot, window, tmp_path):
    own = window.workshop_kept[0]
    ws = new_workspace(tmp_path / "other.sqlite", now=window_now(), create=True)
    window.switch_workspace(ws)
    assert window.workshop is None and window.exercises_page is None
    assert window.settings is own


def window_now():
    from datetime import datetime

    return datetime(2026, 11, 22, 10)


def _tenders(path: Path) -> list[str]:
    """The tenders of a register and the decisions stored on them."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tenders = [r for (r,) in conn.execute("SELECT reference FROM tenders ORDER BY id")]
        decided = conn.execute("SELECT kind, decided_at FROM decisions ORDER BY id").fetchall()
    return tenders + [f"{kind} {when}" for kind, when in decided]


def test_a_register_saved_as_workshop_is_answered_on_its_tender_and_nothing_is_stored(
    qtbot, tmp_path
):
    """File > Save as workshop… on a register with a decided tender, then the exercise
    answered in the wizard the tender fills: right, and the copy's register unchanged."""
    ws = new_workspace(tmp_path / "office.sqlite", now=window_now(), create=True)
    reg = Register(ws, bundled_pack())
    tender = reg.add_tender(
        {
            "reference": "2026/010",
            "title": "Schoonmaak",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "140000",
            "launch_date": "2026-03-01",
        },
        window_now(),
    )
    request = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "140000.00",
        "grounds": [],
    }
    reg.decide(tender, "procedure", request, window_now())
    window = MainWindow(bundled_pack(), TODAY, ws)
    qtbot.addWidget(window)
    out = workshop_menu.save_as_workshop(window, tmp_path / "office.tdworkshop")
    assert out is not None and workshop_menu.open_file(window, out)
    copy = window.workshop
    before = _tenders(copy.workspace)
    assert before == ["2026/010", "procedure 2026-11-22T10:00:00"]
    shown = walk(qtbot, window, "2026/010-procedure", lambda wizard: None)  # the tender's facts
    assert shown[0] == RIGHT
    assert _tenders(copy.workspace) == before


def test_the_sessions_settings_are_saved_in_the_working_copy_not_in_the_users_file(
    qtbot, made, tmp_path
):
    from core.record import replace
    from core.settings import load

    own = tmp_path / "user-settings.toml"
    window = MainWindow(bundled_pack(), TODAY, settings_path=own)
    qtbot.addWidget(window)
    assert workshop_menu.open_file(window, made)
    copy = window.workshop
    assert window.apply_settings(replace(window.settings, today=date(2025, 3, 1)), window.pack)
    assert not own.exists()  # the user's settings are untouched
    saved = load(copy.settings).settings
    assert saved.today == date(2025, 3, 1)
    assert saved.default_workspace == copy.workspace  # main.py --config still opens the copy
    ws = new_workspace(tmp_path / "other.sqlite", now=window_now(), create=True)
    window.switch_workspace(ws)
    assert window.settings_path == own and window.settings.today is None


def test_scores_are_exported_as_pdf(qtbot, window, tmp_path):
    from tests.pdf_text import page_texts

    walk(qtbot, window, "proc-140000", procedure("140.000,00"))
    walk(qtbot, window, "adv-h2-small", advance("180.000,00", "large"))
    out = workshop_menu.export_scores(window, tmp_path / "scores.pdf")
    shown = " ".join(page_texts(out))
    assert "Scores of the groups" in shown
    assert "Groep 1" in shown and "1/4" in shown  # one of the four exercises right
    assert "wrong" in shown and "right" in shown


def test_opening_the_open_workshop_again_shows_its_exercises(qtbot, window, made):
    window.pages.setCurrentWidget(window.register_page)
    workspace = window.workspace
    assert workshop_menu.open_file(window, made)
    assert window.workspace is workspace  # the same register, not opened a second time
    assert window.pages.currentWidget() is window.exercises_page


@pytest.mark.parametrize("role", [None, "buyer", "company", "training"])
def test_an_open_workshop_shows_its_exercises_tab_first_in_every_role(qtbot, made, role):
    """The Exercises tab is visible and current whatever the role chosen, and stays visible
    after the role hides or shows its own pages."""
    window = MainWindow(bundled_pack(), TODAY)
    qtbot.addWidget(window)
    window.settings = replace(window.settings, role=role)
    assert workshop_menu.open_file(window, made)
    tabs = window.pages
    index = tabs.indexOf(window.exercises_page)
    assert index >= 0 and tabs.isTabVisible(index)
    assert tabs.currentWidget() is window.exercises_page
