"""The words of the year report, from the text tables (``[year_report]`` and the codes')."""

from __future__ import annotations

from core.reports.figures import NO_PROCEDURE, Figure
from core.texts import text


def w(lang: str, key: str, **params: object) -> str:
    """A text of the year report's table."""
    return text(lang, "year_report", key, **params)


def group_label(lang: str, figure: Figure) -> str:
    """A figure's contract type or procedure in words."""
    if not figure.group:
        return ""
    if figure.section in ("sme_procedure",):
        if figure.group == NO_PROCEDURE:
            return w(lang, "procedure_none")
        return text(lang, "procedure", figure.group)
    return text(lang, "contract_type", figure.group)


def size_label(lang: str, size: str) -> str:
    """A size class (or ``unknown``) as a column heading."""
    return w(lang, f"size_{size}") if size else ""


def section_label(lang: str, section: str) -> str:
    """What a figure counts, in words."""
    return w(lang, section)
