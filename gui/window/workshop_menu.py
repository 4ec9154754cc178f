"""The File menu's workshop items: open one (or the built-in one), save one, reset, scores.

A workshop opens as its working copy (``core.workshops.session``): its register becomes the
window's workspace, its language and "today" the settings of the session (kept in the copy's
own settings file: the user's is not written), its rule pack the window's, and the Exercises
page comes first. Leaving the workshop for another workspace gives the user's settings back.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from core.record import replace
from gui.shared import dialogs, i18n

if TYPE_CHECKING:  # the window starts without them: they wait for a workshop
    from core.store.register import Register
    from core.workshops.build import KeysDisagreeError
    from core.workshops.errors import WorkshopError
    from core.workshops.session import WorkingCopy
    from gui.workshops.page import ExercisesPage

#: the main window (not imported: it imports this); it has ``workshop``, ``workspace``,
#: ``settings``, ``pack``, ``pages`` and ``switch_workspace``
MainWindow = QMainWindow
BUILT_IN = "sme-2024"
translate = QCoreApplication.translate


def start(window: MainWindow) -> None:
    """The window's workshop state: none open (``workshop``: its working copy;
    ``workshop_kept``: the user's settings, rule pack and settings file it replaced; the group
    answering)."""
    window.workshop = None
    window.workshop_kept = None
    window.workshop_group = ""
    window.exercises_page = None


def add_to(menu: QMenu, window: MainWindow) -> None:
    """The workshop items, before the File menu's last part (Quit)."""
    before = menu.actions()[-2]  # the separator above Quit
    items = (
        (translate("WorkshopMenu", "Open &workshop…"), open_workshop, True),
        (translate("WorkshopMenu", "Open the b&uilt-in workshop"), open_built_in, True),
        (
            translate("WorkshopMenu", "Save as works&hop…"),
            save_as_workshop,
            window.workspace is not None,
        ),
        (translate("WorkshopMenu", "Export &scores…"), export_scores, window.workshop is not None),
        (
            translate("WorkshopMenu", "Reset wor&kshop…"),
            reset_workshop,
            window.workshop is not None,
        ),
    )
    menu.insertSeparator(before)
    for shown, act, enabled in items:
        action = menu.addAction(shown)
        menu.insertAction(before, action)
        action.setEnabled(enabled)
        action.triggered.connect(lambda _=False, a=act: a(window))
    window.reset_workshop_action = action


def is_workshop(window: MainWindow, path: Path) -> bool:
    """Whether ``path`` is the register of the workshop open in the window."""
    copy = window.workshop
    return copy is not None and Path(path).resolve() == copy.workspace.resolve()


def add_page(window: MainWindow, register: Register, lang: str) -> ExercisesPage | None:
    """The Exercises page, first, when the window shows a workshop's register."""
    copy = window.workshop
    if window.workspace is None or not is_workshop(window, window.workspace.path):
        return None
    from gui.workshops.page import ExercisesPage

    page = ExercisesPage(copy, register, lang, window.workshop_group)
    page.group_changed.connect(lambda name: setattr(window, "workshop_group", name))
    window.pages.insertTab(0, page, translate("WorkshopMenu", "Exercises"))
    return page


def _refused(window: MainWindow, error: WorkshopError) -> None:
    dialogs.QMessageBox.warning(
        window,
        translate("WorkshopMenu", "Open a workshop"),
        f"{error.path.name}\n\n{error.message(window.settings.language)}",
    )


def open_workshop(window: MainWindow) -> bool:
    """File > Open workshop…: choose a workshop file and open its working copy."""
    from core.workshops import archive

    chosen, _ = dialogs.QFileDialog.getOpenFileName(
        window,
        translate("WorkshopMenu", "Open a workshop"),
        "",
        translate("WorkshopMenu", "Workshops (*%1)").replace("%1", archive.EXTENSION),
    )
    return bool(chosen) and open_file(window, Path(chosen))


def open_file(window: MainWindow, path: Path) -> bool:
    """Open the workshop file ``path`` (a copy made from another version of it is replaced
    only when the user agrees); True when the window shows it."""
    from core.workshops import session
    from core.workshops.errors import WorkshopError

    try:
        copy = session.open_workshop(path)
    except WorkshopError as exc:
        if exc.code != "other_file" or not _replace_other(window):
            if exc.code != "other_file":
                _refused(window, exc)
            return False
        try:
            copy = session.open_workshop(path, fresh=True)
        except WorkshopError as again:
            _refused(window, again)
            return False
    return show(window, copy)


