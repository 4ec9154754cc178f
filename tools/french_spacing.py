"""French spacing in the text tables and the GUI translations: a no-break space before : ; ? !
and », after «, so that a line never starts with a colon or a closing quote.

    python tools/french_spacing.py          # fixes resources/rules/texts/fr.toml and the fr .ts
    python tools/translations.py build      # then rebuild the .qm files

Only the text of the values (fr.toml) and of the translations (.ts) changes; keys, comments,
sources and Qt file filters (``*.sqlite;;*``) are left alone. tests/core/test_words.py checks
the result.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "resources" / "rules" / "texts" / "fr.toml"
TS = ROOT / "resources" / "i18n" / "tenderdesk_fr.ts"
NBSP = "\u00a0"

_VALUE = re.compile(r'^(\s*[\w-]+\s*=\s*")(.*)("\s*)$')
_TRANSLATED = re.compile(r"(<(translation|numerusform)(?: [^>]*)?>)(.*?)(</\2>)", re.S)


def spaced(text: str) -> str:
    """The text with a no-break space where French typography wants one."""
    text = re.sub(r" ([:;?!])(?!;)", NBSP + r"\1", text)
    text = re.sub(r"(?<=\w)([?!])", NBSP + r"\1", text)  # "Pourquoi?" -> "Pourquoi ?"
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def fix_table(source: str) -> str:
    """fr.toml with each value spaced, line by line (comments and keys unchanged)."""
    lines = []
    for line in source.split("\n"):
        match = _VALUE.match(line)
        if match and not line.lstrip().startswith("#"):
            line = match.group(1) + spaced(match.group(2)) + match.group(3)
        lines.append(line)
    return "\n".join(lines)


def fix_ts(source: str) -> str:
    """The .ts file with each translation spaced (sources unchanged)."""
    return _TRANSLATED.sub(lambda m: m.group(1) + spaced(m.group(3)) + m.group(4), source)


def main() -> int:
    for path, fix in ((TABLE, fix_table), (TS, fix_ts)):
        before = path.read_text(encoding="utf-8")
        after = fix(before)
        if after != before:
            path.write_text(after, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: spaced")
    return 0


if __name__ == "__main__":
    sys.exit(main())
