"""A stored decision and the register it came from never drift apart unnoticed.

A decision records what it used (the winner by id with its size figures, the procedure and
ground chosen); after a change to one of those no document is made from it, and the user is
told what changed. Tenderers are named by id, so renaming a company changes nothing else.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from types import SimpleNamespace

import pytest

from core.documents import DocumentError, gather, render
from core.documents.common import out_of_step_text
from core.errors import ValidationError
from core.rules import bundled_pack
from core.store import records
from core.store.register import Register
from core.store.schema import MIGRATIONS
from core.store.workspace import open_workspace
from tests.core.document_decisions import compensation_for_models
from tests.core.old_format import to_schema_2
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
SMALL = {"staff_awu": "23.5", "turnover": "4200000", "balance_sheet_total": "3100000"}
LARGE = {"staff_awu": "900", "turnover": "180000000", "balance_sheet_total": "95000000"}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def awarded(reg: Register) -> tuple[int, dict[str, int]]:
    """A works tender of a municipality, two tenderers, Peeters (small) the winner, and its
    advance decided."""
    buyer = reg.add_organisation(
        {"name": "Gemeente Lede", "street": "Markt 1", "postcode": "9340", "city": "Lede"}, NOW
    )
    tid = reg.add_tender(
        {
            "reference": "2026/031",
            "title": "Herstelling schooldak",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "190000",
            "launch_date": "2026-03-01",
            "duration_months": "18",
            "buyer_id": buyer,
            "procedure": "open",
            "price_only": True,
            "offers_deadline": "2026-04-01",
        },
        NOW,
    )
    rows = {}
    for name, number, size, figures, status, offer in (
        ("Bouwbedrijf Peeters nv", "0403.170.701", "small", SMALL, "winner", "180000"),
        ("Constructions Mercier sa", "0404.616.494", "large", LARGE, "not_selected", "185000"),
    ):
        org = reg.add_organisation(
            {"name": name, "street": "Kerkstraat 4", "postcode": "9340", "city": "Lede"}
            | {"enterprise_number": number, "iban": "BE71 0961 2345 6769"}
            | {"size_class": size, "figures_year": 2025, **figures},
            NOW,
        )
        rows[name] = reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "status": status, "offer": offer}, NOW
        )
    reg.decide(
        tid,
        "advance",
        {
            "launch_date": "2026-03-01",
            "authority": "local",
            "procedure": "open",
            "contract_type": "works",
            "contractor_size": "small",
            "amount_incl_vat": "217800",
            "duration_months": "18",
        },
        NOW,
    )
    return tid, rows


def test_a_status_change_keeps_the_offer(reg):
    """Marking a tenderer the winner kept its status but erased its offer, in the database too."""
    tid, rows = awarded(reg)
    mercier = rows["Constructions Mercier sa"]
    reg.update_tenderer(mercier, {"status": "unacceptable"}, NOW)
    stored = reg.tenderer(mercier)
    assert (stored.status, str(stored.offer)) == ("unacceptable", "185000.00")


def test_the_advance_records_its_winner_with_the_figures_it_used(reg):
    tid, rows = awarded(reg)
    used = reg.decisions(tid)[0].used["winner"]
    assert used["tenderer_id"] == rows["Bouwbedrijf Peeters nv"]
    assert (used["size_class"], used["staff_awu"], used["figures_year"]) == ("small", "23.5", 2025)
    assert reg.out_of_step(tid) == {}


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            "De gekozen inschrijver is veranderd nadat de beslissing 'Voorschot' genomen werd: "
            "neem ze opnieuw (menu Beslissen).",
        ),
        (
            "fr",
            "L'adjudicataire a changé après la décision « Avance » : prenez-la à nouveau "
            "(menu Décider).",
        ),
        (
            "en",
            "The winner changed after the Advance decision was taken: take it again (Decide menu).",
        ),
    ],
)
def test_after_another_winner_no_request_is_made_in_the_old_winners_name(reg, lang, words):
    """The new winner's name beside the old amount and size declaration: never again."""
    tid, rows = awarded(reg)
    changed = reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"status": "not_selected"}, NOW)
    assert changed == ["advance"]  # the window says which decisions to look at again
    reg.update_tenderer(rows["Constructions Mercier sa"], {"status": "winner"}, NOW)
    assert reg.out_of_step(tid) == {"advance": [records.OutOfStep("winner_changed")]}
    with pytest.raises(DocumentError) as refused:
        render("advance-request", gather(reg, tid), lang, ISSUED)
    assert refused.value.code == "out_of_step" and spaced(refused.value.message) == words
    summary = pdf_text(render("summary", gather(reg, tid), lang, ISSUED)[0].data)
    assert words in summary  # the summary says so instead of showing the old answer


