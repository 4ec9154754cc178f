"""The language of the window: Qt translators for the app's strings and Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from core.paths import resources_dir

LANGUAGES = ("nl", "fr", "en")

_current = "en"
_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> None:
    """Show the window's strings in ``lang`` from now on (English where no translation exists).

    Loads ``resources/i18n/tenderdesk_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` when they
    exist; the translators of an earlier language are removed first.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folders = (
        (resources_dir() / "i18n", f"tenderdesk_{lang}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
    )
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = lang


def current() -> str:
    """The language installed last (English before any)."""
    return _current
