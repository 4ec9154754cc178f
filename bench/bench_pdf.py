"""A two-page tender summary against bare reportlab, and a batch of 1,000 summaries.

Budget: ``render("summary")`` of a tender whose summary is two pages takes at most 2 × the time
bare reportlab needs for the same content: the same flowables (paragraphs and tables, the same
embedded DejaVu font) built with a plain ``SimpleDocTemplate`` and the default canvas. What the
app adds is measured: writing the story from the stored tender, page x of y (a canvas that keeps
the pages until their number is known), the footer and the metadata. Reading the tender from
the register (``gather``) is measured apart. Medians of ``REPEAT`` interleaved runs after a warm
up (the font is registered once per process in both).

Also printed, without a budget: 1,000 summaries of the demo register written by
``export_view`` (the path the window's batch takes, off the GUI thread).

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_pdf``.
"""

from __future__ import annotations

import io
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from bench.common import NOW, Verdicts, median
from core.demo.tenders import make_demo
from core.documents import gather, render, summary
from core.documents.export import export_view
from core.documents.layout import MARGIN, fonts
from core.rules import bundled_pack
from core.store.register import Register
from core.store.workspace import open_workspace

BUDGET = 2.0
REPEAT = 20
BATCH = 1000
ISSUED = date(2026, 11, 22)


def _two_page_tender(reg: Register) -> int:
    """The first demo tender whose summary is exactly two pages."""
    for (tid,) in reg.ws.conn.execute(
        "SELECT tender_id FROM decisions GROUP BY tender_id ORDER BY count(*) DESC, tender_id"
    ):
        data = render("summary", gather(reg, tid), "nl", ISSUED)[0].data
        if len(PdfReader(io.BytesIO(data)).pages) == 2:
            return tid
    raise SystemExit("no demo tender has a two-page summary")


def _bare(story) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN
    ).build(story)
    return out.getvalue()


def main() -> int:
    verdicts = Verdicts("bench_pdf")
    fonts()
    pack = bundled_pack()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        with open_workspace(path, now=NOW) as ws:
            make_demo(ws, pack, BATCH, 7, NOW)
        with open_workspace(path, now=NOW, read_only=True, check=False) as ws:
            reg = Register(ws, pack)
            tid = _two_page_tender(reg)
            file = gather(reg, tid)
            ours, bare, reads = [], [], []
            for _ in range(3):
                render("summary", file, "nl", ISSUED)
                _bare(summary.story(file, "nl", ISSUED))
            for _ in range(REPEAT):
                started = time.perf_counter()
                gather(reg, tid)
                reads.append(time.perf_counter() - started)
                started = time.perf_counter()
                render("summary", file, "nl", ISSUED)
                ours.append(time.perf_counter() - started)
                story = summary.story(file, "nl", ISSUED)  # the same content, made beforehand
                started = time.perf_counter()
                _bare(story)
                bare.append(time.perf_counter() - started)
        ours_ms, bare_ms = median(ours) * 1000, median(bare) * 1000
        print(f"two-page summary, the app's render     {ours_ms:8.1f} ms")
        print(f"same flowables, bare reportlab          {bare_ms:8.1f} ms")
        print(f"reading the tender (gather)             {median(reads) * 1000:8.1f} ms")
        ratio = ours_ms / bare_ms
        verdicts.check("two-page summary, ratio to bare reportlab", ratio, BUDGET, "x")
        started = time.perf_counter()
        ids = list(range(1, BATCH + 1))
        report = export_view(path, pack, ids, "summary", "nl", Path(folder) / "out", ISSUED)
        took = time.perf_counter() - started
        print(
            f"info  batch: {len(report.written)} summaries in {took:.1f} s "
            f"({len(report.written) / took:.0f} files/s)"
        )
    verdicts.exit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
