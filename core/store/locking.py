"""The lock that lets one process at a time write a workspace, and says who holds it.

The lock file is ``<workspace>.lock``; it holds, as JSON, who has the workspace open for
writing: user, machine, process id, since when and, on a network drive, the last sign of life
(``heartbeat``). Two protocols share it:

- **Local file**: an exclusive, non-blocking operating-system lock (``flock``, or
  ``msvcrt.locking`` on Windows) on the lock file decides; the kernel drops it when the process
  dies, so a crash leaves nothing to clear. The JSON content only names the holder.
- **Network drive**: an OS lock taken on one machine may not be seen on another (NFS and SMB
  clients differ), so the lock file's *existence* decides. It is made with ``O_CREAT|O_EXCL``
  (one of two machines wins, on NFSv3 and later and on SMB), removed on release, and its
  heartbeat is refreshed every :data:`HEARTBEAT_EVERY` by a thread of the holder. A lock whose
  heartbeat is older than :data:`STALE_AFTER`, or that names a dead process of this machine,
  is *stale*: it may be taken over, but only by a caller that names the holder it saw (after
  asking the user), and the take-over moves the old file aside with one atomic rename so that
  of two takers only one succeeds.

The heartbeat compares clocks of two machines; a clock far ahead makes a live lock look
stale, which is why a stale lock is never taken without the user's word.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import stat
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.record import record, replace

#: how often the holder of a lock on a network drive refreshes its heartbeat
HEARTBEAT_EVERY = timedelta(seconds=30)
#: a heartbeat older than this is a holder that stopped (a crash, a machine switched off)
STALE_AFTER = timedelta(minutes=3)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@record(frozen=True)
class Holder:
    """Who holds a workspace open for writing (the content of its lock file)."""

    user: str
    machine: str
    pid: int
    since: datetime
    heartbeat: datetime | None = None

    @classmethod
    def me(cls, now: datetime) -> Holder:
        return cls(_user(), machine_name(), os.getpid(), now, now)

    def same_as(self, other: Holder | None) -> bool:
        """The same opening of the workspace (the heartbeat aside)."""
        return other is not None and (self.user, self.machine, self.pid, self.since) == (
            other.user,
            other.machine,
            other.pid,
            other.since,
        )

    def to_json(self) -> str:
        beat = self.heartbeat.isoformat() if self.heartbeat else None
        fields = {"user": self.user, "machine": self.machine, "pid": self.pid}
        fields |= {"since": self.since.isoformat(), "heartbeat": beat, "app": "tender-desk"}
        return json.dumps(fields, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Holder | None:
        """The holder a lock file names; None for an empty, old (a bare pid) or damaged one."""
        try:
            data = json.loads(text)
            beat = data.get("heartbeat")
            return cls(
                user=str(data["user"]),
                machine=str(data["machine"]),
                pid=int(data["pid"]),
                since=_aware(datetime.fromisoformat(data["since"])),
                heartbeat=_aware(datetime.fromisoformat(beat)) if beat else None,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def describe(self) -> str:
        """In English, for the command line and the logs."""
        since = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.user} on {self.machine} (process {self.pid}) since {since}"

    def stale(self, now: datetime) -> bool:
        """The holder stopped: no heartbeat for :data:`STALE_AFTER`, or a dead process here."""
        if self.machine == machine_name() and not pid_alive(self.pid):
            return True
        return self.heartbeat is not None and now - self.heartbeat > STALE_AFTER


@record(frozen=True)
class LockState:
    """What a look at the lock found: its holder (None: free) and whether it is stale."""

    holder: Holder | None
    stale: bool = False

    @property
    def free(self) -> bool:
        return self.holder is None


class LockHeldError(OSError):
    """Another process holds the workspace lock; ``holder`` says who (None: not known)."""

    def __init__(self, path: Path, holder: Holder | None, stale: bool = False) -> None:
        who = holder.describe() if holder else "another process"
        super().__init__(errno.EAGAIN, f"{path} is held by {who}")
        self.holder = holder
        self.stale = stale


class UnsafeLockError(OSError):
    """The lock file is a link or not a plain file: it is left alone, nothing is written."""

    def __init__(self, lock_path: Path, what: str) -> None:
        super().__init__(errno.ELOOP, f"{lock_path} is {what}")
        self.lock_path = lock_path
        self.what = what


#: never through a planted link; not inherited by child processes
_SAFE = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_FLAGS = os.O_RDWR | os.O_CREAT | _SAFE


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    """The lock on ``<workspace>.lock`` (see the module): ``network`` picks the protocol."""

    def __init__(
        self,
        workspace: Path,
        network: bool = False,
        clock: Clock = utc_now,
        heartbeat_every: timedelta = HEARTBEAT_EVERY,
    ) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.network = network
        self.clock = clock
        self.heartbeat_every = heartbeat_every
        self.holder: Holder | None = None
        #: set when another process took the lock over (this one must stop writing)
        self.lost = False
        self._fd: int | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def acquire(self, take_over: Holder | None = None) -> None:
        """Take the lock now or raise LockHeldError (with the holder); never waits.

        ``take_over``: the stale holder the user agreed to replace; a lock held by anyone
        else, or no longer stale, is still refused. A lock file that is a symbolic link, a
        hard link to another file or not a plain file raises UnsafeLockError: it is never
        followed, truncated or written.
        """
        if self.path.is_symlink():
            raise UnsafeLockError(self.path, "a link to another file")
        if self.network:
            self._acquire_network(take_over)
        else:
            self._acquire_local()

    def release(self) -> None:
        """Let other processes open the workspace for writing."""
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=5)
            self._beat = None
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.ftruncate(fd, 0)  # the file names nobody now
                _unlock(fd)
            finally:
                os.close(fd)
        elif self.network and self.holder is not None and not self.lost:
            with contextlib.suppress(FileNotFoundError):
                if self.holder.same_as(read_holder(self.path)):
                    os.remove(self.path)
        self.holder = None

    # -- a local file ----------------------------------------------------------------------
    def _acquire_local(self) -> None:
        try:
            fd = os.open(self.path, _FLAGS, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UnsafeLockError(self.path, "a link to another file") from None
            raise
        _refuse_unsafe(fd, self.path)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise LockHeldError(self.path, read_holder(self.path)) from None
        self.holder = replace(Holder.me(self.clock()), heartbeat=None)  # the OS lock says it
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, self.holder.to_json().encode())
        self._fd = fd

    # -- a network drive -------------------------------------------------------------------
    def _acquire_network(self, take_over: Holder | None) -> None:
        for _ in range(3):
            me = Holder.me(self.clock())
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _SAFE, 0o644)
            except FileExistsError:
                state = self.look()
                if state.holder is None:  # empty: left by a local opening or a crash
                    self._move_aside(None)
                    continue
                if state.stale and state.holder.same_as(take_over):
                    self._move_aside(state.holder)
                    continue
                raise LockHeldError(self.path, state.holder, state.stale) from None
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise UnsafeLockError(self.path, "a link to another file") from None
                raise
            try:
                _refuse_unsafe(fd, self.path)
                os.write(fd, me.to_json().encode())
                os.fsync(fd)
            finally:
                os.close(fd)
            if not me.same_as(read_holder(self.path)):
                continue  # moved aside as empty before the holder was written: again
            self.holder = me
            self._stop.clear()
            self._beat = threading.Thread(target=self._beat_loop, daemon=True, name="lock")
            self._beat.start()
            return
        raise LockHeldError(self.path, read_holder(self.path))

    def look(self) -> LockState:
        """Who holds the lock now (on a network drive: by the file alone)."""
        return look(self.workspace, self.network, self.clock)

    def _move_aside(self, expected: Holder | None) -> None:
        """Rename the stale (or, ``expected`` None, empty) lock file away; put it back when
        it turns out to be another's (taken or written between the look and the rename)."""
        aside = self.path.with_name(f"{self.path.name}.stale-{machine_name()}-{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return  # another process moved it first
        found = read_holder(aside)
        if (found is not None) if expected is None else not expected.same_as(found):
            # between the look and the rename, someone else took it: give it back
            with contextlib.suppress(OSError):
                os.replace(aside, self.path)
            raise LockHeldError(self.path, found)
        with contextlib.suppress(OSError):
            os.remove(aside)

    def beat(self) -> bool:
        """Refresh the heartbeat once; False (and ``lost``) when the lock is no longer ours."""
        if self.holder is None or self.lost:
            return False
        found = read_holder(self.path)
        if not self.holder.same_as(found):
            self.lost = True
            return False
        fresh = replace(self.holder, heartbeat=self.clock())
        part = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
        try:
            with open(part, "w", encoding="utf-8") as handle:
                handle.write(fresh.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(part, self.path)
        except OSError:
            return True  # the drive is away a moment: the next beat tries again
        self.holder = fresh
        return True

    def _beat_loop(self) -> None:
        while not self._stop.wait(self.heartbeat_every.total_seconds()):
            if not self.beat():
                return


def look(workspace: Path, network: bool, clock: Clock = utc_now) -> LockState:
    """Who holds ``workspace`` open for writing now, without taking anything.

    On a local file the OS lock is tried and let go at once; on a network drive the lock
    file alone says it.
    """
    path = lock_path(workspace)
    holder = read_holder(path)
    if network:
        return LockState(holder, holder is not None and holder.stale(clock()))
    try:
        fd = os.open(path, os.O_RDONLY | _SAFE)
    except OSError:
        return LockState(None)
    try:
        _lock_shared(fd)
    except OSError:
        return LockState(holder)
    else:
        _unlock(fd)
        return LockState(None)
    finally:
        os.close(fd)


def read_holder(path: Path) -> Holder | None:
    """The holder a lock file names, or None (no file, empty, unreadable)."""
    try:
        fd = os.open(path, os.O_RDONLY | _SAFE)
    except OSError:
        return None
    try:
        data = os.read(fd, 4096)
    except OSError:
        return None
    finally:
        os.close(fd)
    return Holder.from_json(data.decode("utf-8", errors="replace"))


def _refuse_unsafe(fd: int, path: Path) -> None:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        os.close(fd)
        what = "not a plain file" if not stat.S_ISREG(info.st_mode) else "a link to another file"
        raise UnsafeLockError(path, what)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


def machine_name() -> str:
    """This computer's network name (what ``socket.gethostname`` says: on POSIX the node name
    of ``uname``, read without loading the socket module at every opening)."""
    if hasattr(os, "uname"):
        return os.uname().nodename or "?"
    import socket  # pragma: no cover - Windows

    return socket.gethostname() or "?"


if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import ctypes
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    _lock_shared = _lock

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def pid_alive(pid: int) -> bool:
        """True while process ``pid`` of this machine runs."""
        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _lock_shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def pid_alive(pid: int) -> bool:
        """True while process ``pid`` of this machine runs."""
        if pid <= 0:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
