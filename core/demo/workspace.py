"""The demo workspace a new user can open: made once in the user's data folder, never the
user's own workspace."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core.demo.tenders import make_demo
from core.rules.pack import RulePack
from core.store import search
from core.store.workspace import Workspace, open_workspace

#: enough tenders for a register that looks used, made in about a second
DEMO_TENDERS, DEMO_SEED = 400, 7
FILE_NAME = "demo.sqlite"


def demo_path(default_workspace: Path) -> Path:
    """The demo workspace: beside the default workspace, in the user's data folder."""
    return default_workspace.with_name(FILE_NAME)


def open_demo(path: Path, pack: RulePack, now: datetime) -> Workspace:
    """Open the demo workspace at ``path``, made with demo tenders when it is new or empty."""
    ws = open_workspace(path, now=now, create=True, check=False, auto_backup=False)
    try:
        if not ws.read_only and search.count(ws, search.Query()) == 0:
            make_demo(ws, pack, DEMO_TENDERS, DEMO_SEED, now)
    except BaseException:
        ws.close()
        raise
    return ws
