"""File > Merge workspace…: bring the tenders of another workspace into the open one.

The other file is read off the GUI thread (a progress dialog shows when it takes a moment);
the dialog then shows what the merge adds, what is the same, and each conflict side by side,
field by field, with a choice per tender. The merge itself is one step of the undo stack
("Undo merge …"). What is merged, and how, is core's (``core.store.merge``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.store.merge import KEEP_MINE, TAKE_THEIRS, MergePlan
from core.store.register import Register
from core.store.workspace import WorkspaceError
from core.texts.merge_words import field_label, value_text
from gui.shared import sizes, worker
from gui.shared.undo import MergeWorkspace


class MergeDialog(QDialog):
    """What a merge of another workspace would do, and the user's choice per conflict."""

    def __init__(self, plan: MergePlan, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._lang = lang
        self.setWindowTitle(self.tr("Merge workspace"))
        self.summary = QLabel(
            self.tr("From %1: %2 new tenders to add, %3 the same, %4 in conflict.")
            .replace("%1", plan.other.name)
            .replace("%2", str(len(plan.new)))
            .replace("%3", str(len(plan.same)))
            .replace("%4", str(len(plan.conflicts)))
        )
        self.summary.setWordWrap(True)
        self.summary.setToolTip(str(plan.other))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.groups: dict[str, QButtonGroup] = {}
        self.tree = QTreeWidget()
        self.keep_all = QPushButton(self.tr("&Keep all mine"))
        self.take_all = QPushButton(self.tr("&Take all theirs"))
        self.remaining = QLabel()
        if plan.conflicts:
            hint = QLabel(
                self.tr(
                    "Both workspaces have these tenders, each differently. Choose for each "
                    "tender which version the register keeps: nothing is replaced without "
                    "your choice."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self._fill()
            layout.addWidget(self.tree, 1)
            row = QHBoxLayout()
            row.addWidget(self.keep_all)
            row.addWidget(self.take_all)
            row.addStretch(1)
            row.addWidget(self.remaining)
            layout.addLayout(row)
            self.keep_all.clicked.connect(lambda: self.choose_all(KEEP_MINE))
            self.take_all.clicked.connect(lambda: self.choose_all(TAKE_THEIRS))
        elif not plan.new:
            layout.addWidget(
                QLabel(self.tr("There is nothing to bring in: the register has it all."))
            )
        layout.addStretch(0 if plan.conflicts else 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        if plan.conflicts:
            sizes.size_dialog(self, "merge", QSize(1040, 640))
        self.finished.connect(lambda _: sizes.keep_size(self, "merge"))

    def _fill(self) -> None:
        tree = self.tree
        tree.setColumnCount(3)
        tree.setHeaderLabels(
            [self.tr("Tender and field"), self.tr("This workspace"), self.tr("The other workspace")]
        )
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setWordWrap(True)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lang = self._lang
        for conflict in self.plan.conflicts:
            top = QTreeWidgetItem(tree, [f"{conflict.reference} {self._title(conflict.reference)}"])
            bold = top.font(0)
            bold.setBold(True)
            top.setFont(0, bold)
            group = QButtonGroup(self)
            for column, (choice, text) in enumerate(
                (
                    (KEEP_MINE, self.tr("Keep this version")),
                    (TAKE_THEIRS, self.tr("Take this version")),
                ),
                start=1,
            ):
                button = QRadioButton(text)
                button.setProperty("choice", choice)
                group.addButton(button)
                tree.setItemWidget(top, column, button)
            group.buttonToggled.connect(self._update)
            self.groups[conflict.reference] = group
            for d in conflict.differences:
                mine, theirs = value_text(d, d.mine, lang), value_text(d, d.theirs, lang)
                item = QTreeWidgetItem(top, [field_label(d, lang), mine, theirs])
                for column in range(3):
                    item.setToolTip(column, item.text(column))
            top.setExpanded(True)

    def _title(self, reference: str) -> str:
        bundle = self.plan.mine.get(reference) or self.plan.theirs.get(reference)
        return str(bundle.fields["title"]) if bundle else ""

    def choose_all(self, choice: str) -> None:
        """Make one choice for every conflict."""
        for group in self.groups.values():
            for button in group.buttons():
                if button.property("choice") == choice:
                    button.setChecked(True)

    def choices(self) -> dict[str, str]:
        """The choice made for each conflict (those without one are left out)."""
        out = {}
        for reference, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                out[reference] = checked.property("choice")
        return out

    def _update(self, *_args: object) -> None:
        left = len(self.plan.conflicts) - len(self.choices())
        self.remaining.setText(
            self.tr("%1 still to choose").replace("%1", str(left)) if left else ""
        )
        self.merge_button.setEnabled(left == 0 and bool(self.plan.new or self.plan.conflicts))


# -- from the File menu ----------------------------------------------------------------------
def merge_workspace(window: QMainWindow, other: Path | None = None) -> worker.Job | None:
    """File > Merge workspace…: choose the other file, read it in the background, then show
    the dialog (kept as ``window.merge_dialog``); its Merge is one undo step."""
    from core.store.merge import plan_merge
    from core.store.workspace import open_workspace

    workspace = window.workspace
    # changes wait for the check of a large register (MainWindow._editable)
    if workspace is None or workspace.read_only or not getattr(window, "_editable", True):
        return None
    if other is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("MergeDialog", "Merge workspace"),
            str(workspace.path.parent),
            QCoreApplication.translate("FileMenu", "Workspaces (*.sqlite)"),
        )
        if not chosen:
            return None
        other = Path(chosen)
    progress = QProgressDialog(
        QCoreApplication.translate("MergeDialog", "Reading %1…").replace("%1", other.name),
        "",
        0,
        0,
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setCancelButton(None)
    mine, now = workspace.path, datetime.now()

    def plan(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> MergePlan:
        # its own read-only connection: the window's stays on the GUI thread
        with open_workspace(mine, now=now, read_only=True, check=False) as reader:
            return plan_merge(reader, other, now, progress)

    job = worker.start(plan)
    job.progress.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
    job.finished.connect(lambda result: (progress.reset(), _show(window, result)))
    job.failed.connect(lambda exc: (progress.reset(), _refused(window, other, exc)))
    window.merge_dialog = None
    window.merge_job = job
    return job


def _show(window: QMainWindow, plan: MergePlan) -> None:
    dialog = MergeDialog(plan, window.settings.language, window)
    window.merge_dialog = dialog
    dialog.accepted.connect(lambda: _merge(window, plan, dialog.choices()))
    dialog.open()


def _merge(window: QMainWindow, plan: MergePlan, choices: dict[str, str]) -> None:
    progress = QProgressDialog(
        QCoreApplication.translate("MergeDialog", "Merging %1…").replace("%1", plan.other.name),
        "",
        0,
        max(len(plan.new) + len(plan.conflicts), 1),
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setCancelButton(None)
    command = MergeWorkspace(
        Register(window.workspace, window.pack),
        plan,
        choices,
        lambda: _changed(window),
        lambda message: QMessageBox.warning(
            window, QCoreApplication.translate("MergeDialog", "Merge workspace"), message
        ),
        window.settings.language,
        progress=lambda done, total: progress.setValue(done),
    )
    window.undo_stack.push(command)
    progress.reset()
    done = command.done
    if done is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MergeDialog", "Merged from %1: %2 added, %3 taken.")
            .replace("%1", plan.other.name)
            .replace("%2", str(len(done.added)))
            .replace("%3", str(len(done.taken))),
            8000,
        )


def _changed(window: QMainWindow) -> None:
    """The register changed: the lists read it again; an empty register's welcome page
    gives way to the pages."""
    if window.register_page is not None:
        window.register_page.refresh()
    if window.organisations_page is not None:
        window.organisations_page.refresh()
    if window.welcome is not None and window.centralWidget().currentWidget() is window.welcome:
        window.show_pages()


def _refused(window: QMainWindow, other: Path, exc: BaseException) -> None:
    from gui.window.workspace_open import refusal_text

    if not isinstance(exc, WorkspaceError):  # a page found damaged while it was read
        why = QCoreApplication.translate(
            "MergeDialog", "It could not be read to the end (%1). Nothing was changed."
        ).replace("%1", str(exc))
    elif exc.code == "same_workspace":
        why = QCoreApplication.translate(
            "MergeDialog", "This is the workspace open here. Choose the other workspace."
        )
    else:
        why = refusal_text(window, exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MergeDialog", "Merge workspace"),
        QCoreApplication.translate("MergeDialog", "%1 cannot be merged.").replace("%1", str(other)),
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setInformativeText(why)
    window.merge_refusal = box
    box.open()
