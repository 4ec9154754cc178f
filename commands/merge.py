"""``merge --db PATH OTHER``: bring the tenders of another workspace into this one."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TextIO

from core.names import LANGUAGES, MERGE_CHOICES


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Declare ``merge`` on the main parser; ``common`` adds --db, --rules and --config."""
    mg = sub.add_parser(
        "merge",
        parents=[common],
        help="bring the tenders of another workspace into this one (--db): new ones are "
        "added, equal ones skipped, and each that differs is a conflict you choose",
    )
    mg.add_argument("other", metavar="OTHER", help="the other workspace file (only read)")
    mg.add_argument(
        "--dry-run", action="store_true", help="say what would be added, skipped and in conflict"
    )
    mg.add_argument(
        "--take",
        choices=MERGE_CHOICES,
        help="for every conflict: keep this workspace's version (mine) or take the other's "
        "(theirs); without it a merge with conflicts is refused",
    )
    mg.add_argument("--lang", choices=LANGUAGES, help="language (default: the settings')")
    mg.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """0 when merged (or a dry run), 1 when conflicts wait for a choice, 2 when a workspace
    cannot be used. Nothing is written but the merge itself, in one transaction."""
    import sqlite3

    from core.startup import settings_of, workspace_path
    from core.store.merge import apply_merge, plan_merge
    from core.store.workspace import WorkspaceError, open_workspace
    from core.texts import text

    out = out or sys.stdout  # looked up now: tests and callers may replace it
    lang = args.lang or settings_of(args).language
    path, now = workspace_path(args), datetime.now()
    try:
        with open_workspace(path, now=now, read_only=True) as ws:
            plan = plan_merge(ws, args.other, now)
            titles = _titles(ws, plan)
        _show(plan, titles, lang, out)
        if args.dry_run:
            print(text(lang, "merge", "dry_run"), file=out)
            return 0
        if plan.conflicts and not args.take:
            print(text(lang, "merge", "choose", conflicts=len(plan.conflicts)), file=sys.stderr)
            return 1
        with open_workspace(path, now=now, create=False) as ws:
            plan = plan_merge(ws, args.other, now)  # as the file is now, under its lock
            choices = {c.reference: args.take for c in plan.conflicts}
            done = apply_merge(ws, plan, choices, now)
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # a page found damaged while it was read
        print(f"error: could not be read to the end ({exc}); nothing was merged", file=sys.stderr)
        return 2
    kept = len(plan.conflicts) - len(done.taken)
    print(
        text(
            lang,
            "merge",
            "done",
            added=len(done.added),
            taken=len(done.taken),
            kept=kept,
            same=len(plan.same),
        ),
        file=out,
    )
    return 0


def _titles(ws, plan) -> dict[str, str]:  # noqa: ANN001 - a Workspace and a MergePlan
    """Each tender's title as this workspace has it, else as the other has it."""
    titles = {r: str(b.fields["title"]) for r, b in plan.theirs.items()}
    titles.update({r: str(b.fields["title"]) for r, b in plan.mine.items()})
    for reference in plan.same:
        row = ws.conn.execute("SELECT title FROM tenders WHERE reference = ?", [reference])
        titles[reference] = row.fetchone()[0]
    return titles


def _show(plan, titles: dict[str, str], lang: str, out: TextIO) -> None:  # noqa: ANN001
    from core.texts import text
    from core.texts.merge_words import field_label, value_text

    for reference in plan.new:
        print(
            text(lang, "merge", "new_tender", reference=reference, title=titles[reference]),
            file=out,
        )
    for reference in plan.same:
        print(
            text(lang, "merge", "same_tender", reference=reference, title=titles[reference]),
            file=out,
        )
    for conflict in plan.conflicts:
        title = titles[conflict.reference]
        print(text(lang, "merge", "conflict", reference=conflict.reference, title=title), file=out)
        for d in conflict.differences:
            line = text(
                lang,
                "merge",
                "change",
                field=field_label(d, lang),
                mine=value_text(d, d.mine, lang),
                theirs=value_text(d, d.theirs, lang),
            )
            print(f"  {line}", file=out)
    summary = text(
        lang,
        "merge",
        "summary",
        new=len(plan.new),
        same=len(plan.same),
        conflicts=len(plan.conflicts),
        other=plan.other,
    )
    print(summary, file=out)
