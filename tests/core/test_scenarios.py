"""The scenario runner: the public examples pass, and bad files or cases are reported."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "scenarios" / "examples.json"
#: the public examples, kept in the checkout so that they run wherever it is
EXAMPLES = ROOT / "tests" / "scenarios" / "examples.json"
OWN = sorted(p for p in (ROOT / "tests" / "scenarios").glob("*.json") if p != EXAMPLES)


def scenarios_process(*files):
    """``python main.py scenarios FILE…`` as a user runs it: exit code, stdout, stderr."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "scenarios", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


def scenarios(*files):
    """The same command called in this process (``main(argv)``), for the tests of what it
    prints: a new interpreter per test cost 0.1 s of CPU each, for the same lines."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["scenarios", *map(str, files)])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the checkout")
def test_the_kept_public_examples_are_those_of_shared():
    """When ../shared is there, tests/scenarios/examples.json is the same file."""
    assert EXAMPLES.read_bytes() == SHARED.read_bytes(), "copy ../shared/scenarios/examples.json"


def test_public_examples_all_pass():
    """python main.py scenarios examples.json prints 43 passed, 0 failed and exits 0."""
    code, out, err = scenarios_process(EXAMPLES)
    assert out.splitlines()[-1] == "43 passed, 0 failed", out + err
    assert code == 0
    assert "Traceback" not in err


@pytest.mark.parametrize("path", OWN, ids=[p.name for p in OWN])
def test_project_scenario_files_pass(path):
    """The project's own answer keys pass."""
    code, out, err = scenarios(path)
    assert code == 0, out + err
    assert out.splitlines()[-1].endswith(" 0 failed")


def write(tmp_path, name, doc):
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


CASE = {
    "id": "c1",
    "check": "sme_class",
    "input": {"staff_awu": "9", "turnover": "1", "balance_sheet_total": "1"},
    "expect": {"size": "micro"},
}


def test_a_wrong_expectation_prints_the_fail_line_and_exits_1(tmp_path):
    """FAIL <id>: <key>: expected <x>, got <y>, then the count, exit status 1."""
    bad = {**CASE, "id": "c2", "expect": {"size": "small"}}
    code, out, _ = scenarios(
        write(tmp_path, "f.json", {"format": "tender-scenarios/1", "cases": [CASE, bad]})
    )
    assert out.splitlines() == [
        "ok c1",
        'FAIL c2: size: expected "small", got "micro"',
        "1 passed, 1 failed",
    ]
    assert code == 1


def test_a_validation_error_in_a_case_is_shown_not_a_traceback(tmp_path):
    """An unexpected validation error fails the case with the message."""
    bad = {**CASE, "input": {"staff_awu": "-1", "turnover": "1", "balance_sheet_total": "1"}}
    code, out, err = scenarios(
        write(tmp_path, "f.json", {"format": "tender-scenarios/1", "cases": [bad]})
    )
    assert out.splitlines()[0].startswith("FAIL c1: input: validation error: staff_awu:")
    assert code == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("doc", "needle"),
    [
        ("{not json", "not JSON"),
        ({"format": "other/1", "cases": []}, "format must be"),
        ({"format": "tender-scenarios/1", "cases": {}}, "'cases' must be a list"),
    ],
)
def test_an_unusable_file_exits_2_naming_the_file(tmp_path, doc, needle):
    """Not JSON, a wrong format or no case list: exit 2 and a message naming the file."""
    path = write(tmp_path, "broken.json", doc)
    code, out, err = scenarios(path)
    assert code == 2
    assert "broken.json" in err and needle in err
    assert out.splitlines()[-1] == "0 passed, 1 failed"


@pytest.mark.parametrize(
    ("case", "needle"),
    [
        ({"id": "x", "check": "sme_class", "input": {}}, "missing expect"),
        ({"check": "sme_class", "input": {}, "expect": {}}, "missing id"),
        ({"id": "x", "check": "horoscope", "input": {}, "expect": {"a": 1}}, "unknown check"),
        ({"id": "c1", "check": "sme_class", "input": {}, "expect": {"size": "micro"}}, "twice"),
    ],
)
def test_a_bad_case_is_named_and_does_not_stop_the_others(tmp_path, case, needle):
    """A case without id/check/input/expect: exit 2, the case named, the other cases run."""
    path = write(
        tmp_path,
        "cases.json",
        {"format": "tender-scenarios/1", "cases": [CASE, case, {**CASE, "id": "c3"}]},
    )
    code, out, err = scenarios(path)
    assert code == 2
    assert "cases.json" in err and needle in err
    assert "ok c1" in out.splitlines() and "ok c3" in out.splitlines()


def test_a_missing_file_does_not_stop_the_next_file(tmp_path):
    """Two files, the first missing: the second still runs, exit 2."""
    good = write(tmp_path, "good.json", {"format": "tender-scenarios/1", "cases": [CASE]})
    code, out, err = scenarios(tmp_path / "nope.json", good)
    assert code == 2 and "nope.json" in err
    assert out.splitlines() == ["ok c1", "1 passed, 1 failed"]


def test_amounts_compare_to_the_cent_and_sets_ignore_order(tmp_path):
    """ "9000" equals "9000.00"; allowed is compared as a set."""
    cases = [
        {
            "id": "amount",
            "check": "bond",
            "input": {"launch_date": "2024-03-01", "award_amount_excl_vat": "120000"},
            "expect": {"amount": "6000", "allowed": True},
        },
        {
            "id": "set",
            "check": "procedure",
            "input": {
                "launch_date": "2026-11-22",
                "authority": "local",
                "contract_type": "works",
                "estimated_value_excl_vat": "1200000",
            },
            "expect": {"allowed": ["restricted", "open", "competitive_negotiation"]},
        },
    ]
    code, out, _ = scenarios(
        write(tmp_path, "f.json", {"format": "tender-scenarios/1", "cases": cases})
    )
    assert out.splitlines() == ["ok amount", "ok set", "2 passed, 0 failed"], out
    assert code == 0


FORGING_IDS = [
    "c1\nok forged",
    "c2\rok forged",
    "c3\x1b[2K\rok forged",
    "c4\u2028ok forged",
    "c5\x85ok forged",
    "c6\u202edegrof ko",
]


def test_ids_with_newlines_or_escape_codes_cannot_forge_lines(tmp_path):
    """Each case prints one line, its id escaped; nothing of an id reaches the terminal raw."""
    failing = {**CASE, "expect": {"size": "small"}}
    cases = [{**(CASE if n % 2 else failing), "id": i} for n, i in enumerate(FORGING_IDS)]
    cases.append({"id": "c7\nok forged", "check": "nope", "input": {}, "expect": {"a": 1}})
    path = write(tmp_path, "evil\n.json", {"format": "tender-scenarios/1", "cases": cases})
    code, out, err = scenarios(path)
    lines = out.split("\n")[:-1]
    assert len(lines) == len(FORGING_IDS) + 1, out
    assert lines[0] == 'FAIL c1\\nok forged: size: expected "small", got "micro"'
    assert lines[1] == "ok c2\\rok forged"
    assert lines[2].startswith("FAIL c3\\x1b[2K\\rok forged: ")
    assert lines[3] == "ok c4\\u2028ok forged"
    assert lines[5] == "ok c6\\u202edegrof ko"
    assert lines[-1] == "3 passed, 4 failed"
    assert "\x1b" not in out + err and "\r" not in out + err and "\u202e" not in out + err
    assert len(err.split("\n")[:-1]) == 1 and "evil\\n.json" in err and "c7\\nok forged" in err
    assert code == 2
