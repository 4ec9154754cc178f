"""Reading a spreadsheet a user brings: CSV or XLSX, row by row, never the whole file at once.

CSV: the encoding is found (UTF-8 with or without a byte-order mark, else Windows-1252, what
Excel writes on a Belgian Windows), and so is the separator (``;`` as Excel writes it here,
or ``,``). XLSX: the first sheet through openpyxl's read-only mode, streamed; a cell holding a
formula is given as :class:`Formula` (its text), never as a computed value, so the import can
refuse that row. Dates of an XLSX file come as ``datetime.date``, numbers as ``Decimal``
(from the shortest text of the stored number, so ``1234.56`` stays ``1234.56``).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from core.errors import ValidationError

#: file suffixes read as XLSX; everything else is read as CSV
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_SAMPLE = 1 << 16  # bytes read to find the separator and estimate the rows


@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula (its text, like ``=SUM(B2:B9)``): refused, not computed."""

    text: str


@dataclass(frozen=True)
class TableRow:
    """One line of the file below the header: its number as the spreadsheet shows it (the
    header is row 1) and its cells (text, ``date``, ``Decimal``, ``bool`` or
    :class:`Formula`; ``None`` for an empty cell)."""

    number: int
    cells: tuple[object, ...]

    @property
    def empty(self) -> bool:
        """Whether every cell is empty (blank text counts as empty)."""
        for cell in self.cells:
            if cell is not None and (type(cell) is not str or cell.strip()):
                return False
        return True


class TableFile:
    """A CSV or XLSX file: its header, an estimate of its rows, and its rows one by one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.kind = "xlsx" if self.path.suffix.lower() in XLSX_SUFFIXES else "csv"
        self.encoding = ""
        self.delimiter = ""
        if self.kind == "csv":
            self.encoding = csv_encoding(self.path)
            self.delimiter = csv_delimiter(self.path, self.encoding)
        self.header: tuple[str, ...] = ()
        for first in self._lines():
            self.header = tuple("" if c is None else str(c).strip() for c in first.cells)
            break
        if not any(self.header):
            raise ValidationError(
                "file", "no_header", f"{self.path.name} has no header line", {"path": self.path}
            )

    def estimated_rows(self) -> int:
        """About how many rows follow the header (for a progress bar; 0 when unknown)."""
        if self.kind == "xlsx":
            from openpyxl import load_workbook

            book = load_workbook(self.path, read_only=True)
            try:
                return max(0, (book.worksheets[0].max_row or 1) - 1)
            finally:
                book.close()
        size = self.path.stat().st_size
        with self.path.open("rb") as handle:
            sample = handle.read(_SAMPLE)
        lines = max(1, sample.count(b"\n"))
        return max(0, int(size / (len(sample) / lines)) - 1) if sample else 0

    def rows(self) -> Iterator[TableRow]:
        """The rows below the header, in order (empty ones included: the caller skips them)."""
        lines = self._lines()
        next(lines, None)
        yield from lines

    def _lines(self) -> Iterator[TableRow]:
        return self._xlsx_lines() if self.kind == "xlsx" else self._csv_lines()

    def _csv_lines(self) -> Iterator[TableRow]:
        with self.path.open(encoding=self.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=self.delimiter)
            start = 1
            for cells in reader:
                yield TableRow(start, tuple(cells))
                start = reader.line_num + 1

    def _xlsx_lines(self) -> Iterator[TableRow]:
        from openpyxl import load_workbook

        book = load_workbook(self.path, read_only=True, data_only=False)
        try:
            sheet = book.worksheets[0]
            for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
                yield TableRow(number, tuple(_cell(c) for c in cells))
        finally:
            book.close()


def _cell(cell: object) -> object:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" or (isinstance(value, str) and value[:1] == "="):
        return Formula(str(value))
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool) or value is None or isinstance(value, date | Decimal):
        return value
    if isinstance(value, int | float):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return str(value)


def csv_encoding(path: Path) -> str:
    """``utf-8-sig`` when the whole file is UTF-8 (a byte-order mark or not), else ``cp1252``."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def csv_delimiter(path: Path, encoding: str) -> str:
    """``;`` or ``,``: the one that splits the header line into more columns (``;`` on a tie)."""
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(_SAMPLE)
    lines = [line for line in sample.splitlines() if line.strip()]
    if not lines:
        return ";"
    counts = {d: len(next(csv.reader([lines[0]], delimiter=d))) for d in (";", ",")}
    return "," if counts[","] > counts[";"] else ";"
