"""A start builds the parser of its own subcommand only; what the user sees is the same as with
the whole command line: the parsed arguments, the help, the errors and their exit statuses."""

from __future__ import annotations

import argparse

import pytest

from commands import SUBCOMMANDS
from main import build_parser, parse

CASE = '{"launch_date": "2026-03-01"}'

ARGVS = [
    [],
    ["--db", "w.sqlite", "--measure-start"],
    ["--db", "w.sqlite", "--read-only", "--create"],
    ["--smoke-test", "--config", "c.toml"],
    ["--help"],
    ["-h"],
    ["-h", "decide"],
    ["--he", "decide", "procedure", CASE],  # an abbreviation of --help
    ["--db", "w.sqlite", "--help", "decide", "procedure", CASE],
    ["--version"],
    ["--version", "decide"],
    ["decide", "--help"],
    ["decide"],
    ["decide", "procedure", CASE],
    ["decide", "procedure", CASE, "--lang", "fr", "--json"],
    ["decide", "procedure", CASE, "--lang", "de"],
    ["decide", "nothing", CASE],
    ["decide", "procedure", CASE, "--version"],
    ["--rules", "p.toml", "decide", "procedure", CASE, "--db", "w.sqlite"],
    ["--db", "decide", "scenarios", "law.json"],  # a value that reads as a subcommand
    ["--db", "decide"],
    ["--db", "scenarios", "decide", "procedure", CASE],
    ["--db"],
    ["--dbx", "w.sqlite", "decide", "procedure", CASE],
    ["decidex"],
    ["stray", "words"],
    ["scenarios"],
    ["scenarios", "law.json", "more.json"],
    ["scenarios", "law.json", "--lang", "nl"],
    ["scenarios", "--help"],
    ["workshop"],
    ["workshop", "open"],
    ["workshop", "open", "w.tdws", "--fresh", "--lang", "nl"],
    ["workshop", "answer", "w.tdws", "E1", "a.json", "--group", "G", "--seconds", "x"],
    ["demo-data", "--tenders", "x"],
    ["demo-data", "--tenders", "10", "--db", "w.sqlite", "--seed", "3"],
    ["report", "--year", "20x"],
    ["--config", "c.toml", "export-pdf", "--all", "--document", "summary", "--out", "o"],
    ["export-pdf", "--help"],
    ["import", "--help"],
    ["merge"],
    ["export-ocds", "--db", "w.sqlite"],
    ["screenshots", "--size", "big"],
]


def outcome(parse_args, argv: list[str], capsys) -> tuple[object, str, str]:
    """What parsing ``argv`` gives: the arguments or the exit status, and what it printed."""
    try:
        result = vars(parse_args(argv))
    except SystemExit as exc:
        result = ("exit", exc.code)
    printed = capsys.readouterr()
    return result, printed.out, printed.err


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_a_start_parses_and_answers_as_the_whole_command_line(argv, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    whole = outcome(lambda a: build_parser().parse_args(a), argv, capsys)
    assert outcome(parse, argv, capsys) == whole
    assert whole[1] or whole[2] or isinstance(whole[0], dict)  # the case says something


def test_the_parser_of_one_subcommand_offers_that_subcommand_alone():
    """``SUBCOMMANDS`` names each module by the name its parser declares."""
    for name in SUBCOMMANDS:
        parser = build_parser((name,))
        (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert list(sub.choices) == [name]
    whole = build_parser()
    (sub,) = (a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == list(SUBCOMMANDS)
