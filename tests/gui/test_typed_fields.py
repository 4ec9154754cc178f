"""Numbers and dates as people type them: an amount read as the user's language writes it
(saying how it was read), a calendar beside each date field, no problem said on an untouched
form."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from gui.organisations.editor import OrganisationEditor
from gui.register.editor import TenderEditor

NOW = datetime(2026, 11, 22, 10)


def tender_editor(qtbot, reg, lang):
    editor = TenderEditor(reg, None, lang, now=lambda: NOW)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.reference, "2026/017")
    qtbot.keyClicks(editor.form.title, "Dak sporthal")
    qtbot.keyClicks(editor.form.launch_date, "01/03/2026")
    return editor


@pytest.mark.parametrize(
    ("lang", "typed", "value", "note"),
    [
        ("nl", "620.000", "620000.00", "gelezen als €\xa0620.000,00"),
        ("fr", "620.000", "620000.00", "lu comme 620\u202f000,00\xa0€"),
        ("en", "620,000", "620000.00", "read as €620,000.00"),
        ("nl", "620,000", "620.00", "gelezen als €\xa0620,00"),
        ("en", "620.000", "620.00", "read as €620.00"),
    ],
)
def test_an_amount_is_read_as_the_language_writes_it_and_says_so(
    qtbot, reg, speak, lang, typed, value, note
):
    speak(lang)
    editor = tender_editor(qtbot, reg, lang)
    qtbot.keyClicks(editor.form.estimated_value, typed)
    label = editor.form.read_notes["estimated_value"]
    assert label.text() == note and not label.isHidden()
    assert editor.errors() == {}
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    assert reg.tender(signal.args[0]).estimated_value == Decimal(value)


def test_an_amount_with_one_reading_needs_no_note(qtbot, reg):
    editor = tender_editor(qtbot, reg, "nl")
    qtbot.keyClicks(editor.form.estimated_value, "1.234.567,89")
    assert editor.form.read_notes["estimated_value"].isHidden()
    assert editor.form.read()[0]["estimated_value"] == "1234567.89"


def test_the_company_figures_are_read_as_the_language_writes_them(qtbot, reg, speak):
    speak("fr")
    editor = OrganisationEditor(reg, None, "fr", now=lambda: NOW)
    qtbot.addWidget(editor)
    lines = editor.form.lines
    qtbot.keyClicks(lines["name"], "Menuiserie Dubois")
    qtbot.keyClicks(lines["staff_awu"], "12")
    qtbot.keyClicks(lines["turnover"], "900.000")
    qtbot.keyClicks(lines["balance_sheet_total"], "1.800.000")
    assert editor.form.read_notes["turnover"].text() == "lu comme 900\u202f000,00\xa0€"
    assert editor.form.read_notes["balance_sheet_total"].isHidden()  # one reading only
    with qtbot.waitSignal(editor.saved) as signal:
        assert editor.save()
    org = reg.organisation(signal.args[0])
    assert (org.turnover, org.size_class) == (Decimal("900000.00"), "small")


def test_nothing_is_said_on_an_untouched_organisation_form(qtbot, reg):
    editor = OrganisationEditor(reg, None, "nl", now=lambda: NOW)
    qtbot.addWidget(editor)
    assert "name" in editor.errors()  # the problem is known ...
    assert all(label.isHidden() for label in editor.form.errors.values())  # ... not said yet
    assert not editor.save()
    assert not editor.form.errors["name"].isHidden()
    assert editor.form.errors["name"].text() != ""


# a popup raises itself and grabs the keyboard, which the off-screen platform of the tests cannot
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")
def test_a_date_is_picked_in_a_calendar_with_the_keyboard(qtbot, reg, speak):
    """Alt+Down in a date field opens a calendar on the typed day, in the screen's language;
    Enter puts the day back."""
    speak("fr")
    editor = TenderEditor(reg, None, "fr", now=lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    line = editor.form.offers_deadline
    qtbot.keyClicks(line, "15/04/2026")
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = line.calendar.popup
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2026, 4, 15)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.locale().monthName(4) == "avril"
    calendar.setSelectedDate(QDate(2026, 4, 22))
    calendar.activated.emit(calendar.selectedDate())  # what Enter on a day sends
    assert not calendar.isVisible()
    assert line.text() == "22/04/2026"
    assert editor.form.read()[0]["offers_deadline"] == date(2026, 4, 22).isoformat()
    line.clear()  # nothing unsaved: closing asks no question


def test_an_empty_required_field_is_said_to_be_required_in_the_screen_s_language(qtbot, reg, speak):
    speak("fr")
    editor = TenderEditor(reg, None, "fr", now=lambda: NOW)
    qtbot.addWidget(editor)
    assert not editor.save()
    errors = editor.form.errors
    assert errors["estimated_value"].text() == "Montant estimé hors TVA\xa0: obligatoire."
    assert errors["launch_date"].text() == "Date de lancement\xa0: obligatoire."
    assert errors["reference"].text() == "Référence\xa0: obligatoire."


def test_the_procedure_wizard_reads_an_amount_as_the_language_writes_it(qtbot, reg):
    from gui.wizards.procedure import BasicsPage

    page = BasicsPage("nl")
    qtbot.addWidget(page)
    page.launch_date.setText("01/03/2026")
    page.value.setText("620.000")
    assert page.read()["estimated_value_excl_vat"] == "620000"


def test_the_calendars_of_a_closed_editor_go_with_it(reg):
    """An editor the user closed leaves no calendar behind: each date field's calendar was a
    window of its own that nothing deleted, three more for each tender opened."""
    before = calendars()
    editor = TenderEditor(reg, None, "nl", now=lambda: NOW)
    assert len(calendars() - before) == 3  # launch date, offers deadline, award deadline
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert calendars() - before == set()


def calendars() -> set[QCalendarWidget]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QCalendarWidget)}
