"""Bringing another workspace into this one: a buyer's laptop back from a week offline, a
trainer collecting the groups' work.

``plan_merge`` reads the other workspace (refused as opening it would be) and sorts its
tenders, matched by reference as the register tells references apart (exactly, case
included): *new* (only there), *same* (equal in everything the register keeps) and
*conflicts* (both have it, differently), each conflict listed field by field, this
workspace's value against the other's. ``apply_merge`` then adds the new tenders with their
lots, tenderers, decisions and buyer (creating the organisations this workspace lacks: an
organisation is the one with its enterprise number, else with its name) and, for each
conflict, keeps this workspace's tender or takes the other's, as the user chose; nothing is
overwritten without a choice. All of it is one transaction, written through the register's
tables, so the audit triggers log every row as for any edit. ``undo_merge`` gives the
register back as it was, in one transaction too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from core.decisions import compact
from core.errors import ValidationError
from core.store.merge_read import (
    DECISION_FIELDS,
    TENDER_FIELDS,
    Bundle,
    compared,
    open_other,
    organisation_tokens,
    read_bundles,
    rename,
    texts_of,
)
from core.store.rows import Rows, insert
from core.store.workspace import Workspace

#: the user's choice for a conflict
KEEP_MINE, TAKE_THEIRS = "mine", "theirs"
CHOICES = (KEEP_MINE, TAKE_THEIRS)
#: the order conflicts list decisions in
_KINDS = ("procedure", "advance", "bid_compensation", "provisional_ranking", "bond")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Difference:
    """One thing a conflicting tender has differently: ``field`` (a tender column,
    ``buyer_id``, ``lots``, ``tenderers`` or ``decision``), ``item`` (the lot's number, the
    tenderer's name, the decision's kind; empty for a column), ``key`` (the decision input
    that differs; empty for the decision as a whole) and the two values, None where a side
    has none. Values are as stored: cents, ISO dates, codes; a lot is (title, cents), a
    tenderer (status, cents), a decision as a whole (state, date decided)."""

    field: str
    item: str
    mine: object
    theirs: object
    key: str = ""


@dataclass(frozen=True)
class Conflict:
    """A tender both workspaces have, differently."""

    reference: str
    differences: tuple[Difference, ...]


@dataclass
class MergePlan:
    """What a merge of ``other`` would do; ``apply_merge`` does it."""

    other: Path
    new: list[str]
    same: list[str]
    conflicts: list[Conflict]
    theirs: dict[str, Bundle] = field(repr=False)
    mine: dict[str, Bundle] = field(repr=False)
    #: token of an organisation this workspace lacks -> the other workspace's row
    organisations: dict[str, dict] = field(repr=False)
    #: the other workspace's rule texts (reference -> JSON text)
    texts: dict[str, str] = field(repr=False)


@dataclass(frozen=True)
class MergeDone:
    """What a merge changed, for its undo."""

    added: tuple[int, ...]
    #: (tender id, this workspace's tender as it was) for each conflict taken from the other
    taken: tuple[tuple[int, Bundle], ...]
    organisations: tuple[int, ...]

    @property
    def changed(self) -> int:
        """How many tenders the merge added or changed."""
        return len(self.added) + len(self.taken)


def plan_merge(
    mine: Workspace, other_path: str | Path, now: datetime, progress: Progress | None = None
) -> MergePlan:
    """Read ``other_path`` and say what merging it would add, skip and ask (writes nothing).

    Raises ``WorkspaceError`` for a file the app would not open (as opening it says).
    """
    other = open_other(Path(other_path), mine, now)
    with other:
        tokens = organisation_tokens(mine.conn, other.conn)
        first, second = _halves(progress)
        theirs = read_bundles(other.conn, lambda i: tokens.get(i, f"?{i}"), progress=first)
        ours = read_bundles(mine.conn, lambda i: f"m{i}", references=theirs, progress=second)
        needed = {t for b in theirs.values() for t in _organisations(b) if t.startswith("t")}
        orgs = {}
        for org_id, token in tokens.items():
            if token in needed:
                cursor = other.conn.execute("SELECT * FROM organisations WHERE id = ?", [org_id])
                names = [c[0] for c in cursor.description]
                orgs[token] = dict(zip(names, cursor.fetchone(), strict=True))
        texts = texts_of(other.conn)
    names = _names(mine, orgs)
    new, same, conflicts = [], [], []
    for reference in sorted(theirs):
        if reference not in ours:
            new.append(reference)
        elif ours[reference].same_as(theirs[reference]):
            same.append(reference)
        else:
            found = differences(ours[reference], theirs[reference], names)
            conflicts.append(Conflict(reference, found))
    return MergePlan(
        other=Path(other_path),
        new=new,
        same=same,
        conflicts=conflicts,
        theirs={r: theirs[r] for r in new + [c.reference for c in conflicts]},
        mine={c.reference: ours[c.reference] for c in conflicts},
        organisations=orgs,
        texts=texts,
    )


def _halves(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """``progress`` told of two passes of equal length, one after the other."""
    if progress is None:
        return None, None
    return (
        lambda done, total: progress(done, 2 * total),
        lambda done, total: progress(total + done, 2 * total),
    )


def _organisations(bundle: Bundle) -> set[str]:
    return {*([bundle.buyer] if bundle.buyer else []), *bundle.tenderers}


def _names(mine: Workspace, orgs: Mapping[str, dict]) -> Callable[[str], str]:
    """An organisation's name by its token."""
    known = {token: row["name"] for token, row in orgs.items()}

    def name(token: str) -> str:
        if token in known:
            return known[token]
        if token.startswith("m") and token[1:].isdigit():
            row = mine.conn.execute(
                "SELECT name FROM organisations WHERE id = ?", [int(token[1:])]
            ).fetchone()
            if row:
                return row[0]
        return token

    return name


