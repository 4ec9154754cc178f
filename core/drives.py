"""Whether a file lies on a network drive: the one question the store asks before it opens one.

SQLite's WAL mode needs memory shared by every process that opens the file, which machines
on a network do not share, and a lock taken on one machine may not be seen by another. So a
workspace on a network drive is opened differently (see ``core.store.workspace``); this module
only says where a file lies.

- Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose type is
  ``DRIVE_REMOTE`` (``GetDriveTypeW``).
- Linux: the file system of the mount that holds the file, from ``/proc/self/mountinfo``
  (the longest mount point that contains it): NFS, CIFS/SMB, SSHFS and other FUSE mounts,
  9p, AFS, Ceph, GlusterFS and the like.
- Elsewhere (macOS): not known, taken as local.

``TENDER_DESK_NETWORK_FOLDERS`` (folders separated by ``os.pathsep``) makes every file under
those folders count as on a network drive: for tests, and for a share the detector cannot
recognise (a synchronised folder, an unusual file system).
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PureWindowsPath

from core.record import record

NETWORK_FOLDERS_ENV = "TENDER_DESK_NETWORK_FOLDERS"
MOUNTINFO = Path("/proc/self/mountinfo")

#: Linux file system types that live on another machine (``fuse.*`` are added below)
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb2",
        "ncpfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "ocfs2",
        "gfs2",
        "davfs",
        "coda",
        "virtiofs",
        "fuse",  # a FUSE mount that does not name its kind: it may be anything
    }
)
#: FUSE file systems that are a local disk (NTFS or exFAT through ntfs-3g, exfat-fuse)
LOCAL_FUSE = frozenset({"fuseblk"})

DRIVE_REMOTE = 4  # GetDriveTypeW


@record(frozen=True)
class Mount:
    """One line of a mount table: where it is mounted and its file system type."""

    point: str
    fstype: str


def on_network_drive(
    path: str | os.PathLike[str],
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    mountinfo: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """True when ``path`` (a file, which need not exist yet) lies on a network drive.

    The keyword arguments are for tests: another environment, platform (``sys.platform``),
    mount table text or drive-type lookup than this machine's.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    text = os.fspath(path)
    if _under_named_folder(text, environ.get(NETWORK_FOLDERS_ENV, ""), platform):
        return True
    if platform == "win32":
        return windows_remote(text, drive_type or _get_drive_type)
    if platform.startswith("linux"):
        if mountinfo is None:
            try:
                mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="surrogateescape")
            except OSError:
                return False
        return linux_remote(_existing(text), parse_mountinfo(mountinfo))
    return False


def _under_named_folder(text: str, folders: str, platform: str) -> bool:
    if not folders.strip():
        return False
    if platform == "win32":
        target = ntpath.normcase(ntpath.abspath(text)) if os.name == "nt" else text.lower()
        for folder in filter(None, (f.strip() for f in folders.split(";"))):
            base = ntpath.normcase(folder).rstrip("\\/")
            if target == base or target.startswith(base + "\\"):
                return True
        return False
    target = _existing(text)
    for folder in filter(None, (f.strip() for f in folders.split(os.pathsep))):
        if _contains(_existing(folder), target):
            return True
    return False


def _existing(text: str) -> str:
    """The real path of ``text``: links resolved as far as the path exists."""
    return os.path.realpath(os.path.abspath(text))


# -- Windows ---------------------------------------------------------------------------------
def windows_remote(text: str, drive_type: Callable[[str], int]) -> bool:
    """A UNC path, or a drive letter that Windows says is a network drive."""
    normal = text.replace("/", "\\")
    for prefix in ("\\\\?\\UNC\\", "\\\\.\\UNC\\"):
        if normal.upper().startswith(prefix):
            return True
    if normal.startswith(("\\\\?\\", "\\\\.\\")):
        normal = normal[4:]  # a long path with a drive letter: \\?\C:\…
    elif normal.startswith("\\\\"):
        return True  # \\server\share\…
    drive = PureWindowsPath(normal).drive
    if len(drive) == 2 and drive[1] == ":":
        return drive_type(drive + "\\") == DRIVE_REMOTE
    return False


def _get_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


# -- Linux -----------------------------------------------------------------------------------
_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """A mountinfo field with its octal escapes (``\\040`` a space) turned back."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of a ``/proc/<pid>/mountinfo`` text; lines it cannot read are skipped.

    A line: ``id parent major:minor root mount-point options [optional…] - type source
    super-options``.
    """
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        try:
            dash = fields.index("-", 6)
        except ValueError:
            continue
        if len(fields) <= dash + 1 or not fields[dash + 1]:
            continue
        mounts.append(Mount(point=_unescape(fields[4]), fstype=_unescape(fields[dash + 1])))
    return mounts


def is_network_type(fstype: str) -> bool:
    """True for a Linux file system type that lives on another machine."""
    kind = fstype.lower()
    if kind in LOCAL_FUSE:
        return False
    return kind in NETWORK_TYPES or kind.startswith("fuse.") or kind.startswith("nfs")


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount that holds ``path`` (absolute): the longest mount point containing it; of
    two mounts on one point, the later one (it hides the earlier)."""
    best: Mount | None = None
    for mount in mounts:
        if _contains(mount.point, path) and (best is None or len(mount.point) >= len(best.point)):
            best = mount
    return best


def linux_remote(path: str, mounts: list[Mount]) -> bool:
    """True when the mount holding ``path`` is a network file system."""
    mount = mount_of(path, mounts)
    return mount is not None and is_network_type(mount.fstype)


def _contains(folder: str, path: str) -> bool:
    """``path`` is ``folder`` or lies under it, as PurePosixPath compares them (its parts as
    text): every opening asks this of each mount, which as PurePosixPath objects cost about a
    millisecond for a mount table of twenty lines."""
    (base_root, base), (root, parts) = _parts(folder), _parts(path)
    return root == base_root and parts[: len(base)] == base


def _parts(path: str) -> tuple[str, list[str]]:
    """A POSIX path's root ("/", "//", which POSIX leaves to the system, or none) and its
    names, without the empty ones and ".", as PurePosixPath splits it."""
    if path.startswith("//") and not path.startswith("///"):
        root = "//"
    else:
        root = "/" if path.startswith("/") else ""
    return root, [name for name in path.split("/") if name not in ("", ".")]
