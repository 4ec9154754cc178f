"""The summary shows the amounts the stored decisions decided, or says why there is none."""

from __future__ import annotations

import pytest

from core.documents import gather, render
from tests.core.test_documents import ISSUED, NOW, register  # noqa: F401
from tests.pdf_text import pdf_text, plain

#: the bond on the winner's offer of €41,000: below the floor, none may be asked
AMOUNTS = {
    "nl": "Besliste bedragen Voorschot € 3.307,33 Biedvergoedingen, totaal € 3.000,00 "
    "Borgtocht niet verschuldigd",
    "fr": "Montants décidés Avance 3 307,33 € Indemnités de soumission, total 3 000,00 € "
    "Cautionnement pas dû",
    "en": "Amounts decided Advance €3,307.33 Bid compensations, total €3,000.00 Bond not due",
}


def summary_text(reg, tid, lang: str) -> str:
    return pdf_text(render("summary", gather(reg, tid), lang, ISSUED)[0].data)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_summary_shows_the_advance_the_bid_compensations_and_the_bond(register, lang):  # noqa: F811
    reg, tid = register
    assert plain(AMOUNTS[lang]) in summary_text(reg, tid, lang)


def test_an_advance_that_is_not_due_and_decisions_not_taken_are_said_in_words(register):  # noqa: F811
    reg, _ = register
    tid = reg.add_tender(
        {
            "reference": "2026/018",
            "title": "Levering papier",
            "authority": "local",
            "contract_type": "supplies",
            "estimated_value": "20000",
            "launch_date": "2026-03-01",
        },
        NOW,
    )
    content = summary_text(reg, tid, "nl")
    assert "Voorschot geen beslissing bewaard Biedvergoedingen, totaal geen beslissing" in content
    advance = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "supplies",
        "procedure": "open",
        "contractor_size": "large",
        "amount_incl_vat": "24200",
        "duration_months": "6",
    }
    reg.decide(tid, "advance", advance, NOW)  # no winner named: the decision cannot stand
    content = summary_text(reg, tid, "nl")
    assert "Voorschot de beslissing moet opnieuw genomen worden" in content
    firm = reg.add_organisation({"name": "Papier nv", "size_class": "large"}, NOW)
    reg.add_tenderer({"tender_id": tid, "organisation_id": firm, "status": "winner"}, NOW)
    reg.decide(tid, "advance", advance, NOW)
    assert "Voorschot niet verschuldigd" in summary_text(reg, tid, "nl")
