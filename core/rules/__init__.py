"""Dated rule packs: the only place where thresholds, percentages and start dates live."""

from __future__ import annotations

from core.rules.loader import active_pack, bundled_pack, load_pack
from core.rules.pack import Basis, RulePack, RuleValue

__all__ = ["Basis", "RulePack", "RuleValue", "load_pack", "bundled_pack", "active_pack"]
