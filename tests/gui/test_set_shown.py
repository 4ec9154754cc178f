"""set_shown: what setVisible shows and hides, without showing again what is not hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.shared.widgets import set_shown
from gui.wizards.answer_view import Lines


def test_set_shown_shows_what_is_hidden_and_hides_what_is_shown(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    kept, hidden = QLabel("kept"), QLabel("hidden")
    layout.addWidget(kept)
    layout.addWidget(hidden)
    hidden.hide()
    set_shown(kept, True)  # not hidden: shown with its window
    window.show()
    assert kept.isVisible() and not hidden.isVisible()
    set_shown(hidden, True)
    assert hidden.isVisible()
    set_shown(kept, False)
    assert kept.isHidden() and not kept.isVisible()
    late = QLabel("late", window)  # a child made after its window was shown is hidden
    set_shown(late, True)
    assert late.isVisible()


def test_notes_emptied_then_filled_are_shown_again(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    lines = Lines("•")
    QVBoxLayout(window).addWidget(lines)
    window.show()
    lines.set_lines([])
    assert not lines.isVisible()
    lines.set_lines([("a note", "")])
    assert lines.isVisible() and lines.texts() == ["• a note"]
