"""Every main screen and every wizard page rendered to PNG, so a reviewer sees the real window.

``main.py screenshots --out DIR`` builds a demo workspace in a temporary folder (or, with
``--db``, works on a temporary copy of the user's workspace made with the SQLite backup API:
the user's file is only opened read-only, as the copy's source), builds each screen as a user
sees it at a fixed size, and saves ``widget.grab()`` to ``DIR/<name>.png``.

The screens are the list :data:`SCREENS`: one entry per file, each a small function that
returns the widget to grab. A new page of the main window is one ``tab(...)`` entry; a
wizard is one :class:`WizardScript` whose pages say what a user types on them.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from core.demo.tenders import make_demo
from core.errors import RulePackError
from core.rules import active_pack
from core.rules.pack import RulePack
from core.settings import Settings
from core.store.backups import snapshot
from core.store.register import Register
from core.store.workspace import Workspace, WorkspaceError, open_workspace
from gui.register.editor import TenderEditor
from gui.screenshots import company, workshop
from gui.screenshots.picks import Picks, pick
from gui.settings.dialog import SettingsDialog
from gui.shared import collector, i18n
from gui.window.main_window import MainWindow
from gui.window.welcome import WelcomePage
from gui.wizards.advance import AdvanceWizard
from gui.wizards.bid import BidCompensationWizard
from gui.wizards.bond import BondWizard
from gui.wizards.procedure import ProcedureWizard
from gui.wizards.ranking import RankingWizard

#: the sizes the screens are rendered at: the main window, and the editor and wizards
WINDOW, DIALOG = (1280, 800), (960, 720)
#: the demo workspace: enough tenders for a realistic register, built in a second
DEMO_TENDERS, DEMO_SEED = 400, 7
#: the demo's "today" is fixed so that the same seed gives the same screens on any day
DEMO_NOW = datetime(2026, 11, 22, 10, 0)
#: the name the status bar shows for the demo workspace (its real path is a temporary one)
DEMO_NAME = "demo.sqlite"


@dataclass(frozen=True)
class Screen:
    """One PNG: its file name without ``.png``, the function that builds the widget, its size."""

    name: str
    render: Callable[[Scene], QWidget]
    size: tuple[int, int] = WINDOW


@dataclass
class Scene:
    """What the screens are built from: the register, the language, the picked tenders."""

    register: Register
    lang: str
    today: date
    now: datetime
    picks: Picks
    shown_path: str
    window: MainWindow | None = field(default=None)
    workshop_window: MainWindow | None = field(default=None)  # gui.screenshots.workshop

    def clock(self) -> datetime:
        """The ``now`` the editor and the wizards are given (they store nothing here)."""
        return self.now

    def main_window(self) -> MainWindow:
        """The main window on the workspace, built once (its tabs are separate screens)."""
        if self.window is None:
            reg = self.register
            self.window = MainWindow(
                reg.pack,
                self.today,
                reg.ws,
                settings=Settings(language=self.lang),
                settings_path=reg.ws.path.with_name("settings.toml"),
            )
            shown = QCoreApplication.translate("MainWindow", "Workspace: %1")
            self.window.workspace_label.setText(shown.replace("%1", self.shown_path))
        return self.window


# -- the main window ---------------------------------------------------------------------
def tab(page: str, prepare: Callable[[QWidget, Scene], None] | None = None):
    """A screen of the main window on the tab holding ``window.<page>``."""

    def render(scene: Scene) -> QWidget:
        window = scene.main_window()
        widget = getattr(window, page)
        window.pages.setCurrentWidget(widget)
        if prepare:
            prepare(widget, scene)
        return window

    return render


def _select_rows(page, scene: Scene) -> None:
    """A tender selected, as before Decide: the procedure wizard's when it is in view."""
    model = page.model
    rows = range(min(model.rowCount(), 20))
    wanted = next((r for r in rows if model.row_at(r).id == scene.picks.procedure), 2)
    page.table.selectRow(min(wanted, model.rowCount() - 1))
    page.table.setFocus()


