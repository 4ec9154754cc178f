"""The small readings of SQLite's answers the workspace's messages rest on: the first problem
of an integrity report, and which errors mean a full disk or a refused write."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from core.store.sqlite_files import first_line, is_disk_full, write_failure


def test_the_first_problem_of_a_report_is_said_with_how_many_follow():
    """One problem as it is; more: the first and the count of the others."""
    assert (
        first_line("row 3 missing from index tenders_ref\n")
        == "row 3 missing from index tenders_ref"
    )
    assert first_line("a\nb\nc") == "a (and 2 more)"
    assert first_line("   ") == ""


def test_a_long_problem_is_cut_to_the_limit_with_an_ellipsis():
    """A line of exactly the limit stays whole; one character more is cut to the limit."""
    assert first_line("x" * 10, limit=10) == "x" * 10
    assert first_line("x" * 11, limit=10) == "x" * 9 + "…"
    assert first_line("y" * 11 + "\nz", limit=10) == "y" * 9 + "… (and 1 more)"


def sqlite_error(message: str, code: int | None) -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    if code is not None:
        error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk_full"),
        (OSError(errno.EFBIG, "File too large"), "disk_full"),
        (OSError(errno.EACCES, "Permission denied"), None),
        (sqlite_error("database or disk is full", sqlite3.SQLITE_FULL), "disk_full"),
        (sqlite_error("database or disk is full", None), "disk_full"),  # no code given
        (sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR | (3 << 8)), "write_failed"),
        (sqlite_error("disk I/O error", None), None),
        (sqlite_error("no such table: nothing", sqlite3.SQLITE_ERROR), None),
        (ValueError("disk is full"), None),  # neither a file nor a database error
    ],
)
def test_which_errors_are_a_full_disk_or_a_refused_write(error, failure):
    """A full disk or quota, a file too large: ``disk_full``; an I/O error of SQLite (any of
    its extended codes): ``write_failed``; anything else is not a failed write."""
    assert write_failure(error) == failure
    assert is_disk_full(error) is (failure == "disk_full")
