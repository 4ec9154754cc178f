"""A trainer's hand-out folder (settings, pack, workspace) survives the app saving its settings."""

from __future__ import annotations

import os
import stat
import sys

import pytest

import core.settings as st
from core.store.files import write_atomic


def english():
    return "C"


@pytest.fixture
def hand_out(tmp_path):
    folder = tmp_path / "workshop"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text(
        'language = "fr"\n'
        'default_workspace = "oefening/register.sqlite"\n'
        'rule_pack = "./pack.toml"\n'
        'today = "01/03/2026"\n',
        "utf-8",
    )
    return path


def test_saving_another_value_keeps_the_relative_paths_as_written(hand_out):
    settings = st.load(hand_out, english).settings
    st.save(settings.with_value("language", "nl"), hand_out)
    written = hand_out.read_text("utf-8")
    assert 'default_workspace = "oefening/register.sqlite"' in written
    assert 'rule_pack = "./pack.toml"' in written
    assert 'today = "01/03/2026"' in written
    assert 'language = "nl"' in written
    # the folder can still be copied elsewhere as a whole: the paths follow it
    moved = hand_out.parent.rename(hand_out.parent.parent / "copy") / "settings.toml"
    again = st.load(moved, english).settings
    assert again.default_workspace == moved.parent / "oefening" / "register.sqlite"
    assert again.language == "nl"


def test_a_changed_path_is_written_as_the_new_value(hand_out, tmp_path):
    settings = st.load(hand_out, english).settings
    elsewhere = tmp_path / "other.sqlite"
    st.save(settings.with_value("default_workspace", str(elsewhere)), hand_out)
    written = hand_out.read_text("utf-8")
    assert f"default_workspace = {st._toml_string(str(elsewhere))}" in written
    assert 'rule_pack = "./pack.toml"' in written


def test_a_damaged_file_is_replaced_by_the_values_in_full(hand_out):
    hand_out.write_text("language = [", "utf-8")
    st.save(st.Settings(language="en"), hand_out)
    assert st.load(hand_out, english).settings.language == "en"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_saving_keeps_the_file_permissions(hand_out):
    os.chmod(hand_out, 0o664)
    st.save(st.load(hand_out, english).settings.with_value("language", "nl"), hand_out)
    assert stat.S_IMODE(hand_out.stat().st_mode) == 0o664


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o444])
def test_a_replaced_file_keeps_its_permissions(tmp_path, mode):
    place = tmp_path / "report.csv"
    place.write_bytes(b"old")
    os.chmod(place, mode)
    write_atomic(place, b"new")
    assert place.read_bytes() == b"new"
    assert stat.S_IMODE(place.stat().st_mode) == mode


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.csv", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
