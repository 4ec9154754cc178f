"""An exclusive, non-blocking lock on a workspace, held by one process while it writes."""

from __future__ import annotations

import os
from pathlib import Path


class LockHeldError(OSError):
    """Another process holds the workspace lock."""


class WorkspaceLock:
    """Exclusive lock on ``<workspace>.lock``; released on close or when the process dies."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace.with_name(workspace.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock now or raise LockHeldError; never waits."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
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
