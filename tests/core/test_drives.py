"""Where a file lies: the network drive detector on recorded mount tables and Windows paths.

A real NFS or SMB mount is out of reach in the tests, so the detector reads mount tables
recorded on machines that had them (``tests/core/mounts``), and Windows' answer for a drive
letter is given by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.drives import NETWORK_FOLDERS_ENV, mount_of, on_network_drive, parse_mountinfo

MOUNTS = Path(__file__).parent / "mounts"


def remote(path: str, table: str) -> bool:
    text = (MOUNTS / table).read_text(encoding="utf-8")
    return on_network_drive(path, environ={}, platform="linux", mountinfo=text)


@pytest.mark.parametrize(
    ("path", "table", "expected"),
    [
        ("/srv/aankoop/register.sqlite", "debian-nfs.txt", True),  # nfs (v3)
        ("/mnt/teams/register.sqlite", "debian-nfs.txt", True),  # nfs4
        ("/mnt/teams/scratch/register.sqlite", "debian-nfs.txt", False),  # tmpfs inside it
        ("/home/jan/register.sqlite", "debian-nfs.txt", False),  # ext4
        ("/srv/aankoop-old/register.sqlite", "debian-nfs.txt", False),  # a name that only
        # starts like the mount point is not under it
        ("/data/register.sqlite", "debian-nfs.txt", True),  # nfs4 mounted over an ext4
        ("/mnt/H/2026/register.sqlite", "ubuntu-cifs.txt", True),  # cifs
        ("/media/jan/Gedeelde map/register.sqlite", "ubuntu-cifs.txt", True),  # smb3, \040
        ("/media/jan/Gedeelde/register.sqlite", "ubuntu-cifs.txt", False),
        ("/mnt/oud/register.sqlite", "ubuntu-cifs.txt", True),  # smbfs
        ("/media/jan/USB STICK/register.sqlite", "ubuntu-cifs.txt", False),  # vfat, \040
        ("/home/jan/server/register.sqlite", "desktop-fuse.txt", True),  # fuse.sshfs
        ("/run/user/1000/gvfs/smb-share:server=nas/register.sqlite", "desktop-fuse.txt", True),
        ("/home/jan/OneDrive/register.sqlite", "desktop-fuse.txt", True),  # fuse.rclone
        ("/media/jan/Windows/register.sqlite", "desktop-fuse.txt", False),  # fuseblk: a disk
        ("/home/jan/register.sqlite", "desktop-fuse.txt", False),
        ("/mnt/c/Users/jan/register.sqlite", "wsl-9p.txt", True),  # 9p
        ("/home/jan/register.sqlite", "wsl-9p.txt", False),
        ("/afs/gemeente.be/register.sqlite", "cluster.txt", True),
        ("/ceph/gemeente/register.sqlite", "cluster.txt", True),
        ("/gluster/vol1/register.sqlite", "cluster.txt", True),  # fuse.glusterfs
        ("/gluster/vol2/register.sqlite", "cluster.txt", True),  # glusterfs
        ("/mnt/over/register.sqlite", "cluster.txt", False),  # overlay: a container's disk
        ("/register.sqlite", "cluster.txt", False),  # xfs
    ],
)
def test_each_kind_of_mount_is_told_apart(path, table, expected):
    assert remote(path, table) is expected


def test_escaped_mount_points_are_read_back():
    mounts = parse_mountinfo((MOUNTS / "ubuntu-cifs.txt").read_text(encoding="utf-8"))
    points = {m.point: m.fstype for m in mounts}
    assert points["/media/jan/Gedeelde map"] == "smb3"
    assert points["/media/jan/USB STICK"] == "vfat"
    found = mount_of("/media/jan/Gedeelde map/a/b.sqlite", mounts)
    assert found is not None and found.fstype == "smb3"


def test_a_damaged_mount_table_line_is_skipped():
    text = "garbage\n27 1 254:0 / / rw - ext4 /dev/vda rw\n28 27 0:1 / /x rw - \n"
    assert [m.point for m in parse_mountinfo(text)] == ["/"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\server\aankoop\register.sqlite", True),
        ("//server/aankoop/register.sqlite", True),
        (r"\\?\UNC\server\aankoop\register.sqlite", True),
        (r"H:\aankoop\register.sqlite", True),  # H: is a network drive below
        (r"h:\aankoop\register.sqlite", True),
        (r"C:\Users\jan\register.sqlite", False),
        (r"\\?\C:\Users\jan\register.sqlite", False),
        (r"D:\register.sqlite", False),  # a USB stick (DRIVE_REMOVABLE)
    ],
)
def test_windows_unc_paths_and_network_drive_letters(path, expected):
    types = {"C:\\": 3, "D:\\": 2, "H:\\": 4}  # fixed, removable, remote

    def drive_type(root: str) -> int:
        return types[root.upper()]

    assert on_network_drive(path, environ={}, platform="win32", drive_type=drive_type) is expected


def test_named_folders_count_as_a_network_drive(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    environ = {NETWORK_FOLDERS_ENV: str(share)}
    local = "27 1 254:0 / / rw - ext4 /dev/vda rw\n"
    assert on_network_drive(share / "w.sqlite", environ=environ, platform="linux", mountinfo=local)
    assert on_network_drive(
        share / "sub" / "w.sqlite", environ=environ, platform="linux", mountinfo=local
    )
    assert not on_network_drive(
        tmp_path / "w.sqlite", environ=environ, platform="linux", mountinfo=local
    )
    assert not on_network_drive(
        tmp_path / "share2" / "w.sqlite", environ=environ, platform="linux", mountinfo=local
    )


def test_this_machine_is_read_when_nothing_is_given(tmp_path, monkeypatch):
    """The app's own call: the real mount table (here a local disk) and the environment."""
    monkeypatch.delenv(NETWORK_FOLDERS_ENV, raising=False)
    if not Path("/proc/self/mountinfo").exists():
        pytest.skip("no /proc/self/mountinfo here")
    table = parse_mountinfo(Path("/proc/self/mountinfo").read_text(encoding="utf-8"))
    mount = mount_of(str(tmp_path.resolve()), table)
    assert mount is not None
    assert on_network_drive(tmp_path / "w.sqlite") is (mount.fstype in ("nfs", "nfs4", "cifs"))
    monkeypatch.setenv(NETWORK_FOLDERS_ENV, str(tmp_path))
    assert on_network_drive(tmp_path / "w.sqlite")
