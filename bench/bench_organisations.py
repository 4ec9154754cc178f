"""Search-as-you-type on the organisations of the 100,000-tender demo (8,657 of them).

200 texts a user could type: 1 or 2 words of an organisation's name cut to 1-6 letters, some
with their accents dropped (``regie``), and parts of enterprise numbers in the forms people
type (``0207.1``, ``BE 0456 78``). Each is timed as the organisations page runs it, the first
page and the number of matches, in the default order (name) and sorted on the tender counts
(every organisation's counts then have to be computed). The figure per text is the median of
``REPEAT`` runs. Budget: p95 within 50 ms, as for the register.

Compared with a bare ``LIKE '%text%'`` page and count on the names (no accents, no numbers).

Run: ``make bench`` or ``.venv/bin/python -m bench.bench_organisations``.
"""

from __future__ import annotations

import random
import sqlite3
import unicodedata

from bench.common import NOW, Verdicts, cached_workspace, median, percentile, timed
from core.store import organisations
from core.store.workspace import open_workspace

BUDGET_MS = 50
TEXTS = 200
REPEAT = 3
PAGE = 200


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def typed_texts(conn: sqlite3.Connection, count: int, seed: int = 7) -> list[str]:
    """What users type: a word or two of a name, or the start of an enterprise number."""
    rng = random.Random(seed)
    rows = conn.execute("SELECT name, enterprise_number FROM organisations").fetchall()
    out = []
    while len(out) < count:
        name, number = rng.choice(rows)
        if number and rng.random() < 0.25:
            digits = number.replace(".", "")[: rng.randint(3, 10)]
            out.append(rng.choice([digits, f"BE {digits}", number[: len(digits) + 1]]))
            continue
        words = name.split()
        size = min(len(words), rng.choice([1, 1, 2]))
        start = rng.randrange(len(words) - size + 1)
        text = " ".join(w[: rng.randint(1, 6)] for w in words[start : start + size])
        out.append(_plain(text) if rng.random() < 0.5 else text)
    return out


def main() -> None:
    """Time every text in both orders and print p50/p95, the slowest and the verdicts."""
    verdicts = Verdicts("bench_organisations")
    path = cached_workspace()
    ws = open_workspace(path, now=NOW, auto_backup=False)
    bare = sqlite3.connect(path)
    try:
        texts = typed_texts(ws.conn, TEXTS)

        def ours(text: str, sort: str) -> None:
            query = organisations.Query(text=text, sort=sort, limit=PAGE)
            organisations.search(ws, query)
            organisations.count(ws, query)

        def floor(text: str) -> None:
            like = f"%{text}%"
            bare.execute(
                "SELECT id, name FROM organisations WHERE name LIKE ? "
                "ORDER BY name COLLATE NOCASE LIMIT ?",
                [like, PAGE],
            ).fetchall()
            bare.execute("SELECT count(*) FROM organisations WHERE name LIKE ?", [like]).fetchone()

        for text in texts[:20]:  # warm the caches
            ours(text, "name")
            floor(text)
        results = {}
        for sort in ("name", "tenders"):
            results[sort] = {
                t: median([timed(lambda t=t, s=sort: ours(t, s)) for _ in range(REPEAT)])
                for t in texts
            }
        floors = [median([timed(lambda t=t: floor(t)) for _ in range(REPEAT)]) for t in texts]
        count = organisations.count(ws, organisations.Query())
    finally:
        bare.close()
        ws.close()
    print(f"{count:,} organisations; {len(texts)} typed texts, e.g. {texts[:6]}")
    floor_ms = [v * 1000 for v in floors]
    print(f"bare LIKE page+count     p50 {percentile(floor_ms, 0.5):6.1f} ms")
    for sort, times in results.items():
        ms = [v * 1000 for v in times.values()]
        p50, p95 = percentile(ms, 0.5), percentile(ms, 0.95)
        print(f"sorted on {sort:8s} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {max(ms):6.1f} ms")
        slowest = sorted(times.items(), key=lambda item: -item[1])[:3]
        print("  slowest: " + ", ".join(f"{t!r} {s * 1000:.0f} ms" for t, s in slowest))
        verdicts.check(f"organisations search, sorted on {sort}, p95", p95, BUDGET_MS, " ms")
    verdicts.exit()


if __name__ == "__main__":
    main()
