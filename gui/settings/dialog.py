"""Edit > Settings…: language, default workspace, rule pack, the date the rules use and the
ocid prefix of the OCDS export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from core.dates import format_date
from core.errors import RulePackError
from core.names import UNREGISTERED_OCID_PREFIX
from core.roles import ROLES
from core.rules import RulePack, bundled_pack, load_pack
from core.settings import SettingError, Settings
from core.texts import error_text, pack_title
from gui.shared import i18n, sizes
from gui.shared.i18n import pack_problem
from gui.shared.widgets import chosen_file, error_label, workspace_file_dialog

# Each language is named in itself, so a user finds their own whatever the window speaks.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))


class SettingsDialog(QDialog):
    """The user's settings; on OK, ``settings`` and ``pack`` hold what was chosen.

    A rule pack is validated when it is picked: a bad one shows the loader's message and is
    not taken. Saving and applying is the window's business (``MainWindow.apply_settings``).
    """

    def __init__(self, settings: Settings, pack: RulePack, real_today: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.pack = pack
        self._rule_pack = settings.rule_pack  # what is saved; ``pack`` is what is shown
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.workspace = QLineEdit(str(settings.default_workspace))
        self.workspace_browse = QPushButton(self.tr("Browse…"))
        self.pack_name = QLabel()
        self.pack_name.setWordWrap(True)
        self.pack_browse = QPushButton(self.tr("Load a rule pack…"))
        self.pack_bundled = QPushButton(self.tr("Use the bundled pack"))
        self.pack_error = error_label()
        self.other_date = QCheckBox(self.tr("Use another date than today (for training)"))
        shown = settings.today or real_today
        self.date = QDateEdit(QDate(shown.year, shown.month, shown.day))
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.other_date.setChecked(settings.today is not None)
        self.date.setEnabled(settings.today is not None)
        self.today_note = QLabel(
            self.tr(
                "The rules, the deadlines and the register use this date. Today is %1."
            ).replace("%1", format_date(real_today))
        )
        self.today_note.setWordWrap(True)
        self.signatory_name = QLineEdit(settings.signatory_name)
        self.signatory_name.setObjectName("signatory_name")
        self.signatory_function = QLineEdit(settings.signatory_function)
        self.signatory_function.setObjectName("signatory_function")
        self.ocid_prefix = QLineEdit(settings.ocid_prefix)
        self.ocid_prefix.setMaxLength(40)
        self.ocid_note = QLabel(
            self.tr(
                "The prefix the Open Contracting Partnership registered for you (like "
                "ocds-213czf). %1, the default, is not registered: the export says so."
            ).replace("%1", UNREGISTERED_OCID_PREFIX)
        )
        self.ocid_note.setWordWrap(True)
        self.role = self._role_combo(settings.role)
        self.problem = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._layout()
        # all of it in view: a window's first size is at most 2/3 of the screen's height
        self.resize(sizes.fitting(self.sizeHint(), self))
        self._show_pack()
        self.workspace_browse.clicked.connect(self._on_browse_workspace)
        self.pack_browse.clicked.connect(self._on_browse_pack)
        self.pack_bundled.clicked.connect(self.use_bundled_pack)
        self.other_date.toggled.connect(self.date.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _layout(self) -> None:
        language_box = QGroupBox(self.tr("Language"))
        form = QFormLayout(language_box)
        form.addRow(self.tr("&Language of the window and the legal texts:"), self.language)
        workspace_box = QGroupBox(self.tr("Workspace"))
        form = QFormLayout(workspace_box)
        row = QHBoxLayout()
        row.addWidget(self.workspace, 1)
        row.addWidget(self.workspace_browse)
        label = QLabel(self.tr("&Default workspace:"))
        label.setBuddy(self.workspace)
        form.addRow(label, row)
        note = QLabel(self.tr("Opened at the next start, unless --db names another file."))
        note.setWordWrap(True)
        form.addRow("", note)
        rules_box = QGroupBox(self.tr("Rules"))
        form = QFormLayout(rules_box)
        form.addRow(self.tr("Rule pack:"), self.pack_name)
        row = QHBoxLayout()
        row.addWidget(self.pack_browse)
        row.addWidget(self.pack_bundled)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.pack_error)
        row = QHBoxLayout()
        row.addWidget(self.other_date)
        row.addWidget(self.date)
        row.addStretch(1)
        form.addRow(self.tr("Date of the rules:"), row)
        form.addRow("", self.today_note)
        letters_box = QGroupBox(self.tr("Letters"))
        form = QFormLayout(letters_box)
        form.addRow(self.tr("Si&gnatory:"), self.signatory_name)
        form.addRow(self.tr("Fu&nction of the signatory:"), self.signatory_function)
        note = QLabel(
            self.tr("Signs the letters of an organisation that names no signatory of its own.")
        )
        form.addRow("", note)
        ocds_box = QGroupBox(self.tr("OCDS export"))
        form = QFormLayout(ocds_box)
        label = QLabel(self.tr("&OCDS prefix (ocid):"))
        label.setBuddy(self.ocid_prefix)
        form.addRow(label, self.ocid_prefix)
        form.addRow("", self.ocid_note)
        role_box = QGroupBox(self.tr("Role"))
        form = QFormLayout(role_box)
        form.addRow(self.tr("I use the tender desk to:"), self.role)
        layout = QVBoxLayout(self)
        first_row = QHBoxLayout()  # two one-line boxes side by side: the dialog fits 720 pixels
        first_row.addWidget(language_box, 1)
        first_row.addWidget(role_box, 1)
        layout.addLayout(first_row)
        for box in (workspace_box, rules_box, letters_box, ocds_box):
            layout.addWidget(box)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _role_combo(self, role: str | None) -> QComboBox:
        """How the app is used: it sets the pages, the words and the menus (core.roles)."""
        box = QComboBox()
        words = {
            "buyer": self.tr("buy for a public body"),
            "company": self.tr("make offers as a company"),
            "training": self.tr("train others (both sides)"),
        }
        for code in ROLES:
            box.addItem(words[code], code)
        box.setCurrentIndex(max(box.findData(role or "buyer"), 0))
        return box

    # -- the rule pack ---------------------------------------------------------------------
    def load_rule_pack(self, path: str | Path) -> bool:
        """Validate and take a rule pack file; a bad one shows why and is not taken."""
        try:
            pack = load_pack(path)
        except RulePackError as exc:
            self.pack_error.setText(
                self.tr("This rule pack cannot be used:\n%1").replace("%1", pack_problem(exc))
            )
            self.pack_error.show()
            return False
        self.pack, self._rule_pack = pack, Path(path)
        self._show_pack()
        return True

    def use_bundled_pack(self) -> None:
        """Go back to the rule pack that ships with the app."""
        self.pack, self._rule_pack = bundled_pack(), None
        self._show_pack()

    def _show_pack(self) -> None:
        self.pack_error.hide()
        bundled = Path(self.pack.path) == Path(bundled_pack().path)
        where = self.tr("bundled with the app") if bundled else self.pack.path
        title = pack_title(self.pack.id, self.pack.title, i18n.current())
        self.pack_name.setText(f"{self.pack.label} — {title}\n{where}")
        self.pack_bundled.setEnabled(not bundled or self._rule_pack is not None)

    def _on_browse_pack(self) -> None:
        start = str(self._rule_pack.parent) if self._rule_pack else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a rule pack"), start, self.tr("Rule packs (*.toml)")
        )
        if path:
            self.load_rule_pack(path)

    def _on_browse_workspace(self) -> None:
        path = chosen_file(
            workspace_file_dialog(
                self,
                self.tr("Default workspace"),
                self.workspace.text(),
                self.tr("Workspaces (*.sqlite);;All files (*)"),
                self.tr("&Choose"),
            )
        )
        if path:
            self.workspace.setText(path)

    # -- the result ------------------------------------------------------------------------
    def chosen(self) -> Settings:
        """The settings the dialog shows; a bad value raises ``SettingError``."""
        qdate = self.date.date()
        today = date(qdate.year(), qdate.month(), qdate.day())
        return (
            self.settings.with_value("language", self.language.currentData())
            .with_value("default_workspace", self.workspace.text())
            .with_value("rule_pack", str(self._rule_pack or ""))
            .with_value("today", today if self.other_date.isChecked() else "")
            .with_value("signatory_name", self.signatory_name.text())
            .with_value("signatory_function", self.signatory_function.text())
            .with_value("ocid_prefix", self.ocid_prefix.text())
            .with_value("role", self.role.currentData())
        )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Tall enough for the wrapped notes at the width it opens with (Qt sizes a dialog
        without them, which cut the rule pack's name and the date's note)."""
        super().showEvent(event)
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    def accept(self) -> None:
        """Close with the chosen settings, or say what is wrong and stay open."""
        try:
            self.settings = self.chosen()
        except SettingError as exc:
            self.problem.setText(self._problem_text(exc))
            self.problem.show()
            # room for the message without squeezing the rest
            self.resize(self.size().expandedTo(sizes.fitting(self.sizeHint(), self)))
            if exc.key == "default_workspace":
                self.workspace.setFocus()
            elif exc.key == "ocid_prefix":
                self.ocid_prefix.setFocus()
            return
        super().accept()

    def _problem_text(self, exc: SettingError) -> str:
        if exc.key == "default_workspace" and exc.code == "folder":
            return self.tr("The default workspace is a folder; name a file in it.")
        return error_text(exc, i18n.current())
