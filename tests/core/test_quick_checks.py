"""Quick checks: every form's fields are what its check reads, a filled form decides as
``main.py decide`` does, and the company's profile fills what it knows."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from commands import decide
from core.company.profile import read_profile, save_profile
from core.company.quick import FORMS, prefill, run
from core.names import CHECKS
from core.rules import bundled_pack
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
TYPED = {
    "date": "2026-03-01",
    "amount": "180000",
    "months": "24",
    "flag": True,
}


def filled(check: str) -> dict:
    """Every field of the form filled as a user would: the first code, the values above."""
    data = {}
    for field in FORMS[check]:
        if field.kind == "code":
            data[field.name] = field.codes[0]
        elif field.kind == "codes":
            data[field.name] = [field.codes[0]]
        else:
            data[field.name] = TYPED[field.kind]
    if check == "advance":
        data |= {"procedure": "open", "contractor_size": "small"}
    return data


def test_every_check_but_the_estimate_has_a_form():
    assert set(FORMS) == set(CHECKS) - {"estimate"}


@pytest.mark.parametrize("check", sorted(FORMS))
def test_a_filled_form_decides_as_main_py_decide(check):
    data = filled(check)
    result = run(check, data, bundled_pack())
    out = io.StringIO()
    args = argparse.Namespace(check=check, input=json.dumps(data), rules=None, json=True, lang="en")
    assert decide.run(args, out) == 0
    printed = json.loads(out.getvalue())
    printed.pop("rule_pack")
    assert json.loads(json.dumps(result.to_dict(), default=str)) == printed


@pytest.mark.parametrize("check", sorted(FORMS))
def test_a_form_without_its_required_fields_is_refused(check):
    from core.errors import ValidationError

    required = [f for f in FORMS[check] if not f.optional and f.kind != "flag"]
    data = filled(check)
    del data[required[-1].name]
    with pytest.raises(ValidationError):
        run(check, data, bundled_pack())


def test_the_profile_fills_the_size_and_the_figures(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    save_profile(
        reg,
        None,
        {
            "name": "Dupont",
            "staff_awu": "12",
            "turnover": "1800000",
            "balance_sheet_total": "900000",
        },
        {},
        NOW,
    )
    values = prefill(read_profile(reg), reg.pack, date(2026, 11, 22))
    assert values["launch_date"] == date(2026, 11, 22)
    assert values["contractor_size"] == "small"
    assert values["turnover"] == Decimal("1800000.00")
    assert prefill(None, reg.pack, date(2026, 11, 22)) == {"launch_date": date(2026, 11, 22)}
    ws.close()