def welcome(scene: Scene) -> WelcomePage:
    """The page an empty workspace opens on (the demo workspace has tenders: shown alone)."""
    return WelcomePage(scene.register.pack, scene.today, scene.lang)


def settings_dialog(scene: Scene) -> SettingsDialog:
    """Edit > Settings… as the window opens it."""
    window = scene.main_window()
    return SettingsDialog(window.settings, window.pack, scene.today, None)


# -- the tender editor -------------------------------------------------------------------
def editor_general(scene: Scene) -> TenderEditor:
    """The editor of a tender with tenderers, on its first tab."""
    return TenderEditor(scene.register, scene.picks.editor, scene.lang, now=scene.clock)


def editor_tenderers(scene: Scene) -> TenderEditor:
    """The same tender on the Tenderers tab, the winner selected."""
    editor = editor_general(scene)
    editor.tabs.setCurrentIndex(1)
    table = editor.tenderers.table
    model = editor.tenderers.model
    winner = next(
        (r for r in range(model.rowCount()) if model.tenderer_at(r).status == "winner"), 0
    )
    table.selectRow(winner)
    return editor


# -- the wizards ---------------------------------------------------------------------------
Fill = Callable[[Scene, QWizard], None]


@dataclass(frozen=True)
class WizardScript:
    """A wizard, the tender it opens on, and per page its name and what a user types."""

    prefix: str
    wizard: type[QWizard]
    tender: Callable[[Picks], int]
    pages: tuple[tuple[str, Fill], ...]

    def screens(self) -> list[Screen]:
        """One screen per page: ``<prefix>-<n>-<page>``."""
        return [
            Screen(f"{self.prefix}-{n}-{name}", lambda scene, n=n: self.render(scene, n), DIALOG)
            for n, (name, _) in enumerate(self.pages, start=1)
        ]

    def render(self, scene: Scene, page: int) -> QWizard:
        """The wizard shown, every page before ``page`` filled in and passed with Next."""
        tender = self.tender(scene.picks)
        wizard = self.wizard(scene.register, tender, scene.lang, now=scene.clock)
        wizard.resize(*DIALOG)
        wizard.show()
        settle()
        for step, (_, fill) in enumerate(self.pages[:page], start=1):
            fill(scene, wizard)
            if step < page:
                _next(wizard)
        return wizard


def _next(wizard) -> None:
    """Next, as the user clicks it; a page that keeps Next off says why."""
    page = wizard.currentPage()
    wizard.next()
    settle()
    if wizard.currentPage() is page:
        reason = getattr(page, "problem", None)
        raise RuntimeError(
            f"the page {page.title()!r} does not go on"
            + (f": {reason.text()}" if reason is not None and reason.text() else "")
        )


def as_found(scene: Scene, wizard) -> None:
    """The page as the wizard fills it from the tender."""


def answered(scene: Scene, wizard) -> None:
    """The answer page: it must show an answer, not a refused input."""
    answer = wizard.answer
    if answer.result is None:
        problem = getattr(answer, "problem", None)
        raise RuntimeError("no answer" + (f": {problem.text()}" if problem is not None else ""))


def advance_contract(scene: Scene, wizard) -> None:
    """The contract amount incl. VAT: proposed from the winning offer, else typed by the buyer
    (the rest comes from the tender)."""
    if not wizard.contract.amount.text():
        wizard.contract.amount.setText(scene.picks.advance_amount)


def advance_contractor(scene: Scene, wizard) -> None:
    """The SME types its staff, turnover and balance-sheet total and computes its size."""
    page = wizard.contractor
    for line, figure in zip(
        (page.staff, page.turnover, page.balance), scene.picks.advance_figures, strict=True
    ):
        line.setText(figure)
    page.compute.click()
    if page.size.currentData() != scene.picks.advance_size:
        raise RuntimeError(f"the figures give another size: {page.size_note.text()}")


