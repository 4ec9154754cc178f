"""The workshop's screens: the Exercises page, a checked wrong answer, presentation mode.

The built-in workshop is made in the screens' temporary folder, in the language drawn, and
opened there as a working copy (never in the user's data folder); its window is separate
from the demo register's.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from core.paths import resources_dir
from core.settings import Settings
from core.workshops import build, session
from core.workshops.exercises import find
from gui.shared import worker
from gui.window import workshop_menu
from gui.window.main_window import MainWindow

#: the exercise shown, and the fact a group got wrong in the checked answer
EXERCISE, WRONG = "adv-h2-small", {"contractor_size": "large"}
#: the size of the workshop's screens: a projector's
PROJECTOR = (1280, 720)


def _window(scene) -> MainWindow:  # noqa: ANN001 - a screens.Scene
    """The window on the built-in workshop's working copy (made once per scene)."""
    window = scene.workshop_window
    if window is not None:
        return window
    folder = Path(scene.register.ws.path).parent / "workshop"
    source = folder / "source"
    shutil.copytree(resources_dir() / "workshops" / workshop_menu.BUILT_IN, source)
    toml = source / "workshop.toml"
    text = toml.read_text(encoding="utf-8").replace('language = "nl"', f'language = "{scene.lang}"')
    toml.write_text(text, encoding="utf-8")
    made = build.make_from_folder(
        source, folder / "sme.tdworkshop", scene.register.pack, scene.today
    )
    copy = session.open_workshop(made.path, root=folder / "copies")
    window = MainWindow(
        scene.register.pack,
        scene.today,
        settings=Settings(language=scene.lang),
        settings_path=folder / "settings.toml",
    )
    if not workshop_menu.show(window, copy):
        raise RuntimeError("the workshop's register did not open")
    _let_the_start_end()
    # the working copy's name, not the temporary folder it is in; no note of the start
    shown = QCoreApplication.translate("MainWindow", "Workspace: %1")
    window.workspace_label.setText(shown.replace("%1", f"{copy.manifest.id}/workspace.sqlite"))
    window.statusBar().clearMessage()
    scene.workshop_window = window
    return window


def _let_the_start_end(limit: float = 30.0) -> None:
    """Let the check and the daily backup of the opened register end (their notes in the
    status bar are not part of the screens): until no job runs, the backup included, which
    the check's end starts; no longer than ``limit`` seconds."""
    end = time.monotonic() + limit
    quiet = 0
    while quiet < 2 and time.monotonic() < end:
        QApplication.processEvents()
        quiet = 0 if worker.busy() else quiet + 1
        if not quiet:
            time.sleep(0.005)


def exercises(scene) -> QWidget:  # noqa: ANN001 - a screens.Scene
    """The Exercises page, a group answering, the first exercise chosen."""
    window = _window(scene)
    page = window.exercises_page
    page.set_group(
        "Groep 3" if scene.lang == "nl" else "Groupe 3" if scene.lang == "fr" else "Group 3"
    )
    page.choose(EXERCISE)
    return window


def wrong_answer(scene) -> QWidget:  # noqa: ANN001 - a screens.Scene
    """The same exercise answered with a wrong fact: each difference and its rules."""
    window = exercises(scene)
    page = window.exercises_page
    exercise = find(page.copy.exercises, EXERCISE)
    page.check(exercise, {**exercise.input, **WRONG})
    return window


def presentation(scene) -> QWidget:  # noqa: ANN001 - a screens.Scene
    """Presentation mode on the workshop (the Exercises page first, large, high contrast);
    the last screen: the mode changes the application's zoom and colours."""
    window = wrong_answer(scene)
    window.pages.setCurrentWidget(window.register_page)
    window.presentation.enter()
    window.showNormal()  # drawn at the projector's size, not the offscreen screen's
    return window
