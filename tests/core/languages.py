"""What the tests know of the app's languages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def english_only(lang: str) -> set[str]:
    """The documents' English words that ``lang`` writes otherwise: each English text of the
    tables the documents draw from, cut at its placeholders, of six letters or more and not
    also in ``lang``'s text for the same key."""
    tables = {
        code: tomllib.loads((ROOT / "resources/rules/texts" / f"{code}.toml").read_text("utf-8"))
        for code in ("en", lang)
    }
    sections = ("doc", "label", "procedure", "contract_type", "authority", "size", "item")
    found = set()
    for section in (*sections, "status", "confidence", "param"):
        theirs = tables[lang].get(section, {})
        for key, value in tables["en"].get(section, {}).items():
            if not isinstance(value, str) or key not in theirs:
                continue
            for part in re.split(r"\{[^}]*\}", value):
                part = part.strip(" .,:;")
                if len(part) >= 6 and part not in str(theirs[key]):
                    found.add(part)
    return found
