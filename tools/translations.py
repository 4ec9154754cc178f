"""The GUI translations: bring the .ts files in step with gui/, and build the .qm files.

    python tools/translations.py update   # pyside6-lupdate: new strings in, gone ones out
    python tools/translations.py todo     # the messages that still need a translation
    python tools/translations.py build    # pyside6-lrelease: resources/i18n/*.qm

``update`` keeps every existing translation; a string whose English changed comes back
unfinished, with the old translation as a suggestion. Translate the ``todo`` entries in
``resources/i18n/tenderdesk_<lang>.ts`` (by hand or with ``pyside6-linguist``), remove
their ``type="unfinished"``, then ``build`` and commit the .ts and .qm files together.
Messages carry no line numbers, so branches that add strings merge without noise.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
TS_DIR = ROOT / "resources" / "i18n"
#: the languages with a .ts file (English is the source language)
TARGETS = ("nl", "fr")


def ts_file(lang: str, folder: Path = TS_DIR) -> Path:
    """The translation source of one language."""
    return folder / f"tenderdesk_{lang}.ts"


def sources() -> list[Path]:
    """The Python files whose strings are translated: every one under gui/."""
    return sorted(GUI.rglob("*.py"))


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: next to this Python first, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project's packages (make deps)")
    return found


def lupdate(ts: Path, lang: str) -> None:
    """Merge the strings of the gui/ files into ``ts`` (made if missing), keeping translations."""
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        lang,
        *map(str, sources()),
        "-ts",
        str(ts),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``; messages still unfinished are left out (English shows)."""
    command = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, cwd=ROOT)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    todo = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") or [translation]
            empty = not all((form.text or "").strip() for form in forms)
            if translation.get("type") is not None or empty:
                todo.append((name, message.findtext("source")))
    return todo


def update() -> None:
    """lupdate every language and say how much is left to translate."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in TARGETS:
        lupdate(ts_file(lang), lang)
        print(f"{ts_file(lang).relative_to(ROOT)}: {len(unfinished(ts_file(lang)))} to translate")


def build() -> None:
    """lrelease every language into its .qm."""
    for lang in TARGETS:
        ts = ts_file(lang)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)} built")


def todo() -> int:
    """Print the messages left to translate; 1 when there are some."""
    left = 0
    for lang in TARGETS:
        for context, source in unfinished(ts_file(lang)):
            print(f"{lang}\t{context}\t{source!r}")
            left += 1
    return 1 if left else 0


def main(argv: list[str]) -> int:
    """``update``, ``build`` or ``todo``."""
    commands = {"update": update, "build": build, "todo": todo}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]() or 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
