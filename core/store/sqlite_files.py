"""Reading any SQLite file the app opens: text that is not UTF-8, a full disk, the schema,
the write-ahead log."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from core import parsed
from core.store.schema import CURRENT_VERSION, MIGRATIONS
from core.store.workspace_errors import WorkspaceError

#: marks a file as a tender desk workspace ("TDSP", ``PRAGMA application_id``)
APPLICATION_ID = 0x54445350


def read_text(raw: bytes) -> str:
    """A stored text as Python reads it: bytes that are not UTF-8 become U+FFFD, not a crash.

    Another program (or a damaged page) may have stored them; the file itself keeps them.
    """
    return raw.decode("utf-8", errors="replace")


def first_line(report: str, limit: int = 200) -> str:
    """The first problem of an integrity report (SQLite lists up to a hundred, one a line)."""
    lines = report.strip().splitlines() or [""]
    first = lines[0] if len(lines[0]) <= limit else lines[0][: limit - 1] + "…"
    return first if len(lines) == 1 else f"{first} (and {len(lines) - 1} more)"


def is_disk_full(exc: BaseException) -> bool:
    """Whether an error means the disk (or the user's quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return False


def write_failure(exc: BaseException) -> str | None:
    """``disk_full``, ``write_failed`` (the disk refused a write: full quota, file size limit,
    a drive removed) or None when ``exc`` is not a failed write."""
    if is_disk_full(exc):
        return "disk_full"
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR:
            return "write_failed"
    return None


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script one by one, to run inside a transaction.

    ``executescript`` would commit first; sqlite-utils' own splitter tests the script again
    after each character, which cost 0.2 s of the 0.3 s a new workspace took. Here the text
    is tested only at each ``;``: one inside a trigger or a string ends no statement.
    """
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending
            pending = ""
    if pending.strip(" \t\r\n;"):
        yield pending[:-1]  # an incomplete last statement: SQLite says what is wrong with it


@cache
def expected_names() -> frozenset[str]:
    """The tables, indexes and triggers a workspace of the current version has.

    Every opening compares the file with them. Running the migrations on an empty database
    to list them costs about 30 ms, so the list is kept in the user's cache folder under the
    digest of the migrations (a changed schema gets a list of its own); a missing, unreadable
    or damaged list is made again.
    """
    script = "\n".join(MIGRATIONS[target] for target in range(1, CURRENT_VERSION + 1))
    digest = parsed.content_key(script.encode("utf-8", "surrogatepass"))
    path = parsed.cache_dir() / f"schema-{digest}.json"
    try:
        kept = json.loads(path.read_bytes())
        if isinstance(kept, list) and kept and all(isinstance(name, str) for name in kept):
            return frozenset(kept)
    except (OSError, ValueError):
        pass
    names = migrated_names()
    _keep(path, sorted(names))
    return names


def _keep(path: Path, names: list[str]) -> None:
    """Write the list whole (a temporary file renamed); a failure only costs time next start."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(names), "utf-8")
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def missing_names(present: set[str]) -> frozenset[str]:
    """What a workspace of the current version has and ``present`` lacks.

    A lack found with the kept list is confirmed with the migrations themselves, so a damaged
    cache never makes a sound workspace look damaged.
    """
    missing = expected_names() - present
    return missing and migrated_names() - present


def _migrated() -> sqlite3.Connection:
    """An empty in-memory database every migration ran on."""
    conn = sqlite3.connect(":memory:")
    try:
        for target in range(1, CURRENT_VERSION + 1):
            conn.executescript(MIGRATIONS[target])
    except BaseException:
        conn.close()
        raise
    return conn


@cache
def migrated_names() -> frozenset[str]:
    """The tables, indexes and triggers the migrations make in an empty database."""
    conn = _migrated()
    try:
        return frozenset(
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                "AND name NOT LIKE 'sqlite_%'"
            )
        )
    finally:
        conn.close()


@cache
def new_schema() -> tuple[str, ...]:
    """The statements that give an empty database the schema every migration gives it, in the
    order the migrations made its objects. Made once a process: a new workspace then costs
    5 ms, not the 30 of running the migrations, whose ALTER TABLEs each read the whole schema
    again."""
    conn = _migrated()
    try:
        return _made_again(conn)
    finally:
        conn.close()


def _made_again(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The statements that make the schema of ``conn`` again in an empty database: each object
    of ``sqlite_master`` in the order it was made, but for those a statement before made too
    (a full-text index's own tables, a UNIQUE column's index)."""
    again = sqlite3.connect(":memory:")
    made = []
    try:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master ORDER BY rowid"):
            known = again.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name])
            if sql and known.fetchone() is None:
                again.execute(sql)
                made.append(sql)
    finally:
        again.close()
    return tuple(made)


def has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def copy_with_wal(path: Path) -> Path:
    """The file and its WAL copied to a new temporary folder (nothing written beside them)."""
    folder = Path(tempfile.mkdtemp(prefix="tender-desk-read-only-"))
    try:
        copy = folder / "workspace.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(path.with_name(path.name + "-wal"), folder / "workspace.sqlite-wal")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def stored_version(path: Path) -> int | None:
    """The schema version (``PRAGMA user_version``) an SQLite file's header holds, read
    without opening the file as a database; None when it is missing, unreadable or not an
    SQLite file. After a crash the header can lag behind the write-ahead log beside it: it
    then gives the version of before the last change of schema, never a later one."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return None
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[_USER_VERSION_AT : _USER_VERSION_AT + 4], "big")


def needs_conversion(path: Path) -> bool:
    """True when the file is a workspace of an older schema: opening it converts it, after a
    copy of it as it was is kept."""
    version = stored_version(path)
    return version is not None and 0 < version < CURRENT_VERSION


#: how every SQLite file begins
SQLITE_HEADER = b"SQLite format 3\x00"
#: the size of an SQLite file's header, and where in it the user version is (big-endian),
#: see https://www.sqlite.org/fileformat.html#the_database_header
_HEADER_SIZE = 100
_USER_VERSION_AT = 60


def checked_version(conn: sqlite3.Connection, path: Path, check: bool) -> int:
    """The schema version of the workspace open on ``conn``, after the checks that make it
    safe to use (``check``: SQLite's quick check too); WorkspaceError when it is not."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
        raise WorkspaceError(
            path,
            "not_a_workspace",
            "is an SQLite file of another program; it was left untouched",
            ("choose_other",),
        )
    if version < 0 or (version == 0 and tables):
        raise WorkspaceError(
            path,
            "damaged",
            f"has tables but an impossible schema version ({version})",
            ("restore_backup", "choose_other"),
        )
    if version > CURRENT_VERSION:
        raise WorkspaceError(
            path,
            "newer_version",
            f"was made by a newer version of the app "
            f"(schema {version}, this one knows {CURRENT_VERSION}); update the "
            f"app",
            ("open_read_only", "choose_other"),
        )
    if version == CURRENT_VERSION:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        missing = sorted(missing_names(present))
        if missing:
            raise WorkspaceError(
                path,
                "damaged",
                f"lacks part of its structure ({', '.join(missing[:5])})",
                ("restore_backup", "choose_other"),
            )
    if check and tables:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise WorkspaceError(
                path,
                "damaged",
                f"failed its integrity check ({first_line(result)})",
                ("restore_backup", "open_read_only", "choose_other"),
            )
    return version