def differences(mine: Bundle, theirs: Bundle, name: Callable[[str], str]) -> tuple:
    """Each field in which two versions of a tender differ, in the order a user reads a
    tender: its fields, buyer, lots, tenderers, decisions."""
    out = [
        Difference(c, "", mine.fields[c], theirs.fields[c])
        for c in TENDER_FIELDS
        if mine.fields[c] != theirs.fields[c]
    ]
    if mine.buyer != theirs.buyer:
        out.append(
            Difference(
                "buyer_id",
                "",
                None if mine.buyer is None else name(mine.buyer),
                None if theirs.buyer is None else name(theirs.buyer),
            )
        )
    for number in sorted(set(mine.lots) | set(theirs.lots)):
        if mine.lots.get(number) != theirs.lots.get(number):
            out.append(
                Difference("lots", str(number), mine.lots.get(number), theirs.lots.get(number))
            )
    for token in sorted(set(mine.tenderers) | set(theirs.tenderers), key=name):
        if mine.tenderers.get(token) != theirs.tenderers.get(token):
            out.append(
                Difference(
                    "tenderers", name(token), mine.tenderers.get(token), theirs.tenderers.get(token)
                )
            )
    kinds = set(mine.decisions) | set(theirs.decisions)
    for kind in sorted(kinds, key=lambda k: (_KINDS.index(k) if k in _KINDS else 99, k)):
        pair = mine.decisions.get(kind), theirs.decisions.get(kind)
        out += _decision_differences(kind, *pair, name)
    return tuple(out)


def _decision_differences(
    kind: str, mine: dict | None, theirs: dict | None, name: Callable[[str], str]
) -> list:
    def whole(d: dict | None) -> tuple | None:
        return None if d is None else (d["state"], d["decided_at"])

    if mine is not None and theirs is not None:
        if compared(mine) == compared(theirs):
            return []
        a, b = compared(mine)["input"], compared(theirs)["input"]
        if isinstance(a, dict) and isinstance(b, dict):
            keys = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
            if keys:
                return [
                    Difference("decision", kind, _named(a.get(k), name), _named(b.get(k), name), k)
                    for k in keys
                ]
    return [Difference("decision", kind, whole(mine), whole(theirs))]


def _named(value: object, name: Callable[[str], str]) -> object:
    """A decision input's list of tenderers with each named by its company's name."""
    if isinstance(value, list):
        return [
            {**r, "id": name(r["id"])} if isinstance(r, dict) and "id" in r else r for r in value
        ]
    return value


class MergeError(ValidationError):
    """A merge asked without a choice for each conflict."""


