"""Write a small register to import (an .xlsx file), for the installer test.

    python -m installer.sample_import FILE

Run by a Python that has openpyxl (the Linux build environment): the installed app's
``import`` of this file goes through openpyxl and the import's checks, so a module or data
file the package lacks fails the test. Three tenders, Dutch headers as a buyer's own
spreadsheet has them.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

HEADER = ("Referentie", "Omschrijving", "Aard", "Raming", "Startdatum", "Soort bestuur")
ROWS = (
    ("XL-1", "Groenonderhoud parken", "diensten", Decimal("48500.00"), date(2026, 3, 2), "local"),
    ("XL-2", "Schoolmeubilair", "leveringen", Decimal("129000.50"), date(2026, 4, 15), "local"),
    ("XL-3", "Dakwerken stadhuis", "werken", Decimal("612000.00"), date(2026, 5, 4), "local"),
)


def write(target: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(target)


if __name__ == "__main__":
    write(Path(sys.argv[1]))
