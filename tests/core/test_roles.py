"""The role: what a buyer, a company and a trainer see, and the setting that keeps it."""

from __future__ import annotations

import pytest

from core import settings as st
from core.roles import PAGES, ROLES, VIEWS, view_of


def test_every_role_has_a_view_whose_pages_are_known_and_in_tab_order():
    assert set(VIEWS) == set(ROLES)
    for view in VIEWS.values():
        assert view.first_page in view.pages
        assert list(view.pages) == [p for p in PAGES if p in view.pages]


def test_a_company_sees_its_offers_first_and_not_the_buyers_register():
    company = view_of("company")
    assert company.first_page == "offers"
    assert not company.shows("register")
    assert company.shows("company") and company.shows("checks")
    assert company.starts_with == "offer"


def test_a_buyer_sees_the_register_and_no_company_page():
    buyer = view_of("buyer")
    assert buyer.first_page == "register"
    assert not {"offers", "company", "checks"} & set(buyer.pages)


def test_a_trainer_sees_both_sides():
    assert set(view_of("training").pages) == set(PAGES)


def test_a_role_not_chosen_yet_sees_what_a_buyer_sees():
    assert view_of(None) == view_of("buyer")


def test_the_role_is_a_setting_kept_in_the_file(tmp_path):
    path = tmp_path / "settings.toml"
    assert st.defaults(lambda: "en_GB").role is None
    st.save(st.defaults(lambda: "en_GB").with_value("role", "Company"), path)
    assert 'role = "company"' in path.read_text(encoding="utf-8")
    assert st.load(path, lambda: "en_GB").settings.role == "company"


def test_an_unknown_role_is_refused_with_the_choices():
    with pytest.raises(st.SettingError) as caught:
        st.defaults(lambda: "en_GB").with_value("role", "seller")
    assert caught.value.code == "not_a_role"
    assert "buyer, company, training" in caught.value.reason
