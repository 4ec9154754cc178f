"""The register page: search as you type, filters, sortable paged table, CSV export."""

from __future__ import annotations

from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QToolButton

from core.record import record, replace
from core.rules import schema
from core.store import facets, search
from core.store.workspace import Workspace
from core.texts import text
from gui.register.model import RegisterModel
from gui.shared import dialogs, worker
from gui.shared.flow_row import FlowRow
from gui.shared.header import show_sorted
from gui.shared.list_page import ListPage
from gui.shared.pdf_export import PdfExport

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWizard

    from core.store.register import Register
    from gui.register.editor import TenderEditor

#: the decision wizards of the Decide menu (module, class): loaded when first opened, so the
#: window starts without them and what they bring (the engine's pages, the documents)
WIZARDS = {
    "procedure": ("gui.wizards.procedure", "ProcedureWizard"),
    "advance": ("gui.wizards.advance", "AdvanceWizard"),
    "bid": ("gui.wizards.bid", "BidCompensationWizard"),
    "ranking": ("gui.wizards.ranking", "RankingWizard"),
    "bond": ("gui.wizards.bond", "BondWizard"),
}


def wizard_class(name: str) -> type[QWizard]:
    """The wizard of the Decide menu called ``name`` (see ``WIZARDS``)."""
    module, cls = WIZARDS[name]
    return getattr(import_module(module), cls)


@record(frozen=True)
class ViewState:
    """What the user made of the view: text, filters, order and the selected tender."""

    query: search.Query
    selected: int | None


