"""Reading tenders for a merge: the other workspace opened as the app opens one, and each
tender as a bundle that does not depend on the ids of its file.

A bundle holds a tender's fields, its buyer, lots, tenderers and stored decisions. Its
organisations are named by *tokens* that mean the same in both workspaces: ``m<id>`` is an
organisation of this workspace (for one of the other workspace, the one it matches: by
enterprise number, then by name), ``t<id>`` an organisation of the other workspace that this
one lacks. Tenderers are named by their organisation's token, inside the stored decisions too
(which name a tenderer by its id), so that two bundles compare as they are.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from core.store import backups
from core.store.schema import AUDITED, CURRENT_VERSION
from core.store.workspace import Workspace, WorkspaceError, open_workspace

#: the tender columns a merge compares and copies (the reference matches; the buyer is a token)
TENDER_FIELDS = tuple(c for c in AUDITED["tenders"] if c not in ("reference", "buyer_id"))
#: a decision's columns as a bundle keeps them (input, result, used: JSON values)
DECISION_FIELDS = (
    "input",
    "result",
    "used",
    "pack_id",
    "pack_version",
    "rule_version",
    "decided_at",
    "state",
    "problem",
)
#: the decision input lists that name tenderers, and the result parts that do
_INPUT_LISTS = {"bid_compensation": "tenderers", "provisional_ranking": "offers"}
_CHUNK = 500


@dataclass(frozen=True)
class Bundle:
    """A tender with everything it has, its organisations named by token."""

    reference: str
    fields: dict[str, object]
    buyer: str | None
    #: number -> (title, estimated value in cents)
    lots: dict[int, tuple[str, int]]
    #: organisation token -> (status, offer in cents)
    tenderers: dict[str, tuple[str, int | None]]
    #: kind -> the decision's DECISION_FIELDS (tenderers named by token)
    decisions: dict[str, dict[str, object]]
    #: organisation token -> the tenderer's id in the bundle's own workspace
    tenderer_ids: dict[str, int] = field(default_factory=dict, compare=False)
    #: the tender's id in its own workspace
    tender_id: int = field(default=0, compare=False)

    def same_as(self, other: Bundle) -> bool:
        """Equal in everything the register keeps of a tender (the dates of the decisions
        and of the rows aside)."""
        return (
            self.fields == other.fields
            and self.buyer == other.buyer
            and self.lots == other.lots
            and self.tenderers == other.tenderers
            and {k: compared(d) for k, d in self.decisions.items()}
            == {k: compared(d) for k, d in other.decisions.items()}
        )


def compared(decision: dict[str, object]) -> dict[str, object]:
    """What of a decision tells two apart: all but its date, tenderer lists in one order."""
    out = {k: v for k, v in decision.items() if k != "decided_at"}
    given = out.get("input")
    if isinstance(given, dict):
        given = dict(given)
        for name in _INPUT_LISTS.values():
            if isinstance(given.get(name), list):
                given[name] = sorted(given[name], key=lambda r: json.dumps(r, sort_keys=True))
        out["input"] = given
    return out


def open_other(path: Path, mine: Workspace, now: datetime) -> Workspace:
    """The other workspace, read-only, refused as opening it would be (not a workspace,
    damaged, newer); an older one is brought to this version on a private copy (removed
    when it is closed) through the same migrations as opening it does. The workspace open
    here cannot be merged into itself."""
    path = Path(path)
    if path.exists() and mine.path.exists() and path.resolve() == mine.path.resolve():
        raise WorkspaceError(
            path,
            "same_workspace",
            "is the workspace open here; choose the other workspace to bring in",
            ("choose_other",),
        )
    other = open_workspace(path, now=now, read_only=True)
    version = other.conn.execute("PRAGMA user_version").fetchone()[0]
    if version == CURRENT_VERSION:
        return other
    folder = Path(tempfile.mkdtemp(prefix="tender-desk-merge-"))
    try:
        copy = folder / "other.sqlite"
        try:
            backups.copy_database(other.conn, copy)
        finally:
            other.close()
        migrated = open_workspace(copy, now=now, auto_backup=False)
    except WorkspaceError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise WorkspaceError(
            path, exc.code, f"(schema {version}) {exc.message}", ("choose_other",)
        ) from None
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise WorkspaceError(
            path,
            "damaged",
            f"was made by an older version (schema {version}) and cannot be brought to this "
            f"one: {exc}",
            ("choose_other",),
        ) from None
    migrated.temporary = folder
    return migrated


def organisation_tokens(mine: sqlite3.Connection, other: sqlite3.Connection) -> dict[int, str]:
    """Each organisation of ``other`` (by id) -> its token: ``m<id>`` for the organisation of
    ``mine`` with its enterprise number, else with its name (case and spaces around aside,
    and only one without another number), ``t<id>`` for one ``mine`` lacks."""
    by_number: dict[str, int] = {}
    by_name: dict[str, tuple[int, str | None]] = {}
    for org_id, number, name in mine.execute(
        "SELECT id, enterprise_number, name FROM organisations ORDER BY id"
    ):
        if number:
            by_number[number] = org_id
        by_name.setdefault(name_key(name), (org_id, number))
    tokens = {}
    for org_id, number, name in other.execute(
        "SELECT id, enterprise_number, name FROM organisations"
    ):
        found = by_number.get(number) if number else None
        if found is None:
            named = by_name.get(name_key(name))
            if named is not None and not (number and named[1]):
                found = named[0]
        tokens[org_id] = f"m{found}" if found is not None else f"t{org_id}"
    return tokens


def name_key(name: str) -> str:
    """An organisation's name as a merge compares it."""
    return " ".join(name.split()).casefold()


