"""``workshop make|open|reset|exercises|answer|scores``: workshops on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from commands.common import pack_error
from core.errors import RulePackError, ValidationError
from core.names import LANGUAGES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``workshop`` and its actions on the main parser."""
    ws = sub.add_parser("workshop", help="make, open, check and reset workshops")
    acts = ws.add_subparsers(dest="action", required=True)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=LANGUAGES, help="default: the settings' language")
    make = acts.add_parser("make", parents=[common, lang], help="make a workshop file")
    source = make.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="folder", metavar="DIR", help="a prepared folder")
    source.add_argument("--from-db", dest="register", metavar="PATH", help="a register")
    make.add_argument("--out", required=True, metavar="FILE")
    make.add_argument("--force", action="store_true", help="write it even when keys disagree")
    make.add_argument("--exercises", metavar="FILE", help="with --from-db: these exercises")
    make.add_argument("--id", help="with --from-db: the workshop's id")
    make.add_argument("--title", help="with --from-db: its title")
    make.add_argument("--today", metavar="YYYY-MM-DD", help="with --from-db: the rules' date")
    make.add_argument("--language", choices=LANGUAGES, help="with --from-db: its language")
    opened = acts.add_parser("open", parents=[common, lang], help="open a working copy")
    opened.add_argument("file", metavar="FILE")
    opened.add_argument("--fresh", action="store_true", help="replace an existing copy")
    for name, helptext in (
        ("reset", "bring the working copy back to the file's state"),
        ("exercises", "list the exercises with their facts"),
        ("scores", "write the groups' scores as CSV"),
        ("answer", "check a group's answer to an exercise"),
    ):
        act = acts.add_parser(name, parents=[common, lang], help=helptext)
        act.add_argument("workshop", metavar="FILE|ID", help="the workshop file or its id")
        if name == "scores":
            act.add_argument("--out", required=True, metavar="FILE.csv")
        if name == "answer":
            act.add_argument("exercise", metavar="EXERCISE")
            act.add_argument("answer", metavar="ANSWER.json", help='{"input": …, "expect": …}')
            act.add_argument("--group", required=True)
            act.add_argument("--seconds", type=int, help="how long the group took")
    ws.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run one action; exit 0 done (an answer right), 1 an answer wrong or keys disagree,
    2 a file that cannot be used."""
    from core.startup import settings_of
    from core.workshops.errors import WorkshopError

    out = out or sys.stdout
    lang = args.lang or settings_of(args).language
    try:
        return _ACTIONS[args.action](args, lang, out)
    except WorkshopError as exc:
        for outcome in getattr(exc, "outcomes", ()):
            print(outcome.line(), file=sys.stderr)
        print(f"error: {exc.text_in(lang)}", file=sys.stderr)
        return 1 if exc.code == "keys_disagree" else 2
    except RulePackError as exc:
        pack_error(args, exc)
        return 2


def _make(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from datetime import date

    from core.rules import active_pack
    from core.texts import text
    from core.workshops import build

    pack, today = active_pack(args.rules), date.today()
    if args.folder:
        made = build.make_from_folder(Path(args.folder), Path(args.out), pack, today, args.force)
    else:
        meta = {"id": args.id, "title": args.title, "language": args.language, "today": args.today}
        exercises = Path(args.exercises) if args.exercises else None
        made = build.make_from_db(
            Path(args.register), Path(args.out), pack, today, meta, exercises, args.force
        )
    for outcome in made.disagreeing:
        print(text(lang, "workshop", "key_disagrees", line=outcome.line()), file=out)
    if made.disagreeing:
        print(text(lang, "workshop", "made_forced", count=len(made.disagreeing)), file=out)
    title = made.manifest.title_in(lang)
    print(
        text(lang, "workshop", "made", title=title, file=made.path, count=made.exercises), file=out
    )
    return 0


def _open(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from core.texts import text
    from core.workshops import session

    existed = _existing(args.file)
    copy = session.open_workshop(Path(args.file), fresh=args.fresh)
    key = "reopened" if existed and not args.fresh else "opened"
    print(
        text(lang, "workshop", key, title=copy.manifest.title_in(lang), folder=copy.folder),
        file=out,
    )
    print(f"main.py --config {copy.settings}", file=out)
    return 0


def _existing(file: str) -> bool:
    from core.workshops import archive, session
    from core.workshops.errors import WorkshopError

    try:
        manifest, _ = archive.inspect(Path(file))
    except WorkshopError:  # open_workshop says what is wrong with it
        return False
    return (session.workshops_root() / manifest.id / session.ORIGINAL).is_file()


def _copy(ref: str):  # noqa: ANN202 - a core.workshops.session.WorkingCopy
    """The working copy named by a workshop file or by its id."""
    from core.workshops import archive, session

    path = Path(ref)
    if path.suffix == archive.EXTENSION or path.is_file():
        manifest, _ = archive.inspect(path)
        ref = manifest.id
    if not archive.valid_id(ref):
        from core.workshops.errors import WorkshopError

        raise WorkshopError(ref, "no_working_copy")
    return session.load(session.workshops_root() / ref)


def _reset(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from core.texts import text
    from core.workshops import session

    copy = session.reset(_copy(args.workshop).folder)
    print(text(lang, "workshop", "reset_done", title=copy.manifest.title_in(lang)), file=out)
    return 0


def _exercises(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from core.texts import colon, text

    copy = _copy(args.workshop)
    for ex in copy.exercises:
        print(f"{ex.id} — {ex.title_in(lang)}", file=out)
        print(f"  {ex.facts_in(lang) or ex.tender}", file=out)
        if ex.source:
            print(f"  {text(lang, 'workshop', 'source')}{colon(lang)} {ex.source}", file=out)
    return 0


def _answer(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from datetime import datetime

    from core.input_files import InputFileError, loads_json, read_text
    from core.rules import active_pack, load_pack
    from core.texts import colon, error_text, text
    from core.workshops import session
    from core.workshops.answers import check_answer
    from core.workshops.errors import WorkshopError
    from core.workshops.exercises import find

    copy = _copy(args.workshop)
    exercise = find(copy.exercises, args.exercise)
    if exercise is None:
        raise WorkshopError(copy.folder, "no_exercise", id=args.exercise)
    try:
        answer = loads_json(read_text(args.answer))
    except InputFileError as exc:
        print(f"error: {args.answer}: {exc.message}", file=sys.stderr)
        return 2
    pack = load_pack(copy.rules) if copy.rules else active_pack(args.rules)
    try:
        checked = check_answer(exercise, answer if isinstance(answer, dict) else {}, pack, lang)
    except ValidationError as exc:
        print(f"error: {error_text(exc, lang)}", file=sys.stderr)
        return 2
    session.record(copy, args.group, exercise.id, checked.right, datetime.now(), args.seconds)
    print(text(lang, "workshop", "right" if checked.right else "wrong"), file=out)
    for diff in checked.differences:
        print(f"- {diff.what}", file=out)
        print(f"  {text(lang, 'workshop', 'why')}{colon(lang)} {diff.why}", file=out)
        print(f"  {text(lang, 'workshop', 'rules')}{colon(lang)}", file=out)
        for rule in diff.rules:
            print(f"    {rule}", file=out)
    if checked.inputs:
        print(f"{text(lang, 'workshop', 'inputs')}{colon(lang)}", file=out)
        for line in checked.inputs:
            print(f"- {line}", file=out)
    return 0 if checked.right else 1


def _scores(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from core.store.files import write_atomic
    from core.texts import text
    from core.workshops import session

    copy = _copy(args.workshop)
    words = {k: text(lang, "workshop_score", k) for k in session.SCORE_WORDS}
    write_atomic(Path(args.out), session.scores_csv(copy, words).encode("utf-8-sig"))
    print(text(lang, "workshop", "scores_written", file=args.out), file=out)
    return 0


_ACTIONS = {
    "make": _make,
    "open": _open,
    "reset": _reset,
    "exercises": _exercises,
    "answer": _answer,
    "scores": _scores,
}
