"""Table models of the year report: its figures, and the tenders one figure counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.dates import format_date
from core.reports.export import ReadReport
from core.reports.listing import TenderLine
from core.reports.words import group_label, section_label, size_label, w
from core.texts import money, number

KEY_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of text with a key each (in ``KEY_ROLE``); numbers aligned right."""

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = set(numeric)
        self._rows: list[tuple[object, list[str]]] = []

    def set_rows(self, rows: list[tuple[object, list[str]]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def figures_model(lang: str, parent=None) -> RowsModel:
    """The figures of a year: what is counted, type or procedure, size, number, amount."""
    return RowsModel(
        [w(lang, c) for c in ("col_section", "col_group", "col_size", "col_count", "col_sum")],
        numeric=(3, 4),
        parent=parent,
    )


def figure_rows(read: ReadReport, lang: str) -> list[tuple[object, list[str]]]:
    """One row per figure; its key is the ids of the tenders it counts."""
    rows = []
    for f in read.report.figures:
        rows.append(
            (
                tuple(f.tender_ids),
                [
                    section_label(lang, f.section),
                    group_label(lang, f),
                    size_label(lang, f.size),
                    number(f.count, lang),
                    money(f.value, lang) if f.value is not None else "—",
                ],
            )
        )
    return rows


def tenders_model(lang: str, parent=None) -> RowsModel:
    """The tenders of one figure."""
    return RowsModel(
        [w(lang, c) for c in ("col_reference", "col_title", "col_winner", "col_launch")],
        parent=parent,
    )


def tender_rows(lines: Sequence[TenderLine]) -> list[tuple[object, list[str]]]:
    """One row per tender; its key is the tender's id."""
    return [
        (
            line.id,
            [line.reference, line.title, ", ".join(line.winners), format_date(line.launch_date)],
        )
        for line in lines
    ]
