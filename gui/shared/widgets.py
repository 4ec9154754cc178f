"""Small widgets the forms, editors, wizards and dialogs build the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

#: the colour of a message that says what is wrong (also used for past deadlines)
PROBLEM_COLOUR = "#a40000"


def combo(items: list[tuple[object, str]]) -> QComboBox:
    """A combo box of (value, label) pairs."""
    box = QComboBox()
    for value, label in items:
        box.addItem(label, value)
    return box


def set_shown(widget: QWidget, shown: bool) -> None:
    """``widget.setVisible(shown)``, without Qt's work of a show when it changes nothing.

    A widget that is not hidden (``isHidden``) is visible, or becomes so with its parent: Qt
    still polishes it and lays it out again at once, its parents' layouts too, for a size it
    may never be shown at (an answer page filled before it is turned to). It gets that work
    when it is shown."""
    if shown and not widget.isHidden():
        return
    widget.setVisible(shown)


def fit_rows(view: QListWidget) -> None:
    """A list exactly as tall as its rows: no blank block below them, and never squeezed into
    a scroll box of its own (the page around it scrolls instead when the window is small)."""
    rows = sum(view.sizeHintForRow(row) for row in range(view.count()))
    view.setFixedHeight(rows + 2 * view.frameWidth() + 2)


class FittedList(QListWidget):
    """A list whose rows wrap, as tall as they are at its width: fitted again when the width
    changes how they wrap (a list never scrolls inside the page that holds it)."""

    def fit(self) -> None:
        """Lay the rows out at the present width and take their height."""
        self.doItemsLayout()
        self.setFixedHeight(self.contentsSize().height() + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Rows that wrap take more or fewer lines at a new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class CheckList(QListWidget):
    """A list of (value, label) entries, each with a tick box, as tall as its rows."""

    def __init__(self, items: list[tuple[object, str]]) -> None:
        # Qt is imported where it is used: a first page that needs this module's labels is
        # painted before PySide6 makes the Qt namespace (gui.shared.roles)
        from PySide6.QtCore import Qt

        super().__init__()
        for value, label in items:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, value)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(entry)
        fit_rows(self)

    def checked(self) -> list:
        """The values ticked, in the list's order."""
        from PySide6.QtCore import Qt

        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values) -> None:
        """Tick the entries of ``values``, untick the others."""
        from PySide6.QtCore import Qt

        for row in range(self.count()):
            entry = self.item(row)
            ticked = entry.data(Qt.ItemDataRole.UserRole) in values
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


def problem_label() -> QLabel:
    """A red line that says why an input cannot be used."""
    label = QLabel()
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A red line under a field, hidden while the field is fine."""
    label = problem_label()
    label.hide()
    return label


class EnterActs(QObject):
    """Enter in a field does the field's own action and goes no further: in a dialog it would
    otherwise press the default button (Save, which closes the editor) and the next keys would
    land elsewhere. A completer's popup still takes Enter first to pick its entry."""

    def __init__(self, field: QObject, action: Callable[[], None]) -> None:
        super().__init__(field)
        self._action = action
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._action()
            return True
        return False


def workspace_file_dialog(
    parent: QWidget | None, title: str, start: str, files: str, accept: str
) -> QFileDialog:
    """A file dialog for a workspace to open or to create (a new name is a new workspace): its
    button says what happens (``accept``: "Open", "Choose"), not the "Save" Qt gives it."""
    dialog = QFileDialog(parent, title, start, files)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    return dialog


def chosen_file(dialog: QFileDialog) -> str:
    """The file the user chose in ``dialog`` (shown now), or "" when they cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