def spaced(message: str) -> str:
    return " ".join(message.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_every_reason_to_take_a_decision_again_is_given_one_after_the_other():
    decision = SimpleNamespace(
        out_of_step=[records.OutOfStep("winner_changed"), records.OutOfStep("size_changed")]
    )
    assert spaced(out_of_step_text(decision, "advance", "en")) == (
        "The winner changed after the Advance decision was taken: take it again (Decide menu). "
        "The winner's size or figures changed after the Advance decision was taken: take it "
        "again (Decide menu)."
    )


def test_changed_size_figures_of_the_winner_put_the_advance_out_of_step(reg):
    tid, rows = awarded(reg)
    org = reg.tenderer(rows["Bouwbedrijf Peeters nv"]).organisation_id
    reg.update_organisation(org, {"staff_awu": "900"}, NOW)
    assert reg.out_of_step(tid) == {"advance": [records.OutOfStep("size_changed")]}
    reg.update_organisation(org, {"staff_awu": "23.5"}, NOW)  # back as decided
    assert reg.out_of_step(tid) == {}
    page = pdf_text(render("advance-request", gather(reg, tid), "nl", ISSUED)[0].data)
    assert "Bouwbedrijf Peeters nv" in page and "Constructions Mercier" not in page


def test_no_winner_left_means_no_request(reg):
    tid, rows = awarded(reg)
    reg.remove_tenderer(rows["Bouwbedrijf Peeters nv"], NOW)
    assert reg.out_of_step(tid)["advance"] == [records.OutOfStep("no_winner")]


def test_a_renamed_company_keeps_its_notice_its_address_and_its_compensation(reg):
    """Tenderers were matched by name: a rename lost the address and kept the old name."""
    tid, rows = awarded(reg)
    reg.decide(
        tid,
        "provisional_ranking",
        {
            "launch_date": "2026-03-01",
            "procedure": "open",
            "authority": "local",
            "contract_type": "works",
            "estimated_value_excl_vat": "190000",
            "price_only": True,
            "offers": reg.decision_offers(tid),
        },
        NOW,
    )
    compensation_for_models(reg, tid, "1500", NOW)
    mercier = reg.tenderer(rows["Constructions Mercier sa"]).organisation_id
    reg.update_organisation(mercier, {"name": "Mercier Bouw nv"}, NOW)
    assert reg.out_of_step(tid) == {}
    notices = dict(
        (item.name, pdf_text(item.data))
        for item in render("ranking-notices", gather(reg, tid), "nl", ISSUED)
    )
    mine = next(body for name, body in notices.items() if "Mercier" in name)
    assert "Mercier Bouw nv" in mine and "Kerkstraat 4" in mine and "9340 Lede" in mine
    assert "Constructions Mercier" not in mine and "Peeters" not in mine
    statement = pdf_text(render("bid-compensation", gather(reg, tid), "nl", ISSUED)[0].data)
    assert "Mercier Bouw nv" in statement and "Constructions Mercier sa" not in statement


def test_the_buyer_cannot_be_a_tenderer_on_its_own_contract(reg):
    tid, rows = awarded(reg)
    buyer = reg.tender(tid).buyer_id
    with pytest.raises(ValidationError) as added:
        reg.add_tenderer({"tender_id": tid, "organisation_id": buyer}, NOW)
    assert added.value.code == "buyer_as_tenderer"
    peeters = reg.tenderer(rows["Bouwbedrijf Peeters nv"]).organisation_id
    with pytest.raises(ValidationError) as made_buyer:
        reg.update_tender(tid, {"buyer_id": peeters}, NOW)
    assert made_buyer.value.code == "buyer_as_tenderer"
    assert reg.tender(tid).buyer_id == buyer and len(reg.tenderers(tid)) == 2


def procedure_on_ground(reg, basis: str, facts=None) -> int:
    """A services tender below the EU threshold whose buyer claims the needs-adaptation
    ground: competitive negotiation is allowed on art. 38 §1, 1°, a) and on the value, f)."""
    tid = reg.add_tender(
        {
            "reference": "2026/040",
            "title": "Studie mobiliteitsplan",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "100000",
            "launch_date": "2026-03-01",
            "procedure": "competitive_negotiation",
            "procedure_basis": basis,
        },
        NOW,
    )
    request = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "100000",
        "grounds": ["needs_adaptation"],
    }
    reg.decide(tid, "procedure", request, NOW, facts)
    return tid