def apply_merge(
    ws: Workspace,
    plan: MergePlan,
    choices: Mapping[str, str],
    now: datetime,
    progress: Progress | None = None,
) -> MergeDone:
    """Add the new tenders and, per conflict, keep this workspace's version or take the
    other's (``choices``: reference -> ``mine`` or ``theirs``); one transaction."""
    missing = [c.reference for c in plan.conflicts if choices.get(c.reference) not in CHOICES]
    if missing:
        raise MergeError(
            "choices",
            "merge_choice_missing",
            f"choose for each conflict whether to keep this workspace's version or take the "
            f"other's ({len(missing)} without a choice: {', '.join(missing[:5])})",
            {"count": len(missing)},
        )
    taken = [c.reference for c in plan.conflicts if choices[c.reference] == TAKE_THEIRS]
    writer = _Writer(ws, plan, now)
    total, done = len(plan.new) + len(taken), 0
    with ws.transaction():
        added = []
        for reference in plan.new:
            added.append(writer.write(plan.theirs[reference], None))
            done += 1
            if progress:
                progress(done, total)
        replaced = []
        for reference in taken:
            tender_id = plan.mine[reference].tender_id
            writer.write(plan.theirs[reference], tender_id)
            replaced.append((tender_id, plan.mine[reference]))
            done += 1
            if progress:
                progress(done, total)
    return MergeDone(tuple(added), tuple(replaced), tuple(writer.created.values()))


def undo_merge(ws: Workspace, done: MergeDone, now: datetime) -> None:
    """Give the register back as it was before ``done``: the tenders added go, those taken
    from the other workspace are this workspace's again, the organisations made go."""
    writer = _Writer(ws, None, now)
    with ws.transaction():
        for tender_id in done.added:
            ws.db.execute("DELETE FROM tenders WHERE id = ?", [tender_id])
        for tender_id, bundle in done.taken:
            writer.write(bundle, tender_id, keep_ids=True)
        for org_id in done.organisations:
            ws.db.execute(
                "DELETE FROM organisations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tenders "
                "WHERE buyer_id = ?) AND NOT EXISTS (SELECT 1 FROM tenderers WHERE "
                "organisation_id = ?)",
                [org_id, org_id, org_id],
            )


