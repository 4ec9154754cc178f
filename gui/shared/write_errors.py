"""What the window says when a change could not be written: the disk, not the user's input."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

from core.store.sqlite_files import write_failure
from core.store.workspace import WorkspaceError


def write_problem(exc: BaseException) -> str | None:
    """One sentence on why nothing was saved and what to do; None: not a failed write."""
    if isinstance(exc, WorkspaceError) and exc.code == "read_only" and exc.holder is not None:
        return QCoreApplication.translate(
            "WriteErrors",
            "Nothing was saved: %1 is writing this register, so it is open read-only here. "
            "What you typed is still here.",
        ).replace("%1", exc.holder.user)
    if isinstance(exc, WorkspaceError) and exc.code == "lock_lost":
        return QCoreApplication.translate(
            "WriteErrors",
            "Nothing was saved: another user took this register over while this window did "
            "not answer. What you typed is still here; open the register again.",
        )
    if isinstance(exc, WorkspaceError) and exc.code == "read_only":
        return QCoreApplication.translate(
            "WriteErrors",
            "Nothing was saved: this workspace is open read-only. What you typed is still here.",
        )
    if not isinstance(exc, (OSError, sqlite3.Error)):
        return None
    failure = write_failure(exc)
    if failure == "disk_full":
        return QCoreApplication.translate(
            "WriteErrors",
            "Nothing was saved: the disk is full. Make room on it and save again; what you "
            "typed is still here.",
        )
    if failure == "write_failed":
        return QCoreApplication.translate(
            "WriteErrors",
            "Nothing was saved: the disk refused the write (is it full or removed?). Save "
            "again when it is back; what you typed is still here.",
        )
    return None
