"""Hostile input on the command line and in amounts: a clear refusal, never a traceback."""

from __future__ import annotations

import json
import os
import threading
from decimal import Decimal

import pytest

from core.decisions import inputs
from core.errors import RulePackError, ValidationError
from core.limits import MAX_AMOUNT
from core.money import parse_amount, plain_decimal
from core.rules import load_pack
from core.store.model import Tender
from main import main
from tests.workspaces import new_workspace

CASE = {
    "launch_date": "2026-03-01",
    "authority": "local",
    "contract_type": "services",
    "estimated_value_excl_vat": "141500",
}


@pytest.fixture(autouse=True)
def no_user_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("TENDER_DESK_CONFIG", str(tmp_path / "none" / "settings.toml"))


def decide(raw: str, capsys) -> tuple[int, str, str]:
    code = main(["decide", "procedure", raw, "--lang", "en"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- point 15: amounts --------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["92000000000000000", Decimal("9.2E16"), 10**13, "1000000000000", Decimal("1E999")],
)
def test_an_amount_past_the_bound_is_refused_with_the_bound_named(raw):
    with pytest.raises(ValidationError) as caught:
        inputs.amount({"estimated_value": raw}, "estimated_value")
    assert caught.value.code == "too_large"
    assert "999,999,999,999.99" in caught.value.message


def test_the_largest_amount_is_accepted_and_saved(tmp_path):
    from datetime import datetime

    from core.rules import bundled_pack
    from core.store.register import Register

    now = datetime(2026, 3, 1)
    with new_workspace(tmp_path / "w.sqlite", now=now) as ws:
        reg = Register(ws, bundled_pack())
        data = {
            "reference": "R1",
            "title": "T",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": str(MAX_AMOUNT),
            "launch_date": "2026-03-01",
        }
        tid = reg.add_tender(data, now)
        assert reg.tender(tid).estimated_value == MAX_AMOUNT
        with pytest.raises(ValidationError):
            reg.add_tender({**data, "reference": "R2", "estimated_value": "9.2e16"}, now)
        with pytest.raises(ValidationError):
            reg.add_tender({**data, "reference": "R2", "estimated_value": "92000000000000000"}, now)


@pytest.mark.parametrize("raw", [Decimal("1E-999"), "0.0000001", Decimal("0.001")])
def test_a_positive_amount_below_a_cent_is_not_more_than_zero(raw):
    with pytest.raises(ValidationError):
        inputs.amount({"offer": raw}, "offer")


@pytest.mark.parametrize(
    "typed",
    ["١٢٣٤", "１２３４", "１２３４,５６", "12٣4", "۱۲۳", "१२३", "12\u0663", "1.234,5٦"],
)
def test_digits_of_other_scripts_are_refused_everywhere(typed):
    with pytest.raises(ValidationError):
        parse_amount(typed)
    with pytest.raises(ValidationError):
        plain_decimal(typed, "amount")
    with pytest.raises(ValidationError):
        Tender.from_mapping(
            {
                "reference": "R",
                "title": "T",
                "authority": "local",
                "contract_type": "works",
                "estimated_value": typed,
                "launch_date": "2026-03-01",
            }
        )


@pytest.mark.parametrize("typed", ["1 000 000 000 000", "1.000.000.000.000,00", "9,2e16"])
def test_a_typed_amount_past_the_bound_is_refused(typed):
    with pytest.raises(ValidationError):
        parse_amount(typed)


@pytest.mark.parametrize(
    "value, refused",
    [
        ("1e999", "too large"),
        ("1e-999", "more than 6 decimals"),
        ("NaN", "not a number the app accepts"),
        ("Infinity", "not a number the app accepts"),
        ("-Infinity", "not a number the app accepts"),
        ("9" * 5000, "usable JSON"),
    ],
)
def test_decide_refuses_unquoted_numbers_it_cannot_use(value, refused, capsys):
    raw = json.dumps(CASE).replace('"141500"', value)
    code, out, err = decide(raw, capsys)
    assert code in (1, 2)
    assert out == ""
    assert refused in err and "Traceback" not in err


# -- point 16: files ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-be", "utf-8"])
def test_decide_reads_a_file_in_utf16_or_with_a_bom(encoding, tmp_path, capsys):
    path = tmp_path / "case.json"
    text = json.dumps({**CASE, "note": "Sint-Jözef"})
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    code, out, err = decide("@" + str(path), capsys)
    assert code == 0, err
    assert out.startswith("Procedure choice")


def test_utf16_without_bom_is_refused_clearly(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_bytes(json.dumps(CASE).encode("utf-16-le"))
    code, out, err = decide("@" + str(path), capsys)
    assert code == 2
    assert "not text in UTF-8 or UTF-16" in err or "not JSON" in err


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deep_json_is_refused_in_decide_and_scenarios(depth, tmp_path, capsys):
    deep = "[" * depth + "]" * depth
    code, out, err = decide(deep, capsys)
    assert code == 2 and "nested more than" in err
    path = tmp_path / "s.json"
    path.write_text('{"format": "tender-scenarios/1", "cases": ' + deep + "}", encoding="utf-8")
    assert main(["scenarios", str(path)]) == 2
    assert "nested more than" in capsys.readouterr().err


def test_brackets_inside_strings_do_not_count_as_nesting(capsys):
    code, out, err = decide(json.dumps({**CASE, "x": "[" * 1000}), capsys)
    assert "nested" not in err


def test_a_deep_rule_pack_is_refused(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="nested more than"):
        load_pack(path)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused_unread_as_rule_pack_and_input(device, capsys):
    with pytest.raises(RulePackError, match="not a regular file"):
        load_pack(device)
    code, _, err = decide("@" + device, capsys)
    assert code == 2 and "not a regular file" in err
    assert main(["--rules", device, "decide", "procedure", json.dumps(CASE)]) == 2
    assert main(["scenarios", device]) == 2


def test_a_huge_file_is_refused_by_its_size(tmp_path, capsys):
    path = tmp_path / "huge.toml"
    with open(path, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(RulePackError, match="too large"):
        load_pack(path)
    code, _, err = decide("@" + str(path), capsys)
    assert code == 2 and "too large" in err


def test_a_fifo_is_refused_without_hanging(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = {}

    def run():
        try:
            load_pack(fifo)
        except RulePackError as exc:
            result["pack"] = str(exc)
        result["decide"] = main(["decide", "procedure", "@" + str(fifo)])
        result["scenarios"] = main(["scenarios", str(fifo)])

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so the test run ends
        with open(fifo, "w") as handle:
            handle.write("{}")
        pytest.fail("reading a FIFO hung")
    assert "not a regular file" in result["pack"]
    assert result["decide"] == 2 and result["scenarios"] == 2


def test_a_folder_and_a_missing_file_are_refused(tmp_path, capsys):
    assert decide("@" + str(tmp_path), capsys)[0] == 2
    code, _, err = decide("@" + str(tmp_path / "nope.json"), capsys)
    assert code == 2 and "cannot be read" in err


# -- point 18: lengths of typed fields ------------------------------------------------------

TENDER = {
    "reference": "R1",
    "title": "T",
    "authority": "local",
    "contract_type": "works",
    "estimated_value": "1000",
    "launch_date": "2026-03-01",
}


@pytest.mark.parametrize(
    "field, longest",
    [("reference", 80), ("title", 500), ("leading_official", 200), ("notes", 20_000)],
)
def test_a_tender_text_past_its_length_is_refused_with_the_limit(field, longest):
    assert getattr(Tender.from_mapping({**TENDER, field: "x" * longest}), field) == "x" * longest
    with pytest.raises(ValidationError) as caught:
        Tender.from_mapping({**TENDER, field: "x" * (longest + 1)})
    assert caught.value.field == field and caught.value.code == "too_long"
    assert f"at most {longest:,}" in caught.value.message


def test_an_organisation_name_past_its_length_is_refused():
    from core.store.model import Organisation

    assert Organisation.from_mapping({"name": "n" * 200}).name == "n" * 200
    with pytest.raises(ValidationError, match="at most 200"):
        Organisation.from_mapping({"name": "n" * 10_000})


@pytest.mark.parametrize("raw", ["x" * 1_000_000, ["1"] * 100_000, "1" * 100_000])
def test_a_refusal_quotes_only_the_start_of_a_huge_value(raw):
    with pytest.raises(ValidationError) as caught:
        inputs.amount({"offer": raw}, "offer")
    assert len(caught.value.message) < 200
