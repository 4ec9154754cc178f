"""The language of the window: our translations and Qt's own, installed on the application.

English is the source language: with ``en`` no translator of ours is installed. The .qm
files are built from ``resources/i18n/tenderdesk_<lang>.ts`` by ``make translations``
(``tools/translations.py``) and committed, so a clean checkout runs without building them.

How to write a translatable string in ``gui/`` (pyside6-lupdate reads them from the source,
and ``tests/gui/test_translations.py`` checks the rules):

* In a QObject subclass: ``self.tr("Literal text")``. lupdate files it under the class that
  defines the method; PySide6 (6.12, checked by a test) looks it up under each class of the
  object's MRO in turn, subclass first, so a ``self.tr`` in a base class (``InputPage``,
  ``AnswerPage``, ``DecisionWizard``) is translated in every subclass too.
* Anywhere else (module functions, non-QObject classes such as ``QUndoCommand`` or
  ``TenderForm``, helpers that are handed a widget):
  ``QCoreApplication.translate("Context", "Literal text")``. Never ``widget.tr(...)`` outside
  the widget's own class: lupdate files it under the variable's name ("widget") as context,
  which no class has.
* The text is a literal inside the call: lupdate cannot follow a variable, an f-string or a
  wrapper function such as ``_t(text)``.
* Values go in as ``%1``, ``%2`` filled with ``.replace("%1", value)``; a count goes in as
  ``%n``: ``self.tr("%n tender", "", n) if n == 1 else self.tr("%n tenders", "", n)``. The
  two messages give English its singular and plural (English has no .ts to hold plural
  forms), and each is translated with all the plural forms of Dutch and French.

After adding or changing strings: ``make translations`` (update), translate what
``python tools/translations.py todo`` lists in the .ts files (or with pyside6-linguist), and
``make translations`` again (build).

Widgets made before :func:`install` keep their text: a language switch takes effect for
windows built afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.errors import RulePackError
from core.paths import resources_dir

#: Qt's locale of each language: Belgian Dutch and French, and English as in Belgium
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_BE"}

#: the languages of the window, Dutch first; English is the source language
LANGUAGES = ("nl", "fr", "en")
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_dir() -> Path:
    """``resources/i18n``: the .ts sources and the .qm files the app loads."""
    return resources_dir() / "i18n"


def qm_file(lang: str) -> Path:
    """The compiled translation of the tender desk's own strings into ``lang``."""
    return translations_dir() / f"tenderdesk_{lang}.qm"


def qt_translations_dir() -> Path:
    """Where Qt keeps its own translations (qtbase_nl.qm, ...)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(app: QCoreApplication, lang: str) -> None:
    """Show the window in ``lang`` from now on: replaces the translators installed before.

    Installs ours (none for English) and Qt's own for the standard buttons and dialogs
    (Save, Cancel, the wizard's Next, ...) when Qt ships them. Raises ValueError for a
    language that is not in :data:`LANGUAGES` and FileNotFoundError when our .qm is missing.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE
    # the calendars, the date fields and Qt's own dialogs name the months and days in it
    QLocale.setDefault(QLocale(LOCALES[lang]))
    if lang == SOURCE_LANGUAGE:
        return
    ours = QTranslator(app)
    if not ours.load(str(qm_file(lang))):
        raise FileNotFoundError(f"{qm_file(lang)}: translation file missing or unreadable")
    qt_own = QTranslator(app)
    if qt_own.load(str(qt_translations_dir() / f"qtbase_{lang}.qm")):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)  # installed last, so looked up first
    _installed.append(ours)
    _current = lang


def current() -> str:
    """The language installed last (``en`` until :func:`install` chose another)."""
    return _current


def pack_problem(exc: RulePackError) -> str:
    """Where a rule pack is wrong, in the user's words (file, line, key); what is wrong stays
    in the words of the pack's format (its keys and fields are English names), for whoever
    edits the file."""
    where = exc.path
    if exc.line is not None:
        where += QCoreApplication.translate("RulePack", ", line %1").replace("%1", str(exc.line))
    if exc.key:
        where += QCoreApplication.translate("RulePack", ", key %1").replace("%1", exc.key)
    return f"{where}: {exc.message}"


def qt_gaps() -> list[str]:
    """Texts of Qt's own file dialog that Qt's Dutch and French leave in English in this Qt
    version (its "&Look in:" gained an ampersand its translators never saw). Written here so
    lupdate files them in our .ts, whose translator is asked before Qt's own;
    ``tests/gui/test_translations.py`` checks the dialog."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
