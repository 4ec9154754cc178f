"""The register's write side, made when it is first used.

The window's first page reads the register through the search (``core.store.search``); adding,
changing, deleting and deciding go through ``core.store.register``, whose modules (the
organisations, the records of decisions, their checks) take about 15 ms to import. The window
starts with a :class:`LaterRegister` in its place: it holds the workspace and what gives the
rule pack (the window's, loaded after the first paint), and makes the register at the first
other thing asked of it (a save, a delete, a decision), so the pages use it as they would use
the register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from core.rules.pack import RulePack
    from core.store.register import Register
    from core.store.workspace import Workspace


class LaterRegister:
    """Stands for ``Register(workspace, pack_of())`` and makes it when first used."""

    def __init__(self, workspace: Workspace, pack_of: Callable[[], RulePack]) -> None:
        self.ws = workspace
        self._pack_of = pack_of
        self._register: Register | None = None

    @property
    def pack(self) -> RulePack:
        """The rule pack the register decides with."""
        return self._pack_of() if self._register is None else self._register.pack

    @property
    def made(self) -> bool:
        """Whether the register has been made (something was asked of it)."""
        return self._register is not None

    def __getattr__(self, name: str) -> object:
        # called only for what this object does not hold itself: the register's methods
        if name.startswith("__"):
            raise AttributeError(name)
        if self._register is None:
            from core.store.register import Register

            self._register = Register(self.ws, self.pack)
        return getattr(self._register, name)
