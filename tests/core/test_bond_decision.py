"""The bond is a decision a tender keeps: stored, read back, shown on the summary among the
decided amounts, and no longer shown once the amount it was computed on changed."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.decisions.stored import restore
from core.documents import gather, render
from core.rules import bundled_pack
from core.store import records
from core.store.register import Register
from tests.core.test_records import awarded
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
#: the bond on Peeters' winning offer of €180,000 excl. VAT: 5 % when the documents are silent
ON_THE_OFFER = {
    "launch_date": "2026-03-01",
    "award_amount_excl_vat": "180000.00",
    "contract_type": "works",
}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def summary(reg: Register, tid: int, lang: str) -> str:
    return pdf_text(render("summary", gather(reg, tid), lang, ISSUED)[0].data)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "Borgtocht € 9.000,00"),
        ("fr", "Cautionnement 9 000,00 €"),
        ("en", "Bond €9,000.00"),
    ],
)
def test_the_summary_shows_the_bond_decided_on_the_winners_offer(reg, lang, line):
    tid, _ = awarded(reg)
    before = summary(reg, tid, lang)
    assert line not in before  # "no decision stored" until it is decided
    reg.decide(tid, "bond", ON_THE_OFFER, NOW)
    assert line in summary(reg, tid, lang)


def test_a_stored_bond_reads_back_as_it_was_decided(reg):
    tid, _ = awarded(reg)
    stored = reg.decide(tid, "bond", {**ON_THE_OFFER, "documents_percentage": "6"}, NOW)
    read = next(d for d in reg.decisions(tid) if d.kind == "bond")
    assert read.result == stored.result
    result = restore("bond", read.result)
    assert (result.allowed, result.percentage, result.amount, result.needs_reasons) == (
        True,
        6,
        10800,
        True,
    )
    assert read.used == {"award": {"tenderer_id": result_winner(reg, tid), "offer": "180000.00"}}


def result_winner(reg: Register, tid: int) -> int:
    return records.winner(reg.tenderers(tid)).id


def test_a_new_offer_of_the_winner_puts_the_bond_out_of_step(reg):
    """The bond is a share of the amount awarded: on an old amount the summary must not show it."""
    tid, rows = awarded(reg)
    reg.decide(tid, "bond", ON_THE_OFFER, NOW)
    assert reg.out_of_step(tid) == {}
    reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"offer": "120000"}, NOW)
    assert reg.out_of_step(tid) == {"bond": [records.OutOfStep("award_changed")]}
    page = summary(reg, tid, "nl")
    assert "€ 9.000,00" not in page and "de beslissing moet opnieuw genomen worden" in page
    reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"offer": "180000"}, NOW)
    assert reg.out_of_step(tid) == {}


def test_another_winner_or_none_puts_the_bond_out_of_step(reg):
    tid, rows = awarded(reg)
    reg.decide(tid, "bond", ON_THE_OFFER, NOW)
    reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"status": "not_selected"}, NOW)
    assert reg.out_of_step(tid)["bond"] == [records.OutOfStep("no_winner")]
    reg.update_tenderer(rows["Constructions Mercier sa"], {"status": "winner"}, NOW)
    assert reg.out_of_step(tid)["bond"] == [records.OutOfStep("winner_changed")]


def test_a_bond_decided_on_the_estimate_follows_the_estimate_until_an_offer_wins(reg):
    """Before the award the bond is known only on the estimate; a new estimate, or a winner's
    offer once there is one, means it must be decided again."""
    tid, rows = awarded(reg)
    reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"status": "submitted"}, NOW)
    reg.decide(tid, "bond", {**ON_THE_OFFER, "award_amount_excl_vat": "190000"}, NOW)
    assert reg.decisions(tid)[-1].used == {"award": {"estimate": "190000.00"}}
    assert "bond" not in reg.out_of_step(tid)
    reg.update_tender(tid, {"estimated_value": "200000"}, NOW)
    assert reg.out_of_step(tid)["bond"] == [records.OutOfStep("award_changed")]
    reg.update_tender(tid, {"estimated_value": "190000"}, NOW)
    assert "bond" not in reg.out_of_step(tid)
    reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"status": "winner"}, NOW)
    assert reg.out_of_step(tid)["bond"] == [records.OutOfStep("award_changed")]


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_summary_says_in_words_why_the_bond_must_be_taken_again(reg, lang):
    tid, rows = awarded(reg)
    reg.decide(tid, "bond", ON_THE_OFFER, NOW)
    reg.update_tenderer(rows["Bouwbedrijf Peeters nv"], {"offer": "120000"}, NOW)
    words = {"nl": "Het bedrag waarop", "fr": "Le montant sur lequel", "en": "The amount the"}
    assert words[lang] in summary(reg, tid, lang)
