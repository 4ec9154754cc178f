"""The register: validation messages, every change audited, decisions flagged, search, undo."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.record import replace
from core.rules import bundled_pack
from core.store import search
from core.store.register import Register
from tests.core.document_decisions import compensation_for_models
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def tender(**overrides):
    data = {
        "reference": "2026/017",
        "title": "Renovatie dak sporthal",
        "authority": "local",
        "contract_type": "works",
        "estimated_value": "600000",
        "launch_date": "2026-03-01",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"estimated_value": "-5"}, "estimated_value", "must not be negative"),
        ({"estimated_value": "0"}, "estimated_value", "more than zero"),
        ({"launch_date": "2026-02-30"}, "launch_date", "not a day of the calendar"),
        ({"launch_date": "30/01/2026"}, "launch_date", "YYYY-MM-DD"),
        ({"reference": "  "}, "reference", "is required"),
        ({"contract_type": "goods"}, "contract_type", "is not one of"),
        ({"offers_deadline": "2026-02-01"}, "offers_deadline", "before the launch date"),
        ({"duration_months": 0}, "duration_months", "more than zero months"),
    ],
)
def test_a_bad_tender_is_refused_with_the_message_the_user_sees(reg, overrides, field, words):
    """Each wrong field is named with a message saying what is wrong; nothing is stored."""
    with pytest.raises(ValidationError) as info:
        reg.add_tender(tender(**overrides), NOW)
    assert info.value.field == field and words in info.value.message
    assert search.count(reg.ws, search.Query()) == 0


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"enterprise_number": "0123.456.789"}, "enterprise_number", "bad_check_digits"),
        ({"enterprise_number": "12-AB"}, "enterprise_number", "not_an_enterprise_number"),
        ({"iban": "BE68 5390 0754 7035"}, "iban", "bad_iban_checksum"),
        ({"iban": "BE68 5390 0754"}, "iban", "bad_iban_length"),
        ({"turnover": "-1"}, "turnover", "negative"),
        ({"figures_year": 20250}, "figures_year", "bad_year"),
        ({"email": "aankoop.gent.be"}, "email", "not_an_email"),
        ({"logo": b"GIF89a not a PNG"}, "logo", "not_an_image"),
    ],
)
def test_a_bad_organisation_is_refused(reg, overrides, field, code):
    """Enterprise number and IBAN are checked with their check digits."""
    with pytest.raises(ValidationError) as info:
        reg.add_organisation({"name": "Bouwbedrijf Vermeulen", **overrides}, NOW)
    assert (info.value.field, info.value.code) == (field, code)
    assert info.value.message


def test_valid_identifiers_are_stored_normalised(reg):
    """'BE0123456749' is stored as 0123.456.749 and the IBAN in groups of four."""
    org_id = reg.add_organisation(
        {"name": "Vermeulen", "enterprise_number": "BE0123456749", "iban": "be68539007547034"}, NOW
    )
    org = reg.organisation(org_id)
    assert (org.enterprise_number, org.iban) == ("0123.456.749", "BE68 5390 0754 7034")
    with pytest.raises(ValidationError) as info:
        reg.add_organisation({"name": "Other", "enterprise_number": "0123456749"}, NOW)
    assert info.value.code == "duplicate_enterprise_number"
    assert "Vermeulen" in info.value.message and info.value.params["name"] == "Vermeulen"


def test_money_is_kept_to_the_cent(reg):
    """An estimate of 1234.565 is stored as 123457 cents (half up) and read back exactly."""
    tid = reg.add_tender(tender(estimated_value="1234.565"), NOW)
    assert reg.tender(tid).estimated_value == Decimal("1234.57")
    raw = reg.db.execute("SELECT estimated_value_cents FROM tenders").fetchone()[0]
    assert raw == 123457 and isinstance(raw, int)


def test_every_change_is_in_the_audit_log_with_old_and_new_value(reg):
    """Insert, each changed field with old and new value, and delete are logged."""
    tid = reg.add_tender(tender(), NOW)
    reg.update_tender(tid, tender(estimated_value="650000", title="Dak sporthal"), NOW)
    history = reg.history("tenders", tid)
    assert history[0]["action"] == "insert"
    changes = {(h["field"], h["old"], h["new"]) for h in history if h["action"] == "update"}
    assert changes == {
        ("estimated_value_cents", "60000000", "65000000"),
        ("title", "Renovatie dak sporthal", "Dak sporthal"),
    }
    reg.delete_tender(tid)
    assert reg.history("tenders", tid)[-1]["action"] == "delete"


def test_a_stored_decision_is_recomputed_and_flagged_when_its_input_changes(reg):
    """Raising the estimate above 750,000 changes the simplest procedure; the user is told."""
    tid = reg.add_tender(tender(), NOW)
    stored = reg.decide(
        tid,
        "procedure",
        {
            "launch_date": "2026-03-01",
            "authority": "local",
            "contract_type": "works",
            "estimated_value_excl_vat": "600000",
        },
        NOW,
    )
    assert stored.result["simplest"] == "simplified_negotiated_with_publication"
    assert stored.pack_version == bundled_pack().version
    assert reg.update_tender(tid, tender(notes="phone the architect"), NOW) == []
    assert reg.decisions(tid)[0].state == "current"
    assert reg.update_tender(tid, tender(estimated_value="800000"), NOW) == ["procedure"]
    after = reg.decisions(tid)[0]
    assert (after.state, after.result["simplest"]) == ("recomputed", "open")
    assert after.input["estimated_value_excl_vat"] == "800000.00"
    reg.acknowledge(tid, "procedure")
    assert reg.decisions(tid)[0].state == "current"


def test_a_decision_that_can_no_longer_be_decided_is_flagged_invalid(reg):
    """A launch date moved before 2017-06-30 cannot be decided: invalid, with the reason."""
    tid = reg.add_tender(tender(), NOW)
    reg.decide(
        tid,
        "procedure",
        {
            "launch_date": "2026-03-01",
            "authority": "local",
            "contract_type": "works",
            "estimated_value_excl_vat": "600000",
        },
        NOW,
    )
    reg.update_tender(tid, tender(launch_date="2016-03-01"), NOW)
    after = reg.decisions(tid)[0]
    assert after.state == "invalid" and "2017-06-30" in after.problem
    assert after.result["simplest"] == "simplified_negotiated_with_publication"
    # the date put right: decided again, and the old reason is gone
    reg.update_tender(tid, tender(), NOW)
    again = reg.decisions(tid)[0]
    assert (again.state, again.problem) == ("recomputed", "")


def test_changing_one_field_of_an_organisation_keeps_the_others(reg):
    org = reg.add_organisation(
        {"name": "Bouwbedrijf Vermeulen", "country": "NL", "street": "Markt 1", "city": "Breda"},
        NOW,
    )
    reg.update_organisation(org, {"phone": "+31 76 123 45 67"}, NOW)
    kept = reg.organisation(org)
    assert (kept.country, kept.street, kept.city) == ("NL", "Markt 1", "Breda")


def test_a_tenderer_without_its_company_is_refused_naming_the_field(reg):
    tid = reg.add_tender(tender(), NOW)
    with pytest.raises(ValidationError) as refused:
        reg.add_tenderer({"tender_id": tid}, NOW)
    assert (refused.value.field, refused.value.code) == ("organisation_id", "missing")


def test_delete_can_be_undone_with_everything_the_tender_had(reg):
    """Undo brings back the tender, its tenderers and decisions, and it is found again."""
    buyer = reg.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    firm = reg.add_organisation({"name": "Bouwbedrijf Vermeulen"}, NOW)
    tid = reg.add_tender(tender(buyer_id=buyer), NOW)
    reg.add_tenderer({"tender_id": tid, "organisation_id": firm, "offer": "580000.50"})
    reg.decide(tid, "bond", {"launch_date": "2026-03-01", "award_amount_excl_vat": "580000"}, NOW)
    deleted = reg.delete_tender(tid)
    assert search.count(reg.ws, search.Query(text="vermeulen")) == 0
    assert reg.restore_tender(deleted) == tid
    assert [t.name for t in reg.tenderers(tid)] == ["Bouwbedrijf Vermeulen"]
    assert reg.tenderers(tid)[0].offer == Decimal("580000.50")
    assert [d.kind for d in reg.decisions(tid)] == ["bond"]
    assert search.count(reg.ws, search.Query(text="vermeulen")) == 1


def test_search_finds_reference_title_buyer_and_tenderer_by_prefix(reg):
    """Typing part of a word of any of them finds the tender; accents do not matter."""
    buyer = reg.add_organisation({"name": "Commune de Liège"}, NOW)
    firm = reg.add_organisation({"name": "Entreprise Dupont"}, NOW)
    tid = reg.add_tender(tender(buyer_id=buyer, title="Réfection toiture école"), NOW)
    reg.add_tenderer({"tender_id": tid, "organisation_id": firm})
    reg.add_tender(tender(reference="2026/018", title="Schoolbus"), NOW)
    for typed in ("2026/017", "refect", "toit ecol", "liege", "dupo", "Commune Dup"):
        assert [r.id for r in search.search(reg.ws, search.Query(text=typed))] == [tid], typed
    assert search.count(reg.ws, search.Query(text='"; DROP TABLE tenders; --')) == 0
    reg.update_organisation(firm, {"name": "Dupont & Fils"}, NOW)
    assert search.count(reg.ws, search.Query(text="fils")) == 1


def test_filters_sorting_and_paging_happen_in_sql(reg):
    """Status, year, procedure and type filters; sort by value both ways; pages of 2."""
    for n, (value, year, status) in enumerate(
        [
            ("100", 2025, "draft"),
            ("300", 2026, "draft"),
            ("200", 2026, "awarded"),
            ("400", 2026, "draft"),
        ]
    ):
        reg.add_tender(
            tender(
                reference=f"R{n}",
                estimated_value=value,
                launch_date=f"{year}-05-01",
                status=status,
                procedure="open",
            ),
            NOW,
        )
    q = search.Query(
        status="draft",
        year=2026,
        procedure="open",
        contract_type="works",
        sort="estimated_value",
        descending=False,
        limit=2,
    )
    assert [r.reference for r in search.search(reg.ws, q)] == ["R1", "R3"]
    assert search.count(reg.ws, q) == 2
    every = search.Query(sort="estimated_value", descending=True, limit=2)
    first = search.search(reg.ws, every)
    second = search.search(reg.ws, replace(every, after=first[-1].key))
    assert [r.reference for r in first + second] == ["R3", "R1", "R2", "R0"]
    assert search.search(reg.ws, search.Query(sort="no such column; --"))  # falls back


def test_bid_compensation_follows_the_tenderers(reg):
    """Marking a tenderer the winner recomputes the stored bid compensation and flags it."""
    tid = reg.add_tender(tender(procedure="restricted", required_items=["models"]), NOW)
    firms = [reg.add_organisation({"name": name}, NOW) for name in ("Alfa", "Beta", "Gamma")]
    rows = [reg.add_tenderer({"tender_id": tid, "organisation_id": f}, NOW) for f in firms]
    stored = compensation_for_models(reg, tid, "2000", NOW)
    assert stored.result["total"] == "6000.00"
    assert reg.update_tenderer(rows[0], {"status": "winner"}, NOW) == ["bid_compensation"]
    after = reg.decisions(tid)[0]
    assert after.state == "recomputed"
    assert after.result["amounts"][str(rows[0])] == "0.00"
    assert after.result["total"] == "4000.00"
    reg.remove_tenderer(rows[2], NOW)
    assert reg.decisions(tid)[0].result["total"] == "2000.00"


def test_a_recomputed_decision_is_dated_when_the_change_was_made(reg):
    tid = reg.add_tender(tender(procedure="restricted", required_items=["models"]), NOW)
    firm = reg.add_organisation({"name": "Alfa"}, NOW)
    row = reg.add_tenderer({"tender_id": tid, "organisation_id": firm}, NOW)
    compensation_for_models(reg, tid, "2000", NOW)
    later = datetime(2026, 12, 3, 16, 45)
    assert reg.update_tenderer(row, {"status": "winner"}, later) == ["bid_compensation"]
    assert reg.decisions(tid)[0].decided_at == "2026-12-03T16:45:00"


def test_a_tenderer_cannot_be_moved_to_another_tender(reg):
    first = reg.add_tender(tender(), NOW)
    second = reg.add_tender(tender(reference="2026/018"), NOW)
    row = reg.add_tenderer(
        {"tender_id": first, "organisation_id": reg.add_organisation({"name": "Alfa"}, NOW)},
        NOW,
    )
    with pytest.raises(ValidationError) as refused:
        reg.update_tenderer(row, {"tender_id": second, "status": "winner"}, NOW)
    assert (refused.value.field, refused.value.code) == ("tender_id", "fixed")
    assert "cannot move to another tender" in refused.value.message
    kept = reg.tenderer(row)
    assert (kept.tender_id, kept.status) == (first, "submitted")
    assert reg.tenderers(second) == []


def test_decisions_name_tenderers_by_id_so_equal_names_stay_apart(reg):
    """Two companies named alike are two tenderers (their ids); withdrawn ones are left out,
    and a ranking of the two can be decided."""
    tid = reg.add_tender(
        tender(contract_type="supplies", estimated_value="80000", price_only=True), NOW
    )
    ids = []
    for name, status, offer in (
        ("ACME nv", "submitted", "500000"),
        ("ACME nv", "winner", "480000"),
        ("Alfa", "withdrawn", "1"),
    ):
        org = reg.add_organisation({"name": name}, NOW)
        data = {"tender_id": tid, "organisation_id": org, "status": status, "offer": offer}
        ids.append(reg.add_tenderer(data, NOW))
    assert reg.decision_tenderers(tid) == [
        {"id": str(ids[0]), "status": "not_selected"},
        {"id": str(ids[1]), "status": "winner"},
    ]
    data = {
        "launch_date": "2026-03-01",
        "procedure": "open",
        "authority": "local",
        "contract_type": "supplies",
        "estimated_value_excl_vat": "80000",
        "price_only": True,
        "offers": reg.decision_offers(tid),
    }
    places = reg.decide(tid, "provisional_ranking", data, NOW).result["places"]
    assert places == [{"id": str(ids[1]), "place": 1}, {"id": str(ids[0]), "place": 2}]


def test_ranking_places_follow_the_offers(reg):
    """A new price recomputes the stored ranking; withdrawn offers and missing prices are out."""
    basics = {"contract_type": "supplies", "estimated_value": "80000", "procedure": "open"}
    tid = reg.add_tender(tender(**basics, price_only=True), NOW)
    rows = {}
    for name, offer, status in (
        ("Alfa", "41000", "submitted"),
        ("Beta", "39500", "submitted"),
        ("Gamma", None, "submitted"),
        ("Delta", "20000", "withdrawn"),
    ):
        org = reg.add_organisation({"name": name}, NOW)
        rows[name] = reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "offer": offer, "status": status}, NOW
        )
    data = {
        "launch_date": "2026-03-01",
        "procedure": "open",
        "authority": "local",
        "contract_type": "supplies",
        "estimated_value_excl_vat": "80000",
        "price_only": True,
        "offers": reg.decision_offers(tid),
    }
    stored = reg.decide(tid, "provisional_ranking", data, NOW)
    key = {name: str(row) for name, row in rows.items()}
    assert stored.result["places"] == [
        {"id": key["Beta"], "place": 1},
        {"id": key["Alfa"], "place": 2},
    ]
    assert reg.update_tenderer(rows["Gamma"], {"offer": "30000"}, NOW) == ["provisional_ranking"]
    after = reg.decisions(tid)[0]
    assert after.state == "recomputed"
    assert [p["id"] for p in after.result["places"]] == [key[n] for n in ("Gamma", "Beta", "Alfa")]


def test_the_year_filter_runs_from_1_january_to_31_december(reg):
    """Filtering on 2025 shows the tenders of 01/01/2025 and 31/12/2025, none of the day
    before or the day after; the years offered are those with tenders."""
    from core.store.facets import launch_years

    days = {"A": "2024-12-31", "B": "2025-01-01", "C": "2025-12-31", "D": "2026-01-01"}
    for reference, day in days.items():
        reg.add_tender(tender(reference=reference, launch_date=day), NOW)
    by_year = {
        year: sorted(r.reference for r in search.search(reg.ws, search.Query(year=year)))
        for year in (2024, 2025, 2026)
    }
    assert by_year == {2024: ["A"], 2025: ["B", "C"], 2026: ["D"]}
    assert search.count(reg.ws, search.Query(year=2025)) == 2
    assert launch_years(reg.ws) == [2026, 2025, 2024]


def test_another_procedure_drops_the_ground_of_the_one_before(reg):
    """A ground belongs to its procedure: changing the procedure alone leaves none chosen;
    changing both keeps the one given."""
    tid = reg.add_tender(
        tender(
            procedure="competitive_negotiation", procedure_basis="competitive_negotiation_value"
        ),
        NOW,
    )
    reg.update_tender(tid, {"procedure": "open"}, NOW)
    assert (reg.tender(tid).procedure, reg.tender(tid).procedure_basis) == ("open", None)
    reg.update_tender(
        tid,
        {
            "procedure": "competitive_negotiation",
            "procedure_basis": "competitive_negotiation_value",
        },
        NOW,
    )
    assert reg.tender(tid).procedure_basis == "competitive_negotiation_value"
