"""Dated rule packs: the only place where thresholds, percentages and start dates live."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from core.paths import bundled_rule_pack
from core.rules.loader import load_pack
from core.rules.pack import Basis, RulePack, RuleValue

__all__ = ["Basis", "RulePack", "RuleValue", "load_pack", "bundled_pack", "active_pack"]


@lru_cache(maxsize=1)
def bundled_pack() -> RulePack:
    """The rule pack shipped with the app (loaded and validated once)."""
    return load_pack(bundled_rule_pack())


def active_pack(user_pack: str | Path | None = None) -> RulePack:
    """The user's pack when one is given (validated before use), else the bundled one."""
    return load_pack(user_pack) if user_pack else bundled_pack()
