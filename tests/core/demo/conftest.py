"""The demo register the tests of this folder read: made once a process."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.demo.tenders import make_demo
from core.store.workspace import open_workspace
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)


@pytest.fixture(scope="package")
def demo(tmp_path_factory, pack):
    """A workspace with 300 demo tenders (seed 11), and what make_demo reported."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    seen = []
    with new_workspace(path, now=NOW, auto_backup=False) as ws:
        summary = make_demo(ws, pack, 300, 11, NOW, progress=lambda d, t: seen.append((d, t)))
    ws = open_workspace(path, now=NOW, auto_backup=False)
    yield ws, summary, seen
    ws.close()
