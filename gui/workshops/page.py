"""The Exercises page of an open workshop: the list, the facts, the answer through the wizard.

What is right and why is core's (``core.workshops.answers``); the scores are kept in the
working copy (``core.workshops.session``). The page asks the wizard a buyer uses in its
practice mode (nothing stored in the register) and shows the checked answer.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from datetime import datetime
from importlib import import_module

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.store.register import Register
from core.texts import colon, error_text, text
from core.workshops import session
from core.workshops.answers import Checked, check_answer
from core.workshops.exercises import Exercise, find
from core.workshops.session import WorkingCopy
from gui.shared.widgets import set_shown
from gui.wizards.answer_view import Lines, scrolled, wrapped

#: the wizard of each kind of exercise
WIZARDS = {
    "procedure": ("gui.wizards.procedure", "ProcedureWizard"),
    "advance": ("gui.wizards.advance", "AdvanceWizard"),
    "bid_compensation": ("gui.wizards.bid", "BidCompensationWizard"),
    "provisional_ranking": ("gui.wizards.ranking", "RankingWizard"),
}
#: what a wizard reads from a tender's register rather than from the user (given by the case)
_NOT_TYPED = ("tenderers", "offers")
RIGHT_COLOUR, WRONG_COLOUR, SOURCE_COLOUR = "#1a6b1a", "#a00000", "#555"


class ExercisesPage(QWidget):
    """The exercises of ``copy`` for one group at a time, answered in ``register``."""

    group_changed = Signal(str)

    def __init__(
        self,
        copy: WorkingCopy,
        register: Register,
        lang: str,
        group: str = "",
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        self.copy, self.register, self.lang, self.group = copy, register, lang, group
        self._now = now
        self.wizard = None  # the wizard open now (a reference keeps it alive)
        self.checked: Checked | None = None
        self._started = 0.0
        self.title = rich()
        self.title.setText(_html(copy.manifest.title_in(lang), big=True))
        self.group_label = QLabel()
        self.score_label = QLabel()
        self.group_button = QPushButton(self.tr("&Group…"))
        self.group_button.setToolTip(self.tr("The group whose answers are counted"))
        self.group_button.clicked.connect(self.ask_group)
        top = QHBoxLayout()
        for widget in (self.group_label, self.group_button, self.score_label):
            top.addWidget(widget)
        top.addStretch(1)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Exercise"), self.tr("Kind"), self.tr("Result")])
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(self._on_current)
        self.exercise_title = rich()
        self.facts = wrapped()
        self.source = rich()
        self.answer_button = QPushButton(self.tr("&Answer…"))
        self.answer_button.setToolTip(
            self.tr("Answer with the wizard a buyer uses; nothing is stored on a tender")
        )
        self.answer_button.clicked.connect(self.answer)
        self.verdict = rich()
        self.differences = Lines()
        content = QWidget()
        right = QVBoxLayout(content)
        right.addWidget(self.exercise_title)
        right.addWidget(self.facts)
        right.addWidget(self.source)
        row = QHBoxLayout()
        row.addWidget(self.answer_button)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.verdict)
        right.addWidget(self.differences)
        right.addStretch(1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(scrolled(content))
        split.setStretchFactor(1, 1)
        split.setSizes([520, 760])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh()
        self.list.setCurrentItem(self.list.topLevelItem(0))

    # -- the list and the group ----------------------------------------------------------------
    def refresh(self) -> None:
        """The list, the group and its score as the working copy has them now."""
        current = self.current()
        done = session.results(self.copy, self.group) if self.group else {}
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in self.copy.exercises:
            result = done.get(exercise.id)
            shown = "—" if result is None else text(self.lang, "workshop_score", _word(result))
            item = QTreeWidgetItem(
                [
                    exercise.title_in(self.lang),
                    text(self.lang, "label", "check_" + exercise.check),
                    shown,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(0, exercise.title_in(self.lang))
            self.list.addTopLevelItem(item)
            if current is not None and exercise.id == current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        group = self.group or "—"
        self.group_label.setText(self.tr("Group: %1").replace("%1", group))
        right, total = session.score(self.copy, self.group) if self.group else (0, 0)
        self.score_label.setText(
            self.tr("Score: %1 of %2 right").replace("%1", str(right)).replace("%2", str(total))
        )
        set_shown(self.score_label, bool(self.group))
        self._on_current()

    def current(self) -> Exercise | None:
        """The exercise chosen in the list."""
        item = self.list.currentItem()
        if item is None:
            return None
        return find(self.copy.exercises, item.data(0, Qt.ItemDataRole.UserRole))

    def choose(self, ident: str) -> None:
        """Show the exercise ``ident``."""
        for n in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(n)
            if item.data(0, Qt.ItemDataRole.UserRole) == ident:
                self.list.setCurrentItem(item)

    def set_group(self, name: str) -> None:
        """Count the answers from now on for the group ``name``."""
        self.group = name.strip()
        self.group_changed.emit(self.group)
        self.refresh()

    def ask_group(self) -> bool:
        """Ask the group's name; False when none was given."""
        name, ok = QInputDialog.getText(
            self, self.tr("Group"), self.tr("The name of your group:"), text=self.group
        )
        if ok and name.strip():
            self.set_group(name)
        return bool(self.group)

    def _on_current(self, *_args) -> None:
        exercise = self.current()
        self.checked = None
        self.verdict.clear()
        self.differences.set_lines([])
        self.answer_button.setEnabled(exercise is not None)
        if exercise is None:
            for label in (self.exercise_title, self.facts, self.source):
                label.clear()
            return
        self.exercise_title.setText(_html(exercise.title_in(self.lang), big=True))
        self.facts.setText(exercise.facts_in(self.lang) or self._tender_facts(exercise))
        where = exercise.source
        said = f"{text(self.lang, 'workshop', 'source')}{colon(self.lang)} {where}"
        self.source.setText(_html(said, bold=False, colour=SOURCE_COLOUR) if where else "")
        set_shown(self.source, bool(where))

    def _tender_facts(self, exercise: Exercise) -> str:
        tender = self._tender_id(exercise)
        if tender is None:
            return exercise.tender
        t = self.register.tender(tender)
        return f"{t.reference} — {t.title}"

    def _tender_id(self, exercise: Exercise) -> int | None:
        if not exercise.tender:
            return None
        row = self.register.ws.conn.execute(
            "SELECT id FROM tenders WHERE reference = ?", (exercise.tender,)
        ).fetchone()
        return row[0] if row else None

    # -- answering -----------------------------------------------------------------------------
    def answer(self):  # noqa: ANN201 - the DecisionWizard opened, or None
        """Open the exercise's wizard in practice mode (the group is asked first)."""
        exercise = self.current()
        if exercise is None or (not self.group and not self.ask_group()):
            return None
        module, name = WIZARDS[exercise.check]
        wizard_class = getattr(import_module(module), name)
        given = {k: exercise.input[k] for k in _NOT_TYPED if k in exercise.input}
        self.wizard = wizard_class(
            self.register,
            self._tender_id(exercise),
            self.lang,
            parent=self,
            on_finished=lambda request, e=exercise: self.check(e, request),
            given=given,
        )
        self._started = time.monotonic()
        self.wizard.open()
        return self.wizard

    def check(self, exercise: Exercise, request: dict) -> Checked | None:
        """Check the answer ``request`` to ``exercise``, keep it for the group, show it."""
        try:
            checked = check_answer(exercise, {"input": request}, self.register.pack, self.lang)
        except ValidationError as exc:
            self.verdict.setText(_html(error_text(exc, self.lang), colour=WRONG_COLOUR))
            return None
        seconds = round(time.monotonic() - self._started) if self._started else None
        session.record(self.copy, self.group, exercise.id, checked.right, self._now(), seconds)
        self.refresh()
        self.choose(exercise.id)
        self.show_checked(checked)
        return checked

    def show_checked(self, checked: Checked) -> None:
        """Right, or each difference with the right answer and its rules."""
        self.checked = checked
        lang = self.lang
        said = text(lang, "workshop", _word(checked.right, "right", "wrong"))
        colour = RIGHT_COLOUR if checked.right else WRONG_COLOUR
        self.verdict.setText(_html(said, big=True, colour=colour))
        # each difference, then the right answer and the rules once (the differences of one
        # answer share them)
        lines: list[tuple[str, str]] = [(diff.what, "") for diff in checked.differences]
        for why in dict.fromkeys(diff.why for diff in checked.differences):
            lines.append((f"{text(lang, 'workshop', 'why')}{colon(lang)} {why}", ""))
        rules = dict.fromkeys(rule for diff in checked.differences for rule in diff.rules)
        if rules:
            lines.append((f"{text(lang, 'workshop', 'rules')}{colon(lang)}", ""))
            lines.extend((f"    – {rule}", "") for rule in rules)
        if checked.inputs:
            lines.append((f"{text(lang, 'workshop', 'inputs')}{colon(lang)}", ""))
            lines.extend((f"    – {line}", "") for line in checked.inputs)
        self.differences.set_lines(lines)

    def shown_texts(self) -> list[str]:
        """The checked answer as the user reads it (for tests and screenshots)."""
        return [QTextDocumentFragment.fromHtml(self.verdict.text()).toPlainText()] + [
            *self.differences.texts()
        ]


def rich() -> QLabel:
    """A wrapped, selectable label of rich text: it follows the app's zoom (a font set on a
    label would keep its size in presentation mode)."""
    label = wrapped()
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _html(said: str, bold: bool = True, big: bool = False, colour: str = "") -> str:
    """``said`` as rich text: bold, larger (relative to the zoom), in a colour."""
    shown = html.escape(said)
    if big:
        shown = f"<big>{shown}</big>"
    if bold:
        shown = f"<b>{shown}</b>"
    return f'<span style="color: {colour};">{shown}</span>' if colour else shown


def _word(right: bool, yes: str = "right", no: str = "wrong") -> str:
    return yes if right else no
