"""The rules page: which rule pack is active and which values apply on a chosen date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.rules.pack import RulePack
from core.texts import pack_title
from gui.rules.model import SORT_ROLE, RulesModel
from gui.shared.columns import SharedWidths


class RulesPage(QWidget):
    """Shows the active pack and, for the chosen date, every rule with source and confidence."""

    def __init__(self, pack: RulePack, today: date, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self._lang = lang
        self.model = RulesModel(pack, today, self, lang)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # long values (time limits per procedure, size classes) wrap in their cell; each
        # column is at least as wide as its header, the value, rule and source share the rest
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.widths = SharedWidths(self.table, (28, 26, 10, 12, 26, 14), (3, 4, 0, 0, 3, 0))
        # a column that gets wider or narrower changes how many lines its cells need; the
        # rows are measured once when the columns were fitted together (six sections at each
        # resize, show or zoom) and after a new date (a sort keeps each row's height). Not
        # with the vertical header's ResizeToContents: that measured every row again at each
        # layout, seven times the whole table for one show.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.proxy.modelReset.connect(self._fit_rows.start)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.legend = QLabel(
            self.tr(
                "Two sources agree: two independent sources give the same rule; the legal text "
                "itself could not be read. Medium: one good source or secondary sources only. "
                "Low: a single source, an inference or an open question. Check these before "
                "relying on them. App convention: a choice of the app, not a rule of law."
            )
        )
        self.legend.setWordWrap(True)
        date_label = QLabel(self.tr("Rules in force &on"))
        date_label.setBuddy(self.date_edit)
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self._show_pack(pack)

    def _show_pack(self, pack: RulePack) -> None:
        title = pack_title(pack.id, pack.title, self._lang)
        self.title.setText(
            self.tr("Rule pack: %1 — %2").replace("%1", pack.label).replace("%2", title)
            + "\n"
            + self.tr("File: %1").replace("%1", pack.path)
        )

    def _on_date_changed(self, qdate: QDate) -> None:
        self.model.set_date(date(qdate.year(), qdate.month(), qdate.day()))
