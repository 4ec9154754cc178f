"""Our letters in the window: a refusal said in the user's language with the way to put it
right (My company opens), the bid compensation the documents set asked when core needs it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.company.offers import add_offer, update_offer
from core.company.profile import save_profile
from core.rules import bundled_pack
from core.settings import Settings
from gui.company.our_letters import AmountsDialog, OurLetters
from gui.company.profile_page import CompanyPage
from gui.window import role_pages
from gui.window.main_window import MainWindow
from tests.core.test_our_letters import BUYER_ADDRESS, COMPANY, CONTACT, NOTICE
from tests.gui.conftest import NOW
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace


def window_with_offer(qtbot, tmp_path, company, status="winner", notice=NOTICE, lang="nl"):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW, check=False, auto_backup=False)
    window = MainWindow(
        bundled_pack(),
        date(2026, 11, 22),
        ws,
        settings=Settings(language=lang, role="company"),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(window)
    window.show()
    reg = window.register_page._register
    mine = save_profile(reg, None, company, CONTACT, NOW)
    tenderer = add_offer(reg, mine, notice, NOW)
    reg.update_organisation(
        reg.tender(reg.tenderer(tenderer).tender_id).buyer_id, BUYER_ADDRESS, NOW
    )
    update_offer(reg, tenderer, {"status": status}, NOW)
    return window, reg, tenderer


def test_a_profile_without_iban_refuses_in_dutch_and_opens_my_company(qtbot, tmp_path, speak):
    speak("nl")
    window, reg, tenderer = window_with_offer(qtbot, tmp_path, {**COMPANY, "iban": ""})
    meaning = role_pages.open_meaning(window, reg, tenderer, "nl")
    target = tmp_path / "aanvraag.pdf"
    assert meaning.letters.write("advance", "nl", target=target) is None
    assert not target.exists()
    box = meaning.letters.message
    assert "ontbreekt voor Menuiserie Dupont SRL: IBAN" in box.text()
    [button] = [b for b in box.buttons() if b.text() == "Mijn onderneming openen"]
    button.click()
    assert not meaning.isVisible()
    assert isinstance(window.pages.currentWidget(), CompanyPage)
    assert [d.kind for d in reg.decisions(reg.tenderer(tenderer).tender_id)] == []


def test_the_bid_compensation_request_asks_the_amount_the_documents_set(
    qtbot, tmp_path, monkeypatch
):
    notice = {**NOTICE, "procedure": "competitive_negotiation", "required_items": ["drawings"]}
    window, reg, tenderer = window_with_offer(
        qtbot, tmp_path, COMPANY, status="not_retained", notice=notice, lang="fr"
    )
    letters = OurLetters(reg, tenderer, "fr", window, now=lambda: NOW)
    asked = []

    def ask():
        asked.append(True)
        return Decimal("1500"), None

    monkeypatch.setattr(letters, "ask_amounts", ask)
    target = tmp_path / "indemnite.pdf"
    assert letters.write("bid_compensation", "fr", target=target) == target
    assert asked == [True]
    shown = pdf_text(target)
    assert "Montant demandé 1 500,00 €" in shown
    # the second time the stored decision's amount is used: nothing asked again
    assert letters.write("bid_compensation", "fr", target=target) == target
    assert asked == [True]
    letters.message.close()


def test_the_amounts_dialog_reads_belgian_amounts_and_refuses_a_wrong_one(qtbot, speak):
    speak("fr")
    dialog = AmountsDialog("fr", reduced=True)
    qtbot.addWidget(dialog)
    dialog.full.setText("1.500")
    dialog.reduced.setText("douze")
    dialog.accept()
    assert dialog.amounts is None and not dialog.problem.isHidden()
    dialog.reduced.setText("750,50")
    dialog.accept()
    assert dialog.amounts == (Decimal("1500"), Decimal("750.50"))
