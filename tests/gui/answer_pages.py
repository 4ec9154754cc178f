"""A workspace with a tender for each wizard, and each wizard walked to its answer page."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from gui.shared import i18n
from gui.wizards.advance import AdvanceWizard
from gui.wizards.bid import BidCompensationWizard
from gui.wizards.procedure import ProcedureWizard
from gui.wizards.ranking import RankingWizard

NOW = datetime(2026, 11, 22, 10)


def make_tenders(reg):
    """A tender per wizard: services for the procedure, an SME winner for the advance, drawings
    asked in a restricted procedure for the bid compensation and the ranking."""
    buyer = reg.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    firm = reg.add_organisation({"name": "Groendienst Janssens", "size_class": "small"}, NOW)
    procedure = reg.add_tender(
        {
            "reference": "2026/040",
            "title": "Onderhoud IT",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "141500",
            "launch_date": "2026-03-01",
        },
        NOW,
    )
    advance = reg.add_tender(
        {
            "reference": "2025/100",
            "title": "Onderhoud groen",
            "buyer_id": buyer,
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "148760",
            "launch_date": "2025-03-01",
            "procedure": "open",
            "duration_months": 24,
        },
        NOW,
    )
    reg.add_tenderer({"tender_id": advance, "organisation_id": firm, "status": "winner"}, NOW)
    bid = reg.add_tender(
        {
            "reference": "2025/200",
            "title": "Speeltuin",
            "buyer_id": buyer,
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "300000",
            "launch_date": "2025-03-01",
            "procedure": "restricted",
            "required_items": ["drawings"],
            "price_only": True,
        },
        NOW,
    )
    for name, status, offer in (
        ("Alfa Speeltoestellen", "winner", "281000"),
        ("Beta Groen", "not_selected", "295500"),
    ):
        org = reg.add_organisation({"name": name}, NOW)
        reg.add_tenderer(
            {"tender_id": bid, "organisation_id": org, "status": status, "offer": offer}, NOW
        )
    return {"procedure": procedure, "advance": advance, "bid": bid}


def answered(qtbot, reg, tenders, kind, lang):
    """The wizard of ``kind`` on its tender, walked to its answer page with Next, the window
    in ``lang``."""
    i18n.install(QApplication.instance(), lang)
    if kind == "procedure":
        wizard = ProcedureWizard(reg, tenders["procedure"], lang, now=lambda: NOW)
    elif kind == "advance":
        wizard = AdvanceWizard(reg, tenders["advance"], lang, now=lambda: NOW)
        wizard.contract.amount.setText("180.000,00")
    elif kind == "bid":
        wizard = BidCompensationWizard(reg, tenders["bid"], lang, now=lambda: NOW)
        wizard.items_page.amount.setText("2.500,00")
    else:
        wizard = RankingWizard(reg, tenders["bid"], lang, now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.answer:
        page = wizard.currentPage()
        wizard.next()
        assert wizard.currentPage() is not page, getattr(page, "problem", None).text()
    assert wizard.answer.result is not None
    return wizard
