"""New workspaces for the tests, copied from one the process made with open_workspace.

A new workspace costs its schema's SQL: about twice what a copy and its opening cost (5.3
against 2.6 ms), and more than a thousand tests start from one. A new workspace holds no row
that depends on when or where it was made (tests/core/test_workspace.py checks a copy against
a new one: schema, pragmas, rows), so each process of the run makes one, closes it (the WAL
written back, no -wal or -shm left) and every test gets a copy of that file at its own path,
opened with the real open_workspace.

The tests of creation itself (a first open, migrations, old formats, a crash or a full disk
during the creation, locks, permissions, network drives) call open_workspace on a path that
does not exist instead.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import datetime
from functools import cache
from pathlib import Path

from core.store.workspace import Workspace, open_workspace

#: any date: a new workspace stores none (the template is made before any test's clock)
_MADE = datetime(2000, 1, 1)


@cache
def template() -> Path:
    """The new workspace this process copies, made once with open_workspace and closed."""
    folder = Path(tempfile.mkdtemp(prefix="tender-desk-template-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "new.sqlite"
    open_workspace(path, now=_MADE).close()
    return path


def copy_workspace(source: Path, path: str | Path) -> Path:
    """Put a copy of the closed workspace file ``source`` at ``path`` (which must not exist
    yet), with the permissions SQLite gave ``source``: a module makes its rows once and each
    test changes a copy of its own."""
    beside = [f"{source.name}{end}" for end in ("-wal", "-shm", "-journal")]
    left = [name for name in beside if (source.parent / name).exists()]
    assert not left, f"{source} is still open: {left} beside it"
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: a copy goes where there is no file")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, path)
    return path


def copy_new_workspace(path: str | Path) -> Path:
    """Put a new, never opened workspace file at ``path`` (which must not exist yet)."""
    return copy_workspace(template(), path)


def new_workspace(path: str | Path, *, now: datetime, **options) -> Workspace:
    """``open_workspace(path, now=now, **options)`` on a path with no file yet: a copy of
    a new workspace, opened as a test would open the one it made.

    A new workspace makes no backup when it is created, so the copy is opened without the
    daily backup unless the test asks for it (``auto_backup=True``)."""
    options.setdefault("auto_backup", False)
    return open_workspace(copy_new_workspace(path), now=now, **options)
