"""Mutation testing of the core packages with mutmut, one package at a time, results cached.

    python tools/mutate.py                      # the four packages, in turn
    python tools/mutate.py decisions rules      # some of them
    python tools/mutate.py --budget 900 store   # stop a package after 15 minutes

Each package is mutated in its own folder, ``.mutate/<package>/`` (links to core/, tests/,
resources/ and tools/, and a pyproject.toml with the package's [tool.mutmut] section): mutmut
keeps its results there, so a second run only tests the mutants of code that changed, and a
run stopped by its budget goes on where it stopped. Each package runs only the tests that concern it
(mutmut then runs, for each mutant, only those of them that reach the mutated function).

It prints, per package, the score: the mutants killed (a test failed, or it hung) over those
tested, counting as not killed the ones that survived and those in code that no selected test
reaches; and writes the surviving ones to
``.mutate/<package>/survivors.txt`` (``cd .mutate/<package> && mutmut show <name>`` shows
one). Not part of ``make test``: it takes minutes per package on two cores.

A package of thousands of mutants takes hours; ``--sample N`` tests a random sample of N of
them (the same sample on every run while the code stays the same, drawn with a fixed seed) and
prints the score on that sample with its 95 % interval: an estimate of the whole package's
score that does not depend on which files a stopped run happened to reach first.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".mutate"

#: per package: the tests under tests/core/ that concern it (files that start processes or take
#: minutes, such as the crash and scenario-runner tests, are left out: mutmut cannot see into a
#: child)
TESTS = {
    "decisions": [
        "test_advance.py",
        "test_advance_nothing_due.py",
        "test_procedure.py",
        "test_sme_measures.py",
        "test_law_edges.py",
        "test_properties.py",
        "test_stored.py",
        "test_estimate.py",
        "test_estimate_exact.py",
        "test_decision_inputs_exact.py",
        "test_decision_results_exact.py",
        "test_advance_refusals_exact.py",
        "texts/test_motivation.py",
        "texts/test_error_texts.py",
        "texts/test_words.py",
        "test_scenario_cases.py",
        "test_stored_form.py",
        "test_check_registry.py",
        "test_names.py",
    ],
    "rules": [
        "test_rule_pack.py",
        "test_rule_pack_refusals.py",
        "test_rule_pack_locations.py",
        "test_rule_values.py",
        "test_rule_pack_exact.py",
        "texts/test_error_texts.py",
        "test_pack_identity.py",
        "test_advance.py",
        "test_procedure.py",
        "test_sme_measures.py",
        "test_law_edges.py",
        "test_scenario_cases.py",
    ],
    "store": [
        "test_register.py",
        "test_audit_completeness.py",
        "test_workspace.py",
        "test_records.py",
        "test_organisations.py",
        "test_identifiers.py",
        "test_backups.py",
        "test_hostile_input.py",
        "test_store_exact.py",
        "test_merge.py",
        "test_network_lock.py",
        "test_stored_form.py",
        "test_register_paging.py",
        "test_search_count.py",
        "test_sql_statements.py",
        "test_planted_links.py",
        "test_hostile_files.py",
        "demo/test_demo.py",
        "test_bond_decision.py",
    ],
    "documents": [
        "test_documents.py",
        "test_long_text_documents.py",
        "test_export_pdf.py",
        "test_export_names.py",
        "test_advance_request_signature.py",
        "test_documents_exact.py",
        "test_records.py",
        "test_pack_identity.py",
        "test_planted_links.py",
        "test_stored_form.py",
        "test_export_pool.py",
        "test_letters.py",
        "test_our_letters.py",
        "test_draft_decision.py",
        "test_bond_decision.py",
        "test_summary_amounts.py",
        "test_document_typography.py",
        "test_notice_reference.py",
    ],
}
#: per package: files not mutated (none now: the demonstration data moved to core/demo/,
#: which is in no mutated package)
SKIPPED: dict[str, list[str]] = {}
LINKED = ("core", "tests", "resources", "tools")


def importable() -> list[str]:
    """The checkout's other top-level modules and packages (main.py, …): the tests import them
    from the package's folder, never the copy the shared virtualenv points to."""
    return sorted(
        p.name
        for p in ROOT.iterdir()
        if p.name not in LINKED
        and ((p.suffix == ".py" and p.is_file()) or (p / "__init__.py").is_file())
    )


def _config(package: str, only: list[str] | None = None) -> str:
    tests = ", ".join(f'"tests/core/{name}"' for name in TESTS[package])
    mutated = ", ".join(f'"core/{package}/{name}"' for name in only or ["*"])
    skipped = ", ".join(f'"core/{package}/{name}"' for name in SKIPPED.get(package, []))
    copied = ", ".join(f'"{name}"' for name in ["resources", "tools", *importable()])
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["core"]\n'
        f"also_copy = [{copied}]\n"
        f"only_mutate = [{mutated}]\n"
        f"do_not_mutate = [{skipped}]\n"
        f"pytest_add_cli_args_test_selection = [{tests}]\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        "use_git_change_detection = false\n"
    )


