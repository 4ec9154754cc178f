"""report and export-ocds say a refused workspace, a damaged one and an unwritable file the
same way, with the same exit statuses (2: the workspace, 1: the file)."""

from __future__ import annotations

import sqlite3

import pytest

from commands.common import read_or_write_failed
from core.store.workspace import WorkspaceError


@pytest.mark.parametrize(
    ("exc", "status", "said"),
    [
        (sqlite3.DatabaseError("database disk image is malformed"), 2,
         "error: w.sqlite: is damaged (database disk image is malformed)"),
        (PermissionError(13, "Permission denied"), 1,
         "error: could not write out.pdf: Permission denied"),
    ],
)  # fmt: skip
def test_a_damaged_workspace_or_an_unwritable_file_is_said_with_its_status(
    capsys, exc, status, said
):
    assert read_or_write_failed(exc, "w.sqlite", "out.pdf", lead="\n") == status
    assert capsys.readouterr().err == f"\n{said}\n"


def test_a_refused_workspace_is_said_in_its_own_words(capsys, tmp_path):
    from core.store.workspace import open_workspace

    with pytest.raises(WorkspaceError) as info:
        open_workspace(tmp_path / "none.sqlite", now=None, create=False)
    assert read_or_write_failed(info.value, "w.sqlite", "out.pdf") == 2
    assert capsys.readouterr().err == f"error: {info.value}\n"
