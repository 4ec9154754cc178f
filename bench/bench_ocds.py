"""The OCDS export of a large register (``main.py export-ocds``), against plain jsonschema.

Ours: ``core.exchange.ocds.export`` end to end: open the workspace read-only, read it a page
of tenders at a time, build each release, check it against the OCDS 1.1.5 schema with the
lots extension, write it to a ``.part`` file, rename. The bare side does the checking and the
writing alone, with the library as its documentation shows it: the same releases, already
built and held in memory, checked one by one with a ``Draft4Validator`` of the patched release
schema, then the package written with one ``json.dump``. Budget: within 1.5x the bare side
(ours also reads the register and builds the releases). How much memory the export holds at
its peak (``tracemalloc``, one more run) is printed beside what the bare side's release list
alone takes.

Run: ``.venv/bin/python -m bench.bench_ocds`` (10,000 tenders, best of 3) or
``… --tenders 100000 --repeat 1``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import tracemalloc
from decimal import Decimal
from pathlib import Path

from bench.common import NOW, Verdicts, cached_workspace, timed
from core.exchange.ocds import export, releases
from core.exchange.ocds_schema import release_schema
from core.store.workspace import open_workspace

BUDGET = 1.5
PREFIX = "ocds-213czf"


def _ours(workspace: Path, target: Path) -> float:
    def work() -> None:
        report = export(workspace, target, prefix=PREFIX, publisher=None, lang="nl", now=NOW)
        assert report.written, report.lines("en")

    return timed(work)


def _built(workspace: Path) -> list[dict]:
    with open_workspace(workspace, now=NOW, read_only=True, check=False) as ws:
        return [one for _, one in releases(ws.db.conn, PREFIX, "nl")]


def _bare(built: list[dict], target: Path) -> float:
    from jsonschema import Draft4Validator

    def work() -> None:
        validator = Draft4Validator(release_schema())
        for one in built:
            assert not list(validator.iter_errors(one))
        with target.open("w", encoding="utf-8") as out:
            json.dump({"releases": built}, out, ensure_ascii=False, default=str)

    return timed(work)


def _peak(work) -> int:  # noqa: ANN001
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    """Time both sides and print the figures, ratio and verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenders", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best")
    options = parser.parse_args()
    tenders = options.tenders
    verdicts = Verdicts("bench_ocds")
    workspace = cached_workspace(tenders)
    built = _built(workspace)
    assert len(built) == tenders
    conn = sqlite3.connect(workspace)
    lots, tenderers = (
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("lots", "tenderers")
    )
    conn.close()
    with tempfile.TemporaryDirectory(prefix="tender-bench-") as name:
        folder = Path(name)
        best: dict[str, float] = {}
        for run in range(options.repeat):
            seconds = _ours(workspace, folder / f"ours-{run}.json")
            best["ours: export-ocds"] = min(best.get("ours: export-ocds", seconds), seconds)
            seconds = _bare(built, folder / f"bare-{run}.json")
            best["bare: jsonschema + json.dump"] = min(
                best.get("bare: jsonschema + json.dump", seconds), seconds
            )
        size = (folder / "ours-0.json").stat().st_size
        amounts = json.loads((folder / "ours-0.json").read_text(), parse_float=Decimal)
        assert len(amounts["releases"]) == tenders
        peak = _peak(lambda: _ours(workspace, folder / "peak.json"))
    held = _peak(lambda: _built(workspace))
    print(f"{tenders:,} tenders, {tenderers:,} tenderers, {lots:,} lots; file {size / 1e6:.1f} MB")
    for label, seconds in best.items():
        print(f"{label:40s} {seconds:7.2f} s  ({1000 * seconds / tenders:.2f} ms a tender)")
    print(f"info  peak memory of the export (tracemalloc): {peak / 1e6:.1f} MB")
    print(f"info  the releases held in a list (bare side): {held / 1e6:.1f} MB")
    verdicts.check(
        "export-ocds / bare jsonschema + json.dump",
        best["ours: export-ocds"] / best["bare: jsonschema + json.dump"],
        BUDGET,
        "x",
    )
    verdicts.exit()


if __name__ == "__main__":
    main()
