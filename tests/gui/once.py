"""A costly run made once for all the tests that look at what it left, in any process.

A module-scoped fixture is made again by each pytest-xdist process that runs one of the
module's tests; :func:`once` makes the run in the first process that asks for it, in the
folder all processes of a test run share, and the others wait for it and read its result.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock


def once(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]
) -> tuple[Path, object]:
    """The folder ``make`` worked in and what it returned (a value JSON keeps as it is).

    ``make(folder)`` is called once per test run, with a new folder named ``name``."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):  # no pytest-xdist: this process is the run
        folder = tmp_path_factory.mktemp(name, numbered=True)
        return folder, make(folder)
    shared = tmp_path_factory.getbasetemp().parent / name
    shared.mkdir(exist_ok=True)
    with FileLock(shared / "lock"):
        result = shared / "result.json"
        if not result.exists():
            shutil.rmtree(shared / "run", ignore_errors=True)  # what a failed try left
            (shared / "run").mkdir()
            result.write_text(json.dumps(make(shared / "run")))
        return shared / "run", json.loads(result.read_text())
