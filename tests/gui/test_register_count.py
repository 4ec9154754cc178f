"""The register's count line when a typed text matches more tenders than are counted:
"more than 1.000 tenders" in the user's language, the exact count under the cap."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store import search
from gui.register.page import RegisterPage
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
#: below the 1,100 tenders of the register, and with a thousands separator to show
CAP = 1000


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """1,100 demo tenders."""
    workspace = new_workspace(tmp_path_factory.mktemp("count") / "w.sqlite", now=NOW)
    make_demo(workspace, bundled_pack(), 1100, 5, NOW)
    yield workspace
    workspace.close()


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
