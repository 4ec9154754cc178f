"""The register's count line when a typed text matches more tenders than are counted:
"more than 1.000 tenders" in the user's language, the exact count under the cap, and without
a text the exact count above it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store import search
from core.store.workspace import open_workspace
from gui.register.page import RegisterPage
from tests.gui.once import once
from tests.workspaces import copy_workspace, new_workspace

NOW = datetime(2026, 11, 22, 10)
#: below the 1,100 tenders of the register, and with a thousands separator to show
CAP = 1000


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """1,100 demo tenders, made once for the run (the pytest-xdist process that asks first,
    while the others wait: 1.4 s of CPU each) and copied for this process."""
    folder, _ = once(tmp_path_factory, "count", _demo)
    copy = copy_workspace(folder / "w.sqlite", tmp_path_factory.mktemp("count") / "w.sqlite")
    workspace = open_workspace(copy, now=NOW, auto_backup=False)
    yield workspace
    workspace.close()


def _demo(folder: Path) -> None:
    with new_workspace(folder / "w.sqlite", now=NOW) as workspace:
        make_demo(workspace, bundled_pack(), 1100, 5, NOW)


def typed(qtbot, page: RegisterPage, text: str) -> int:
    """Type ``text`` in the search box; the count the page reported."""
    with qtbot.waitSignal(page.count_changed, timeout=3000) as signal:
        qtbot.keyClicks(page.search_box, text)
    return signal.args[0]


@pytest.mark.parametrize(
    ("lang", "more", "exact"),
    [
        ("nl", "meer dan 1.000 opdrachten", "{n} opdrachten"),
        ("fr", "plus de 1\u202f000 marchés", "{n} marchés"),
    ],
)
def test_a_broad_text_says_more_than_the_cap_and_a_narrow_one_the_count(
    qtbot, speak, ws, monkeypatch, lang, more, exact
):
    monkeypatch.setattr(search, "COUNT_CAP", CAP)
    speak(lang)
    page = RegisterPage(ws, NOW.date(), lang)
    qtbot.addWidget(page)
    every = search.count(ws, search.Query(text="20"))
    assert every > CAP  # every reference starts with its year
    assert typed(qtbot, page, "20") > CAP
    assert page.count_label.text() == more
    # the page still shows the first rows of the search
    assert page.model.rowCount() > 0
    page.search_box.clear()
    reference = ws.conn.execute("SELECT reference FROM tenders ORDER BY id LIMIT 1").fetchone()[0]
    narrow = search.count(ws, search.Query(text=reference))
    assert 1 <= narrow <= CAP
    assert typed(qtbot, page, reference) == narrow
    shown = exact.format(n=narrow)
    if narrow == 1:
        shown = {"nl": "1 opdracht", "fr": "1 marché"}[lang]
    assert page.count_label.text() == shown
    # no text: every tender counted, however many, and said as such
    with qtbot.waitSignal(page.count_changed, timeout=3000) as signal:
        page.search_box.clear()
    assert signal.args[0] == 1100
    assert page.count_label.text() == exact.format(n=1100)
