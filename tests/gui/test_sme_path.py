"""The SME's path from an empty workspace, in French: the role, the company's profile (the
Walloon company of 12 staff and € 1.8 million turnover), an offer from a notice (€ 90,000
supplies), what the tender means for it, with amounts and articles written out, and its
advance request written from its side and read back."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from core.company.profile import read_profile
from core.rules import bundled_pack
from core.settings import Settings
from gui.company.meaning_dialog import MeaningDialog
from gui.company.offers_page import OffersPage
from gui.company.profile_page import CompanyPage
from gui.window import role_pages
from gui.window.main_window import MainWindow
from tests.gui.conftest import NOW
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace


def test_from_an_empty_workspace_to_our_advance_request(qtbot, tmp_path, speak, monkeypatch):
    speak("fr")
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW, check=False, auto_backup=False)
    window = MainWindow(
        bundled_pack(),
        date(2026, 11, 22),
        ws,
        settings=Settings(language="fr"),
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(window)
    window.show()
    # 1. the role, asked on the welcome page of the empty workspace
    window.welcome.role_buttons["company"].click()
    assert window.settings.role == "company"
    window.show_pages()
    offers = window.pages.currentWidget()
    assert isinstance(offers, OffersPage)  # a company starts on its offers
    assert not offers.new_button.isEnabled()  # no company yet
    # 2. the profile: a new company made in the organisation editor, its contact person
    company = window._later.page("company")
    assert isinstance(company, CompanyPage)
    editor = company.open_editor(None)
    editor.saved.connect(company._on_made)
    for name, typed in {
        "name": "Menuiserie Dupont SRL",
        "enterprise_number": "0403.170.701",
        "street": "Rue de la Gare 12",
        "postcode": "5000",
        "city": "Namur",
        "iban": "BE68 5390 0754 7034",
        "bic": "GEBABEBB",
        "staff_awu": "12",
        "turnover": "1.800.000",
        "balance_sheet_total": "900.000",
        "figures_year": "2025",
    }.items():
        editor.form.lines[name].setText(typed)
    assert editor.save()
    company.contact["name"].setText("Claire Dupont")
    company.contact["function"].setText("gérante")
    assert company.save()
    profile = read_profile(window.register_page._register)
    assert profile.organisation.name == "Menuiserie Dupont SRL"
    assert profile.missing() == ()
    assert "Petite entreprise" in company.summary.text()
    # 3. an offer from the notice
    offers.reload()
    assert offers.new_button.isEnabled()
    dialog = offers.open_new()
    dialog.reference.setText("2026/S 210-000123")
    dialog.buyer.setEditText("Commune de Gembloux")
    dialog.title.setText("Fourniture de mobilier scolaire")
    dialog.contract_type.setCurrentIndex(dialog.contract_type.findData("supplies"))
    dialog.estimated_value.setText("90.000")
    dialog.procedure.setCurrentIndex(dialog.procedure.findData("open"))
    dialog.duration_months.setText("12")
    dialog.launch_date.setText("02/11/2026")
    dialog.offers_deadline.setText("27/11/2026")
    dialog.price_only.setChecked(True)
    dialog.offer.setText("87.500,00")
    assert dialog.save()
    assert offers.model.rowCount() == 1
    assert offers.selected().reference == "2026/S 210-000123"
    # 4. what it means for us
    with qtbot.waitSignal(offers.meaning_asked) as asked:
        offers.meaning_button.click()
    meaning = role_pages.open_meaning(window, window.register_page._register, asked.args[0], "fr")
    assert isinstance(meaning, MeaningDialog)
    shown = meaning.shown.text()
    assert "Obligatoire (Hypothèse 2)" in shown
    assert "Montant\u00a0: 10\u202f587,50\u00a0€" in shown  # 10 % of 87 500 + 21 % VAT
    assert "article 12/1" in shown
    assert "Un cautionnement est dû" in shown and "4\u202f380,00\u00a0€" in shown
    assert "Serons-nous informés de notre classement provisoire" in shown
    assert "Fiabilité de cette réponse" in shown
    # 5. our advance request: refused while we are not the winner, in the user's words
    letters = meaning.letters
    assert letters.write("advance", "fr", target=tmp_path / "x.pdf") is None
    assert "«\u00a0en préparation\u00a0»" in letters.message.text()
    letters.message.close()
    offers.status.setCurrentIndex(offers.status.findData("winner"))
    assert offers.save_selected()
    # the buyer made from the notice has no address yet: the refusal opens its editor
    assert letters.write("advance", "fr", target=tmp_path / "x.pdf") is None
    assert "Commune de Gembloux" in letters.message.text()
    [edit] = [b for b in letters.message.buttons() if b.text() == "Modifier l'acheteur…"]
    edit.click()
    for name, typed in {
        "street": "Parc d'Epinoy 1",
        "postcode": "5030",
        "city": "Gembloux",
    }.items():
        letters.editor.form.lines[name].setText(typed)
    assert letters.editor.save()
    # written through the save dialog: our letter's name, in the folder used last time
    store = tmp_path / "qsettings.ini"
    monkeypatch.setattr(
        "gui.company.our_letters.QSettings",
        lambda: QSettings(str(store), QSettings.Format.IniFormat),
    )
    QSettings(str(store), QSettings.Format.IniFormat).setValue("pdf/folder", str(tmp_path))
    offered = []

    def save_as(parent, title, proposed, filters):
        offered.append(proposed)
        return str(tmp_path / "out" / "demande.pdf"), filters

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    french = letters.advance_button.menu().actions()[0]
    assert french.text() == "Français"  # the window's language first
    with qtbot.waitSignal(letters.written) as written:
        french.trigger()
    assert offered == [str(tmp_path / "2026-S-210-000123-demande-avance-fr.pdf")]
    assert written.args[0] == tmp_path / "out" / "demande.pdf"
    assert QSettings(str(store), QSettings.Format.IniFormat).value("pdf/folder") == str(
        tmp_path / "out"
    )
    pdf = pdf_text(written.args[0])
    for expected in (
        "Menuiserie Dupont SRL Rue de la Gare 12 5000 Namur N° d'entreprise 0403.170.701",
        "Commune de Gembloux Parc d'Epinoy 1 5030 Gembloux",  # the buyer as addressee
        "Montant initial du marché TVA comprise 105 875,00 €",  # our offer with 21 % VAT
        "Montant demandé 10 587,50 €",
        "IBAN BE68 5390 0754 7034 BIC GEBABEBB Titulaire du compte Menuiserie Dupont SRL",
        "Claire Dupont gérante Menuiserie Dupont SRL",  # the contact person signs
        "petite entreprise",
    ):
        assert expected in pdf, expected
    assert pdf.count("—") == 1 and "l'avance — marché" in pdf  # the subject's; no gap
    assert PdfReader(written.args[0]).metadata.author == "Menuiserie Dupont SRL"
    letters.message.close()
    meaning.reject()
