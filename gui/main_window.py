"""The main window: composes pages, menus and the status bar; no business logic here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from core.rules.pack import RulePack
from core.store.register import Register
from core.store.workspace import Workspace, backup_due, backup_file, check_file
from gui import worker
from gui.organisations_page import OrganisationsPage
from gui.register_page import RegisterPage
from gui.rules_page import RulesPage


class MainWindow(QMainWindow):
    """The tender desk window."""

    def __init__(self, pack: RulePack, today: date, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.workspace = workspace
        self.setWindowTitle(self.tr("Tender desk"))
        self.pages = QTabWidget()
        self.register_page = None
        self.organisations_page = None
        self.undo_stack = QUndoStack(self)
        if workspace is not None:
            register = Register(workspace, pack)
            self.register_page = RegisterPage(
                workspace, today, register=register, undo_stack=self.undo_stack
            )
            self.pages.addTab(self.register_page, self.tr("Register"))
            self.organisations_page = OrganisationsPage(
                workspace, register=register, undo_stack=self.undo_stack
            )
            self.organisations_page.changed.connect(self.register_page.refresh)
            self.pages.addTab(self.organisations_page, self.tr("Organisations"))
        self.rules_page = RulesPage(pack, today)
        self.pages.addTab(self.rules_page, self.tr("Rules"))
        self.setCentralWidget(self.pages)
        self.workspace_label = QLabel(self._workspace_text())
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.pack_label = QLabel(self.tr("Rule pack: %1").replace("%1", pack.label))
        self.statusBar().addPermanentWidget(self.pack_label)
        self._build_menus()
        self.resize(1280, 760)

    def check_workspace(self) -> worker.Job | None:
        """Check the workspace file in the background; changes wait until it passed."""
        if self.workspace is None or self.register_page is None:
            return None
        self.register_page.set_editable(False)
        self.organisations_page.set_editable(False)
        self.statusBar().showMessage(self.tr("Checking the workspace…"))
        path = self.workspace.path
        job = worker.start(lambda progress, cancelled: check_file(path))
        job.finished.connect(self._on_checked)
        job.failed.connect(lambda exc: self._on_checked(str(exc)))
        self._check_job = job
        return job

    def _on_checked(self, result: str) -> None:
        if result == "ok":
            self.register_page.set_editable(True)
            self.organisations_page.set_editable(True)
            self.statusBar().showMessage(self.tr("Workspace checked: no damage found."), 5000)
            self._backup_if_due()
            return
        self.statusBar().showMessage(self.tr("The workspace is damaged; it is read-only now."))
        QMessageBox.critical(
            self,
            self.tr("The workspace is damaged"),
            self.tr(
                "SQLite found damage in this workspace (%1). Nothing will be written to it. "
                "Close the app and restore a backup when you open it again (File > Open…), or "
                "export what you can see."
            ).replace("%1", result),
        )

    def _backup_if_due(self) -> None:
        now = datetime.now()
        if self.workspace.read_only or not backup_due(self.workspace.path, now):
            return
        path = self.workspace.path
        job = worker.start(lambda progress, cancelled: backup_file(path, now))
        job.finished.connect(
            lambda made: self.statusBar().showMessage(
                self.tr("Backup made: %1").replace("%1", made.name), 5000
            )
        )
        job.failed.connect(
            lambda exc: QMessageBox.warning(
                self,
                self.tr("Backup failed"),
                self.tr("The daily backup could not be made: %1").replace("%1", str(exc)),
            )
        )
        self._backup_job = job

    def _workspace_text(self) -> str:
        if self.workspace is None:
            return self.tr("No workspace")
        shown = self.tr("Workspace: %1").replace("%1", str(self.workspace.path))
        if self.workspace.read_only:
            shown += " " + self.tr("(read-only)")
        return shown

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self._on_about)
        help_menu.addAction(about_action)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About the tender desk"),
            self.tr(
                "Tender desk: an offline desk for Belgian public procurement.\nRule pack: %1 (%2)."
            )
            .replace("%1", self.pack.label)
            .replace("%2", self.pack.path),
        )
