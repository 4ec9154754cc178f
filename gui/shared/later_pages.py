"""Tabs whose pages are built when they are first shown (or asked for), not with the window.

The window opens on its first page; a page the user has not looked at yet costs neither its
imports nor its queries at the start. Until then its tab holds an empty widget; the page takes
its place (same index, same title) and the same tab stays the current one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class LaterPages(QObject):
    """The pages of ``tabs`` built on first use: ``add`` a maker, ``page`` builds and returns."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._later: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._made: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, name: str, title: str, make: Callable[[], QWidget]) -> None:
        """A tab titled ``title`` whose page ``make()`` builds when it is first needed."""
        placeholder = QWidget()
        self._later[name] = (placeholder, make)
        self._tabs.addTab(placeholder, title)

    def page(self, name: str) -> QWidget | None:
        """The page ``name``, built now if it was not yet; None if there is no such page."""
        if name in self._later:
            placeholder, make = self._later.pop(name)
            page = make()
            tabs = self._tabs
            index, current = tabs.indexOf(placeholder), tabs.currentIndex()
            blocked = tabs.blockSignals(True)  # the tab shown does not change
            tabs.insertTab(index, page, tabs.tabText(index))
            tabs.removeTab(index + 1)
            tabs.setCurrentIndex(current)
            tabs.blockSignals(blocked)
            placeholder.deleteLater()
            self._made[name] = page
        return self._made.get(name)

    def built(self, name: str) -> QWidget | None:
        """The page ``name`` if it has been built, else None (nothing is built)."""
        return self._made.get(name)

    def name_of(self, widget: QWidget) -> str | None:
        """The name of the page ``widget`` is (or holds the place of), else None."""
        for name, (placeholder, _make) in self._later.items():
            if placeholder is widget:
                return name
        return next((name for name, page in self._made.items() if page is widget), None)

    def _shown(self, index: int) -> None:
        shown = self._tabs.widget(index)
        for name, (placeholder, _make) in list(self._later.items()):
            if placeholder is shown:
                self.page(name)
