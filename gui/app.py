"""Starting the window: application object, rule pack, main window."""

from __future__ import annotations

import argparse
import gc
import sys
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from core.errors import RulePackError
from core.rules import active_pack, bundled_pack
from core.settings import Loaded, config_path, load
from gui.shared import collector, dialogs, i18n
from gui.shared.first_paint import PAINTED, AfterFirstPaint
from gui.shared.i18n import pack_problem
from gui.window import window_state
from gui.window.main_window import MainWindow


def load_pack_or_warn(user_pack: str | None, parent=None, from_settings: bool = False):
    """The user's pack when it is valid; otherwise say why and use the bundled one."""
    try:
        return active_pack(user_pack)
    except RulePackError as exc:
        where = (
            "\n\n" + QApplication.translate("app", "Edit > Settings… chooses another.")
            if from_settings
            else ""
        )
        dialogs.QMessageBox.warning(
            parent,
            QApplication.translate("app", "Rule pack not used"),
            QApplication.translate(
                "app",
                "The rule pack could not be used:\n%1\n\nThe bundled rule pack is used instead.",
            ).replace("%1", pack_problem(exc))
            + where,
        )
        return bundled_pack()


def load_settings(path) -> Loaded:
    """The user's settings (the language defaults to the system's); problems are shown."""
    loaded = load(path, system_locale=lambda: QLocale.system().name())
    i18n.install(QApplication.instance(), loaded.settings.language)
    if loaded.problems:
        from core.texts import error_text  # only when there is something to say

        dialogs.QMessageBox.warning(
            None,
            QApplication.translate("app", "Settings not used"),
            QApplication.translate(
                "app", "Some settings could not be used; the defaults take their place:\n\n%1"
            ).replace(
                "%1", "\n".join(error_text(e, loaded.settings.language) for e in loaded.errors)
            ),
        )
    return loaded


#: the cycle collector is back at the latest this long after the window is shown, painted or not
COLLECTOR_BACK_MS = 3_000


def collector_back(app: QApplication) -> None:
    """Python's cycle collector runs again after the start (``commands.window`` paused it), now
    on the GUI thread only (``gui.shared.collector``: a worker thread that collected a closed
    wizard deleted its widgets off the GUI thread, and the process crashed).

    What the start made (some 46,000 objects: modules, classes, the window) goes straight to
    the collector's oldest generation (``gc.freeze`` then ``gc.unfreeze``: no scan), where
    surviving two collections would have put it: no collection runs now, and the first full
    one scans it later, as it did when the collector ran during the start (it ran only young
    collections then). Nothing when the collector already runs."""
    if collector.running():
        return
    gc.freeze()
    gc.unfreeze()
    collector.start(app)


def today() -> date:
    """The real date; the rules use it unless a trainer set another in Settings."""
    qdate = QDate.currentDate()
    return date(qdate.year(), qdate.month(), qdate.day())


def run_gui(args: argparse.Namespace, argv: list[str]) -> int:
    """Open the workspace and the main window, run the event loop."""
    from core.startup import apply_settings, may_create, workspace_path
    from core.store.workspace import WorkspaceError
    from gui.window.workspace_open import open_and_build

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("tender-desk")
    app.setOrganizationName("tender-desk")
    settings_path = config_path(args.config)
    settings = load_settings(settings_path).settings
    apply_settings(args, settings)
    # loaded when the window first asks for it, at the latest after its first paint (_shown),
    # once for the run; a pack that cannot be used is said over the window
    loaded = []

    def pack(window: MainWindow):
        if not loaded:
            loaded.append(load_pack_or_warn(args.rules, window, args.rules_from_settings))
        return loaded[0]

    path, error = workspace_path(args), None
    while True:
        opened = open_and_build(
            path,
            datetime.now(),
            lambda workspace: MainWindow(
                pack,
                today(),
                workspace,
                settings,
                settings_path,
                window_state.state_path(settings_path),
            ),
            create=may_create(args, path),
            read_only=args.read_only,
            error=error,
        )
        if opened is None:
            return 1
        workspace, window = opened
        window.show()
        # what can wait waits until the register is on the screen
        AfterFirstPaint(window.first_page(), lambda w=window, s=workspace: _shown(app, w, s, args))
        QTimer.singleShot(COLLECTOR_BACK_MS, lambda: collector_back(app))  # shown minimized
        try:
            code = app.exec()
        finally:
            collector.stop()  # no event loop to collect on: Python collects as usual again
            if window.workspace is not None:  # File > Open may have put another in its place
                workspace = window.workspace
                workspace.close()
        if not window.restore_requested:
            return code
        path = workspace.path
        error = WorkspaceError(
            path, "damaged", "failed its integrity check", ("restore_backup", "choose_other")
        )


def _shown(app: QApplication, window: MainWindow, workspace, args: argparse.Namespace) -> None:
    """The first page is on the screen: load the rule pack (about 15 ms: reading it, checking
    every rule), make PySide6's Qt namespace (about 35 ms) and check the file in the
    background (or, measuring the start, say so and quit)."""
    collector_back(app)
    if getattr(args, "measure_start", False):
        print(PAINTED, flush=True)
        app.quit()
        return
    window.pack  # noqa: B018 - loaded now, its name shown in the status bar
    # PySide6 hands a Qt enum a signal carries (a header's sort order ...) to Python only once
    # the Qt namespace is made, which the first page does without (gui.shared.roles)
    from PySide6.QtCore import Qt  # noqa: F401

    if workspace.deferred_check:
        window.check_workspace()


def smoke_window(args: argparse.Namespace) -> str | None:
    """Build the main window off-screen and close it; None when it worked."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.startup import workspace_path
    from core.store.workspace import WorkspaceError, open_workspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    previous = qInstallMessageHandler(_quiet_offscreen)
    workspace = None
    try:  # the window reads the workspace as it will at a start (read-only: nothing changes)
        workspace = open_workspace(workspace_path(args), now=datetime.now(), read_only=True)
        window = MainWindow(
            active_pack(args.rules), today(), workspace, settings=getattr(args, "settings", None)
        )
        window.show()
        app.processEvents()
        window.close()
    except WorkspaceError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - reported as the smoke test's failure
        return f"{type(exc).__name__}: {exc}"
    finally:
        qInstallMessageHandler(previous)
        if workspace is not None:
            workspace.close()
    return None


def _quiet_offscreen(mode, context, message: str) -> None:
    """Drop the offscreen platform's notice about size hints; print other Qt messages."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
