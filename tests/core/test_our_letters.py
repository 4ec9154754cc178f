"""Our letters, written from my company's side: the advance request and the bid-compensation
request read back (our letterhead, the buyer as addressee, our contact person, the amount on
our offer, the PDF's author), and each refusal said in the user's words with nothing stored."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from core.company.offers import add_offer, update_offer
from core.company.profile import read_profile, save_profile
from core.company.requests import RefusedError, refusal_text
from core.documents.our_letters import write_letter
from core.rules import bundled_pack
from core.store.register import Register
from tests.core.test_meaning import NOTICE as MEANING_NOTICE
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 29, 10)
COMPANY = {
    "name": "Menuiserie Dupont SRL",
    "enterprise_number": "0403.170.701",
    "street": "Rue de la Gare 12",
    "postcode": "5000",
    "city": "Namur",
    "iban": "BE68 5390 0754 7034",
    "bic": "GEBABEBB",
    "email": "info@dupont.be",
    "staff_awu": "12",
    "turnover": "1800000",
    "balance_sheet_total": "900000",
    "figures_year": 2025,
}
CONTACT = {"name": "Claire Dupont", "function": "gérante", "email": "claire@dupont.be"}
NOTICE = {**MEANING_NOTICE, "offer": "87500"}  # our offer on the same notice
BUYER_ADDRESS = {"street": "Parc d'Epinoy 1", "postcode": "5030", "city": "Gembloux"}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def offer_of(reg, notice=NOTICE, company=COMPANY, contact=CONTACT, status="winner"):
    """My company, its offer on the notice's tender with ``status``, the buyer's address."""
    mine = save_profile(reg, None, company, contact, NOW)
    tenderer = add_offer(reg, mine, notice, NOW)
    tender = reg.tender(reg.tenderer(tenderer).tender_id)
    reg.update_organisation(tender.buyer_id, BUYER_ADDRESS, NOW)
    update_offer(reg, tenderer, {"status": status}, NOW)
    return tenderer


def refused(reg, tenderer, decision="advance", **amounts) -> RefusedError:
    with pytest.raises(RefusedError) as caught:
        write_letter(reg, tenderer, read_profile(reg), decision, "fr", NOW, **amounts)
    return caught.value


def decided(reg, tenderer) -> list[str]:
    return [d.kind for d in reg.decisions(reg.tenderer(tenderer).tender_id)]


def test_the_advance_request_is_ours_and_addressed_to_the_buyer(reg):
    tenderer = offer_of(reg)
    letter = write_letter(reg, tenderer, read_profile(reg), "advance", "fr", NOW)
    shown = pdf_text(letter.data)
    for expected in (
        "Menuiserie Dupont SRL",  # our letterhead
        "Rue de la Gare 12",
        "N° d'entreprise 0403.170.701",
        "claire@dupont.be",  # the contact person's e-mail, not the company's
        "Commune de Gembloux Parc d'Epinoy 1 5030 Gembloux",  # the buyer as addressee
        "Namur, 29 novembre 2026",
        "105 875,00 €",  # our offer, 87 500 € plus 21 % VAT
        "10 587,50 €",  # the advance: 10 % for a small enterprise
        "BE68 5390 0754 7034",
        "GEBABEBB",
        "Claire Dupont gérante",  # the contact person signs
    ):
        assert expected in shown, expected
    assert "info@dupont.be" not in shown
    assert shown.count("—") == 1 and "l'avance — marché" in shown  # the subject's, no gap
    assert letter.name == "2026-S-210-000123-demande-avance-fr.pdf"
    assert PdfReader(io.BytesIO(letter.data)).metadata.author == "Menuiserie Dupont SRL"
    # the decision the letter rests on is stored, with the page's own input
    [stored] = [d for d in reg.decisions(reg.tenderer(tenderer).tender_id) if d.kind == "advance"]
    assert Decimal(stored.input["amount_incl_vat"]) == Decimal("105875.00")
    assert stored.used["winner"]["tenderer_id"] == tenderer


def test_the_contact_person_signs_even_when_the_organisation_names_another(reg):
    tenderer = offer_of(reg, company={**COMPANY, "signatory_name": "Paul Dupont"})
    shown = pdf_text(write_letter(reg, tenderer, read_profile(reg), "advance", "en", NOW).data)
    assert "Claire Dupont" in shown and "Paul Dupont" not in shown


@pytest.mark.parametrize(
    ("field", "named"),
    [("iban", "IBAN"), ("enterprise_number", "Numéro d'entreprise"), ("bic", "BIC")],
)
def test_an_empty_field_of_the_profile_refuses_and_names_it(reg, field, named):
    tenderer = offer_of(reg, company={**COMPANY, field: ""})
    refusal = refused(reg, tenderer)
    assert refusal.code == "profile_incomplete" and refusal.fix == "company"
    said = refusal_text(refusal, "fr")
    assert named in said and "Menuiserie Dupont SRL" in said and "Mon entreprise" in said
    assert decided(reg, tenderer) == []  # nothing stored


def test_no_contact_person_refuses_in_each_language(reg):
    tenderer = offer_of(reg, contact={})
    refusal = refused(reg, tenderer)
    assert "Personne de contact" in refusal_text(refusal, "fr")
    assert "Contactpersoon" in refusal_text(refusal, "nl")
    assert "Contact person" in refusal_text(refusal, "en")


def test_without_our_amount_the_advance_is_refused(reg):
    tenderer = offer_of(reg, notice={**NOTICE, "offer": None})
    refusal = refused(reg, tenderer)
    assert refusal.code == "no_offer" and "Mes offres" in refusal_text(refusal, "fr")


def test_an_offer_that_did_not_win_asks_no_advance(reg):
    tenderer = offer_of(reg, status="submitted")
    refusal = refused(reg, tenderer)
    assert refusal.code == "not_winner"
    assert "«\u00a0déposée\u00a0»" in refusal_text(refusal, "fr")
    assert "„ingediend”" in refusal_text(refusal, "nl")
    assert decided(reg, tenderer) == []


def test_no_advance_due_refuses_with_the_reason(reg):
    tenderer = offer_of(reg, company={**COMPANY, "staff_awu": "400", "turnover": "90000000"})
    refusal = refused(reg, tenderer)
    assert refusal.code == "advance_not_due"
    assert "n'est pas une PME" in refusal_text(refusal, "fr")


def test_a_buyer_without_an_address_refuses_and_names_the_buyer(reg):
    tenderer = offer_of(reg)
    buyer = reg.tender(reg.tenderer(tenderer).tender_id).buyer_id
    reg.update_organisation(buyer, {"street": "", "city": ""}, NOW)
    refusal = refused(reg, tenderer)
    assert refusal.fix == "buyer" and refusal.params["buyer_id"] == buyer
    said = refusal_text(refusal, "nl")
    assert "Commune de Gembloux" in said and "Straat en nummer" in said


DRAWINGS = {**NOTICE, "procedure": "competitive_negotiation", "required_items": ["drawings"]}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ("Aanvraag tot betaling van de biedvergoeding", "€ 1.500,00")),
        ("fr", ("Demande de paiement de l'indemnité de soumission", "1 500,00 €")),
    ],
)
def test_the_bid_compensation_request_asks_the_documents_amount(reg, lang, expected):
    tenderer = offer_of(reg, notice=DRAWINGS, status="not_retained")
    profile = read_profile(reg)
    needs = refused(reg, tenderer, "bid_compensation")
    assert needs.code == "bid_amount_needed"
    letter = write_letter(
        reg, tenderer, profile, "bid_compensation", lang, NOW, documents_amount=Decimal("1500")
    )
    shown = pdf_text(letter.data)
    for part in (*expected, "Menuiserie Dupont SRL", "Commune de Gembloux", "BE68 5390 0754 7034"):
        assert part in shown, part
    assert "Claire Dupont" in shown
    assert shown.count("—") == 1 and "— Fourniture" in shown  # the subject's, no gap
    # a second request takes the amount the stored decision holds
    again = write_letter(reg, tenderer, profile, "bid_compensation", lang, NOW)
    assert expected[1] in pdf_text(again.data)


def test_the_winner_asks_no_bid_compensation(reg):
    tenderer = offer_of(reg, notice=DRAWINGS, status="winner")
    refusal = refused(reg, tenderer, "bid_compensation", documents_amount=Decimal("1500"))
    assert refusal.code == "not_retained"


def test_no_bid_compensation_in_an_open_procedure(reg):
    tenderer = offer_of(reg, status="not_retained")  # open procedure: excluded
    refusal = refused(reg, tenderer, "bid_compensation", documents_amount=Decimal("1500"))
    assert refusal.code == "bid_not_due"
    assert "procédure ouverte" in refusal_text(refusal, "fr")


def test_the_advance_request_of_an_indefinite_contract_asks_on_the_monthly_value(reg):
    notice = {**NOTICE, "duration_months": None, "indefinite": True, "offer": "4000"}
    tenderer = offer_of(reg, notice=notice)
    shown = pdf_text(write_letter(reg, tenderer, read_profile(reg), "advance", "fr", NOW).data)
    assert "Durée indéterminée Valeur mensuelle" in shown
    assert "Valeur mensuelle TVA comprise 4 840,00 €" in shown  # our 4 000 € a month + 21 %
    assert "Valeur de référence 58 080,00 € Pour un marché à durée indéterminée" in shown
    assert "Montant demandé 5 808,00 €" in shown  # 10 % of 12 months: 58 080 €


def test_a_competitor_recorded_without_an_account_does_not_stop_our_request(reg):
    """The offers read out at the opening are kept too: a competitor not retained is owed a
    compensation as well, and its missing account number is none of our letter's business."""
    tenderer = offer_of(reg, notice=DRAWINGS, status="not_retained")
    tid = reg.tenderer(tenderer).tender_id
    rival = reg.add_organisation({"name": "Schrijnwerkerij Maes bv"}, NOW)
    reg.add_tenderer(
        {"tender_id": tid, "organisation_id": rival, "offer": "91000", "status": "not_selected"},
        NOW,
    )
    letter = write_letter(
        reg, tenderer, read_profile(reg), "bid_compensation", "fr", NOW, Decimal("1500")
    )
    shown = pdf_text(letter.data)
    assert letter.decision == "bid_compensation"
    assert "Menuiserie Dupont SRL" in shown and "Schrijnwerkerij Maes" not in shown
    assert "1 500,00 €" in shown and "BE68 5390 0754 7034" in shown


def test_the_reduced_amount_typed_for_the_request_is_kept_with_the_decision(reg):
    """Our offer was not retained: we ask the full amount, and the decision keeps the reduced
    one the documents set for substantially irregular offers, as the buyer's would."""
    tenderer = offer_of(reg, notice=DRAWINGS, status="not_retained")
    letter = write_letter(
        reg,
        tenderer,
        read_profile(reg),
        "bid_compensation",
        "nl",
        NOW,
        documents_amount=Decimal("1500"),
        documents_reduced_amount=Decimal("750"),
    )
    assert "€ 1.500,00" in pdf_text(letter.data)
    [stored] = [
        d for d in reg.decisions(reg.tenderer(tenderer).tender_id) if d.kind == "bid_compensation"
    ]
    assert (stored.input["documents_amount"], stored.input["documents_reduced_amount"]) == (
        "1500",
        "750",
    )
