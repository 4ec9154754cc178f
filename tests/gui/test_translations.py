"""The GUI in Dutch and French: every string wrapped and translated, .ts and .qm up to date.

When one of these fails after a change of GUI strings: ``make translations``, translate what
``python tools/translations.py todo`` lists, ``make translations`` again (gui/i18n.py).
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFileSystemModel, QLabel, QWizard

from core.rules import bundled_pack
from core.store.register import Register
from gui.register.editor import TenderEditor
from gui.shared import i18n
from gui.shared.undo import DeleteTender
from gui.window.main_window import MainWindow
from gui.wizards.advance import AdvanceWizard, ContractPage
from gui.wizards.base import InputPage
from tests.workspaces import new_workspace
from tools import translations

NOW = datetime(2026, 11, 22, 10)
TODAY = date(2026, 11, 22)
PLURAL_FORMS = {"nl": 2, "fr": 2}
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
LANGS = pytest.mark.parametrize("lang", translations.TARGETS)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context, message element) of every message of a .ts file."""
    return [
        (context.findtext("name"), message)
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]


def accelerators(text: str) -> list[str]:
    """The letters marked with & (&& is a literal ampersand)."""
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


# -- the .ts and .qm files ----------------------------------------------------------------
@LANGS
def test_every_message_is_translated_with_its_placeholders(lang):
    ts = translations.ts_file(lang)
    assert ET.parse(ts).getroot().get("language") == lang
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != PLURAL_FORMS[lang]:
                problems.append(f"{where} has {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {form!r}")
            elif len(accelerators(form)) != len(accelerators(source)):
                problems.append(f"{where}: keyboard accelerator lost in {form!r}")
            elif source.endswith("…") != form.endswith("…"):
                problems.append(f"{where}: the trailing … (opens a dialog) differs in {form!r}")
    assert not problems, "\n".join(problems)


@LANGS
def test_the_ts_files_hold_exactly_the_strings_of_the_source(lang, tmp_path):
    committed = translations.ts_file(lang)
    fresh = shutil.copy(committed, tmp_path / committed.name)
    translations.lupdate(Path(fresh), lang)

    def strings(ts):
        return {(context, m.findtext("source")) for context, m in messages(ts)}

    new = strings(fresh) - strings(committed)
    gone = strings(committed) - strings(fresh)
    assert not new and not gone, f"run make translations; new: {new}, gone: {gone}"


@LANGS
def test_the_committed_qm_is_built_from_the_ts(lang, tmp_path):
    ts = translations.ts_file(lang)
    built = tmp_path / f"tenderdesk_{lang}.qm"
    translations.lrelease(ts, built)
    assert i18n.qm_file(lang).read_bytes() == built.read_bytes(), "run make translations"


def test_the_tool_finds_what_is_left_to_translate(tmp_path):
    ts = tmp_path / "tenderdesk_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl">'
        "<context><name>A</name>"
        "<message><source>Done</source><translation>Klaar</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n x</source><translation>'
        "<numerusform>%n x</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert translations.unfinished(ts) == [("A", "New"), ("A", "%n x")]


# -- installed in the application --------------------------------------------------------
@pytest.fixture
def reg(tmp_path):
    workspace = new_workspace(tmp_path / "w.sqlite", now=NOW)
    register = Register(workspace, bundled_pack())
    buyer = register.add_organisation({"name": "Gemeente Zottegem"}, NOW)
    register.tender_id = register.add_tender(
        {
            "reference": "2026/001",
            "title": "Onderhoud groen",
            "buyer_id": buyer,
            "authority": "local",
            "contract_type": "services",
            "estimated_value": "148760",
            "launch_date": "2026-03-01",
        },
        NOW,
    )
    yield register
    workspace.close()


@pytest.fixture
def dutch(qapp):
    """The application in Dutch for one test, then English again for the others."""
    i18n.install(qapp, "nl")
    yield qapp
    i18n.install(qapp, "en")


def mnemonics_clash(texts: list[str]) -> bool:
    letters = [a.lower() for t in texts for a in accelerators(t)]
    return len(letters) != len(set(letters))


