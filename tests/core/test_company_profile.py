"""My company: chosen among the register's organisations, its contact person kept with it,
its size class from the engine, old figures and missing fields said."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from core.company.profile import company_id, read_profile, save_profile
from core.decisions import CHECKS
from core.errors import ValidationError
from core.rules import bundled_pack
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
#: the Walloon company of the issue: 12 staff, € 1.8 million turnover
WALLOON = {
    "name": "Menuiserie Dupont SRL",
    "enterprise_number": "0403.170.701",
    "street": "Rue de la Gare 12",
    "postcode": "5000",
    "city": "Namur",
    "iban": "BE68 5390 0754 7034",
    "bic": "GEBABEBB",
    "staff_awu": "12",
    "turnover": "1800000",
    "balance_sheet_total": "900000",
    "figures_year": 2025,
}
CONTACT = {"name": "Claire Dupont", "function": "gérante", "email": "claire@dupont.be"}


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def test_no_company_until_one_is_chosen(reg):
    reg.add_organisation({"name": "Gemeente Gent"}, NOW)
    assert read_profile(reg) is None


def test_a_new_company_is_stored_with_its_contact_and_read_back(reg):
    org_id = save_profile(reg, None, WALLOON, CONTACT, NOW)
    profile = read_profile(reg)
    assert profile.organisation.id == org_id
    assert profile.organisation.enterprise_number == "0403.170.701"
    assert profile.organisation.turnover == Decimal("1800000.00")
    assert profile.contact.name == "Claire Dupont"
    assert profile.contact.function == "gérante"
    assert profile.missing() == ()


def test_its_size_class_is_the_engines_answer_for_its_figures(reg):
    save_profile(reg, None, WALLOON, CONTACT, NOW)
    pack = bundled_pack()
    size = read_profile(reg).size(pack)
    expected = CHECKS["sme_class"].run(
        {"staff_awu": "12", "turnover": "1800000", "balance_sheet_total": "900000"}, pack
    )
    assert size.size == expected.size == "small"
    assert size.decided_by == "turnover"


def test_a_company_without_figures_has_the_class_chosen_by_hand(reg):
    org = reg.add_organisation({"name": "Solo", "size_class": "micro"}, NOW)
    save_profile(reg, org, None, {}, NOW)
    profile = read_profile(reg)
    assert profile.size(bundled_pack()) is None
    assert profile.size_class(bundled_pack()) == "micro"


@pytest.mark.parametrize(
    ("year", "today", "outdated"),
    [
        (2025, date(2026, 11, 22), False),  # the last closed year
        (2024, date(2026, 11, 22), True),
        (2025, date(2027, 1, 1), True),  # 2026 closed on new year's eve
        (None, date(2026, 11, 22), True),
    ],
)
def test_figures_older_than_the_last_closed_year_are_outdated(reg, year, today, outdated):
    save_profile(reg, None, {**WALLOON, "figures_year": year}, CONTACT, NOW)
    assert read_profile(reg).figures_outdated(today) is outdated


def test_what_a_letter_would_miss_is_named(reg):
    bare = {"name": "Nouvelle SRL", "city": "Liège"}
    save_profile(reg, None, bare, {}, NOW)
    assert read_profile(reg).missing() == (
        "enterprise_number",
        "street",
        "postcode",
        "iban",
        "bic",
        "contact_name",
    )


def test_an_existing_organisation_becomes_my_company_and_can_change(reg):
    other = reg.add_organisation({"name": "Other"}, NOW)
    mine = reg.add_organisation({"name": "Mine"}, NOW)
    save_profile(reg, mine, None, CONTACT, NOW)
    assert company_id(reg.ws) == mine
    save_profile(reg, mine, {"city": "Namur"}, {"name": "Jean"}, NOW)
    profile = read_profile(reg)
    assert (profile.organisation.name, profile.organisation.city) == ("Mine", "Namur")
    assert profile.contact.name == "Jean" and profile.contact.email == ""
    assert company_id(reg.ws) != other


def test_a_bad_enterprise_number_is_refused_and_nothing_is_written(reg):
    with pytest.raises(ValidationError) as caught:
        save_profile(reg, None, {**WALLOON, "enterprise_number": "0403.170.702"}, CONTACT, NOW)
    assert caught.value.field == "enterprise_number"
    assert read_profile(reg) is None
    assert reg.ws.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0


def test_a_deleted_company_is_no_longer_mine(reg):
    org = save_profile(reg, None, WALLOON, CONTACT, NOW)
    reg.delete_organisation(org)
    assert read_profile(reg) is None
