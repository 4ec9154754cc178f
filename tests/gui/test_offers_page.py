"""My offers in the window: an offer from a notice in one dialog (the buyer made on the fly),
the list with its deadline marked by a sign and a word, our status changed, the amount kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.company.offers import add_offer, my_offers
from core.company.profile import save_profile
from gui.company.offers_page import OffersPage
from gui.shared import sizes
from tests.gui.conftest import NOW
from tests.gui.test_company_accelerators import NOTICE

TODAY = date(2026, 11, 22)


def page_on(qtbot, reg, lang="en") -> OffersPage:
    page = OffersPage(reg, TODAY, lang, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    return page


def fill(dialog, **typed) -> None:
    values = {
        "reference": "2026/S 210-000123",
        "buyer": "Commune de Gembloux",
        "title": "Fourniture de mobilier scolaire",
        "estimated_value": "90.000",
        "launch_date": "02/11/2026",
        "offers_deadline": "27/11/2026",
        "offer": "87.500,00",
    } | typed
    for name, value in values.items():
        field = getattr(dialog, name)
        (field.setEditText if name == "buyer" else field.setText)(value)
    dialog.contract_type.setCurrentIndex(dialog.contract_type.findData("supplies"))
    dialog.procedure.setCurrentIndex(
        dialog.procedure.findData("simplified_negotiated_with_publication")
    )
    dialog.price_only.setChecked(True)


def test_no_offer_before_my_company_is_chosen(qtbot, reg):
    page = page_on(qtbot, reg)
    assert not page.new_button.isEnabled()
    assert "My company page first" in page.intro.text()


def test_an_offer_from_a_notice_is_listed_with_its_near_deadline(qtbot, reg):
    mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    page = page_on(qtbot, reg, lang="fr")
    dialog = page.open_new()
    fill(dialog)
    assert dialog.save()
    [offer] = my_offers(reg, mine)
    assert offer.amount == Decimal("87500.00")
    assert offer.status == "preparing"
    assert reg.organisation(reg.tender(offer.tender_id).buyer_id).name == "Commune de Gembloux"
    model = page.model
    assert model.rowCount() == 1
    deadline = model.index(0, 3)
    assert model.data(deadline).startswith("⚠ 27/11/2026")  # a sign, not only a colour
    assert "5 day" in model.data(deadline)
    assert model.data(deadline, Qt.ItemDataRole.ForegroundRole) is not None
    assert page.selected().tenderer_id == offer.tenderer_id


def test_a_refused_notice_says_why_and_stores_nothing(qtbot, reg):
    mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    page = page_on(qtbot, reg)
    dialog = page.open_new()
    fill(dialog, estimated_value="")
    assert not dialog.save()
    assert "required" in dialog.problem.text()
    assert my_offers(reg, mine) == []


def test_marking_our_offer_the_winner_keeps_its_amount(qtbot, reg):
    mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    page = page_on(qtbot, reg)
    dialog = page.open_new()
    fill(dialog, offers_deadline="20/11/2026", launch_date="02/11/2026")
    assert dialog.save()
    assert page.model.data(page.model.index(0, 3)) == "✕ 20/11/2026 (past)"
    assert page.model.data(page.model.index(0, 5)) == "preparing"  # shown, then changed
    page.status.setCurrentIndex(page.status.findData("winner"))
    assert page.save_selected()
    [offer] = my_offers(reg, mine)
    assert (offer.status, offer.amount) == ("winner", Decimal("87500.00"))
    assert page.model.data(page.model.index(0, 5)) == "winner"


def test_an_offer_on_a_contract_of_indefinite_duration_is_a_monthly_amount(qtbot, reg, speak):
    speak("fr")
    mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    page = page_on(qtbot, reg, lang="fr")
    dialog = page.open_new()
    fill(dialog, offer="4.000", duration_months="12")
    assert dialog.offer_label.text() == "Notre &offre hors TVA"
    dialog.indefinite.setChecked(True)
    assert not dialog.duration_months.isEnabled()
    assert dialog.offer_label.text() == "Notre m&ontant mensuel hors TVA"
    assert dialog.save()
    [offer] = my_offers(reg, mine)
    assert offer.indefinite and offer.amount == Decimal("4000.00")
    assert reg.tender(offer.tender_id).duration_months is None  # the 12 typed before is not kept
    assert page.model.index(0, 4).data() == "4\u202f000,00\u00a0€ par mois"


def test_the_context_menu_of_an_offer_writes_our_letters(qtbot, reg):
    save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    page = page_on(qtbot, reg)
    dialog = page.open_new()
    fill(dialog)
    assert dialog.save()
    menu = page.context_menu()
    shown = [a.text() for a in menu.actions()]
    assert shown[:2] == ["&What it means for us…", "Edit the &tender…"]
    assert shown[-2:] == ["&Advance request", "&Bid-compensation request"]
    english = menu.actions()[-2].menu().actions()[0]
    assert english.text() == "English"  # the window's language first
    english.trigger()
    assert "our offer's status is “preparing”" in page.letters.message.text()
    page.letters.message.close()


def test_every_column_shows_its_widest_entry_after_a_new_offer_and_a_zoom(qtbot, reg):
    """The columns beside the title are as wide as their widest entry: measured again when an
    offer is added and when the text gets larger (not at every layout of the window)."""
    mine = save_profile(reg, None, {"name": "Dupont SRL"}, {}, NOW)
    page = page_on(qtbot, reg)
    add_offer(reg, mine, NOTICE, NOW)
    page.reload()
    assert_whole(page)
    narrow = page.table.columnWidth(2)
    add_offer(reg, mine, NOTICE | {"reference": "2026/S 211-1", "buyer": LONG_BUYER}, NOW)
    page.reload()
    assert_whole(page)
    assert page.table.columnWidth(2) > narrow  # the longer buyer's name
    first = page.table.font().pointSizeF()
    try:
        sizes.set_zoom(1.5, keep=False)
        QApplication.processEvents()  # the new font reaches the widgets
        assert page.table.font().pointSizeF() > first
        assert_whole(page)
    finally:
        sizes.set_zoom(1.0, keep=False)


LONG_BUYER = "Intercommunale voor Ruimtelijke Ordening en Huisvesting van het Meetjesland"


def assert_whole(page: OffersPage) -> None:
    table, header = page.table, page.table.horizontalHeader()
    for column in (0, 2, 3, 4, 5):
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert table.columnWidth(column) >= needed, column
