"""House rules of the code that the import contracts (lint-imports, pyproject.toml) leave out.

No circle of imports between any modules: lint-imports' ``acyclic_siblings`` contract sees
circles between the modules of one package, not one between a package and its own module
(``core.rules`` importing ``core.rules.pack``, which imports ``core.rules``). Every import
counts, also one inside a function. Every module of core has its place in core's layers (the
contract says nothing of a module it does not name). And no Python file over 500 lines.
"""

from __future__ import annotations

import pkgutil
import re
import subprocess
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("commands", "gui", "core")
MOST_LINES = 500


def circles(graph: grimp.ImportGraph) -> list[str]:
    """Each circle once, as ``a -> b -> … -> a`` from its first module in alphabetical order."""
    found: dict[frozenset[str], str] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back and frozenset(back) not in found:
                found[frozenset(back)] = " -> ".join((importer, *back))
    return sorted(found.values())


def test_no_module_imports_itself_through_others():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    assert len(graph.modules) > 100  # the whole app was read
    assert circles(graph) == []


def test_a_package_and_its_own_module_importing_each_other_are_a_circle():
    graph = grimp.ImportGraph()
    for module in ("rules", "rules.pack", "rules.loader", "money"):
        graph.add_module(module)
    graph.add_import(importer="rules", imported="rules.loader")
    graph.add_import(importer="rules.loader", imported="rules.pack")
    graph.add_import(importer="rules.pack", imported="money")
    assert circles(graph) == []
    graph.add_import(importer="rules.pack", imported="rules")
    assert circles(graph) == ["rules -> rules.loader -> rules.pack -> rules"]


def test_every_module_of_core_has_its_layer():
    import core

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [
        c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "core-layers"
    ]
    placed = {name for layer in layers for name in re.split(r"[|:]", layer.replace(" ", ""))}
    assert placed == {m.name for m in pkgutil.iter_modules(core.__path__)}


def test_no_python_file_is_over_500_lines():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(listed) > 100
    long = {}
    for name in listed:
        path = ROOT / name
        if path.is_file():
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MOST_LINES:
                long[name] = lines
    assert long == {}
