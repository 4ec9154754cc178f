"""Which rules of a pack the research is unsure of: what a first page tells a new user."""

from __future__ import annotations

from datetime import date

from core.rules.pack import RulePack


def rules_of_confidence(pack: RulePack, on: date, confidence: str) -> list[str]:
    """The keys of the parameters in force on ``on`` whose confidence mark is ``confidence``
    (``unverified``, ``secondary``… see the pack), in the pack's order; their names in words
    are ``text(lang, "param", key)``."""
    return [
        key
        for key in pack.params
        if (value := pack.in_force(key, on)) is not None and value.confidence == confidence
    ]
