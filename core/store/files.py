"""Writing files safely: whole or not at all, and never through a link someone planted.

Every file the app writes beside a user's file (a PDF, a CSV, a backup, a restored workspace)
is first written to a new hidden ``.part`` file whose name has a random part and which is
created exclusively (``O_EXCL``, ``O_NOFOLLOW``): a symbolic link planted under a predictable
name is never followed, and a file of the same name is never reused. The ``.part`` file is
renamed over its place when complete; the rename replaces a link itself, never its target.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PART = ".part"
#: open flags that refuse a link and never reuse an existing file (0 where unknown)
NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def new_part(place: Path) -> tuple[int, Path]:
    """A new, empty hidden ``.part`` file beside ``place``, open for writing: (fd, path)."""
    for _ in range(100):
        # what secrets.token_hex(4) returns, without loading secrets (hmac: 10 ms a start)
        part = place.with_name(f".{place.name}.{os.urandom(4).hex()}{PART}")
        try:
            return os.open(part, NEW_FILE, 0o666), part
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(place))


def stale_parts(place: Path) -> list[Path]:
    """The ``.part`` files of ``place`` left by a write that was cut short (a crash)."""
    return sorted(place.parent.glob(f".{_glob_escape(place.name)}.*{PART}"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either complete or unchanged."""
    with replacing(path, "wb") as handle:
        handle.write(data)


@contextmanager
def replacing(path: Path, mode: str = "wb", **options) -> Iterator[IO]:
    """A handle on a new ``.part`` file that replaces ``path`` when the block ends without error.

    The new file keeps the permissions of the file it replaces (a file shared with a group
    stays shared). On any error the ``.part`` file is removed and ``path`` is left as it was.
    """
    fd, part = new_part(path)
    try:
        with os.fdopen(fd, mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_permissions(path, part)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def _keep_permissions(old: Path, new: Path) -> None:
    """Give ``new`` the permission bits of the regular file ``old``, when there is one."""
    try:
        before = os.stat(old, follow_symlinks=False)
    except OSError:
        return
    if stat.S_ISREG(before.st_mode):
        os.chmod(new, stat.S_IMODE(before.st_mode))


def sync_folder(folder: Path) -> None:
    """Make a rename itself durable where the system allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def disk_full(exc: BaseException) -> bool:
    """True when an error from the system or from SQLite means the disk is full."""
    if isinstance(exc, OSError):
        return exc.errno in {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(exc)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
