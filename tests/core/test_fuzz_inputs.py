"""Arbitrary text, numbers and JSON at every entry point: an answer or a clean refusal.

The command line is called in-process (``main(argv)``): every run ends with exit code 0, 1
or 2 and never raises. Every ``from_mapping`` (requests and register records) gives a value
or a ValidationError, never another exception.
"""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.decisions import CHECKS
from core.documents import KINDS
from core.errors import ValidationError
from core.rules import bundled_pack
from core.store.model import Organisation, Tender, Tenderer
from core.store.register import Register
from main import main
from tests.workspaces import new_workspace

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written in the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
NOW = datetime(2026, 11, 22, 10)

numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1e999", "1e-999", "9.2e16", "0.001", "１２３", "١٢٣", "1.234", "-0"]),
    st.sampled_from([10**12, 10**17, "92000000000000000", "999999999999.99", "1000000000000"]),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    numbers,
    st.text(max_size=30),
    st.sampled_from(["2026-03-01", "2026-02-30", "1999-01-01", "2099-12-31", "works", "local"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=12,
)
KEYS = sorted(
    {
        "launch_date", "authority", "contract_type", "estimated_value_excl_vat", "procedure",
        "contractor_size", "amount_incl_vat", "duration_months", "monthly_value_incl_vat",
        "required_items", "documents_amount", "documents_percentage", "tenderers", "offers",
        "price_only", "staff_awu", "turnover", "balance_sheet_total", "award_amount_excl_vat",
        "parts", "lots", "reference", "title", "estimated_value", "name", "enterprise_number",
        "iban", "bic", "email", "tender_id", "organisation_id", "offer", "status", "notes",
    }
)  # fmt: skip
BASE = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "works",
    "estimated_value_excl_vat": "150000",
    "procedure": "open",
    "contractor_size": "small",
    "amount_incl_vat": "49610",
    "duration_months": "18",
}
inputs = st.one_of(
    json_values,
    st.builds(lambda key, value: {**BASE, key: value}, st.sampled_from(sorted(BASE)), numbers),
    st.builds(lambda extra: {**BASE, **extra}, st.dictionaries(st.sampled_from(KEYS), json_values)),
)


def _json(value: object) -> str:
    return json.dumps(value, default=str)


def exit_code(argv: list[str]) -> int:
    """The command's exit code; argparse's refusal (usage on stderr) is exit 2 too."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.fixture(autouse=True)
def no_user_settings(monkeypatch, tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("TENDER_DESK_CONFIG", str(folder / "settings.toml"))


@FUZZ
@given(check=st.sampled_from(sorted(CHECKS)), data=inputs)
def test_every_request_parser_answers_or_refuses(check, data):
    try:
        result = CHECKS[check].run(data, bundled_pack())
    except ValidationError as exc:
        assert exc.field and exc.message
    else:
        assert result.rule_version.startswith(bundled_pack().id)


@FUZZ
@given(record=st.sampled_from([Tender, Organisation, Tenderer]), data=inputs)
def test_every_record_parser_answers_or_refuses(record, data):
    try:
        result = record.from_mapping(data)
    except ValidationError as exc:
        assert exc.field and exc.message
    else:
        assert isinstance(result, record)


@FUZZ
@given(check=st.sampled_from(sorted(CHECKS)), data=inputs, raw=st.text(max_size=40))
def test_decide_exits_cleanly(check, data, raw, capsys):
    assert exit_code(["decide", check, _json(data), "--lang", "nl"]) in (0, 1, 2)
    assert exit_code(["decide", check, raw, "--json"]) in (0, 1, 2)
    capsys.readouterr()


cases = st.lists(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "id": st.text(max_size=10),
                "check": st.sampled_from([*sorted(CHECKS), "nope"]),
                "input": inputs,
                "expect": st.dictionaries(st.text(max_size=10), json_values, max_size=3),
            }
        ),
    ),
    max_size=3,
)


@FUZZ
@given(
    doc=st.one_of(
        json_values, st.builds(lambda c: {"format": "tender-scenarios/1", "cases": c}, cases)
    )
)
def test_scenarios_exit_cleanly(doc, capsys):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.json"
        path.write_text(_json(doc), encoding="utf-8")
        assert exit_code(["scenarios", str(path)]) in (0, 1, 2)
    capsys.readouterr()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "w.sqlite"
    with new_workspace(path, now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        tid = reg.add_tender(
            {
                "reference": "2026/017",
                "title": "Dak",
                "authority": "local",
                "contract_type": "works",
                "estimated_value": "150000",
                "launch_date": "2026-03-01",
            },
            NOW,
        )
        reg.decide(tid, "procedure", {**BASE, "estimated_value_excl_vat": "150000"}, NOW)
    return path


@settings(FUZZ, max_examples=25)
@given(
    tender=st.one_of(st.text(max_size=20), st.sampled_from(["2026/017", "1", "0", "-1"])),
    kind=st.sampled_from(sorted(KINDS)),
    issued=st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["2026-11-22"])),
)
def test_export_pdf_exits_cleanly(workspace, tender, kind, issued, capsys):
    with tempfile.TemporaryDirectory() as out:
        argv = ["export-pdf", "--db", str(workspace), "--document", kind, "--out", out]
        argv += ["--tender=" + tender] + (["--issued=" + issued] if issued is not None else [])
        assert exit_code(argv) in (0, 1, 2)
    capsys.readouterr()


@pytest.mark.parametrize("tender", ["¹", "²3", "٣", "99999999999999999999", "1e3"])
def test_export_pdf_of_a_tender_number_not_in_plain_digits_is_not_found(workspace, tender, capsys):
    """A superscript or Arabic-Indic digit, or a number SQLite cannot hold, names no tender:
    exit 2 and the message any unknown tender gets, not a traceback (hypothesis once found
    "¹" crashing ``int``)."""
    with tempfile.TemporaryDirectory() as out:
        argv = ["export-pdf", "--db", str(workspace), "--document", "summary", "--out", out]
        assert exit_code(argv + ["--tender=" + tender]) == 2
    assert f"no tender with reference or number {tender!r}" in capsys.readouterr().err