def _replace_other(window: MainWindow) -> bool:
    box = dialogs.QMessageBox(
        dialogs.QMessageBox.Icon.Question,
        translate("WorkshopMenu", "Open a workshop"),
        translate(
            "WorkshopMenu", "A working copy of another version of this workshop exists. Replace it?"
        ),
        parent=window,
    )
    box.setInformativeText(
        translate("WorkshopMenu", "The answers and scores of every group in it are lost.")
    )
    replace_button = box.addButton(
        translate("WorkshopMenu", "Replace"), dialogs.QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(dialogs.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(dialogs.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace_button


def open_built_in(window: MainWindow) -> bool:
    """File > Open the built-in workshop: its working copy, made the first time."""
    from core.paths import resources_dir
    from core.workshops import archive, build, session
    from core.workshops.errors import WorkshopError

    folder = session.workshops_root() / BUILT_IN
    try:
        if (folder / session.ORIGINAL).is_file():
            return show(window, session.load(folder))
        out = session.workshops_root() / f"{BUILT_IN}{archive.EXTENSION}"
        out.parent.mkdir(parents=True, exist_ok=True)
        source = resources_dir() / "workshops" / BUILT_IN
        build.make_from_folder(source, out, window.pack, window.real_today)
        return show(window, session.open_workshop(out, fresh=True))
    except (WorkshopError, OSError) as exc:
        if isinstance(exc, OSError):
            exc = WorkshopError(folder, "write_failed", why=exc.strerror or exc)
        _refused(window, exc)
        return False


def show(window: MainWindow, copy: WorkingCopy) -> bool:
    """Show the working copy ``copy``: its register, settings, rule pack; Exercises first."""
    from core.errors import RulePackError
    from core.rules import load_pack
    from core.workshops.errors import WorkshopError
    from gui.window.workspace_open import open_interactive

    shown = window.workspace
    if shown is not None and Path(shown.path).resolve() == copy.workspace.resolve():
        window.pages.setCurrentWidget(window.exercises_page)  # open already
        return True
    try:
        pack = load_pack(copy.rules) if copy.rules else None
    except RulePackError as exc:
        _refused(window, WorkshopError(copy.folder, "bad_folder", why=exc))
        return False
    workspace = open_interactive(copy.workspace, datetime.now(), parent=window)
    if workspace is None:
        return False
    if window.workshop is None:
        window.workshop_kept = (window.settings, window.pack, window.settings_path)
    own_settings, own_pack, _ = window.workshop_kept
    manifest = copy.manifest
    window.workshop = copy
    # the session's settings, saved (Edit > Settings…) in the copy's own settings file
    window.settings = replace(
        own_settings,
        language=manifest.language,
        today=manifest.today,
        default_workspace=copy.workspace,
        rule_pack=copy.rules or own_settings.rule_pack,
    )
    window.settings_path = copy.settings
    window.pack = pack or own_pack
    if manifest.language != i18n.current():
        i18n.install(QCoreApplication.instance(), manifest.language)
    window.switch_workspace(workspace)
    return True


def left(window: MainWindow) -> None:
    """The window shows another workspace: the user's own settings and rule pack again."""
    if window.workshop is None:
        return
    settings, pack, path = window.workshop_kept
    window.workshop, window.workshop_kept = None, None
    window.settings, window.pack, window.settings_path = settings, pack, path
    if settings.language != i18n.current():
        i18n.install(QCoreApplication.instance(), settings.language)


def reset_workshop(window: MainWindow, confirm=None) -> bool:  # noqa: ANN001 - a callable
    """File > Reset workshop…: after a confirmation (Cancel the default), the working copy
    as the file has it. ``confirm`` replaces the question (tests)."""
    from core.workshops import session
    from core.workshops.errors import WorkshopError

    copy = window.workshop
    if copy is None:
        return False
    if not (confirm or _confirm_reset)(window, copy):
        return False
    window.close_workspace()
    try:
        fresh = session.reset(copy.folder)
    except WorkshopError as exc:
        _refused(window, exc)
        fresh = copy
    return show(window, fresh)


def _confirm_reset(window: MainWindow, copy: WorkingCopy) -> bool:
    box = dialogs.QMessageBox(
        dialogs.QMessageBox.Icon.Warning,
        translate("WorkshopMenu", "Reset workshop"),
        translate("WorkshopMenu", "Bring “%1” back as its file has it?").replace(
            "%1", copy.manifest.title_in(window.settings.language)
        ),
        parent=window,
    )
    box.setInformativeText(
        translate(
            "WorkshopMenu",
            "Lost: the answers and scores of every group, and every change to the register "
            "since the workshop was opened. This cannot be undone.",
        )
    )
    reset_button = box.addButton(
        translate("WorkshopMenu", "Reset"), dialogs.QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(dialogs.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(dialogs.QMessageBox.StandardButton.Cancel)
    window.reset_box = box
    box.exec()
    return box.clickedButton() is reset_button


def export_scores(window: MainWindow, target: Path | None = None) -> Path | None:
    """File > Export scores…: the groups' scores as CSV or PDF (the trainer's language)."""
    from core.texts import text
    from core.workshops import scores
    from core.workshops.errors import WorkshopError

    copy = window.workshop
    if copy is None:
        return None
    if target is None:
        chosen, _ = dialogs.QFileDialog.getSaveFileName(
            window,
            translate("WorkshopMenu", "Export scores"),
            f"{copy.manifest.id}.csv",
            translate("WorkshopMenu", "CSV files (*.csv);;PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
    lang = window.settings.language
    try:
        scores.write(copy, target, lang, window.real_today)
    except OSError as exc:
        _refused(window, WorkshopError(target, "write_failed", why=exc.strerror or exc))
        return None
    window.statusBar().showMessage(text(lang, "workshop", "scores_written", file=target), 8000)
    return target


def save_as_workshop(window: MainWindow, target: Path | None = None, confirm=None) -> Path | None:  # noqa: ANN001
    """File > Save as workshop…: a workshop file of the open register, its stored decisions
    as exercises; keys the engine disagrees with are shown first, with a choice to save
    anyway (``confirm`` replaces that question in tests)."""
    from PySide6.QtCore import Qt

    from core.texts import text
    from core.workshops import archive, build
    from core.workshops.errors import WorkshopError

    workspace = window.workspace
    if workspace is None:
        return None
    if target is None:
        chosen, _ = dialogs.QFileDialog.getSaveFileName(
            window,
            translate("WorkshopMenu", "Save as workshop"),
            str(workspace.path.with_suffix(archive.EXTENSION)),
            translate("WorkshopMenu", "Workshops (*%1)").replace("%1", archive.EXTENSION),
        )
        if not chosen:
            return None
        target = Path(chosen)
    lang = window.settings.language
    meta = {
        "id": "".join(c if c.isalnum() or c in "-_" else "-" for c in target.stem)[:64],
        "title": target.stem,
        "language": lang,
        "today": window.settings.today.isoformat() if window.settings.today else "",
    }
    today = window.real_today
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        made = build.make_from_db(workspace.path, target, window.pack, today, meta)
    except build.KeysDisagreeError as exc:
        QApplication.restoreOverrideCursor()
        if not (confirm or _save_anyway)(window, exc, lang):
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = build.make_from_db(workspace.path, target, window.pack, today, meta, force=True)
        except WorkshopError as again:
            QApplication.restoreOverrideCursor()
            _refused(window, again)
            return None
    except WorkshopError as exc:
        QApplication.restoreOverrideCursor()
        _refused(window, exc)
        return None
    QApplication.restoreOverrideCursor()
    title = made.manifest.title_in(lang)
    shown = text(lang, "workshop", "made", title=title, file=made.path, count=made.exercises)
    window.statusBar().showMessage(shown, 8000)
    return made.path


def _save_anyway(window: MainWindow, error: KeysDisagreeError, lang: str) -> bool:
    from core.texts import text

    box = dialogs.QMessageBox(
        dialogs.QMessageBox.Icon.Warning,
        translate("WorkshopMenu", "Save as workshop"),
        translate(
            "WorkshopMenu",
            "%1 answer keys disagree with the engine: trainees would be marked against them.",
        ).replace("%1", str(len(error.outcomes))),
        parent=window,
    )
    box.setDetailedText(
        "\n".join(text(lang, "workshop", "key_disagrees", line=o.line()) for o in error.outcomes)
    )
    save = box.addButton(
        translate("WorkshopMenu", "Save anyway"), dialogs.QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(dialogs.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(dialogs.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save