def prepare(package: str, only: list[str] | None = None) -> Path:
    """The package's folder, made once; its pyproject.toml rewritten only when it changes.

    ``only``: file names of the package to mutate this time (a slice); the results of the
    others are kept, since mutmut forgets results only when the tests or their options change.
    """
    folder = WORK / package
    folder.mkdir(parents=True, exist_ok=True)
    for name in (*LINKED, *importable()):
        link = folder / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name, target_is_directory=(ROOT / name).is_dir())
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8") + _config(package, only)
    target = folder / "pyproject.toml"
    if not target.exists() or target.read_text(encoding="utf-8") != project:
        target.write_text(project, encoding="utf-8")
    return folder


def mutmut(folder: Path, *args: str, timeout: float | None = None) -> int:
    # MUTATE_PACKAGE: tests/core/conftest.py reloads the rule pack per test for core/rules only
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MUTATE_PACKAGE": folder.name}
    command = [sys.executable, "-m", "mutmut", *args]
    try:
        return subprocess.run(command, cwd=folder, env=env, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        print(f"  stopped by the budget; the next run goes on from here ({folder})")
        return -1


def statuses(folder: Path) -> dict[str, str]:
    """Every mutant of the package by name, with mutmut's status (``killed``, ``survived``,
    ``no tests``, ``not checked``, ...); empty before the mutants are made."""
    listing = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        cwd=folder,
        capture_output=True,
        text=True,
    ).stdout
    found = (line.strip().rsplit(": ", 1) for line in listing.splitlines() if ": " in line)
    return {name: status for name, status in found}


def survivors(folder: Path) -> list[str]:
    """The mutants that survived or that no test reached, by name."""
    return [n for n, status in statuses(folder).items() if status in ("survived", "no tests")]


#: the sample's seed: the same mutants are drawn on every run while the code is the same
SEED = 20
KILLED = ("killed", "timeout", "segfault")


def sample_of(names: list[str], size: int, seed: int = SEED) -> list[str]:
    """``size`` of the mutants ``names`` drawn at random, the same ones for the same names."""
    return sorted(random.Random(seed).sample(sorted(names), min(size, len(names))))


