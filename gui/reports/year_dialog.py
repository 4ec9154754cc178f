"""Register > Year report…: a year's figures, the tenders behind each, and their export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.dates import format_date
from core.reports.export import ReadReport
from core.reports.words import w
from core.rules.pack import RulePack
from gui.reports.model import (
    KEY_ROLE,
    figure_rows,
    figures_model,
    tender_rows,
    tenders_model,
)
from gui.shared import worker

#: the first year a report can count (the rule packs start in 2017)
FIRST_YEAR = 2017


class YearReportDialog(QDialog):
    """The figures of one year; a click on one lists its tenders, a double click opens one."""

    def __init__(
        self,
        parent: QWidget | None,
        workspace_path: Path,
        pack: RulePack,
        lang: str,
        today: date,
        open_tender: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Year report"))
        self._path, self._pack, self._lang, self._today = workspace_path, pack, lang, today
        self._open_tender = open_tender
        self.read: ReadReport | None = None
        self.job: worker.Job | None = None
        self.export_job: worker.Job | None = None

        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figures = figures_model(lang, self)
        self.figures_view = self._view(self.figures)
        self.tenders = tenders_model(lang, self)
        self.tenders_view = self._view(self.tenders)
        self.tenders_view.horizontalHeader().setStretchLastSection(False)
        self.tenders_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.figures_view.selectionModel().currentRowChanged.connect(self._on_figure)
        self.tenders_view.doubleClicked.connect(self._on_open)
        self.tenders_label = QLabel(self.tr("Click a figure to list the tenders it counts."))

        self.open_button = QPushButton(self.tr("&Open the tender"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open)
        self.tenders_view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.open_button.setEnabled(
                current.isValid() and self._open_tender is not None
            )
        )
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Write the report as PDF, CSV or XLSX"))
        self.export_button.clicked.connect(self._on_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.export_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.tenders_label)
        lower_layout.addWidget(self.tenders_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.figures_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.basis)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.resize(1100, 640)
        self.year.valueChanged.connect(self.load)
        self.load()

    def _view(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def load(self, *_args) -> worker.Job:
        """Read the figures of the year chosen, off the GUI thread."""
        year, path, pack = self.year.value(), self._path, self._pack
        self.basis.setText(self.tr("Reading the register…"))
        self.export_button.setEnabled(False)
        job = worker.start(lambda progress, cancelled: _read(path, pack, year))
        job.finished.connect(lambda read: self._on_read(year, read))
        job.failed.connect(self._on_failed)
        self.job = job
        return job

    def _on_read(self, year: int, read: ReadReport) -> None:
        if year != self.year.value():  # the user chose another year meanwhile
            return
        self.read = read
        lang = self._lang
        self.basis.setText(
            w(
                lang,
                "basis",
                year=year,
                next=year + 1,
                first=format_date(date(year, 1, 1)),
                last=format_date(date(year, 12, 31)),
            )
            + " "
            + self.tr("Thresholds and rules: %1.").replace("%1", read.report.pack_label)
        )
        self.basis.setToolTip(
            "\n".join(
                w(lang, f"uncertain_{key}") for key in ("date", "value", "form", "paid", "size")
            )
        )
        self.figures.set_rows(figure_rows(read, lang))
        self.tenders.set_rows([])
        self.export_button.setEnabled(True)

    def _on_failed(self, exc: BaseException) -> None:
        self.basis.setText(self.tr("The register could not be read: %1").replace("%1", str(exc)))

    def _on_figure(self, current, _previous=None) -> None:
        if self.read is None or not current.isValid():
            return
        ids = self.figures.data(current, KEY_ROLE) or ()
        lines = [self.read.lines[i] for i in ids if i in self.read.lines]
        self.tenders.set_rows(tender_rows(lines))
        self.tenders_label.setText(
            self.tr("Tenders counted in this figure: %1").replace("%1", str(len(lines)))
        )

    def _on_open(self, *_args) -> None:
        index = self.tenders_view.currentIndex()
        if index.isValid() and self._open_tender is not None:
            self._open_tender(self.tenders.data(index, KEY_ROLE))

    def _on_export(self) -> None:
        if self.read is None:
            return
        name = w(self._lang, "file_title", year=self.year.value()).replace(" ", "-") + ".pdf"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the year report"),
            str(self._path.parent / name),
            self.tr("PDF document (*.pdf);;CSV file (*.csv);;Excel workbook (*.xlsx)"),
        )
        if target:
            self.export(Path(target))

    def export(self, target: Path) -> worker.Job:
        """Write the report shown to ``target`` (its suffix picks the format)."""
        from core.names import REPORT_SUFFIXES

        if target.suffix.lower() not in REPORT_SUFFIXES:
            target = target.with_suffix(".pdf")
        dialog = QProgressDialog(self.tr("Writing the year report…"), "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        read, lang, today = self.read, self._lang, self._today
        job = worker.start(lambda progress, cancelled: _write(read, lang, target, today))
        job.finished.connect(lambda _: self._on_written(dialog, target))
        job.failed.connect(lambda exc: self._on_write_failed(dialog, exc))
        self.export_job = job
        return job

    def _on_written(self, dialog: QProgressDialog, target: Path) -> None:
        dialog.reset()
        self.basis.setText(self.tr("Written to %1.").replace("%1", str(target)))

    def _on_write_failed(self, dialog: QProgressDialog, exc: BaseException) -> None:
        dialog.reset()
        QMessageBox.warning(
            self,
            self.tr("Year report"),
            self.tr("The report could not be written:\n%1").replace("%1", str(exc)),
        )


def _read(path: Path, pack: RulePack, year: int) -> ReadReport:
    from core.reports.export import read_report

    return read_report(path, pack, year)


def _write(read: ReadReport, lang: str, target: Path, issued: date) -> None:
    from core.reports.export import write  # reportlab and openpyxl load in the worker

    write(read, lang, target, issued)
