"""The company's screens: its offers, its profile, what a tender means for it, quick checks,
a new offer. Drawn on the screenshots' workspace copy with one of its small suppliers made
"my company" (a copy: the user's file is never written); each screen gets its own window."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.company.offers import my_offers
from core.company.profile import save_profile
from core.company.quick import FORMS
from core.settings import Settings
from core.texts import amount_field
from gui.window import role_pages
from gui.window.main_window import MainWindow

#: what the new offer's dialog shows as typed from a notice (data, not the window's words)
NOTICE = {"reference": "2026/S 231-004411", "title": "Schoolmeubilair / Mobilier scolaire"}
#: the contact person shown on the profile (a made-up one, as the demo's companies are)
CONTACT = {"name": "Claire Dupont", "function": "zaakvoerder / gérante", "email": ""}


def _company(scene) -> int:  # noqa: ANN001 - gui.screenshots.screens.Scene (it imports this)
    """The small or micro supplier with the most offers, made my company (idempotent)."""
    row = scene.register.ws.conn.execute(
        "SELECT o.id FROM organisations o JOIN tenderers t ON t.organisation_id = o.id "
        "WHERE o.size_class IN ('micro', 'small') AND t.offer_cents IS NOT NULL "
        "GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1"
    ).fetchone()
    if row is None:
        raise LookupError("the workspace has no small company with offers to show")
    return save_profile(scene.register, row[0], None, CONTACT, scene.now)


def _window(scene) -> MainWindow:  # noqa: ANN001
    _company(scene)
    reg = scene.register
    window = MainWindow(
        reg.pack,
        scene.today,
        reg.ws,
        settings=Settings(language=scene.lang, role="company"),
        settings_path=reg.ws.path.with_name("settings-company.toml"),
    )
    shown = QCoreApplication.translate("MainWindow", "Workspace: %1")
    window.workspace_label.setText(shown.replace("%1", scene.shown_path))
    return window


def offers(scene) -> QWidget:  # noqa: ANN001
    """My offers, the first with an amount chosen."""
    window = _window(scene)
    page = window.pages.currentWidget()
    rows = [r for r in range(page.model.rowCount()) if page.model.offer_at(r).amount]
    page.table.selectRow(rows[0] if rows else 0)
    return window


def profile(scene) -> QWidget:  # noqa: ANN001
    """My company: its data, its size class with the rule, the warnings."""
    window = _window(scene)
    window.pages.setCurrentWidget(window._later.page("company"))
    return window


def checks(scene) -> QWidget:  # noqa: ANN001
    """A quick check of the advance, filled from the profile, answered."""
    window = _window(scene)
    page = window._later.page("checks")
    window.pages.setCurrentWidget(page)
    page.checks.setCurrentRow(list(FORMS).index("advance"))
    fields = page.fields["advance"]
    fields["procedure"].setCurrentIndex(fields["procedure"].findData("open"))
    fields["authority"].setCurrentIndex(fields["authority"].findData("local"))
    fields["amount_incl_vat"].setText(amount_field(Decimal("105875"), scene.lang))
    fields["duration_months"].setText("12")
    page.check()
    return window


def meaning(scene) -> QWidget:  # noqa: ANN001
    """What the tender of one of our offers (with an amount) means for us."""
    company = _company(scene)
    ours = [o for o in my_offers(scene.register, company) if o.amount is not None]
    newest = max(ours, key=lambda o: scene.register.tender(o.tender_id).launch_date)
    window = _window(scene)
    return role_pages.open_meaning(window, scene.register, newest.tenderer_id, scene.lang)


def new_offer(scene) -> QWidget:  # noqa: ANN001
    """The dialog of a new offer, half filled from a notice."""
    window = _window(scene)
    dialog = window.pages.currentWidget().open_new()
    dialog.reference.setText(NOTICE["reference"])
    dialog.title.setText(NOTICE["title"])
    dialog.estimated_value.setText(amount_field(Decimal("90000"), scene.lang))
    dialog.launch_date.setText("23/11/2026")
    dialog.offers_deadline.setText("28/12/2026")
    return dialog
