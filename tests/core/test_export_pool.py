"""A batch of documents on every core: the same files as one process, progress, a quick cancel."""

from __future__ import annotations

import io
import multiprocessing
import time
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from core.demo.tenders import make_demo
from core.documents import batch
from core.documents.export import export_view
from core.errors import ValidationError
from core.rules import bundled_pack
from core.store.workspace import open_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
TENDERS = 12


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("pool") / "werk.sqlite"
    with open_workspace(path, now=NOW, auto_backup=False) as ws:
        make_demo(ws, bundled_pack(), TENDERS, 5, NOW)
    return path


def texts(folder):
    """Each PDF of ``folder`` by name, as its pages read."""
    return {
        f.name: [p.extract_text() for p in PdfReader(io.BytesIO(f.read_bytes())).pages]
        for f in folder.iterdir()
    }


def export(demo, out, ids=None, **options):
    ids = list(range(1, TENDERS + 1)) if ids is None else ids
    return export_view(demo, bundled_pack(), ids, "summary", "fr", out, ISSUED, **options)


def test_two_processes_write_the_documents_one_process_writes(demo, tmp_path):
    seen = []
    alone = export(demo, tmp_path / "one", processes=1)
    pooled = export(demo, tmp_path / "two", processes=2, progress=lambda d, t: seen.append(d))
    assert [p.name for p in pooled.written] == [p.name for p in alone.written]
    assert len(pooled.written) == TENDERS and pooled.ok
    assert texts(tmp_path / "two") == texts(tmp_path / "one")
    assert seen == list(range(1, TENDERS + 1)), "each document is counted once it is written"
    assert not multiprocessing.active_children()


def test_a_cancel_stops_the_processes_at_once_and_leaves_whole_files(demo, tmp_path):
    asked = []

    def progress(done, total):
        if done == 2:
            asked.append(time.monotonic())

    report = export(demo, tmp_path, processes=2, progress=progress, cancelled=lambda: bool(asked))
    stopped = time.monotonic() - asked[0]
    assert report.cancelled and len(report.written) == 2
    assert sorted(tmp_path.iterdir()) == sorted(report.written), "no .part file, nothing more"
    assert all(PdfReader(io.BytesIO(p.read_bytes())).pages for p in report.written)
    assert not multiprocessing.active_children(), "the processes ended with the batch"
    assert stopped < 5, f"the batch took {stopped:.1f} s to stop"
    time.sleep(0.3)
    assert sorted(tmp_path.iterdir()) == sorted(report.written), "nothing written after"


def test_an_error_in_a_process_reaches_the_caller_and_ends_the_pool(demo, tmp_path):
    with pytest.raises(ValidationError, match="no tender with id 999"):
        export(demo, tmp_path, ids=[1, 2, 999, 3], processes=2)
    assert not multiprocessing.active_children()


def test_a_batch_takes_every_core_only_when_it_gains(monkeypatch):
    monkeypatch.setattr(batch, "cores", lambda: 4)
    assert batch.processes_for(1) == 1
    assert batch.processes_for(batch.TENDERS_PER_PROCESS * 2) == 2
    assert batch.processes_for(100_000) == 4
