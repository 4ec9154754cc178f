"""The version shown by --version and Help > About comes from pyproject.toml alone."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import main
from core.version import version

ROOT = Path(__file__).resolve().parents[2]


def test_version_flag_prints_the_version_of_pyproject(capsys):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    with pytest.raises(SystemExit) as stop:
        main.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"tender-desk {expected}"


def test_a_bumped_pyproject_is_read_without_reinstalling(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "tender-desk"\nversion = "2.3.4"\n', encoding="utf-8"
    )
    assert version(tmp_path) == "2.3.4"


def test_another_projects_pyproject_is_not_taken_for_ours(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "something-else"\nversion = "9.9.9"\n', encoding="utf-8"
    )
    monkeypatch.setattr(metadata, "version", lambda name: "1.0.0")
    assert version(tmp_path) == "1.0.0"


def test_without_pyproject_the_installed_metadata_answers(tmp_path, monkeypatch):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", lambda name: "1.0.0")
    assert version(tmp_path) == "1.0.0"
    monkeypatch.setattr(metadata, "version", not_installed)
    assert version(tmp_path) == "unknown"
