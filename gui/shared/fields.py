"""How the forms read what people type and when they say what is wrong with it.

- A field's problem is shown once the user has left the field or tried to save, never on a
  form they have not touched yet (:class:`Shown`).
- An amount is read as the user's language writes numbers: ``620.000`` is 620 000 in Dutch and
  French; when the language decided, a grey line under the field says how it was read
  (:func:`typed_amount`, :func:`read_as_note`).
- A date field has a calendar beside it (the arrow, or Alt+Down in the field), and typing
  stays the quick way (:func:`date_row`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from core.dates import format_date, parse_date
from core.errors import ValidationError
from core.money import read_amount
from core.texts import money
from gui.shared.widgets import set_shown

#: the colour of a line that says how an entry was read (not a problem: grey, not red)
NOTE_COLOUR = "#505050"


class Shown(QObject):
    """Which fields may show their problem: those the user has left, or all after a save try.

    ``watch`` each field with the name its error label has; ``changed`` is called when the
    set grows, so the form can show what is now allowed. A child of the form's dialog, whose
    fields count as left only while it is shown.
    """

    def __init__(self, changed: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._left: set[str] = set()
        self._all = False
        self._changed = changed

    def watch(self, name: str, field: QLineEdit) -> None:
        """The field's problem shows from the moment the user leaves it (or presses Enter)."""
        field.setProperty("field_name", name)
        field.editingFinished.connect(self._on_left)

    @Slot()
    def _on_left(self) -> None:
        # a form being hidden or destroyed takes the focus away too: that is no one leaving
        if not self.parent().isVisible():
            return
        name = self.sender().property("field_name")
        if name not in self._left:
            self._left.add(name)
            # after the focus has moved: changing the form inside a focus change is not safe
            QTimer.singleShot(0, self, self._changed)

    def touched(self, name: str) -> None:
        """A field that is not a line (a chosen file) was set: its problem shows now."""
        self._left.add(name)

    def show_all(self) -> None:
        """After a try to save: every problem shows."""
        if not self._all:
            self._all = True
            self._changed()

    def __call__(self, name: str) -> bool:
        """May the problem of ``name`` be shown now?"""
        return self._all or name in self._left

    def of(self, errors: dict[str, str]) -> dict[str, str]:
        """The problems that may be shown now."""
        return {name: message for name, message in errors.items() if self(name)}


def typed_amount(text: str, field: str, lang: str) -> tuple[Decimal, bool]:
    """An amount typed in ``lang``, and whether the language decided how to read it."""
    reading = read_amount(text, field, lang)
    return reading.value, reading.by_language


def amount_in(text: str, field: str, lang: str) -> Decimal:
    """An amount typed in ``lang`` (``620.000`` is 620 000 in Dutch and French)."""
    return read_amount(text, field, lang).value


def read_as_note(value: Decimal, lang: str) -> str:
    """The grey line under an amount the language decided: "read as € 620.000,00"."""
    return QCoreApplication.translate("Fields", "read as %1").replace("%1", money(value, lang))


def note_label() -> QLabel:
    """A grey line under a field that says how its entry was read, hidden until needed."""
    label = QLabel()
    label.setStyleSheet(f"color: {NOTE_COLOUR};")
    label.hide()
    return label


def show_notes(labels: dict[str, QLabel], notes: dict[str, str]) -> None:
    """Show each label's note, hide the labels without one."""
    for name, label in labels.items():
        label.setText(notes.get(name, ""))
        set_shown(label, name in notes)


class _Calendar(QObject):
    """The calendar of one date field: opens under it, puts the picked day in it."""

    def __init__(self, line: QLineEdit, button: QToolButton) -> None:
        super().__init__(line)
        self._line = line
        self.popup = QCalendarWidget(line)  # deleted with its field (a window of its own was not)
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setGridVisible(True)
        self.popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.popup.activated.connect(self._pick)
        self.popup.clicked.connect(self._pick)
        button.clicked.connect(self.open)
        line.installEventFilter(self)

    def open(self) -> None:
        """Show the calendar on the typed day (today when none is typed)."""
        try:
            day = parse_date(self._line.text(), "date")
        except ValidationError:
            day = date.today()
        self.popup.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.move(self._line.mapToGlobal(self._line.rect().bottomLeft()))
        self.popup.show()
        self.popup.setFocus()

    def _pick(self, day: QDate) -> None:
        self.popup.hide()
        self._line.setText(format_date(date(day.year(), day.month(), day.day())))
        self._line.setFocus()
        self._line.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open()
            return True
        return False


def date_row(line: QLineEdit) -> QWidget:
    """A date field with its calendar button beside it (the field keeps the keyboard)."""
    button = QToolButton()
    button.setArrowType(Qt.ArrowType.DownArrow)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Alt+Down opens
    button.setToolTip(QCoreApplication.translate("Fields", "Pick a day (Alt+Down)"))
    line.calendar = _Calendar(line, button)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line, 1)
    layout.addWidget(button)
    return row
