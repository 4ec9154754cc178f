"""The main window: composes pages, menus and the status bar; no business logic here."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget

from core.dates import format_date
from core.paths import bundled_rule_pack
from core.rules.pack import RulePack
from core.settings import Settings, config_path, save
from core.store.register import Register
from core.store.sqlite_files import first_line
from core.store.workspace import Workspace, backup_due, backup_file, check_file
from core.version import version
from gui.organisations.page import OrganisationsPage
from gui.register.page import RegisterPage
from gui.rules.page import RulesPage
from gui.shared import i18n, worker
from gui.window import view_menu, window_state

if TYPE_CHECKING:
    from gui.settings.dialog import SettingsDialog


class MainWindow(QMainWindow):
    """The tender desk window.

    ``today`` is the real date (the caller reads the clock); the pages use the date of the
    settings when a trainer set one. ``settings_path`` is where Edit > Settings… saves;
    ``state_path``, when given, keeps the window's size and position.
    """

    def __init__(
        self,
        pack: RulePack,
        today: date,
        workspace: Workspace | None = None,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        state_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.pack = pack
        self.workspace = workspace
        self.real_today = today
        self.settings = settings or Settings(language=i18n.current())
        self.settings_path = settings_path or config_path()
        self._state_path = state_path
        self._editable = True
        # set when the user asked to restore a backup of a damaged workspace (the start
        # then closes it and offers the backups)
        self.restore_requested = False
        self._built_for = today
        self.pages: QTabWidget | None = None
        self.register_page: RegisterPage | None = None
        self.organisations_page: OrganisationsPage | None = None
        self.rules_page: RulesPage | None = None
        self.undo_stack = QUndoStack(self)
        self.workspace_label, self.pack_label, self.date_label = QLabel(), QLabel(), QLabel()
        self.date_label.setStyleSheet("font-weight: bold;")
        for label in (self.date_label, self.workspace_label, self.pack_label):
            self.statusBar().addPermanentWidget(label)
        self._build()
        view_menu.start(self, state_path)
        if state_path is not None:
            window_state.restore(self, state_path)

    @property
    def rules_today(self) -> date:
        """The date the rules use: the one set in the settings, else the real one."""
        return self.settings.rules_date(self.real_today)

    def _build(self) -> None:
        """Make the pages, menus and status texts in the current language, pack and date.

        What the user was doing survives: the tab, the register's text, filters, order and
        selected tender, the Rules page's date (unless the rules date changed). The undo
        history does not (its commands belong to the old page).
        """
        tab = self.pages.currentIndex() if self.pages is not None else 0
        view = self.register_page.view_state() if self.register_page is not None else None
        rules_on = self.rules_page.date_edit.date() if self.rules_page is not None else None
        self.undo_stack.clear()
        lang, today = self.settings.language, self.rules_today
        self.setWindowTitle(self.tr("Tender desk"))
        self.pages = QTabWidget()
        self.register_page = self.organisations_page = None
        if self.workspace is not None:
            register = Register(self.workspace, self.pack)
            self.register_page = RegisterPage(
                self.workspace, today, lang, register=register, undo_stack=self.undo_stack
            )
            self.register_page.set_editable(self._editable)
            if view is not None:
                self.register_page.restore_view(view)
            self.pages.addTab(self.register_page, self.tr("Register"))
            self.organisations_page = OrganisationsPage(
                self.workspace, lang, register=register, undo_stack=self.undo_stack
            )
            self.organisations_page.set_editable(self._editable)
            self.organisations_page.changed.connect(self.register_page.refresh)
            self.pages.addTab(self.organisations_page, self.tr("Organisations"))
        self.rules_page = RulesPage(self.pack, today, lang)
        if rules_on is not None and today == self._built_for:
            self.rules_page.date_edit.setDate(rules_on)  # the date the user looked at
        self._built_for = today
        self.pages.addTab(self.rules_page, self.tr("Rules"))
        self.setCentralWidget(self.pages)  # the old pages are deleted by Qt
        self.pages.setCurrentIndex(tab)
        self._build_menus()
        self._show_status()

    def _show_status(self) -> None:
        self.workspace_label.setText(self._workspace_text())
        shown = self.pack.label
        if not self.pack.bundled:
            shown = self.tr("%1 — %2 (not the bundled pack)").replace("%1", shown)
            shown = shown.replace("%2", self.pack.file_name)
        elif Path(self.pack.path) != bundled_rule_pack():
            shown += f" — {self.pack.file_name}"
        self.pack_label.setText(self.tr("Rule pack: %1").replace("%1", shown))
        self.pack_label.setToolTip(self.pack.path)
        other = self.settings.today is not None and self.settings.today != self.real_today
        self.date_label.setText(
            self.tr("Rules date: %1 (set in Settings)").replace("%1", format_date(self.rules_today))
        )
        self.date_label.setVisible(other)

    # -- settings --------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """Edit > Settings…: the dialog; on OK the settings are saved and applied."""
        from gui.settings.dialog import SettingsDialog  # not needed for the first page

        dialog = SettingsDialog(self.settings, self.pack, self.real_today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings, dialog.pack))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, pack: RulePack) -> bool:
        """Save the settings and show the window with them; False when saving failed.

        A new language, date or rule pack rebuilds the pages; the default workspace is
        used from the next start.
        """
        try:
            save(settings, self.settings_path)
            saved = True
        except OSError as exc:
            saved = False
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr(
                    "The settings could not be saved in %1:\n%2\n\nThey apply until the app "
                    "is closed."
                )
                .replace("%1", str(self.settings_path))
                .replace("%2", exc.strerror or str(exc)),
            )
        old, self.settings = self.settings, settings
        rebuild = pack is not self.pack or (old.language, old.today) != (
            settings.language,
            settings.today,
        )
        self.pack = pack
        if settings.language != old.language:
            i18n.install(QCoreApplication.instance(), settings.language)
        if rebuild:
            self._build()
        if saved:
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
        return saved

    def closeEvent(self, event) -> None:
        """Remember the window's size and position."""
        if self._state_path is not None:
            window_state.save(self, self._state_path)
        super().closeEvent(event)

    def check_workspace(self) -> worker.Job | None:
        """Check the workspace file in the background; changes wait until it passed."""
        if self.workspace is None or self.register_page is None:
            return None
        self._editable = False
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
            self._editable = True
            self.register_page.set_editable(True)
            self.organisations_page.set_editable(True)
            self.statusBar().showMessage(self.tr("Workspace checked: no damage found."), 5000)
            self._backup_if_due()
            return
        self.statusBar().showMessage(self.tr("The workspace is damaged; it is read-only now."))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("The workspace is damaged"),
            self.tr("This workspace is damaged, so nothing more will be written to it."),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Restore a backup (the window closes and offers your backups), or keep "
                "reading and export what you can see."
            )
        )
        box.setDetailedText(first_line(result))
        restore = box.addButton(self.tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep reading"), QMessageBox.ButtonRole.RejectRole)
        self.damage_box = box
        box.exec()
        if box.clickedButton() is restore:
            self.restore_requested = True
            self.close()

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
        bar = self.menuBar()
        for old in bar.findChildren(QMenu):
            old.deleteLater()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(edit_menu, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(edit_menu, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.settings_action = edit_menu.addAction(self.tr("&Settings…"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.view_menu = view_menu.add_to(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        about_action = help_menu.addAction(self.tr("&About"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About the tender desk"),
            self.tr(
                "Tender desk: an offline desk for Belgian public procurement.\nRule pack: %1 (%2)."
            )
            .replace("%1", self.pack.label)
            .replace("%2", self.pack.path)
            + "\n"
            + self.tr("Version %1").replace("%1", version())
            + "\n\n"
            + self.tr(
                "This is no legal advice. The app applies the rules of its rule pack, each with "
                "its source and the date it was checked; where the research is unsure, the "
                "answer says so. Check the law and your procurement documents before you decide."
            ),
        )