def test_the_main_window_speaks_dutch_then_english_again(qtbot, reg, dutch):
    assert i18n.current() == "nl"
    window = MainWindow(bundled_pack(), TODAY, reg.ws)
    qtbot.addWidget(window)
    assert [window.pages.tabText(i) for i in range(3)] == ["Register", "Organisaties", "Regels"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]
    page = window.register_page
    assert page.new_button.text() == "&Nieuwe opdracht"
    header = page.table.horizontalHeader()
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == "Referentie"
    decide = [a.text() for a in page.decide_button.menu().actions()]
    assert decide[1] == "&Voorschot…"
    assert not mnemonics_clash(menus + [page.new_button.text(), page.decide_button.text()])
    assert not mnemonics_clash(decide)
    for menu in window.menuBar().actions():
        assert not mnemonics_clash([a.text() for a in menu.menu().actions()])
    i18n.install(dutch, "en")
    assert i18n.current() == "en"
    english = MainWindow(bundled_pack(), TODAY, reg.ws)
    qtbot.addWidget(english)
    assert english.pages.tabText(2) == "Rules"
    assert [a.text() for a in english.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_french_and_qt_own_buttons(qtbot, reg, qapp):
    i18n.install(qapp, "fr")
    try:
        editor = TenderEditor(reg, None)
        qtbot.addWidget(editor)
        assert editor.windowTitle() == "Nouveau marché"
        assert editor.tabs.tabText(1) == "So&umissionnaires"
        save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.text() == "Enregistrer"  # qtbase_fr.qm
        assert editor.form.status.itemText(0) == "brouillon"  # a helper's own context
    finally:
        i18n.install(qapp, "en")
    english = TenderEditor(reg, None)
    qtbot.addWidget(english)
    assert english.windowTitle() == "New tender"


def test_a_subclass_shows_the_strings_of_its_base_class(qtbot, reg, dutch):
    """PySide6 looks tr() up in every class of the MRO: a base class's strings follow."""

    class SpecialContractPage(ContractPage):
        """A page of another module that adds nothing of its own."""

    class MarkedPage(InputPage):
        def __init__(self) -> None:
            super().__init__()
            self.setTitle(self.tr("not in any .ts"))

    page = SpecialContractPage("nl", reg.pack)
    qtbot.addWidget(page)
    assert page.title() == "De opdracht"
    assert page.subTitle().startswith("Het bedrag is het oorspronkelijke opdrachtbedrag")
    unknown = MarkedPage()
    qtbot.addWidget(unknown)
    assert unknown.title() == "not in any .ts"  # a string of no .ts stays as written
    wizard = AdvanceWizard(reg, reg.tender_id, "nl")
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Voorschot"
    assert wizard.contractor.title() == "De opdrachtnemer"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Volgende >"  # Qt's own


def test_module_level_strings_use_their_own_context(reg, dutch):
    command = DeleteTender(reg, reg.tender_id, "2026/001", lambda: None, lambda message: None)
    assert command.text() == "(verwijderen van 2026/001)"


def test_counts_agree_with_their_noun_in_dutch_and_french(reg, qapp):
    """One tender is "opdracht", more are "opdrachten"; never "opdracht(en)"."""
    from types import SimpleNamespace

    from gui.organisations.model import OrganisationsModel

    row = SimpleNamespace(tenders=3, as_buyer=1, as_tenderer=2)
    try:
        i18n.install(qapp, "nl")
        model = OrganisationsModel(reg.ws, "nl", fetch=False)
        assert model.usage_text(row) == "Aanbesteder van 1 opdracht, inschrijver op 2 opdrachten"
        i18n.install(qapp, "fr")
        assert model.usage_text(row) == ("Adjudicateur de 1 marché, soumissionnaire pour 2 marchés")
        i18n.install(qapp, "en")  # the source language: one message for one, one for more
        assert model.usage_text(row) == "Buyer of 1 tender, tenderer on 2 tenders"
    finally:
        i18n.install(qapp, "en")


@LANGS
def test_no_message_writes_a_plural_as_s_in_brackets(lang):
    """English has no .ts of its own to give plural forms, so "%n offer(s)" would show as it
    is written: the singular and the plural are two messages (each translated with the plural
    forms of Dutch and French), and no message says "(s)"."""
    written = [m.findtext("source") for _, m in messages(translations.ts_file(lang))]
    assert [source for source in written if "(s)" in source] == []


def test_an_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="xx"):
        i18n.install(qapp, "xx")
    assert i18n.current() == "en"
    assert i18n.LANGUAGES == ("nl", "fr", "en")


