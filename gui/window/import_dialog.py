"""File > Import…: tenders from a CSV or XLSX file, previewed, checked, imported all or none.

The dialog shows the first rows of the file under a row of combo boxes, one per column, with
the field each column is taken for (guessed from the headers, or as the last file of the same
layout was imported); the user can change them. *Check* reads the whole file off the GUI
thread (its own read-only connection) and lists every row that would be refused, with its
number and the reason; *Import* imports off the GUI thread with a progress bar that cancels,
in one transaction, and becomes one step of the undo stack. What a row means and whether it
is refused is core's (``core.exchange.import_rows``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.dates import format_date
from core.errors import ValidationError
from core.exchange.columns import FIELDS, IGNORED, Layouts, problems
from core.exchange.import_rows import ImportReport, import_table, summary
from core.exchange.table_files import Formula, TableFile
from core.names import AUTHORITIES
from core.texts import error_text, text
from core.texts.words import catalogue
from gui.shared import sizes, worker
from gui.shared.undo import ImportTenders

PREVIEW = 12


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Formula):
        return value.text
    if hasattr(value, "isoformat"):
        return format_date(value)
    return str(value)


class ImportDialog(QDialog):
    """The preview of a file: a field per column the user can change, the kind of buyer for
    rows without one, and the rows a check refused."""

    def __init__(
        self, table: TableFile, mapping: dict[str, str], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self._lang = lang
        self.setWindowTitle(self.tr("Import tenders"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1: one row per tender. Check the field each column holds; a column left out "
                "is not imported. Nothing is imported when a row is refused."
            ).replace("%1", table.path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        labels = catalogue(lang).get("field", {})
        self.combos: list[QComboBox] = []
        self.preview = QTableWidget(0, len(table.header))
        self.preview.setHorizontalHeaderLabels(list(table.header))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.insertRow(0)
        for column, header in enumerate(table.header):
            combo = QComboBox()
            combo.addItem(self.tr("(left out)"), IGNORED)
            for field in FIELDS:
                combo.addItem(labels.get(field, field), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, IGNORED))))
            combo.currentIndexChanged.connect(self._update)
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        numbers = [""]
        for line in islice((r for r in table.rows() if not r.empty), PREVIEW):
            numbers.append(str(line.number))
            row = self.preview.rowCount()
            self.preview.insertRow(row)
            for column, value in enumerate(line.cells[: len(table.header)]):
                self.preview.setItem(row, column, QTableWidgetItem(_shown(value)))
        self.preview.setVerticalHeaderLabels(numbers)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.preview, 2)
        form = QFormLayout()
        self.authority = QComboBox()
        self.authority.addItem(self.tr("(none: the file says it)"), None)
        for code in AUTHORITIES:
            self.authority.addItem(text(lang, "authority", code), code)
        kind = QLabel(self.tr("&Kind of buyer of rows without one:"))
        kind.setBuddy(self.authority)
        form.addRow(kind, self.authority)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.rejected = QTreeWidget()
        self.rejected.setHeaderLabels([self.tr("Row"), self.tr("Why it is refused")])
        self.rejected.setRootIsDecorated(False)
        self.rejected.setWordWrap(True)
        self.rejected.hide()
        layout.addWidget(self.rejected, 1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(
            self.tr("C&heck"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        sizes.size_dialog(self, "import", QSize(1040, 640))
        self.finished.connect(lambda _: sizes.keep_size(self, "import"))

    def mapping(self) -> dict[str, str]:
        """header -> field as the combo boxes say now."""
        return {h: c.currentData() for h, c in zip(self.table.header, self.combos, strict=True)}

    def default_authority(self) -> str | None:
        """The kind of buyer for rows that do not say it (None: each row must)."""
        return self.authority.currentData()

    def _update(self) -> None:
        labels = catalogue(self._lang).get("field", {})
        words = {
            "unmapped": self.tr("No column holds %1."),
            "twice": self.tr("Two columns hold %1: leave one out."),
            "unknown_field": self.tr("%1 is not a field."),
        }
        found = [
            words[code].replace("%1", labels.get(f, f)) for code, f in problems(self.mapping())
        ]
        self.problems.setText(" ".join(found))
        self.problems.setVisible(bool(found))
        self.check_button.setEnabled(not found)
        self.import_button.setEnabled(not found)

    def show_report(self, report: ImportReport, dry_run: bool) -> None:
        """The rows refused (with their reasons) and what the import did or would do."""
        self.rejected.clear()
        for refused in report.rejected:
            QTreeWidgetItem(self.rejected, [str(refused.row), refused.reason(self._lang)])
        self.rejected.setVisible(bool(report.rejected))
        self.rejected.resizeColumnToContents(0)
        self.outcome.setText("\n".join(summary(report, self._lang, dry_run)[-2:]))


def import_file(window: QMainWindow, path: Path | None = None) -> ImportDialog | None:
    """File > Import…: ask for a file, show its preview; the dialog does the rest."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("ImportDialog", "Import tenders"),
            "",
            QCoreApplication.translate("ImportDialog", "Spreadsheets (*.xlsx *.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        table = TableFile(path)
    except (OSError, ValueError) as exc:
        why = error_text(exc, window.settings.language) if isinstance(exc, ValidationError) else exc
        QMessageBox.warning(
            window,
            QCoreApplication.translate("ImportDialog", "Import tenders"),
            QCoreApplication.translate("ImportDialog", "%1 cannot be read:\n%2")
            .replace("%1", str(path))
            .replace("%2", str(why)),
        )
        return None
    layouts = Layouts(window.settings_path.with_name("import-layouts.json"))
    dialog = ImportDialog(table, layouts.mapping(table.header), window.settings.language, window)
    dialog.check_button.clicked.connect(lambda: check(window, dialog))
    dialog.import_button.clicked.connect(lambda: run_import(window, dialog, layouts))
    window.import_dialog = dialog
    dialog.open()
    return dialog


def _progress(window: QWidget, label: str) -> QProgressDialog:
    progress = QProgressDialog(label, QCoreApplication.translate("ImportDialog", "Cancel"), 0, 0)
    progress.setParent(window, progress.windowFlags())
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    return progress


def _start(
    dialog: ImportDialog, label: str, work: Callable, done: Callable[[ImportReport], None]
) -> worker.Job:
    progress = _progress(dialog, label)
    job = worker.start(work)
    job.progress.connect(lambda n, total: (progress.setMaximum(total), progress.setValue(n)))
    progress.canceled.connect(job.cancel)
    job.finished.connect(lambda report: (progress.reset(), done(report)))
    job.failed.connect(lambda exc: (progress.reset(), _failed(dialog, exc)))
    dialog.job = job
    return job


def check(window: QMainWindow, dialog: ImportDialog) -> worker.Job:
    """Read the whole file as an import would, write nothing, show what would be refused."""
    from core.store.workspace import open_workspace

    mapping, authority = dialog.mapping(), dialog.default_authority()
    path, lang = window.workspace.path, window.settings.language

    def work(progress: Callable, cancelled: Callable) -> ImportReport:
        with open_workspace(path, now=datetime.now(), read_only=True, check=False) as reader:
            return import_table(
                reader,
                dialog.table,
                mapping,
                now=datetime.now(),
                lang=lang,
                default_authority=authority,
                dry_run=True,
                progress=progress,
                cancelled=cancelled,
            )

    label = QCoreApplication.translate("ImportDialog", "Checking %1…")
    return _start(
        dialog,
        label.replace("%1", dialog.table.path.name),
        work,
        lambda r: dialog.show_report(r, True),
    )


def run_import(window: QMainWindow, dialog: ImportDialog, layouts: Layouts) -> worker.Job:
    """Import in one transaction off the GUI thread; done, it is one step of the undo stack."""
    mapping, authority = dialog.mapping(), dialog.default_authority()
    ws, lang, now = window.workspace, window.settings.language, datetime.now()

    def work(progress: Callable, cancelled: Callable) -> ImportReport:
        return import_table(
            ws,
            dialog.table,
            mapping,
            now=now,
            lang=lang,
            default_authority=authority,
            progress=progress,
            cancelled=cancelled,
        )

    def done(report: ImportReport) -> None:
        dialog.show_report(report, False)
        if not report.written:
            return
        layouts.remember(dialog.table.header, mapping)
        title = dialog.windowTitle()
        window.undo_stack.push(
            ImportTenders(
                ws,
                report,
                dialog.table.path.name,
                lambda: _changed(window),
                lambda message: QMessageBox.warning(window, title, message),
                lambda: work(None, None),
            )
        )
        window.statusBar().showMessage(summary(report, lang)[-1], 8000)
        dialog.accept()

    label = QCoreApplication.translate("ImportDialog", "Importing %1…")
    return _start(dialog, label.replace("%1", dialog.table.path.name), work, done)


def _failed(dialog: ImportDialog, exc: BaseException) -> None:
    from core.exchange.import_rows import Cancelled

    if isinstance(exc, Cancelled):
        dialog.outcome.setText(
            QCoreApplication.translate("ImportDialog", "Stopped: nothing was imported.")
        )
        return
    dialog.outcome.setText(
        QCoreApplication.translate(
            "ImportDialog", "The import failed, nothing was imported: %1"
        ).replace("%1", str(exc))
    )


def _changed(window: QMainWindow) -> None:
    from gui.window.merge_dialog import _changed as changed

    changed(window)
