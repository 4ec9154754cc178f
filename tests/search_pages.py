"""The register view's first two pages of a query, as a user scrolling to the second sees them."""

from __future__ import annotations

from core.record import replace
from core.store import search


def two_pages(ws, q: search.Query) -> list[search.Row]:
    """The rows of ``q``'s first page and of the page after it."""
    page = search.search(ws, q)
    return page + (search.search(ws, replace(q, after=page[-1].key)) if page else [])