class RegisterPage(ListPage):
    """Find tenders in the register.

    Signals:
        count_changed(int): how many tenders the current selection holds.
    """

    # reference, title, buyer, status, procedure, type, value, launched, deadline: the
    # spare width goes to the title, the buyer and the procedure, which are cut first
    COLUMN_CHARS = (9, 22, 18, 12, 20, 9, 13, 10, 10)
    COLUMN_WEIGHTS = (0, 4, 3, 1, 3, 1, 0, 0, 0)
    SORTED_BY = (7, True)

    def __init__(
        self,
        workspace: Workspace,
        today: date,
        lang: str = "en",
        register: Register | None = None,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ) -> None:
        super().__init__(
            workspace,
            lang,
            register,
            undo_stack,
            lambda page: RegisterModel(workspace, today, lang, page),
            parent,
        )
        self.search_box.setPlaceholderText(self.tr("Search reference, title, buyer or company"))
        self.status_filter = self._combo(
            self.tr("All statuses"), list(self.model.status_labels().items())
        )
        self.year_filter = self._combo(
            self.tr("All years"), [(y, str(y)) for y in facets.launch_years(workspace)]
        )
        self.procedure_filter = self._combo(
            self.tr("All procedures"), [(p, text(lang, "procedure", p)) for p in schema.PROCEDURES]
        )
        self.type_filter = self._combo(
            self.tr("All types"),
            [(t, text(lang, "contract_type", t)) for t in schema.CONTRACT_TYPES],
        )
        self.export_button = QPushButton(self.tr("Export to CSV or Excel…"))
        self.pdf_button = QToolButton()
        self.pdf_button.setText(self.tr("Export &PDF"))
        self.pdf_button.setToolTip(
            self.tr("Write a PDF document for the selected tender or every tender of the view")
        )
        self.pdf_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pdf = None
        if register is not None:
            self.pdf = PdfExport(self, workspace.path, lambda: register.pack, today)
            self.pdf_button.setMenu(self.pdf.menu(lang, self._on_pdf))
        self.new_button = QPushButton(self.tr("&New tender"))
        # a push button with a menu: its arrow has room beside the text, unlike a tool button's
        self.decide_button = QPushButton(self.tr("&Decide"))
        menu = QMenu(self.decide_button)
        self.procedure_action = menu.addAction(self.tr("&Procedure…"))
        self.procedure_action.setToolTip(
            self.tr("Which procedures the law allows, and the simplest")
        )
        self.advance_action = menu.addAction(self.tr("&Advance…"))
        self.bid_action = menu.addAction(self.tr("&Bid compensation…"))
        self.ranking_action = menu.addAction(self.tr("Provisional &ranking…"))
        self.bond_action = menu.addAction(self.tr("Perf&ormance bond…"))
        self.bond_action.setToolTip(
            self.tr("Whether a bond may be asked of the winner, and how much")
        )
        self.decide_button.setMenu(menu)
        self.edit_widgets = [self.new_button]
        self.set_editable(True)
        self._layout()
        self._connect()
        self._refresh_count()

    def set_editable(self, editable: bool) -> None:
        """Allow changes; Decide and Export PDF also need a selected tender."""
        super().set_editable(editable)
        self._update_actions()

    def _update_actions(self) -> None:
        """Enable what can act now: Decide on a selected tender of a writable workspace,
        Export PDF on a selected tender."""
        selected = self.has_selection()
        self.decide_button.setEnabled(self._editable and selected)
        self.pdf_button.setEnabled(self.pdf is not None and selected)
        tip = "" if selected else self.tr("Select a tender first.")
        self.decide_button.setToolTip(tip)

    def _layout(self) -> None:
        filters = FlowRow()
        filters.addWidget(self.search_box, 3)
        for combo in self._filters():
            filters.addWidget(combo, 1)
        filters.addWidget(self.export_button)
        filters.addWidget(self.pdf_button)
        filters.addWidget(self.new_button)
        filters.addWidget(self.decide_button)
        self.lay_out(filters, self.count_label)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.year_filter, self.procedure_filter, self.type_filter)

    def _connect(self) -> None:
        for combo in self._filters():
            combo.currentIndexChanged.connect(self.refresh)
        self.selection_changed.connect(self._update_actions)
        self.export_button.clicked.connect(self._on_export)
        self.new_button.clicked.connect(self._on_new)
        for action, name in (
            (self.procedure_action, "procedure"),
            (self.advance_action, "advance"),
            (self.bid_action, "bid"),
            (self.ranking_action, "ranking"),
            (self.bond_action, "bond"),
        ):
            action.triggered.connect(lambda _=False, n=name: self.open_wizard(wizard_class(n)))

    def _combo(self, everything: str, items: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        _fit_first_entry(combo)
        return combo

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A zoom changes the text size: the filters make room for their "all …" entry again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for combo in self._filters():
                _fit_first_entry(combo)

    # -- what the page shows -------------------------------------------------------------
    def current_query(self) -> search.Query:
        """The query the widgets describe, with the model's sort order."""
        return replace(
            self.model.query,
            text=self.search_box.text(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
            procedure=self.procedure_filter.currentData(),
            contract_type=self.type_filter.currentData(),
        )

    def count(self, query: search.Query) -> int:
        """How many tenders the query finds; a text's matches counted up to just past
        ``search.COUNT_CAP`` (the count is shown as "more than" that)."""
        return search.count(self._ws, query, at_most=search.COUNT_CAP)

    def count_text(self, total: int) -> str:
        """The count in words: "more than" the cap only for a typed text, whose matches are
        counted up to just past it; without one the count is exact, however large."""
        if total > search.COUNT_CAP and search.fts_expression(self.search_box.text()):
            cap = QLocale().toString(search.COUNT_CAP)
            return self.tr("more than %1 tenders").replace("%1", cap)
        return self.tr("%n tender", "", total) if total == 1 else self.tr("%n tenders", "", total)

    def shows_everything(self) -> bool:
        """True when no search text and no filter narrows the view."""
        query = self.current_query()
        return not query.text.strip() and all(
            value is None
            for value in (query.status, query.year, query.procedure, query.contract_type)
        )

    def view_state(self) -> ViewState:
        """The view as the user left it, to show again on a rebuilt page."""
        return ViewState(self.current_query(), self._selected_id())

    def restore_view(self, state: ViewState) -> None:
        """Show the same text, filters, order and selected tender as ``state``."""
        query = state.query
        self.search_box.blockSignals(True)
        self.search_box.setText(query.text)
        self.search_box.blockSignals(False)
        for combo, value in (
            (self.status_filter, query.status),
            (self.year_filter, query.year),
            (self.procedure_filter, query.procedure),
            (self.type_filter, query.contract_type),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        column = self.model.COLUMNS.index(query.sort)
        show_sorted(self.table.horizontalHeader(), column, query.descending)
        self.model.set_query(
            replace(self.current_query(), sort=query.sort, descending=query.descending)
        )
        self._refresh_count()
        ids = [self.model.row_at(r).id for r in range(self.model.rowCount())]
        row = ids.index(state.selected) if state.selected in ids else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_editor(self, tender_id: int | None) -> TenderEditor | None:
        """Open the editor on a tender (None: a new one); the view refreshes on save."""
        if not self._editable:
            return None
        from gui.register.editor import TenderEditor  # loaded when first opened

        editor = TenderEditor(self._register, tender_id, self._lang, parent=self)
        editor.saved.connect(self._on_saved)
        editor.open()
        return editor

    def open_wizard(self, wizard_class, tender_id: int | None = None) -> QWizard | None:
        """Open a decision wizard on a tender (default: the selected one)."""
        tender_id = self._selected_id() if tender_id is None else tender_id
        if not self._editable or tender_id is None:
            return None
        wizard = wizard_class(self._register, tender_id, self._lang, parent=self)
        wizard.accepted.connect(self.refresh)
        wizard.open()
        return wizard

    def _on_saved(self, tender_id: int, recomputed: list) -> None:
        self.refresh()
        if recomputed:
            dialogs.QMessageBox.information(
                self,
                self.tr("Decisions recomputed"),
                self.tr(
                    "A change of this tender changed what stored decisions used; they were "
                    "recomputed and are marked for review: %1"
                ).replace(
                    "%1", ", ".join(text(self._lang, "label", f"check_{k}") for k in recomputed)
                ),
            )

    def delete_current(self) -> bool:
        """Delete the selected tenders (one Ctrl+Z brings them all back); more than one is
        deleted after a question that says how many. False when nothing was deleted."""
        rows = [self.model.row_at(r) for r in self.selected_rows()]
        if not self._editable or not rows:
            return False
        if len(rows) > 1 and not self._confirm_delete(len(rows)):
            return False
        from gui.shared.undo import DeleteTender, DeleteTenders  # with the register's write side

        if len(rows) == 1:
            command = DeleteTender(
                self._register,
                rows[0].id,
                rows[0].reference,
                self.refresh,
                self.count_label.setText,
                self._lang,
                restored=self.select,  # Ctrl+Z gives the tender back chosen, ready to work on
            )
            done = self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", rows[0].reference)
        else:
            command = DeleteTenders(
                (
                    self.tr("delete %n tender", "", len(rows))
                    if len(rows) == 1
                    else self.tr("delete %n tenders", "", len(rows))
                ),
                self._register,
                [row.id for row in rows],
                self.refresh,
                self.count_label.setText,
                self._lang,
            )
            done = (
                self.tr("Deleted %n tender. Undo with Ctrl+Z.", "", len(rows))
                if len(rows) == 1
                else self.tr("Deleted %n tenders. Undo with Ctrl+Z.", "", len(rows))
            )
        self._undo.push(command)
        self.count_label.setText(done)
        return True

    def _confirm_delete(self, count: int) -> bool:
        box = dialogs.QMessageBox(
            dialogs.QMessageBox.Icon.Question,
            self.tr("Delete tenders"),
            (
                self.tr("Delete the %n selected tender?", "", count)
                if count == 1
                else self.tr("Delete the %n selected tenders?", "", count)
            ),
            parent=self,
        )
        box.setInformativeText(
            self.tr("Their tenderers and decisions go with them. Ctrl+Z brings them all back.")
        )
        delete = box.addButton(
            (
                self.tr("Delete %n tender", "", count)
                if count == 1
                else self.tr("Delete %n tenders", "", count)
            ),
            dialogs.QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(dialogs.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(dialogs.QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _on_pdf(self, kind: str, lang: str) -> None:
        what = self.pdf_scope(self.pdf.titles()[kind])
        if what is not None:
            self.pdf.choose_and_run(what, kind, lang)

    def pdf_scope(self, title: str) -> search.Query | list[int] | None:
        """Which tenders get the document: asked, with the count, when the view holds more
        than one (a selected tender, or every tender of the view); None when cancelled."""
        query = self.current_query()
        total = search.count(self._ws, query)
        index = self.table.currentIndex()
        selected = self.model.row_at(index.row()) if index.isValid() else None
        if total <= 1:
            return query
        box = dialogs.QMessageBox(self)
        box.setIcon(dialogs.QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(self.tr("Which tenders get this document?"))
        one = None
        if selected is not None:
            one = box.addButton(
                self.tr("The selected tender (%1)").replace("%1", selected.reference),
                dialogs.QMessageBox.ButtonRole.AcceptRole,
            )
        every = box.addButton(
            (
                self.tr("The %n tender of the view, one file", "", total)
                if total == 1
                else self.tr("All %n tenders of the view, one file each", "", total)
            ),
            dialogs.QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(dialogs.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one or every)
        box.exec()
        if one is not None and box.clickedButton() is one:
            return [selected.id]
        return query if box.clickedButton() is every else None

    def _on_export(self) -> None:
        xlsx = self.tr("Excel workbooks (*.xlsx)")
        target, chosen = dialogs.QFileDialog.getSaveFileName(
            self,
            self.tr("Export the view to CSV or Excel"),
            "register.csv",
            ";;".join((self.tr("CSV files (*.csv)"), xlsx)),
        )
        if target:
            path = Path(target)
            if chosen == xlsx and path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
            self.export_to(path)

    def export_to(self, target: Path) -> worker.Job:
        """Export the current view off the GUI thread, with a progress dialog that cancels."""
        from PySide6.QtCore import Qt

        from core.exchange.csv_export import export_view  # loaded with the first export

        query = self.current_query()
        dialog = dialogs.QProgressDialog(
            self.tr("Exporting the register…"), self.tr("Cancel"), 0, 0, self
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        job = worker.start(
            lambda progress, cancelled: export_view(
                self._ws.path, query, target, progress, cancelled
            )
        )
        job.progress.connect(
            lambda done, total: (dialog.setMaximum(max(total, 1)), dialog.setValue(done))
        )
        dialog.canceled.connect(job.cancel)
        job.finished.connect(lambda count: self._export_done(dialog, target, count))
        job.failed.connect(lambda exc: self._export_failed(dialog, target, exc))
        self._export_job = job
        return job

    def _export_done(self, dialog: dialogs.QProgressDialog, target: Path, count: int) -> None:
        dialog.reset()
        self.count_label.setText(
            (
                self.tr("%n tender exported to %1", "", count)
                if count == 1
                else self.tr("%n tenders exported to %1", "", count)
            ).replace("%1", str(target))
        )

    def _export_failed(
        self, dialog: dialogs.QProgressDialog, target: Path, exc: BaseException
    ) -> None:
        from core.exchange.csv_export import Cancelled

        dialog.reset()
        if isinstance(exc, Cancelled):
            self.count_label.setText(self.tr("Export cancelled; nothing was written."))
            return
        dialogs.QMessageBox.warning(
            self,
            self.tr("Export failed"),
            self.tr("%1 could not be written:\n%2")
            .replace("%1", str(target))
            .replace("%2", str(exc)),
        )


def _fit_first_entry(combo: QComboBox) -> None:
    """The "all …" entry, shown most of the time, is never cut (a long entry may be).

    Its width is what Qt gives a combo holding that entry alone, sized to it: the style's
    frame and arrow around the text, measured in C++ (asking the style from Python would make
    PySide6 build ``QStyle``'s 566 enum members before the first paint, about 60 million
    instructions). Qt measures the text's ink, which may be a pixel narrower than its advance:
    that pixel is added."""
    text = combo.itemText(0)
    probe = QComboBox()
    probe.setFont(combo.font())
    probe.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    probe.addItem(text)
    metrics = combo.fontMetrics()
    ink = metrics.boundingRect(text).width()
    combo.setMinimumWidth(probe.sizeHint().width() + max(0, metrics.horizontalAdvance(text) - ink))