@pytest.mark.parametrize(
    ("basis", "cited", "not_cited"),
    [
        ("competitive_negotiation_needs_adaptation", "1°, a)", "1°, f)"),
        ("competitive_negotiation_value", "1°, f)", "1°, a)"),
    ],
)
def test_the_motivation_argues_the_ground_chosen_and_no_other(reg, basis, cited, not_cited):
    """A tender stored on art. 38 §1, 1°, a) was motivated on the value ground f), both cited."""
    tid = procedure_on_ground(reg, basis)
    page = pdf_text(render("motivation", gather(reg, tid), "en", ISSUED)[0].data)
    start = page.index("Procedure chosen")  # the choice and its paragraph, up to the rules
    chosen = page[start : page.index("Rules of medium or low confidence", start)]
    assert cited in chosen and not_cited not in chosen


def test_another_ground_on_the_tender_puts_the_procedure_decision_out_of_step(reg):
    tid = procedure_on_ground(reg, "competitive_negotiation_needs_adaptation")
    reg.update_tender(tid, {"procedure_basis": "competitive_negotiation_value"}, NOW)
    assert reg.out_of_step(tid) == {"procedure": [records.OutOfStep("procedure_changed")]}
    with pytest.raises(DocumentError, match="choose the procedure again"):
        render("motivation", gather(reg, tid), "en", ISSUED)


def test_a_value_over_the_ceiling_of_the_chosen_ground_puts_it_out_of_step(reg):
    """Decided again with the new value, the value ground no longer allows the procedure."""
    tid = procedure_on_ground(reg, "competitive_negotiation_value")
    changed = reg.update_tender(tid, {"estimated_value": "9000000"}, NOW)
    assert changed == ["procedure"]
    assert reg.out_of_step(tid) == {"procedure": [records.OutOfStep("chosen_not_allowed")]}


def procedure_on_repetition(reg, reference: str = "2026/041") -> int:
    """Services of 300,000 negotiated without publication as a repetition of an initial
    contract, decided with that contract and its date as the ground's facts."""
    tid = reg.add_tender(
        {
            "reference": reference,
            "title": "Onderhoud groenzones, herhaling",
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "300000",
            "launch_date": "2026-03-01",
            "procedure": "negotiated_without_publication",
            "procedure_basis": "negotiated_repetition",
        },
        NOW,
    )
    request = {
        "launch_date": "2026-03-01",
        "authority": "local",
        "contract_type": "services",
        "estimated_value_excl_vat": "300000",
        "grounds": ["repetition"],
    }
    facts = {"initial_contract": "2024/007 Onderhoud groenzones", "initial_date": "2024-05-13"}
    reg.decide(tid, "procedure", request, NOW, facts)
    return tid


def test_the_repetition_ground_is_argued_with_the_initial_contract(reg):
    tid = procedure_on_repetition(reg)
    page = pdf_text(render("motivation", gather(reg, tid), "nl", ISSUED)[0].data)
    assert "2024/007 Onderhoud groenzones" in page and "13/05/2024" in page


def test_decisions_stored_before_the_record_must_be_taken_again(tmp_path):
    """A workspace of the first schema opens; its decisions say they must be taken again."""
    path = tmp_path / "old.sqlite"
    with open_workspace(path, now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        tid, _ = awarded(reg)
    to_schema_2(path)
    conn = sqlite3.connect(path)  # put the file back to the first schema, as version 1 wrote it
    conn.execute("DROP TRIGGER decisions_audit_insert")
    conn.execute("DROP TRIGGER decisions_audit_update")
    conn.execute("DROP TRIGGER decisions_audit_delete")
    conn.execute("ALTER TABLE decisions DROP COLUMN used_json")
    conn.executescript("\n".join(s for s in MIGRATIONS[1].split("\n") if "decisions_audit" in s))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with open_workspace(path, now=NOW) as ws:
        assert ws.migrated_from == 1
        reg = Register(ws, bundled_pack())
        assert reg.out_of_step(tid) == {"advance": [records.OutOfStep("not_recorded")]}
        with pytest.raises(DocumentError, match="take it again"):
            render("advance-request", gather(reg, tid), "en", ISSUED)
        reg.update_tenderer(reg.tenderers(tid)[0].id, {"offer": "1"}, NOW)  # audit works
        assert reg.history("tenderers", reg.tenderers(tid)[0].id)[-1]["new"] == "100"