class _Writer(Rows):
    """Writes bundles into a workspace through its tables (the audit triggers log it)."""

    def __init__(self, ws: Workspace, plan: MergePlan | None, now: datetime) -> None:
        super().__init__(ws)
        self.plan = plan
        self.stamp = now.isoformat(timespec="seconds")
        #: token -> id of an organisation made by this merge
        self.created: dict[str, int] = {}
        self.saved_texts: set[str] = set()

    def org(self, token: object) -> object:
        """This workspace's organisation id of a token (made from the other's row when it
        lacks it)."""
        if not isinstance(token, str) or not token:
            return token
        if token[0] == "m" and token[1:].isdigit():
            return int(token[1:])
        if token[0] == "?":
            return int(token[1:]) if token[1:].isdigit() else token[1:]
        if token not in self.created:
            row = dict(self.plan.organisations[token])
            row.update(id=self._next_id("organisations"), created_at=self.stamp)
            row["updated_at"] = self.stamp
            self.db.execute(*insert("organisations", row))
            self.created[token] = row["id"]
        return self.created[token]

    def write(self, bundle: Bundle, tender_id: int | None, keep_ids: bool = False) -> int:
        """Make tender ``tender_id`` (None: a new one) what ``bundle`` says; only what
        differs is written, so the audit log shows what the merge changed."""
        buyer = None if bundle.buyer is None else self.org(bundle.buyer)
        row = {**bundle.fields, "buyer_id": buyer}
        if tender_id is None:
            tender_id = self._next_id("tenders")
            full = {"id": tender_id, "reference": bundle.reference, **row}
            self.db.execute(
                *insert("tenders", {**full, "created_at": self.stamp, "updated_at": self.stamp})
            )
        else:
            current = self._row("tenders", tender_id)
            changed = {k: v for k, v in row.items() if current[k] != v}
            if changed:
                self._update("tenders", tender_id, {**changed, "updated_at": self.stamp})
        self._lots(tender_id, bundle)
        ids = self._tenderers(tender_id, bundle, keep_ids)
        self._decisions(tender_id, bundle, ids)
        return tender_id

    def _lots(self, tender_id: int, bundle: Bundle) -> None:
        rows = self._rows("lots", tender_id)
        now = {r["number"]: (r["title"], r["estimated_value_cents"]) for r in rows}
        if now == bundle.lots:
            return
        self.db.execute("DELETE FROM lots WHERE tender_id = ?", [tender_id])
        for number, (title, cents) in sorted(bundle.lots.items()):
            self.db.execute(
                *insert(
                    "lots",
                    {
                        "tender_id": tender_id,
                        "number": number,
                        "title": title,
                        "estimated_value_cents": cents,
                    },
                )
            )

    def _tenderers(self, tender_id: int, bundle: Bundle, keep_ids: bool) -> dict[str, int]:
        """Make the tender's tenderers the bundle's; returns token -> tenderer id."""
        current = {}
        for r in self._rows("tenderers", tender_id):
            current[f"m{r['organisation_id']}"] = r
        wanted = {self._token(t): (t, v) for t, v in bundle.tenderers.items()}
        for token, r in current.items():
            if token not in wanted:
                self.db.execute("DELETE FROM tenderers WHERE id = ?", [r["id"]])
        ids = {}
        for token, (original, (status, offer)) in wanted.items():
            r = current.get(token)
            if r is not None:
                if (r["status"], r["offer_cents"]) != (status, offer):
                    self._update("tenderers", r["id"], {"status": status, "offer_cents": offer})
                ids[original] = r["id"]
                continue
            kept = bundle.tenderer_ids.get(original) if keep_ids else None
            if (
                kept is None
                or self.db.execute("SELECT 1 FROM tenderers WHERE id = ?", [kept]).fetchone()
            ):
                kept = self._next_id("tenderers")
            self.db.execute(
                *insert(
                    "tenderers",
                    {
                        "id": kept,
                        "tender_id": tender_id,
                        "organisation_id": int(token[1:]),
                        "status": status,
                        "offer_cents": offer,
                    },
                )
            )
            ids[original] = kept
        return ids

    def _token(self, token: str) -> str:
        """The token of this workspace's organisation for a bundle's token."""
        return f"m{self.org(token)}"

    def _decisions(self, tender_id: int, bundle: Bundle, ids: Mapping[str, int]) -> None:
        current = {r["kind"]: r for r in self._rows("decisions", tender_id)}
        for kind, r in current.items():
            if kind not in bundle.decisions:
                self.db.execute("DELETE FROM decisions WHERE id = ?", [r["id"]])
        for kind, decision in bundle.decisions.items():
            plain = rename(kind, decision, lambda t: self._tenderer(t, ids), self.org)
            row = {
                "tender_id": tender_id,
                "kind": kind,
                "input_json": _dumps(plain["input"]),
                "result_json": _dumps(plain["result"]),
                "used_json": _dumps(plain["used"]),
                **{k: plain[k] for k in DECISION_FIELDS[3:]},
            }
            self._texts(plain["result"])
            old = current.get(kind)
            if old is None:
                self.db.execute(*insert("decisions", row))
                continue
            changed = {k: v for k, v in row.items() if not _same(k, old[k], v)}
            if changed:
                self._update("decisions", old["id"], changed)

    @staticmethod
    def _tenderer(token: object, ids: Mapping[str, int]) -> object:
        if token in ids:
            return ids[token]
        if isinstance(token, str) and token.startswith("?"):
            return int(token[1:]) if token[1:].isdigit() else token[1:]
        return token

    def _texts(self, result: object) -> None:
        """Keep the rule texts a decision refers to (taken from the other workspace)."""
        if self.plan is None or not isinstance(result, dict):
            return
        for ref in compact.refs_of(result) - self.saved_texts:
            if ref in self.plan.texts:
                self.db.execute(
                    "INSERT OR IGNORE INTO rule_texts(ref, body) VALUES (?, ?)",
                    [ref, self.plan.texts[ref]],
                )
            self.saved_texts.add(ref)


def _dumps(value: object) -> str:
    return value if isinstance(value, str) else compact.dumps(value)


def _same(column: str, old: object, new: object) -> bool:
    if old == new:
        return True
    if not column.endswith("_json"):
        return False
    try:
        return json.loads(old) == json.loads(new)
    except (TypeError, ValueError):
        return False
