"""The table models that answer only a few roles say None at once for the others: what they
answer is what they would without that shortcut, for every cell and every role a view asks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QBrush

from core.company.offers import add_offer
from core.company.profile import save_profile
from core.rules import bundled_pack
from gui.company import offers_page
from gui.rules import model as rules_model
from tests.gui.conftest import NOW
from tests.gui.test_company_accelerators import NOTICE

#: every role of Qt's ItemDataRole (Qt's own stop below 32) and the first user roles
ROLES = (*range(32), *range(256, 264))


def answers(model) -> list[object]:
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                value = model.data(index, role)
                found.append(value.color().name() if isinstance(value, QBrush) else value)
    return found


def same_without_the_shortcut(module, make, monkeypatch) -> None:
    shortcut = answers(make())
    monkeypatch.setattr(module, "_ANSWERED", frozenset(ROLES))
    assert answers(make()) == shortcut
    assert any(value is not None for value in shortcut)


def test_the_rules_model_answers_every_role_it_has(qapp, monkeypatch):
    pack = bundled_pack()
    same_without_the_shortcut(
        rules_model,
        lambda: rules_model.RulesModel(pack, date(2026, 11, 22), lang="fr"),
        monkeypatch,
    )


def test_the_offers_model_answers_every_role_it_has(qapp, reg, monkeypatch):
    mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    today = NOW.date()
    for days in (-3, 2, 30):  # a past, a near and a far deadline: each its own colour
        deadline = (today + timedelta(days=days)).isoformat()
        add_offer(
            reg, mine, NOTICE | {"reference": f"2026/{days}", "offers_deadline": deadline}, NOW
        )
    page = offers_page.OffersPage(reg, today, "en", now=lambda: NOW)

    def make():
        page.reload()
        return page.model

    same_without_the_shortcut(offers_page, make, monkeypatch)
    page.deleteLater()
