"""A workshop folder with one exercise of each kind, a register with one tender, and the
user's data folder in the test's own folder."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from core.store.register import Register
from core.workshops.build import make_from_folder
from tests.workspaces import new_workspace

ROOT = Path(__file__).resolve().parents[3]
BUILT_IN = ROOT / "resources" / "workshops" / "sme-2024"
ONE_OF_EACH = ("adv-h2-small", "bid-restricted-reduced", "rank-open-price-only", "proc-140000")
NOW = datetime(2026, 11, 22, 10)


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    """The user's data folder (where working copies go) inside the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "tender-desk"


@pytest.fixture
def folder(tmp_path, pack):
    """A workshop folder: four exercises of the built-in workshop and a register."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(BUILT_IN / "workshop.toml", src / "workshop.toml")
    (src / "workshop.toml").write_text(
        (BUILT_IN / "workshop.toml")
        .read_text(encoding="utf-8")
        .replace('today = ""', 'today = "2025-03-01"'),
        encoding="utf-8",
    )
    doc = json.loads((BUILT_IN / "exercises.json").read_text(encoding="utf-8"))
    doc["cases"] = [c for c in doc["cases"] if c["id"] in ONE_OF_EACH]
    (src / "exercises.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with new_workspace(src / "workspace.sqlite", now=NOW, auto_backup=False) as ws:
        Register(ws, pack).add_tender(
            {
                "reference": "2025/001",
                "title": "Speeltuin",
                "authority": "local",
                "contract_type": "works",
                "estimated_value": "300000",
                "launch_date": "2025-03-01",
            },
            NOW,
        )
    return src


@pytest.fixture
def made(folder, tmp_path, pack):
    """The workshop file made from ``folder``."""
    out = tmp_path / "w.tdworkshop"
    make_from_folder(folder, out, pack, date(2026, 11, 22))
    return out
