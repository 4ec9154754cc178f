"""The bodies that can adopt a tender's decisions, per kind of buyer (resources/rules/bodies.toml).

Codes only: their names are words of the draft decision's template in each language.
"""

from __future__ import annotations

import tomllib
from functools import cache

from core.paths import resources_dir
from core.rules import schema


@cache
def bodies_by_authority() -> dict[str, tuple[str, ...]]:
    """The body codes each kind of buyer may choose from, in the order they are offered."""
    with (resources_dir() / "rules" / "bodies.toml").open("rb") as handle:
        data = tomllib.load(handle)["authority"]
    return {a: tuple(data.get(a, ())) for a in schema.AUTHORITIES}


def bodies_of(authority: str) -> tuple[str, ...]:
    """The bodies a buyer of kind ``authority`` may choose from."""
    return bodies_by_authority().get(authority, ())


def all_bodies() -> tuple[str, ...]:
    """Every body code, each once, in the order of the file."""
    return tuple(dict.fromkeys(b for codes in bodies_by_authority().values() for b in codes))