def bid_items(scene: Scene, wizard) -> None:
    """The documents' compensation per tenderer, and the reduced one."""
    wizard.items_page.amount.setText(scene.picks.bid_amount)
    wizard.items_page.reduced.setText(scene.picks.bid_reduced)


WIZARDS = (
    WizardScript(
        "procedure",
        ProcedureWizard,
        lambda picks: picks.procedure,
        (("contract", as_found), ("circumstances", as_found), ("result", answered)),
    ),
    WizardScript(
        "advance",
        AdvanceWizard,
        lambda picks: picks.advance,
        (
            ("contract", advance_contract),
            ("contractor", advance_contractor),
            ("result", answered),
        ),
    ),
    WizardScript(
        "bid",
        BidCompensationWizard,
        lambda picks: picks.bid,
        (("items", bid_items), ("result", answered)),
    ),
    WizardScript(
        "ranking",
        RankingWizard,
        lambda picks: picks.ranking,
        (("result", answered),),
    ),
    # on the advance's tender: an SME won it, so the amount awarded is its offer
    WizardScript(
        "bond",
        BondWizard,
        lambda picks: picks.advance,
        (("award", as_found), ("result", answered)),
    ),
)

#: every PNG, in order; a new page of the window or a new wizard is one entry here
SCREENS: tuple[Screen, ...] = (
    Screen("00-welcome", welcome),
    Screen("01-register", tab("register_page", _select_rows)),
    Screen("02-rules", tab("rules_page")),
    Screen("03-editor-general", editor_general, DIALOG),
    Screen("04-editor-tenderers", editor_tenderers, DIALOG),
    Screen("05-organisations", tab("organisations_page")),
    Screen("06-settings", settings_dialog, DIALOG),
    *(screen for script in WIZARDS for screen in script.screens()),
    Screen("07-my-offers", company.offers),
    Screen("08-my-company", company.profile),
    Screen("09-offer-meaning", company.meaning, DIALOG),
    Screen("10-quick-checks", company.checks),
    Screen("11-new-offer", company.new_offer, (1080, 600)),
    Screen("workshop-1-exercises", workshop.exercises, workshop.PROJECTOR),
    Screen("workshop-2-wrong-answer", workshop.wrong_answer, workshop.PROJECTOR),
    Screen("workshop-3-presentation", workshop.presentation, workshop.PROJECTOR),  # last
)


