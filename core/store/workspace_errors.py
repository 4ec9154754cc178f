"""Why a workspace cannot be opened or written as asked, with what the user can do about it.

Kept apart from ``core.store.workspace`` (which re-exports ``WorkspaceError``) so that the
lock's refusals can be put in the same words wherever they arise.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import PortableError
from core.store.locking import Holder, LockHeldError, UnsafeLockError


class WorkspaceError(PortableError):
    """A workspace that cannot be opened as asked, with what the user can do about it.

    ``code``: ``not_a_workspace``, ``damaged``, ``newer_version``, ``read_only``, ``locked``,
    ``stale_lock``, ``lock_lost``, ``cannot_create``, ``missing``, ``unsafe_lock``,
    ``folder``, ``disk_full``, ``write_failed``, ``bad_path``.
    ``offers``: ``open_read_only``, ``take_over``, ``restore_backup``, ``choose_other``,
    ``retry``, ``create``.
    ``holder``: who has the workspace open for writing, when that is why (``locked``,
    ``stale_lock``, ``read_only`` because another holds it), else None.
    """

    def __init__(
        self,
        path: Path,
        code: str,
        message: str,
        offers: tuple[str, ...],
        holder: Holder | None = None,
    ) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.code = code
        self.message = message
        self.offers = offers
        self.holder = holder


def lock_error(path: Path, exc: OSError) -> WorkspaceError:
    """The lock could not be taken: who holds it (and whether it may be taken over)."""
    if isinstance(exc, LockHeldError):
        holder = exc.holder
        if exc.stale:
            return WorkspaceError(
                path,
                "stale_lock",
                f"was left open for writing by {holder.describe()}, who no longer answers "
                "(a crash or a computer switched off?); it can be taken over",
                ("take_over", "open_read_only", "choose_other"),
                holder,
            )
        who = holder.describe() if holder else "another window or program"
        return WorkspaceError(
            path,
            "locked",
            f"is open for writing by {who}; it can be read meanwhile",
            ("open_read_only", "choose_other"),
            holder,
        )
    if isinstance(exc, UnsafeLockError):
        return WorkspaceError(
            path,
            "unsafe_lock",
            f"cannot be locked: {exc.lock_path.name} is {exc.what}; nothing was written to it. "
            "Remove it if no program uses the workspace",
            ("open_read_only", "choose_other"),
        )
    return WorkspaceError(
        path,
        "cannot_create",
        f"cannot be locked: {exc.strerror}",
        ("open_read_only", "choose_other"),
    )


def disk_full_error(path: Path) -> WorkspaceError:
    """The error of a change that did not fit on the disk (nothing of it was kept)."""
    return WorkspaceError(
        path,
        "disk_full",
        "cannot be written: the disk is full; make room on it and try again",
        ("retry", "open_read_only", "choose_other"),
    )
