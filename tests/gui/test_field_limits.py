"""The editors stop typing at the length core accepts."""

from __future__ import annotations

from core.limits import text_limit
from core.store.organisation_input import FIELDS
from gui.organisations.form import OrganisationForm
from gui.register.form import TenderForm


def test_the_tender_editor_lines_stop_at_the_core_limit(qtbot):
    form = TenderForm("nl", [], {})
    for name in ("reference", "title", "leading_official"):
        line = getattr(form, name)
        line.setText("x" * 100_000)
        assert len(line.text()) == text_limit(name) < 1_000


def test_every_organisation_line_stops_at_the_core_limit(qtbot):
    form = OrganisationForm("fr")
    for name in FIELDS:
        form.lines[name].setText("x" * 100_000)
        assert len(form.lines[name].text()) == text_limit(name)
    assert len(form.lines["name"].text()) == 200
