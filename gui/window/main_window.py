"""The main window: composes pages, menus and the status bar; no business logic here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from core.dates import format_date
from core.paths import bundled_rule_pack
from core.rules.pack import RulePack
from core.settings import Settings, config_path, save
from core.store.sqlite_files import first_line
from core.store.workspace import Workspace, backup_due, backup_file, check_file
from gui.register.page import RegisterPage
from gui.shared import dialogs, i18n, pdf_export, worker
from gui.shared.later_pages import LaterPages
from gui.shared.later_register import LaterRegister
from gui.window import (
    edit_menu,
    file_menu,
    role_pages,
    shared_register,
    view_menu,
    window_state,
    workshop_menu,
)
from gui.window.presentation import Presentation

if TYPE_CHECKING:
    from gui.organisations.page import OrganisationsPage
    from gui.rules.page import RulesPage
    from gui.settings.dialog import SettingsDialog


class MainWindow(QMainWindow):
    """The tender desk window.

    ``today`` is the real date (the caller reads the clock); the pages use the date of the
    settings when a trainer set one. ``settings_path`` is where Edit > Settings… saves;
    ``state_path``, when given, keeps the window's size and position. ``pack`` is the rule
    pack, or what loads it: the start gives a loader, called with the window (the parent of a
    message) when the pack is first asked for (``pack``), at the latest after the first page
    is painted (``gui.app``).

    The register is built with the window; the Organisations and Rules pages when they are
    first shown or asked for (``organisations_page``, ``rules_page``), so the start builds
    and imports only what the first page needs.
    """

    def __init__(
        self,
        pack: RulePack | Callable[[QWidget], RulePack],
        today: date,
        workspace: Workspace | None = None,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        state_path: Path | None = None,
    ) -> None:
        super().__init__()
        self._pack, self._load_pack = (pack, None) if isinstance(pack, RulePack) else (None, pack)
        self.workspace = workspace
        self.real_today = today
        self.settings = settings or Settings(language=i18n.current())
        pdf_export.use_settings(self.settings)
        self.settings_path = settings_path or config_path()
        self._state_path = state_path
        self.state_path = state_path
        self.welcome = None
        self._editable = True
        # the user asked to restore a backup of a damaged workspace: the start offers them
        self.restore_requested = False
        self._built_for = today
        self._built_role = self.settings.role
        self.pages: QTabWidget | None = None
        self.register_page: RegisterPage | None = None
        self._later: LaterPages | None = None  # the Organisations and Rules pages
        workshop_menu.start(self)  # no workshop open yet
        self.undo_stack = QUndoStack(self)
        self.presentation = Presentation(self)
        self.workspace_label, self.pack_label, self.date_label = QLabel(), QLabel(), QLabel()
        self.date_label.setStyleSheet("font-weight: bold;")
        for label in (self.date_label, self.workspace_label, self.pack_label):
            self.statusBar().addPermanentWidget(label)
        if workspace is not None:
            file_menu.remember(state_path, workspace.path)
        self._build()
        view_menu.start(self, state_path)
        if state_path is not None:
            window_state.restore(self, state_path)

    @property
    def pack(self) -> RulePack:
        """The rule pack (loaded now when the window was given its loader)."""
        if self._pack is None:
            self._pack = self._load_pack(self)
            self._show_pack()
        return self._pack

    @pack.setter
    def pack(self, pack: RulePack) -> None:
        self._pack = pack

    @property
    def organisations_page(self) -> OrganisationsPage | None:
        """The Organisations page (built now if it was not yet); None without a workspace."""
        return self._later.page("organisations") if self._later is not None else None

    @property
    def rules_page(self) -> RulesPage | None:
        """The Rules page (built now if it was not yet)."""
        return self._later.page("rules") if self._later is not None else None

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
        rules = self._later.built("rules") if self._later is not None else None
        rules_on = rules.date_edit.date() if rules is not None else None
        self.undo_stack.clear()
        lang, today = self.settings.language, self.rules_today
        if today != self._built_for:
            rules_on = None  # a new rules date is shown as it is
        self._built_for = today
        self.setWindowTitle(self.tr("Tender desk"))
        self.pages = QTabWidget()
        self.register_page = None
        self._later = LaterPages(self.pages)
        self.exercises_page = None
        if self.workspace is not None:
            register = LaterRegister(self.workspace, lambda: self.pack)  # made when first used
            self.register_page = RegisterPage(
                self.workspace, today, lang, register=register, undo_stack=self.undo_stack
            )
            self.register_page.set_editable(self._editable)
            if view is not None:
                self.register_page.restore_view(view)
            self.pages.addTab(self.register_page, self.tr("Register"))
            role_pages.add_pages(self, register, lang, today)
            self.exercises_page = workshop_menu.add_page(self, register, lang)
            self._later.add(
                "organisations",
                self.tr("Organisations"),
                lambda: self._make_organisations(register, lang),
            )
        self._later.add(
            "rules", self.tr("Rules"), lambda: self._make_rules(self.pack, today, lang, rules_on)
        )
        role_pages.apply(self, tab, self._built_role, first_build=view is None)
        self._built_role = self.settings.role
        self._show_pages_or_welcome()  # the old pages are deleted by Qt
        self._build_menus()
        self._show_status()
        shared_register.update(self)  # who writes a register read here; a network drive

    def _make_organisations(self, register: LaterRegister, lang: str) -> OrganisationsPage:
        from gui.organisations.page import OrganisationsPage

        page = OrganisationsPage(
            self.workspace, lang, register=register, undo_stack=self.undo_stack
        )
        page.set_editable(self._editable)
        page.changed.connect(self.register_page.refresh)
        page.selection_changed.connect(self._update_delete)
        return page

    def _make_rules(
        self, pack: RulePack, today: date, lang: str, shown_on: object | None
    ) -> RulesPage:
        from gui.rules.page import RulesPage

        page = RulesPage(pack, today, lang)
        if shown_on is not None:
            page.date_edit.setDate(shown_on)  # the date the user looked at
        return page

    def _show_pages_or_welcome(self) -> None:
        """The pages; on a workspace that holds no tender, the welcome page before them."""
        stack = QStackedWidget()
        self.welcome = None
        page = self.register_page
        empty = page is not None and page.total == 0 and page.shows_everything()
        if empty and self.exercises_page is None:
            from gui.window.welcome import WelcomePage

            self.welcome = WelcomePage(
                self.pack, self.rules_today, self.settings.language, role=self.settings.role
            )
            self.welcome.role_chosen.connect(lambda role: role_pages.choose_role(self, role))
            self.welcome.start.connect(lambda: role_pages.start(self))
            self.welcome.open_other.connect(lambda: file_menu.open_workspace(self))
            self.welcome.open_demo.connect(self.open_demo)
            self.welcome.look_around.connect(self.show_pages)
            stack.addWidget(self.welcome)
            page.count_changed.connect(self._on_count)
        stack.addWidget(self.pages)
        self.setCentralWidget(stack)
        if self.welcome is not None:
            self.welcome.setFocus()

    def show_pages(self) -> None:
        """Leave the welcome page for the register (and the other pages)."""
        stack = self.centralWidget()
        if isinstance(stack, QStackedWidget):
            stack.setCurrentWidget(self.pages)
            # the keys go on in the list (the welcome page's button had them)
            page = self.pages.currentWidget()
            (page.table if page is self.register_page else page).setFocus()

    def first_page(self) -> QWidget:
        """The widget the user sees first (its first paint ends the start)."""
        if self.welcome is not None:
            return self.welcome
        if self.register_page is not None:
            return role_pages.first_painted(self)
        return self

    def _on_start(self) -> None:
        editor = self.register_page.open_editor(None)
        if editor is None:
            dialogs.QMessageBox.information(
                self,
                self.tr("Tender desk"),
                self.tr("This workspace cannot be changed now (it is read-only or being checked)."),
            )

    def _on_count(self, total: int) -> None:
        if total > 0 and self.register_page.shows_everything():
            self.show_pages()

    def open_demo(self) -> bool:
        """Open the demo workspace (made in the user's data folder the first time)."""
        from PySide6.QtCore import Qt

        from core.demo.workspace import demo_path, open_demo
        from core.paths import default_workspace_path
        from core.store.workspace import WorkspaceError

        path = demo_path(default_workspace_path())
        if self.workspace is not None and self.workspace.path == path:
            self.show_pages()
            return True
        self.statusBar().showMessage(self.tr("Making the demo workspace…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = open_demo(path, self.pack, datetime.now())
        except WorkspaceError:
            QApplication.restoreOverrideCursor()
            return file_menu.open_path(self, path, create=True)
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        self.switch_workspace(workspace)
        return True

    def close_workspace(self) -> None:
        """Close the open workspace (its pages go with it)."""
        if self.workspace is not None:
            self.undo_stack.clear()
            self.workspace.close()
            self.workspace = None
            self.register_page = None
            self._build()

    def switch_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace`` instead of the one open now (which is closed)."""
        if self.workspace is not None:
            self.undo_stack.clear()
            self.workspace.close()
        self.workspace = workspace
        if not workshop_menu.is_workshop(self, workspace.path):
            workshop_menu.left(self)
        self._check_job = None  # the other file's check says nothing of this one
        self.register_page = None  # no view of the other one
        self._editable = True
        file_menu.remember(self._state_path, workspace.path)
        self._build()
        self.pages.setCurrentIndex(0)
        if workspace.deferred_check:
            self.check_workspace()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(workspace.path)), 5000)

    def _show_status(self) -> None:
        self.workspace_label.setText(self._workspace_text())
        if self._pack is not None:  # else it is said when the pack is loaded
            self._show_pack()
        other = self.settings.today is not None and self.settings.today != self.real_today
        self.date_label.setText(
            self.tr("Rules date: %1 (set in Settings)").replace("%1", format_date(self.rules_today))
        )
        self.date_label.setVisible(other)

    def _show_pack(self) -> None:
        shown = self.pack.label
        if not self.pack.bundled:
            shown = self.tr("%1 — %2 (not the bundled pack)").replace("%1", shown)
            shown = shown.replace("%2", self.pack.file_name)
        elif Path(self.pack.path) != bundled_rule_pack():
            shown += f" — {self.pack.file_name}"
        self.pack_label.setText(self.tr("Rule pack: %1").replace("%1", shown))
        self.pack_label.setToolTip(self.pack.path)

    # -- settings --------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """Edit > Settings…: the dialog; on OK the settings are saved and applied."""
        from PySide6.QtCore import Qt

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
            dialogs.QMessageBox.warning(
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
        pdf_export.use_settings(settings)
        same = (old.language, old.today) == (settings.language, settings.today)
        same = same and not role_pages.view_changed(old.role, settings.role)
        rebuild = pack is not self.pack or not same
        self.pack = pack
        if settings.language != old.language:
            i18n.install(QCoreApplication.instance(), settings.language)
        if rebuild:
            self._build()
        if saved:
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
        return saved

    def closeEvent(self, event) -> None:
        """Remember the window's size and position (as they were before presenting)."""
        self.presentation.leave()
        if self._state_path is not None:
            window_state.save(self, self._state_path)
        super().closeEvent(event)

    def check_workspace(self) -> worker.Job | None:
        """Check the workspace file in the background; changes wait until it passed."""
        if self.workspace is None or self.register_page is None:
            return None
        self._set_editable(False)
        self.statusBar().showMessage(self.tr("Checking the workspace…"))
        path = self.workspace.path
        job = worker.start(lambda progress, cancelled: check_file(path))
        # bound methods, not lambdas: a window closed meanwhile is no longer called
        job.finished.connect(self._on_checked)
        job.failed.connect(self._on_check_failed)
        self._check_job = job
        return job

    def _set_editable(self, editable: bool) -> None:
        """Allow or refuse changes on the list pages (one not built yet gets it when built)."""
        self._editable = editable
        for page in (self.register_page, self._later.built("organisations")):
            if page is not None:
                page.set_editable(editable)

    def _on_check_failed(self, exc: BaseException) -> None:
        self._on_checked(str(exc))

    def _on_checked(self, result: str) -> None:
        sender = self.sender()
        if sender is not None and sender is not getattr(self, "_check_job", None):
            return  # the check of a workspace the window no longer shows
        if result == "ok":
            self._set_editable(True)
            self.statusBar().showMessage(self.tr("Workspace checked: no damage found."), 5000)
            self._backup_if_due()
            return
        self.statusBar().showMessage(self.tr("The workspace is damaged; it is read-only now."))
        box = dialogs.QMessageBox(
            dialogs.QMessageBox.Icon.Critical,
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
        restore = box.addButton(
            self.tr("Restore a backup…"), dialogs.QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Keep reading"), dialogs.QMessageBox.ButtonRole.RejectRole)
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
        job.finished.connect(self._on_backup_made)
        job.failed.connect(self._on_backup_failed)
        self._backup_job = job

    def _on_backup_made(self, made: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", made.name), 5000)

    def _on_backup_failed(self, exc: BaseException) -> None:
        dialogs.QMessageBox.warning(
            self,
            self.tr("Backup failed"),
            self.tr("The daily backup could not be made: %1").replace("%1", str(exc)),
        )

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
        self.file_menu = file_menu.add_to(bar, self)
        workshop_menu.add_to(self.file_menu, self)
        edit_menu.add_to(bar, self)
        if self.register_page is not None:  # the Organisations page connects when built
            self.register_page.selection_changed.connect(self._update_delete)
        self.pages.currentChanged.connect(self._update_delete)
        self._update_delete()
        self.view_menu = view_menu.add_to(bar, self.presentation)
        role_pages.add_menus(self, bar)
        edit_menu.add_help(bar, self)

    def _list_shown(self):
        """The register or organisations page when it is the one shown, else None."""
        page = self.pages.currentWidget() if self.pages is not None else None
        shown = (
            page in (self.register_page, self._later.built("organisations")) and page is not None
        )
        return page if shown else None

    def _update_delete(self, *_args) -> None:
        """Edit > Delete… acts on the chosen rows of the list shown, on a writable workspace."""
        page = self._list_shown()
        self.delete_action.setEnabled(
            page is not None and page.has_selection() and page.delete_allowed()
        )

    def _on_delete(self) -> None:
        page = self._list_shown()
        if page is not None:
            page.delete_current()