def read_bundles(
    conn: sqlite3.Connection,
    token: Callable[[int], str],
    references: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Bundle]:
    """The tenders of ``conn`` (those of ``references``, else all) as bundles, by reference;
    ``token`` names an organisation id of ``conn``."""
    if references is None:
        ids = [r[0] for r in conn.execute("SELECT id FROM tenders ORDER BY id")]
    else:
        wanted = list(references)
        ids = []
        for at in range(0, len(wanted), _CHUNK):
            part = wanted[at : at + _CHUNK]
            marks = ", ".join("?" for _ in part)
            ids += [
                r[0]
                for r in conn.execute(f"SELECT id FROM tenders WHERE reference IN ({marks})", part)
            ]
    out: dict[str, Bundle] = {}
    for at in range(0, len(ids), _CHUNK):
        for bundle in _read_part(conn, ids[at : at + _CHUNK], token):
            out[bundle.reference] = bundle
        if progress:
            progress(min(at + _CHUNK, len(ids)), len(ids))
    return out


def _select(conn: sqlite3.Connection, table: str, ids: list[int], key: str) -> list[dict]:
    marks = ", ".join("?" for _ in ids)
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {key} IN ({marks}) ORDER BY id", ids)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _read_part(
    conn: sqlite3.Connection, ids: list[int], token: Callable[[int], str]
) -> list[Bundle]:
    lots: dict[int, dict] = {i: {} for i in ids}
    for r in _select(conn, "lots", ids, "tender_id"):
        lots[r["tender_id"]][r["number"]] = (r["title"], r["estimated_value_cents"])
    parties: dict[int, dict] = {i: {} for i in ids}
    party_ids: dict[int, dict] = {i: {} for i in ids}
    for r in _select(conn, "tenderers", ids, "tender_id"):
        key = token(r["organisation_id"])
        parties[r["tender_id"]][key] = (r["status"], r["offer_cents"])
        party_ids[r["tender_id"]][key] = r["id"]
    decisions: dict[int, dict] = {i: {} for i in ids}
    for r in _select(conn, "decisions", ids, "tender_id"):
        by_id = {str(v): k for k, v in party_ids[r["tender_id"]].items()}
        decisions[r["tender_id"]][r["kind"]] = to_tokens(r, by_id, token)
    out = []
    for r in _select(conn, "tenders", ids, "id"):
        out.append(
            Bundle(
                reference=r["reference"],
                fields={c: r[c] for c in TENDER_FIELDS},
                buyer=None if r["buyer_id"] is None else token(r["buyer_id"]),
                lots=lots[r["id"]],
                tenderers=parties[r["id"]],
                decisions=decisions[r["id"]],
                tenderer_ids=party_ids[r["id"]],
                tender_id=r["id"],
            )
        )
    return out


def _json(text: str | None) -> object:
    try:
        return json.loads(text or "{}")
    except ValueError:
        return text  # kept as it is (an unreadable decision stays unreadable)


def to_tokens(row: dict, tenderer: dict[str, str], org: Callable[[int], str]) -> dict:
    """A decision row with its tenderers (by id) and winner's organisation named by token; an
    id that names no tenderer of the tender is kept, marked ``?``."""
    decision = {
        "input": _json(row["input_json"]),
        "result": _json(row["result_json"]),
        "used": _json(row.get("used_json")),
        **{k: row[k] for k in DECISION_FIELDS[3:]},
    }
    return rename(
        row["kind"],
        decision,
        lambda v: tenderer.get(str(v), f"?{v}"),
        lambda v: org(v) if isinstance(v, int) else v,
    )


def rename(
    kind: str,
    decision: dict,
    tenderer: Callable[[object], object],
    org: Callable[[object], object],
) -> dict:
    """``decision`` with each tenderer it names passed through ``tenderer`` (as text in its
    input and result, as the record keeps it in ``used``), and the winner's organisation
    through ``org``."""
    out = dict(decision)
    given, result, used = out["input"], out["result"], out["used"]
    if kind in _INPUT_LISTS and isinstance(given, dict):
        name = _INPUT_LISTS[kind]
        if isinstance(given.get(name), list):
            given = {**given, name: [_renamed(r, tenderer) for r in given[name]]}
    amounts = result.get("amounts") if isinstance(result, dict) else None
    if kind == "bid_compensation" and isinstance(amounts, dict):
        result = {**result, "amounts": {str(tenderer(k)): v for k, v in amounts.items()}}
    if (
        kind == "provisional_ranking"
        and isinstance(result, dict)
        and isinstance(result.get("places"), list)
    ):
        result = {**result, "places": [_renamed(r, tenderer) for r in result["places"]]}
    if kind == "advance" and isinstance(used, dict) and isinstance(used.get("winner"), dict):
        won = dict(used["winner"])
        if "tenderer_id" in won:
            won["tenderer_id"] = tenderer(won["tenderer_id"])
        if "organisation_id" in won:
            won["organisation_id"] = org(won["organisation_id"])
        used = {**used, "winner": won}
    if kind == "bond" and isinstance(used, dict) and isinstance(used.get("award"), dict):
        award = dict(used["award"])  # the winner whose offer the bond was computed on
        if "tenderer_id" in award:
            award["tenderer_id"] = tenderer(award["tenderer_id"])
        used = {**used, "award": award}
    out.update(input=given, result=result, used=used)
    return out


def _renamed(row: object, tenderer: Callable[[object], object]) -> object:
    if isinstance(row, dict) and "id" in row:
        return {**row, "id": str(tenderer(row["id"]))}
    return row


def texts_of(conn: sqlite3.Connection) -> dict[str, str]:
    """The rule texts a workspace keeps (reference -> JSON text)."""
    return dict(conn.execute("SELECT ref, body FROM rule_texts").fetchall())
