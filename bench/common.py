"""What the benchmarks share: the 100,000-tender workspace (built once, cached), timing, verdicts.

The workspace is cached under ``bench/.cache`` (git-ignored), keyed on the sources that shape
its content (demo generator, bulk import, schema, rule pack), so a change rebuilds it.
"""

from __future__ import annotations

import hashlib
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
TENDERS = 100_000
SEED = 1
#: a fixed "today", so that the cached data does not depend on the day the bench runs
NOW = datetime(2026, 11, 22, 10, 0)
SOURCES = (
    "core/demo/tenders.py",
    "core/demo/organisations.py",
    "core/demo/vocabulary.py",
    "core/store/bulk.py",
    "core/store/schema.py",
    "core/demo/procedure_memo.py",
)


def _key(tenders: int) -> str:
    digest = hashlib.sha256(f"{tenders}-{SEED}-{NOW.isoformat()}".encode())
    for name in SOURCES:
        digest.update((ROOT / name).read_bytes())
    pack_file = Path(bundled_pack().path).read_bytes()  # the rules the demo decides with
    digest.update(hashlib.sha256(pack_file).hexdigest().encode())
    return digest.hexdigest()[:12]


def cache_path(tenders: int = TENDERS) -> Path:
    """Where the demo workspace of ``tenders`` tenders and the current sources is cached."""
    return CACHE / f"workspace-{tenders}-{_key(tenders)}.sqlite"


def build_workspace(path: Path, tenders: int = TENDERS) -> float:
    """Seconds to build the demo workspace at ``path`` as ``main.py demo-data`` does.

    Opening, generating and importing, closing; when ``path`` is the cache path, the file
    only takes that name once it is complete.
    """
    cached = path == cache_path(tenders)
    target = path.with_name(path.stem + "-building.sqlite") if cached else path
    if cached:
        CACHE.mkdir(parents=True, exist_ok=True)
        for stale in CACHE.glob(f"workspace-{tenders}-*"):
            if stale.is_dir():  # the daily backups a bench's opening made beside it
                shutil.rmtree(stale)
            else:
                stale.unlink()

    def work() -> None:
        with open_workspace(target, now=NOW, auto_backup=False) as ws:
            make_demo(ws, bundled_pack(), tenders, SEED, NOW)

    seconds = timed(work)
    if cached:
        target.with_name(target.name + ".lock").unlink(missing_ok=True)
        target.rename(path)
    return seconds


def cached_workspace(tenders: int = TENDERS) -> Path:
    """The path of the demo workspace of ``tenders`` tenders (100,000 unless told); built now
    when missing or stale (400,000 tenders: about 80 s and 1 GB)."""
    path = cache_path(tenders)
    if not path.exists():
        seconds = build_workspace(path, tenders)
        print(f"built the {tenders:,}-tender workspace in {seconds:.1f} s")
    return path


def timed(work: Callable[[], object]) -> float:
    """Seconds ``work`` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def median(values: list[float]) -> float:
    """The median."""
    return statistics.median(values)


class Verdicts:
    """Collects PASS/FAIL lines; ``exit()`` ends the bench non-zero when a budget was missed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.failed = 0

    def check(self, label: str, value: float, budget: float, unit: str) -> None:
        """Print ``PASS``/``FAIL`` for ``value`` against ``budget`` (lower is better)."""
        ok = value <= budget
        self.failed += not ok
        print(f"{'PASS' if ok else 'FAIL'}  {label}: {value:.2f}{unit} (budget {budget:g}{unit})")

    def check_at_least(self, label: str, value: float, floor: float, unit: str) -> None:
        """Print ``PASS``/``FAIL`` for ``value`` against ``floor`` (higher is better)."""
        ok = value >= floor
        self.failed += not ok
        verdict = "PASS" if ok else "FAIL"
        print(f"{verdict}  {label}: {value:.2f}{unit} (budget {floor:g}{unit} or more)")

    def exit(self) -> None:
        """Exit with 1 when a budget was missed."""
        print(f"{self.name}: {'all budgets met' if not self.failed else 'budget missed'}")
        sys.exit(1 if self.failed else 0)