def interval(killed: int, judged: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % (Wilson) interval of a score of ``killed`` out of ``judged``, in per cent."""
    if not judged:
        return 0.0, 100.0
    p = killed / judged
    centre = (p + z * z / (2 * judged)) / (1 + z * z / judged)
    spread = z * math.sqrt(p * (1 - p) / judged + z * z / (4 * judged * judged))
    spread /= 1 + z * z / judged
    return 100 * max(0.0, centre - spread), 100 * min(1.0, centre + spread)


def made(folder: Path) -> dict[str, str]:
    """The package's mutants, made first when the folder has none yet: mutmut makes them and
    runs the tests once when asked to run a name that matches none, then stops on that name
    (its refusal is expected, and kept out of sight unless nothing was made)."""
    known = statuses(folder)
    if not known:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MUTATE_PACKAGE": folder.name}
        done = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "no-such-mutant"],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
        )
        known = statuses(folder)
        if not known:
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n")
    return known


def sample_score(known: dict[str, str], sample: list[str], same: set[str]) -> str:
    """The score on the sample, with its interval and what is left to test in it."""
    judged = [n for n in sample if known.get(n, "not checked") != "not checked" and n not in same]
    killed = sum(known[n] in KILLED for n in judged)
    low, high = interval(killed, len(judged))
    left = sum(known.get(n, "not checked") == "not checked" for n in sample)
    score = 100 * killed / len(judged) if judged else 0.0
    return (
        f"  sample of {len(sample)}: {score:.1f} % killed ({killed} of {len(judged)}; 95 % "
        f"between {low:.1f} and {high:.1f} %; {len(sample) - len(judged) - left} SQL-case "
        f"equivalents apart; {left} not yet tested)"
    )


#: a string that is an SQL statement or a clause of one (``" WHERE "``, ``"ORDER BY …"``, the
#: ``" AND "`` that joins conditions), its keyword in capitals as the code writes SQL (so an
#: English message that starts "Set …" is not taken for one): SQLite reads them in any case
_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|WHERE|FROM|JOIN|"
    r"ORDER BY|GROUP BY|LIMIT|SET|VALUES|ON CONFLICT|DO UPDATE|AND|OR)\s"
)


def _functions(source: Path) -> dict[str, ast.AST]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _strings(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def _shape(node: ast.AST) -> str:
    """The function with its name dropped and every string in lower case."""
    copy = ast.parse(ast.unparse(node)).body[0]
    copy.name = "f"
    for n in ast.walk(copy):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            n.value = n.value.lower()
    return ast.dump(copy)


def sql_case_only(folder: Path, names: list[str]) -> list[str]:
    """The mutants among ``names`` whose only change is the case of SQL text:
    equivalent by construction (SQLite ignores the case of keywords and names), so they are
    reported apart instead of as gaps in the tests."""
    found, parsed = [], {}
    for name in names:
        module, _, function = name.rpartition(".")
        source = folder / "mutants" / Path(*module.split(".")).with_suffix(".py")
        if not source.exists():
            continue
        if source not in parsed:
            parsed[source] = _functions(source)
        functions = parsed[source]
        mutant = functions.get(function)
        original = functions.get(function.rsplit("__mutmut_", 1)[0] + "__mutmut_orig")
        if mutant is None or original is None or _shape(mutant) != _shape(original):
            continue
        changed = [a for a, b in zip(_strings(original), _strings(mutant), strict=True) if a != b]
        if changed and all(_SQL.match(text) for text in changed):
            found.append(name)
    return found


def report(package: str, folder: Path) -> dict[str, int] | None:
    mutmut(folder, "export-cicd-stats")
    stats_file = folder / "mutants" / "mutmut-cicd-stats.json"
    if not stats_file.exists():
        return None
    stats = json.loads(stats_file.read_text(encoding="utf-8"))
    left = survivors(folder)
    equivalent = set(sql_case_only(folder, left))
    stats["sql_case_only"] = len(equivalent)
    (folder / "survivors.txt").write_text(
        "".join(f"{name}\n" for name in left if name not in equivalent), encoding="utf-8"
    )
    (folder / "sql-case-only.txt").write_text(
        "".join(f"{name}\n" for name in sorted(equivalent)), encoding="utf-8"
    )
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", help=f"some of {', '.join(TESTS)} (all)")
    parser.add_argument("--budget", type=float, default=1800, help="seconds per package")
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="FILE",
        help="mutate only these files of the package (e.g. register.py 'b*.py'), a slice",
    )
    parser.add_argument(
        "--report", action="store_true", help="print the scores kept so far, test nothing"
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="test the survivors again (after new tests: mutmut keeps a result until the "
        "code changes); with --sample, those of the sample",
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="test a random sample of N mutants (the same on every run) and print its score",
    )
    args = parser.parse_args(argv)
    unknown = [p for p in args.packages if p not in TESTS]
    if unknown:
        parser.error(f"unknown package {', '.join(unknown)}: choose from {', '.join(TESTS)}")
    scores = {}
    for package in args.packages or list(TESTS):
        folder = prepare(package, args.only)
        print(f"== core/{package}" + (f" (only {', '.join(args.only)})" if args.only else ""))
        started = time.monotonic()
        again = survivors(folder) if args.again else []
        sample = sample_of(list(made(folder)), args.sample) if args.sample else []
        if sample and not args.report:
            known, drawn = statuses(folder), set(sample)
            again = [n for n in again if n in drawn]  # --again: the sample's survivors only
            again = [n for n in sample if known.get(n) == "not checked"] or again
        if args.report or ((args.again or args.sample) and not again):
            pass
        else:
            run = ["run", "--max-children", str(args.children), *again]
            mutmut(folder, *run, timeout=args.budget)
        stats = report(package, folder)
        if stats is None:
            print("  no results yet")
            continue
        killed = sum(stats.get(k, 0) for k in ("killed", "timeout", "segfault"))
        survived, unreached = stats.get("survived", 0), stats.get("no_tests", 0)
        judged = killed + survived + unreached + stats.get("suspicious", 0)
        score = 100 * killed / judged if judged else 0.0
        scores[package] = score
        untested = stats.get("total", 0) - judged - stats.get("skipped", 0)
        same = stats["sql_case_only"]
        print(
            f"  core/{package}: {score:.1f} % killed ({killed} of {judged}: {survived} survived, "
            f"{unreached} in code no selected test reaches, {stats.get('suspicious', 0)} "
            f"suspicious; {untested} not yet tested; {time.monotonic() - started:.0f} s)\n"
            f"  {100 * killed / (judged - same) if judged > same else 0.0:.1f} % with the "
            f"{same} survivors that only change the case of SQL text counted as equivalent "
            f"({folder / 'sql-case-only.txt'})\n"
            f"  survivors: {folder / 'survivors.txt'}"
        )
        if sample:
            same_names = set(sql_case_only(folder, survivors(folder)))
            print(sample_score(statuses(folder), sample, same_names))
    print("\n" + "\n".join(f"core/{p}: {s:.1f} %" for p, s in scores.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