# -- every visible string goes through tr() or translate() ---------------------------------
#: call name -> positions of its text arguments (None: every positional argument)
TEXT_ARGS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setTitle",
            "setSubTitle",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "setCancelButtonText",
            "addTab",
            "insertTab",
            "addMenu",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QToolButton",
            "QAction",
            "QListWidgetItem",
            "QUndoCommand",
        )
    ),
    **dict.fromkeys(("showMessage", "addItem", "addAction", "addRow", "addButton"), (0,)),
    **dict.fromkeys(("information", "warning", "critical", "question", "about"), (1, 2)),
    **dict.fromkeys(("getSaveFileName", "getOpenFileName"), (1, 3)),
    **dict.fromkeys(("getItem", "getText", "getInt", "QMessageBox"), (1, 2)),
    **dict.fromkeys(("setTabText", "setButtonText", "createUndoAction", "createRedoAction"), (1,)),
    "QProgressDialog": (0, 1),
}
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "labelText", "prefix"}
#: literal strings with letters that are not text for the user (none needed so far)
ALLOWED: set[str] = set()


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _literals(node: ast.expr):
    """The literal text of an expression that would reach the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif (
        isinstance(node, ast.Call)
        and _name(node.func) not in ("tr", "translate")
        and isinstance(node.func, ast.Attribute)  # "text %1".replace(...), "x".format(...)
    ):
        yield from _literals(node.func.value)


def untranslated(source: str, filename: str = "<source>") -> list[str]:
    """Bare text given to a widget, and tr()/translate() calls lupdate cannot read."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name, where = _name(node.func), f"{filename}:{node.lineno}"
        if name in TEXT_ARGS:
            positions = TEXT_ARGS[name]
            args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
            args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            for text in (t for a in args for t in _literals(a)):
                if re.search(r"[^\W\d_]", re.sub(r"<[^>]*>", "", text)) and text not in ALLOWED:
                    problems.append(f"{where}: {name}({text!r}) without tr()")
        if name == "tr" and not (
            isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") == "self"
        ):
            problems.append(f"{where}: tr() outside self: lupdate files it under a wrong context")
        text_at = {"tr": 0, "translate": 1}.get(name)
        if text_at is not None and not (
            len(node.args) > text_at
            and isinstance(node.args[text_at], ast.Constant)
            and (name == "tr" or isinstance(node.args[0], ast.Constant))
        ):
            problems.append(f"{where}: {name}() needs literal strings for lupdate to see them")
    return problems


def test_every_visible_string_of_the_gui_is_translatable():
    files = translations.sources()
    assert Path(translations.GUI, "register", "page.py") in files  # the subpackages are read
    problems = [p for f in files for p in untranslated(f.read_text(), f.name)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "snippet",
    [
        'self.setWindowTitle("Tenders")',
        'QMessageBox.warning(self, self.tr("Title"), f"{path} could not be written")',
        'QLabel("Total: %1".replace("%1", amount))',
        'box.addItem("All years", None)',
        'tabs.addTab(page, "Rules" if english else self.tr("Rules"))',
        'label.setText(widget.tr("draft"))',
        'QCoreApplication.translate("Ctx", texts[code])',
        "self.tr(message)",
    ],
)
def test_the_string_check_finds_bare_text(snippet):
    assert untranslated(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        'self.setWindowTitle(self.tr("Tenders"))',
        'QLabel(QCoreApplication.translate("Ctx", "Total: %1").replace("%1", amount))',
        'box.addItem(self.tr("All years"), "all")',
        'QLabel(f"<b>{article}</b>")',
        'line.setPlaceholderText("31/12/2026")',
        'combo([(None, "—")])',
    ],
)
def test_the_string_check_lets_wrapped_and_non_text_strings_pass(snippet):
    assert untranslated(snippet) == []


@pytest.mark.parametrize(
    ("lang", "look_in", "file_type", "folder"),
    [
        ("nl", "&Zoeken in:", "Bestanden van &type:", "Map"),
        ("fr", "&Voir dans\u00a0:", "&Fichiers de type\u00a0:", "Dossier"),
    ],
)
def test_the_file_dialog_speaks_the_users_language_where_qt_does_not(
    qtbot, speak, tmp_path, lang, look_in, file_type, folder
):
    """Qt's own Dutch and French lack the file dialog's "&Look in:", "Files of &type:" and
    "Folder" of this Qt version: the app's translation says them."""
    (tmp_path / "sub").mkdir()
    speak(lang)
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "lookInLabel").text() == look_in
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == file_type
    model = QFileSystemModel()
    assert model.type(model.index(str(tmp_path / "sub"))) == folder
