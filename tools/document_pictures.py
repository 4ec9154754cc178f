"""Redraw the README's pictures of the documents: page 1 of each kind, from the demo data.

    python tools/document_pictures.py            # every kind, into docs/documents/
    python tools/document_pictures.py --out DIR  # somewhere else, to look before replacing

A demo register is made in a scratch folder (``demo-data``), each kind of document is
exported for every tender that has one (``export-pdf --all``, issued on a fixed day so the
pictures do not change with the calendar), and page 1 of the largest file (the fullest
example) is drawn with poppler's ``pdftoppm`` and reduced to 256 colours (ImageMagick's
``convert``, when present).
The kinds are shown in the languages of ``LANGUAGE_OF`` (the others in turn), so the README
shows all three.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.names import DOCUMENTS, LANGUAGES  # noqa: E402

ISSUED = "2026-11-27"
TENDERS = "24"
LANGUAGE_OF = {
    "summary": "nl",
    "motivation": "fr",
    "advance-request": "en",
    "bid-compensation": "fr",
    "ranking-notices": "nl",
    "draft-decision": "nl",
    "bid-compensation-letters": "fr",
    "bid-compensation-requests": "en",
}


def language(kind: str, index: int) -> str:
    return LANGUAGE_OF.get(kind) or LANGUAGES[index % len(LANGUAGES)]


def app(*args: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        config = work / "settings.toml"
        config.write_text("", encoding="utf-8")
        db = work / "demo.sqlite"
        app("demo-data", "--db", str(db), "--config", str(config), "--tenders", TENDERS)
        for index, kind in enumerate(DOCUMENTS):
            lang = language(kind, index)
            folder = work / kind
            app(
                "export-pdf", "--all", "--db", str(db), "--config", str(config),
                "--document", kind, "--lang", lang, "--out", str(folder), "--issued", ISSUED,
            )  # fmt: skip
            files = sorted(folder.rglob("*.pdf"))
            if not files:
                print(f"{kind}: the demo has no tender with this document", file=sys.stderr)
                return 1
            page = work / f"{kind}-{lang}"
            subprocess.run(
                ["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile",
                 str(max(files, key=lambda f: f.stat().st_size)), str(page)],
                check=True,
            )  # fmt: skip
            target = args.out / f"{kind}-{lang}.png"
            if shutil.which("convert"):
                subprocess.run(
                    ["convert", f"{page}.png", "-strip", "-colors", "256", f"PNG8:{target}"],
                    check=True,
                )
            else:
                shutil.copy(f"{page}.png", target)
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
