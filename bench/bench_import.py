"""Importing 100,000 demo tenders through the bulk path, against bare sqlite-utils insert_all.

Budget (DESIGN.md): within 2x a bare ``insert_all`` of the same rows into empty tables. Both
sides get the same rows, in one transaction, on a WAL file with ``synchronous = FULL``:

- tender rows: the 100,000 tender rows (with the buyer rows they refer to);
- whole demo: organisations, tenders, tenderers and decisions.

The bulk path does more than the bare library: the schema's constraints and indexes, an audit
row for every row, the full-text index. Also printed, without a budget: insert_all with its own
defaults (a commit per batch), and the total demo-data time (generation and import) as
``main.py demo-data`` spends it. Each timing is the best of ``REPEAT`` runs.

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_import``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import sqlite_utils

from bench.common import NOW, SEED, TENDERS, Verdicts, build_workspace, cache_path, timed
from core.demo.tenders import DemoBatch, demo_batches
from core.rules import bundled_pack
from core.store import bulk
from core.store.workspace import open_workspace

BUDGET = 2.0
REPEAT = 3


def _generate(folder: Path) -> DemoBatch:
    with open_workspace(folder / "empty.sqlite", now=NOW, auto_backup=False) as ws:
        return next(demo_batches(ws, bundled_pack(), TENDERS, SEED, NOW, chunk=TENDERS))


def _ours(path: Path, rows: DemoBatch, whole: bool) -> float:
    with open_workspace(path, now=NOW, auto_backup=False) as ws:
        return timed(
            lambda: bulk.import_rows(
                ws,
                rows.tenders,
                rows.organisations,
                rows.tenderers if whole else (),
                rows.decisions if whole else (),
                now=NOW,
                rule_texts=rows.rule_texts if whole else None,
            )
        )


def _bare(path: Path, rows: DemoBatch, whole: bool, atomic: bool = True) -> float:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    tables = [("organisations", rows.organisations), ("tenders", rows.tenders)]
    if whole:
        texts = [{"ref": ref, "body": body} for ref, body in rows.rule_texts.items()]
        tables += [
            ("tenderers", rows.tenderers),
            ("decisions", rows.decisions),
            ("rule_texts", texts),
        ]

    def work() -> None:
        if atomic:
            with db.atomic():
                for name, table_rows in tables:
                    db[name].insert_all(table_rows)
        else:
            for name, table_rows in tables:
                db[name].insert_all(table_rows)

    try:
        return timed(work)
    finally:
        db.close()


def _clean(folder: Path) -> None:
    for item in folder.iterdir():
        if item.is_file() and item.name != "empty.sqlite":
            item.unlink()


def main() -> None:
    """Time the imports and print the figures, ratios and verdicts."""
    verdicts = Verdicts("bench_import")
    with tempfile.TemporaryDirectory(prefix="tender-bench-") as name:
        folder = Path(name)
        holder: list[DemoBatch] = []
        generation = timed(lambda: holder.append(_generate(folder)))
        rows = holder[0]
        print(
            f"{TENDERS:,} demo tenders: {len(rows.organisations):,} organisations, "
            f"{len(rows.tenderers):,} tenderers, {len(rows.decisions):,} decisions "
            f"(generated in {generation:.1f} s)"
        )
        best: dict[str, float] = {}
        for run in range(REPEAT):
            for label, work in (
                ("ours tender rows", lambda p: _ours(p, rows, whole=False)),
                ("bare tender rows", lambda p: _bare(p, rows, whole=False)),
                ("ours whole demo", lambda p: _ours(p, rows, whole=True)),
                ("bare whole demo", lambda p: _bare(p, rows, whole=True)),
                ("bare tender rows, insert_all defaults", lambda p: _bare(p, rows, False, False)),
            ):
                seconds = work(folder / f"{run}-{label.replace(' ', '-')}.sqlite")
                best[label] = min(best.get(label, seconds), seconds)
                _clean(folder)
        for label, seconds in best.items():
            print(f"{label:40s} {seconds:6.2f} s")
        default = best["bare tender rows, insert_all defaults"]
        print(
            f"info  ours tender rows vs insert_all with its defaults (a commit per batch): "
            f"{best['ours tender rows'] / default:.2f}x"
        )
        print(
            f"info  whole demo vs the tender rows alone in insert_all (not the same work): "
            f"{best['ours whole demo'] / best['bare tender rows']:.2f}x"
        )
        verdicts.check(
            "tender rows, bulk path / bare insert_all",
            best["ours tender rows"] / best["bare tender rows"],
            BUDGET,
            "x",
        )
        verdicts.check(
            "whole demo, bulk path / bare insert_all",
            best["ours whole demo"] / best["bare whole demo"],
            BUDGET,
            "x",
        )
        path = cache_path()  # the workspace the other benches use, when it is not there yet
        path = folder / "demo-data.sqlite" if path.exists() else path
        total = build_workspace(path)
        size = path.stat().st_size / 1e6
        print(
            f"info  demo-data total (generation + import, no budget): {total:.1f} s, "
            f"file {size:.0f} MB"
        )
    verdicts.exit()


if __name__ == "__main__":
    main()
