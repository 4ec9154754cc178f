"""What an import did, and its words: the rows refused (each with every problem found in
it), the empty lines skipped, the counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import ValidationError
from core.texts import error_text, plural, text


class Cancelled(Exception):  # noqa: N818 - the user asked to stop: not an error
    """The user stopped the import; nothing was written."""


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be imported: its number in the file, and every problem found in it
    (each cell that cannot be read; the first of the checks of the tender as a whole)."""

    row: int
    errors: tuple[ValidationError, ...]

    @property
    def error(self) -> ValidationError:
        """The first problem of the row."""
        return self.errors[0]

    def reason(self, lang: str) -> str:
        """Why, in the user's language: each problem, one after the other."""
        return " ".join(error_text(e, lang) for e in self.errors)


@dataclass
class ImportReport:
    """What an import did (or, rejected or a dry run, would have done)."""

    tenders: int = 0
    organisations: int = 0
    tenderers: int = 0
    lots: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    #: the numbers of the empty lines, skipped
    empty: list[int] = field(default_factory=list)
    written: bool = False
    #: the first id of each table the import used (what undo deletes from)
    first_ids: dict[str, int] = field(default_factory=dict)
    #: the first id of each table after the import
    last_ids: dict[str, int] = field(default_factory=dict)


def summary(report: ImportReport, lang: str, dry_run: bool = False) -> list[str]:
    """The report as lines in the user's language: rejected rows first, then the counts."""
    lines = [
        text(lang, "import", "rejected_row", row=r.row, reason=r.reason(lang))
        for r in report.rejected
    ]
    if report.empty:
        count = len(report.empty)
        lines.append(plural(lang, "import", "empty_lines", count, lines=count))
    counts = {
        "tenders": report.tenders,
        "organisations": report.organisations,
        "tenderers": report.tenderers,
        "lots": report.lots,
    }
    if report.rejected:
        lines.append(text(lang, "import", "nothing_written", rejected=len(report.rejected)))
    elif dry_run:
        lines.append(text(lang, "import", "dry_run", **counts))
    else:
        lines.append(text(lang, "import", "done", **counts))
    return lines
