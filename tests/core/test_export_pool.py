"""A batch of documents on every core: the same files as one process, progress, a quick cancel."""

from __future__ import annotations

import multiprocessing
import sys
import time
from datetime import date, datetime

import pytest
from reportlab import rl_config

from core.demo.tenders import make_demo
from core.documents import batch
from core.documents.export import export_view
from core.errors import ValidationError
from core.rules import bundled_pack
from core.store.workspace import open_workspace
from tests.pdf_text import page_texts
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
TENDERS = 12


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("pool") / "werk.sqlite"
    with new_workspace(path, now=NOW, auto_backup=False) as ws:
        make_demo(ws, bundled_pack(), TENDERS, 5, NOW)
    return path


def files(folder):
    """Each file of ``folder`` by name, with its bytes."""
    return {f.name: f.read_bytes() for f in folder.iterdir()}


def export(demo, out, ids=None, **options):
    ids = list(range(1, TENDERS + 1)) if ids is None else ids
    return export_view(demo, bundled_pack(), ids, "summary", "fr", out, ISSUED, **options)


def test_two_processes_write_the_documents_one_process_writes(demo, tmp_path, monkeypatch):
    # no date or random id in the PDFs: set in this process only, the pool's processes make
    # theirs as this one does (copies of a server started before would not see an environment
    # variable), so the bytes are the same
    monkeypatch.setattr(rl_config, "invariant", 1)
    seen = []
    alone = export(demo, tmp_path / "one", processes=1)
    pooled = export(demo, tmp_path / "two", processes=2, progress=lambda d, t: seen.append(d))
    assert [p.name for p in pooled.written] == [p.name for p in alone.written]
    assert len(pooled.written) == TENDERS and pooled.ok
    assert files(tmp_path / "two") == files(tmp_path / "one")
    assert seen == list(range(1, TENDERS + 1)), "each document is counted once it is written"
    assert not multiprocessing.active_children()


def test_where_the_forkserver_is_not_private_the_processes_are_new_pythons_writing_the_same(
    demo, tmp_path, monkeypatch
):
    """Python 3.11.0's forkserver listened where any local user could reach it
    (CVE-2022-42919): there, as on Windows, the pool spawns new Pythons, and they write what
    one process writes."""
    offered = multiprocessing.get_all_start_methods()
    assert batch.starts().get_start_method() == (
        "forkserver" if "forkserver" in offered else "spawn"
    )
    monkeypatch.setattr(batch, "SAFE_FORKSERVER", (sys.version_info[0] + 1,))
    assert batch.starts().get_start_method() == "spawn"
    monkeypatch.setattr(rl_config, "invariant", 1)
    export(demo, tmp_path / "one", ids=[1, 2, 3], processes=1)
    spawned = export(demo, tmp_path / "two", ids=[1, 2, 3], processes=2)
    assert len(spawned.written) == 3 and spawned.ok
    assert files(tmp_path / "two") == files(tmp_path / "one")


def test_a_cancel_stops_the_processes_at_once_and_leaves_whole_files(demo, tmp_path):
    asked = []

    def progress(done, total):
        if done == 2:
            asked.append(time.monotonic())

    report = export(demo, tmp_path, processes=2, progress=progress, cancelled=lambda: bool(asked))
    stopped = time.monotonic() - asked[0]
    assert report.cancelled and len(report.written) == 2
    assert sorted(tmp_path.iterdir()) == sorted(report.written), "no .part file, nothing more"
    assert all(page_texts(p) for p in report.written)
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
    # a count of processes, whole: one and a half batches' worth is one process
    assert batch.processes_for(batch.TENDERS_PER_PROCESS * 3 // 2) == 1


def test_a_pool_process_opens_the_workspace_once_and_writes_what_this_process_writes(
    demo, monkeypatch
):
    """What a pool process runs, run here: its first document opens the file read-only and
    keeps the register for the next; each gives the same PDF text as a document made in
    this process."""
    from core.documents import gather, render
    from core.store.register import Register

    monkeypatch.setattr(batch, "_worker", {})
    batch._start_worker(demo, bundled_pack())
    first = batch._outcome_here(1, "summary", "nl", ISSUED)
    kept = batch._worker["register"]
    second = batch._outcome_here(2, "summary", "nl", ISSUED)
    assert batch._worker["register"] is kept and kept.ws.read_only
    with open_workspace(demo, now=NOW, read_only=True) as ws:
        here = Register(ws, bundled_pack())
        for tender_id, made in ((1, first), (2, second)):
            assert made.reference == here.tender(tender_id).reference and not made.code
            expected = render("summary", gather(here, tender_id), "nl", ISSUED)[0].data
            assert page_texts(made.files[0].data)[0] == page_texts(expected)[0]
    kept.ws.close()


def test_a_pool_process_writes_with_the_rules_and_signatory_it_was_started_with(demo, monkeypatch):
    from core.documents.data import Signatory

    pack, signatory = bundled_pack(), Signatory("Katrien Maes", "Zaakvoerder")
    made = []
    monkeypatch.setattr(batch, "_worker", {})
    monkeypatch.setattr(batch, "outcome", lambda reg, *args: made.append((reg.pack, args)))
    batch._start_worker(demo, pack, signatory)
    batch._outcome_here(3, "summary", "fr", ISSUED)
    assert made == [(pack, (3, "summary", "fr", ISSUED, signatory))]
    batch._worker["register"].ws.close()
