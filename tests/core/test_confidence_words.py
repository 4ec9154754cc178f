"""No text of the app claims a rule was checked against the law: no rule was.

The research could not read the consolidated law; the pack's top confidence level means "two
independent sources agree". Every explanation text, document text, rule-pack note and window
string (the .ts files, source and translations) is read; a sentence that speaks of checking
or verifying against the legal text must say that it could not be done.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

import pytest

from core.paths import resources_dir
from core.texts import text

#: a sentence that speaks of a check against the legal text
CLAIM = re.compile(
    r"(check|verif|confirm)\w*\s+(against|in|with)\s+the\s+(consolidated\s+)?(legal\s+text|law)"
    r"|(getoetst|gecontroleerd|geverifieerd|gecheckt)\s+aan\s+de\s+(gecoördineerde\s+)?wet"
    r"|aan\s+de\s+(gecoördineerde\s+)?wet(tekst)?\s+(ge)?(toetst|getoetst|gecontroleerd)"
    r"|(vérifi|contrôl|confirm)\w*\s+(dans\s+le|par\s+rapport\s+au|au\s+regard\s+du|avec\s+le)"
    r"\s+texte\s+(légal|de\s+(la\s+)?loi)",
    re.IGNORECASE,
)
#: the words that make such a sentence honest: it could not be done, or is still to be done
COULD_NOT = re.compile(
    r"could not|none could|kon niet|kon geen|geen enkele kon|n'a pas pu|n'ont pas pu|aucune n'a pu"
    r"|needs checking|moet nog|doit encore",
    re.IGNORECASE,
)
#: words that would name the top level as a check
CHECK_WORDS = re.compile(r"verif|vérifi|check|controle|contrôl|getoetst", re.IGNORECASE)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _texts() -> list[tuple[str, str]]:
    """(where, string) for every text the app can show or print."""
    out = []
    rules = resources_dir() / "rules"
    for path in sorted((rules / "texts").glob("*.toml")):
        out += [(path.name, s) for s in _strings(tomllib.loads(path.read_text("utf-8")))]
    pack = tomllib.loads((rules / "be-procurement.toml").read_text("utf-8"))
    for key, periods in pack["param"].items():
        for period in periods:
            out += [(key, period.get(f, "")) for f in ("note", "note_nl", "note_fr")]
    for basis in pack["basis"]:
        out += [(basis["id"], basis.get(f, "")) for f in ("note", "note_nl", "note_fr")]
    for path in sorted((resources_dir() / "i18n").glob("*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            for tag in ("source", "translation"):
                node = message.find(tag)
                if node is not None and node.text:
                    out.append((path.name, node.text))
    return out


def _sentences(value: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", value) if s.strip()]


def test_no_text_claims_a_check_against_the_legal_text():
    claims = [
        (where, sentence)
        for where, value in _texts()
        for sentence in _sentences(value)
        if CLAIM.search(sentence) and not COULD_NOT.search(sentence)
    ]
    assert claims == []


@pytest.mark.parametrize(
    "claim",
    [
        "Every rule this document relies on was checked against the legal text.",
        "Low: not verified against the legal text.",
        "Alle regels waarop dit document steunt, zijn aan de wettekst getoetst.",
        "lage betrouwbaarheid: niet getoetst aan de wettekst",
        "Toutes les règles ont été vérifiées dans le texte légal.",
        "non vérifié par rapport au texte de loi",
    ],
)
def test_the_former_claims_are_caught(claim):
    """The sentences the app used to print are what the check above refuses."""
    assert CLAIM.search(claim) and not COULD_NOT.search(claim)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_top_level_is_named_for_what_it_is(lang):
    """On screen and in documents the top level says that two sources agree, not "verified"."""
    for shown in (text(lang, "confidence", "verified"), text(lang, "doc", "conf_verified")):
        assert not CHECK_WORDS.search(shown), shown
        assert re.search(r"\b(two|twee|deux)\b", shown), shown
    assert re.search(r"\b(convention|afspraak)\b", text(lang, "confidence", "convention"))
