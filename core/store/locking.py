"""An exclusive, non-blocking lock on a workspace, held by one process while it writes."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class LockHeldError(OSError):
    """Another process holds the workspace lock."""


class UnsafeLockError(OSError):
    """The lock file is a link or not a plain file: it is left alone, nothing is written."""

    def __init__(self, lock_path: Path, what: str) -> None:
        super().__init__(errno.ELOOP, f"{lock_path} is {what}")
        self.lock_path = lock_path
        self.what = what


#: never through a planted link; not inherited by child processes
_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class WorkspaceLock:
    """Exclusive lock on ``<workspace>.lock``; released on close or when the process dies."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace.with_name(workspace.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock now or raise LockHeldError; never waits.

        A lock file that is a symbolic link, a hard link to another file or not a plain file
        raises UnsafeLockError: it is never followed, truncated or written.
        """
        if self.path.is_symlink():
            raise UnsafeLockError(self.path, "a link to another file")
        try:
            fd = os.open(self.path, _FLAGS, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UnsafeLockError(self.path, "a link to another file") from None
            raise
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(fd)
            what = (
                "not a plain file" if not stat.S_ISREG(info.st_mode) else "a link to another file"
            )
            raise UnsafeLockError(self.path, what)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise LockHeldError(f"{self.path} is held by another process") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        """Let other processes open the workspace for writing."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
