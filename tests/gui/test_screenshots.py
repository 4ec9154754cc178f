"""The screenshots command: every screen a real, non-blank PNG; the user's workspace untouched."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stdout
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from core.demo.tenders import make_demo
from core.rules import bundled_pack
from core.store.workspace import open_workspace
from gui.screenshots import screens as screenshots
from tests.gui.once import once

NOW = datetime(2026, 11, 22, 10)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: the demo's size where a test draws one or two screens (the full run has the real one)
SMALL_DEMO = 40


def colours(image: QImage, step: int = 4) -> int:
    """How many distinct colours a grid of the image's pixels holds (every ``step``-th pixel
    of every ``step``-th row, read a row at a time: a call per pixel was seconds a run)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # one 32-bit value per pixel
    bits, line, width = image.constBits(), image.bytesPerLine(), image.width()
    found: set[int] = set()
    for y in range(0, image.height(), step):
        found.update(bits[y * line : y * line + width * 4].cast("I")[::step])
    return len(found)


def main(argv: list[str]) -> int:
    """The command line, imported when called (its commands bind sys.stdout at import)."""
    from main import main as run_main

    return run_main(argv)


def check_pngs(folder, screens=screenshots.SCREENS, window=None) -> None:
    for screen in screens:
        path = folder / f"{screen.name}.png"
        assert path.read_bytes()[:8] == PNG_SIGNATURE, screen.name
        image = QImage(str(path))
        assert not image.isNull(), screen.name
        size = screenshots.size_on(screen, window)
        assert (image.width(), image.height()) == size, screen.name
        assert colours(image) > 12, f"{screen.name} looks blank"


@dataclass(frozen=True)
class Run:
    """One run of ``screenshots --db`` on a copy of the demo data, in Dutch."""

    out: Path  # the folder of the PNGs
    given: Path  # the folder of the workspace given with --db
    before: Path  # a copy of that folder made before the run
    code: int
    lines: list[str]  # standard output


@pytest.fixture(scope="module")
def run(qapp, tmp_path_factory) -> Run:
    """Every screen drawn once for the tests of this module, by one process of the run: a
    full run draws every screen (seconds), the tests of its output and of the workspace it
    was given share it."""
    folder, made = once(tmp_path_factory, "screens", _run)
    return Run(folder / "shots", folder / "mine", folder / "before", **made)


def _run(folder: Path) -> dict:
    """The workspace holds the demo data the command makes without --db (same size, seed and
    day), so the screens are the default ones, here with the path the user gave."""
    given = folder / "mine"
    with open_workspace(given / "workspace.sqlite", now=NOW) as ws:
        make_demo(
            ws,
            bundled_pack(),
            screenshots.DEMO_TENDERS,
            screenshots.DEMO_SEED,
            screenshots.DEMO_NOW,
        )
    before = folder / "before"
    shutil.copytree(given, before)
    out = folder / "shots"
    args = ["screenshots", "--out", str(out), "--db", str(given / "workspace.sqlite")]
    lines = io.StringIO()
    with redirect_stdout(lines):
        code = main([*args, "--lang", "nl"])
    return {"code": code, "lines": lines.getvalue().splitlines()}


def test_every_screen_is_written_as_a_png_of_its_size(qapp, run):
    """The demo data: one line per file, the count, and each PNG is a real screen."""
    assert run.code == 0
    names = [screen.name for screen in screenshots.SCREENS]
    assert run.lines == [str(run.out / f"{name}.png") for name in names] + [
        f"{len(names)} screenshots written to {run.out}"
    ]
    assert sorted(p.stem for p in run.out.iterdir()) == sorted(names)
    assert {"00-welcome", "01-register", "02-rules", "procedure-3-result"} <= set(names)
    check_pngs(run.out)


def test_the_given_workspace_is_left_byte_identical(run):
    """--db: the screens show that workspace's tenders; its folder does not change at all."""
    assert run.code == 0
    assert run.lines[-1] == f"{len(screenshots.SCREENS)} screenshots written to {run.out}"
    given, before = run.given, run.before
    assert sorted(p.relative_to(given) for p in given.rglob("*")) == sorted(
        p.relative_to(before) for p in before.rglob("*")
    )
    assert {p.name: p.read_bytes() for p in given.iterdir() if p.is_file()} == {
        p.name: p.read_bytes() for p in before.iterdir() if p.is_file()
    }


def test_the_screens_are_drawn_for_the_size_asked(qapp, tmp_path, capsys, monkeypatch):
    """--size 1280x720: the window fills a laptop's screen, a dialog fits in it."""
    register = next(s for s in screenshots.SCREENS if s.name == "01-register")
    wizard = next(s for s in screenshots.SCREENS if s.name == "procedure-3-result")
    assert wizard.size == screenshots.DIALOG
    monkeypatch.setattr(screenshots, "SCREENS", (register, wizard))
    monkeypatch.setattr(screenshots, "DEMO_TENDERS", SMALL_DEMO)
    out = tmp_path / "shots"
    assert main(["screenshots", "--out", str(out), "--size", "1280x720", "--lang", "fr"]) == 0
    assert QImage(str(out / f"{register.name}.png")).size().toTuple() == (1280, 720)
    dialog = QImage(str(out / f"{wizard.name}.png")).size().toTuple()
    assert dialog[0] <= 1280 and dialog[1] <= 720
    check_pngs(out, (register, wizard), (1280, 720))
    with pytest.raises(SystemExit):
        main(["screenshots", "--out", str(out), "--size", "big"])


def test_a_failing_screen_is_named_and_the_others_still_render(qapp, tmp_path, capsys, monkeypatch):
    """A screen that raises: exit 1, its name and reason on stderr, the rest written."""

    def broken(scene):
        raise RuntimeError("no such page")

    register = next(s for s in screenshots.SCREENS if s.name == "01-register")
    screens = (register, screenshots.Screen("02-broken", broken))
    monkeypatch.setattr(screenshots, "SCREENS", screens)
    monkeypatch.setattr(screenshots, "DEMO_TENDERS", SMALL_DEMO)
    out = tmp_path / "shots"
    assert main(["screenshots", "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "error: 02-broken: RuntimeError: no such page" in captured.err
    assert "1 of 2 screens failed: 02-broken" in captured.err
    assert "1 screenshots written" in captured.out
    assert [p.name for p in out.iterdir()] == ["01-register.png"]
    check_pngs(out, screens[:1])


@pytest.mark.parametrize("content", [None, b"not a workspace"])
def test_a_workspace_that_cannot_be_read_is_refused(qapp, tmp_path, capsys, content):
    """A missing or foreign --db file: exit 2 with the reason, nothing rendered."""
    db = tmp_path / "other.sqlite"
    if content is not None:
        db.write_bytes(content)
    assert main(["screenshots", "--out", str(tmp_path / "shots"), "--db", str(db)]) == 2
    assert str(db) in capsys.readouterr().err
    assert not (tmp_path / "shots").exists() or not any((tmp_path / "shots").iterdir())