# -- rendering -----------------------------------------------------------------------------
def settle() -> None:
    """Let posted events, layouts and deferred resizes run."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def size_on(screen: Screen, window: tuple[int, int] | None) -> tuple[int, int]:
    """The size ``screen`` is drawn at on a screen of ``window`` pixels (None: the default):
    the main window fills it, a dialog keeps its size unless it is larger."""
    if window is None:
        return screen.size
    if screen.size == WINDOW:
        return window
    return (min(screen.size[0], window[0]), min(screen.size[1], window[1]))


#: Qt's PNG "quality" (lower packs the pixels harder and slower): on the 26 screens of the demo
#: 70 took a third less time than Qt's default (0.6 against 0.9 s) for a tenth smaller files
PNG_QUALITY = 70


def render_screens(
    scene: Scene,
    out: Path,
    screens: tuple[Screen, ...],
    log: TextIO,
    window: tuple[int, int] | None = None,
) -> list[str]:
    """Write one PNG per screen into ``out``; the names of the screens that failed.

    ``window``: the screen size to draw for (the main window's size), default :data:`WINDOW`.
    """
    failed = []
    for screen in screens:
        before = set(QApplication.topLevelWidgets())
        path = out / f"{screen.name}.png"
        size = size_on(screen, window)
        try:
            widget = screen.render(scene)
            widget.resize(*size)
            widget.show()
            widget.activateWindow()
            settle()
            if (widget.width(), widget.height()) != size:
                raise RuntimeError(f"the window is {widget.width()}×{widget.height()}, not {size}")
            if not widget.grab().save(str(path), "PNG", PNG_QUALITY):
                raise OSError(f"{path} could not be written")
        except Exception as exc:  # noqa: BLE001 - reported, and the other screens still render
            failed.append(screen.name)
            print(f"error: {screen.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        else:
            print(path, file=log)
        finally:
            for extra in set(QApplication.topLevelWidgets()) - before:
                if extra not in (scene.window, scene.workshop_window):
                    extra.hide()
                    extra.deleteLater()
            settle()
    return failed


@contextmanager
def prepared_workspace(
    db: str | None, pack: RulePack, seed: int, now: datetime
) -> Iterator[tuple[Workspace, str]]:
    """A workspace in a temporary folder, removed afterwards, and the name to show for it.

    Without ``db``: demo data from ``seed``. With ``db``: a snapshot of that workspace
    (SQLite backup API, read-only, nothing written beside it), which the screens may use as
    a user would; the user's file is never opened for writing.
    """
    with tempfile.TemporaryDirectory(prefix="tender-desk-screens-") as folder:
        copy = Path(folder) / "workspace.sqlite"
        if db is None:
            shown = DEMO_NAME
            ws = open_workspace(copy, now=now, auto_backup=False)
            make_demo(ws, pack, DEMO_TENDERS, seed, now)
        else:
            source = Path(db).expanduser()
            shown = str(source)
            ws = _open_snapshot(source, copy, now)
        try:
            yield ws, shown
        finally:
            ws.close()


def _open_snapshot(source: Path, copy: Path, now: datetime) -> Workspace:
    """The copy of the user's workspace, open; a refusal names the user's file."""
    if not source.is_file():
        raise WorkspaceError(source, "cannot_create", "does not exist", ("choose_other",))
    try:
        snapshot(source, copy)
        return open_workspace(copy, now=now, check=False, auto_backup=False)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            source, "not_a_workspace", f"cannot be read ({exc})", ("choose_other",)
        ) from None
    except WorkspaceError as exc:
        raise WorkspaceError(source, exc.code, exc.message, exc.offers) from None


def install_translations(app, lang: str) -> None:
    """The Qt translations of the window's own texts."""
    i18n.install(app, lang)


def run(args: argparse.Namespace, log: TextIO | None = None) -> int:
    """The ``screenshots`` command: 0 when every screen was written, 1 when one failed.

    One line per file written and a count go to ``log`` (default: standard output); a
    screen that fails is named on standard error and the others still render. 2 when the
    workspace or the rule pack cannot be used.
    """
    log = log or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window on the user's screen
    app = QApplication.instance() or QApplication([sys.argv[0]])
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(lambda *message: _quiet_offscreen(previous, *message))
    collector.start(app)  # the windows' background checks never collect widgets
    try:
        install_translations(app, args.lang)
        pack = active_pack(args.rules)
        now = DEMO_NOW if args.db is None else datetime.now()
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        seed = DEMO_SEED if args.seed is None else args.seed
        with prepared_workspace(args.db, pack, seed, now) as (ws, shown):
            register = Register(ws, pack)
            scene = Scene(register, args.lang, now.date(), now, pick(register), shown)
            try:
                window = getattr(args, "size", None)
                failed = render_screens(scene, out, SCREENS, log, window)
            finally:
                for shown in (scene.window, scene.workshop_window):
                    if shown is not None:
                        shown.presentation.leave()
                        shown.close()
                        shown.deleteLater()
                settle()
    except (RulePackError, WorkspaceError, LookupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        collector.stop()
        qInstallMessageHandler(previous)
    written = len(SCREENS) - len(failed)
    print(f"{written} screenshots written to {out}", file=log)
    if failed:
        print(
            f"error: {len(failed)} of {len(SCREENS)} screens failed: {', '.join(failed)}",
            file=sys.stderr,
        )
        return 1
    return 0


def _quiet_offscreen(previous, mode, context, message: str) -> None:
    """Drop the offscreen platform's notice about size hints; pass the other messages on."""
    if "propagateSizeHints" in message:
        return
    if previous is not None:
        previous(mode, context, message)
    else:
        print(message, file=sys.stderr)
