"""The advance request read back: signed before 1 February 2024, no signature needed after."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from core.documents import gather, render
from core.rules import bundled_pack
from core.store.register import Register
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
#: what a reader must find, per language: the sentence that it must be signed and the block
SIGNED = {
    "nl": (
        "Deze aanvraag moet gedateerd en ondertekend worden: voor opdrachten gelanceerd vóór "
        "01/02/2024 moet de opdrachtnemer de schriftelijke aanvraag van het voorschot "
        "ondertekenen.",
        ("Naam", "Functie", "Datum", "Handtekening"),
    ),
    "fr": (
        "Cette demande doit être datée et signée : pour les marchés lancés avant le 01/02/2024, "
        "la demande écrite d'avance doit porter la signature de l'adjudicataire.",
        ("Nom", "Fonction", "Date", "Signature"),
    ),
}
#: the sentence that the signature is no longer required
UNSIGNED = {
    "nl": "voor opdrachten gelanceerd vanaf 01/02/2024 hoeft de schriftelijke aanvraag van het "
    "voorschot niet langer ondertekend te worden.",
    "fr": "pour les marchés lancés à partir du 01/02/2024, la signature de la demande écrite "
    "d'avance n'est plus requise.",
}


@pytest.fixture(scope="module")
def tenders(tmp_path_factory):
    """Two tenders alike but for their launch date, the day before and the day of the change."""
    ws = new_workspace(tmp_path_factory.mktemp("sig") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    buyer = reg.add_organisation(
        {"name": "Ville de Namur", "street": "Hôtel de Ville", "postcode": "5000", "city": "Namur"},
        NOW,
    )
    firm = reg.add_organisation(
        {
            "name": "Imprimerie Dubois srl",
            "size_class": "micro",
            "iban": "BE68 5390 0754 7034",
            "enterprise_number": "0403.170.701",
            "city": "Gembloux",
        },
        NOW,
    )
    out = {}
    for launch in ("2024-01-31", "2024-02-01"):
        tid = reg.add_tender(
            {
                "reference": f"S-{launch}",
                "title": "Impression",
                "authority": "local",
                "contract_type": "supplies",
                "estimated_value": "40000",
                "launch_date": launch,
                "duration_months": "3",
                "buyer_id": buyer,
                "procedure": "open",
            },
            NOW,
        )
        reg.add_tenderer({"tender_id": tid, "organisation_id": firm, "status": "winner"}, NOW)
        reg.decide(
            tid,
            "advance",
            {
                "launch_date": launch,
                "authority": "local",
                "contract_type": "supplies",
                "procedure": "open",
                "contractor_size": "micro",
                "amount_incl_vat": "48400",
                "duration_months": "3",
            },
            NOW,
        )
        out[launch] = tid
    yield reg, out
    ws.close()


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_a_request_before_1_february_2024_has_a_signature_block(tenders, lang):
    reg, tids = tenders
    (item,) = render("advance-request", gather(reg, tids["2024-01-31"]), lang, ISSUED)
    text = pdf_text(item.data)
    sentence, labels = SIGNED[lang]
    assert sentence in text
    for label in labels:
        assert label in text
    assert UNSIGNED[lang] not in text


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_a_request_from_1_february_2024_says_the_signature_is_no_longer_required(tenders, lang):
    reg, tids = tenders
    (item,) = render("advance-request", gather(reg, tids["2024-02-01"]), lang, ISSUED)
    text = pdf_text(item.data)
    assert UNSIGNED[lang] in text
    assert SIGNED[lang][0] not in text
    assert SIGNED[lang][1][1] not in text  # no "Function" line of a signature block
    assert "ne doit pas être signée" not in text  # "must not be signed" is wrong


def test_a_decision_stored_before_the_answer_existed_asks_a_signature(tenders):
    """A stored advance without ``signature_required`` (an older workspace): signing is asked,
    never "no signature needed", which may be wrong for an early contract."""
    reg, tids = tenders
    tid = tids["2024-02-01"]
    row = reg.ws.conn.execute(
        "SELECT id, result_json FROM decisions WHERE tender_id = ? AND kind = 'advance'", [tid]
    ).fetchone()
    old = next(d.result for d in reg.decisions(tid) if d.kind == "advance")  # the plain form
    del old["signature_required"]
    old["applied"] = [
        a for a in old["applied"] if a["rule"] != "advance_request_signature_required"
    ]
    with reg.ws.transaction():
        reg.ws.conn.execute(
            "UPDATE decisions SET result_json = ? WHERE id = ?", [json.dumps(old), row[0]]
        )
    try:
        text = pdf_text(render("advance-request", gather(reg, tid), "fr", ISSUED)[0].data)
        assert "Cette demande doit être datée et signée." in text
        assert UNSIGNED["fr"] not in text
    finally:
        with reg.ws.transaction():
            reg.ws.conn.execute(
                "UPDATE decisions SET result_json = ? WHERE id = ?", [row[1], row[0]]
            )
