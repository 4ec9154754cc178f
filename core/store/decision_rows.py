"""Decision rows: results kept in their stored form, rule texts kept once, unchanged rows unwritten.

A decision's result is stored in the form of ``core.decisions.compact``: what it found, each
rule it applied by key with the value used, and a reference to the rule's text. The texts are
kept once per workspace in ``rule_texts`` (reference -> JSON text), so a decision still reads
back after its rule pack was removed or replaced by a newer one. A reference is the digest of
its text: a text read back is checked against it, and a text that is not in the workspace is
taken from a rule pack at hand (the bundled one, the one in use) only when its digest matches.
A decision whose texts can be found nowhere reads back ``unreadable``: its answer is not shown
(``core.store.records`` says it must be taken again) rather than shown without its rules.

Writing a decision that is already stored with the same input, result, rules, state and record
changes nothing but its date (no audit row, no new row); a changed one is updated in place,
and the audit triggers log the columns, and the keys of its JSON columns, that changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping

from core.decisions import compact
from core.decisions.explain import applied_rule
from core.rules.pack import RulePack
from core.store.records import StoredDecision
from core.store.rows import insert
from core.store.schema import DECISIONS_UPDATE_TRIGGER

#: rule texts read from a workspace or built from a pack, by reference (texts never change:
#: a reference is the digest of its text)
_TEXTS: dict[str, dict] = {}
#: columns compared to tell whether a decision changed (decided_at is not one)
_COMPARED = (
    "input_json",
    "result_json",
    "used_json",
    "pack_id",
    "pack_version",
    "rule_version",
    "state",
    "problem",
)
_JSON = ("input_json", "result_json", "used_json")


def to_row(d: StoredDecision) -> tuple[dict[str, object], dict[str, dict]]:
    """The database row of a stored decision (its result in the stored form) and the rule
    texts it refers to."""
    result, texts = compact.compact(d.kind, d.result, d.input)
    row = {
        "tender_id": d.tender_id,
        "kind": d.kind,
        "input_json": compact.dumps(d.input),
        "result_json": compact.dumps(result),
        "pack_id": d.pack_id,
        "pack_version": d.pack_version,
        "rule_version": d.rule_version,
        "decided_at": d.decided_at,
        "state": d.state,
        "problem": d.problem,
        "used_json": compact.dumps(d.used),
    }
    return row, texts


def write(conn: sqlite3.Connection, d: StoredDecision) -> str:
    """Store ``d`` on its tender: ``inserted``, ``updated`` (the columns that changed),
    ``dated`` (only its date changed) or ``unchanged``. Run inside a transaction."""
    row, texts = to_row(d)
    if not save_texts(conn, texts):  # a reference taken by another text: keep the plain form
        row["result_json"] = compact.dumps(d.result)
    cursor = conn.execute(
        "SELECT * FROM decisions WHERE tender_id = ? AND kind = ?", [d.tender_id, d.kind]
    )
    found = cursor.fetchone()
    if found is None:
        conn.execute(*insert("decisions", row))
        return "inserted"
    old = dict(zip([c[0] for c in cursor.description], found, strict=True))
    changed = {c: row[c] for c in _COMPARED if not _same(c, old[c], row[c])}
    if changed:
        changed["decided_at"] = row["decided_at"]
    elif old["decided_at"] != row["decided_at"]:
        changed = {"decided_at": row["decided_at"]}
    if not changed:
        return "unchanged"
    sets = ", ".join(f"{c} = ?" for c in changed)
    conn.execute(f"UPDATE decisions SET {sets} WHERE id = ?", [*changed.values(), old["id"]])
    return "dated" if list(changed) == ["decided_at"] else "updated"


def _same(column: str, old: object, new: object) -> bool:
    if old == new:
        return True
    if column not in _JSON:
        return False
    try:
        return json.loads(old) == json.loads(new)
    except (TypeError, ValueError):
        return False


def save_texts(
    conn: sqlite3.Connection, texts: Mapping[str, dict], saved: set[str] | None = None
) -> bool:
    """Keep ``texts`` in the workspace; False when a reference is already another text's.

    ``saved``: references known to be in the workspace already (added to as texts are kept).
    """
    for ref, body in texts.items():
        if saved is not None and ref in saved:
            continue
        if _TEXTS.get(ref) == body:
            known = conn.execute("SELECT 1 FROM rule_texts WHERE ref = ?", [ref]).fetchone()
            if known:
                continue
        text = compact.dumps(body)
        conn.execute("INSERT OR IGNORE INTO rule_texts(ref, body) VALUES (?, ?)", [ref, text])
        kept = conn.execute("SELECT body FROM rule_texts WHERE ref = ?", [ref]).fetchone()[0]
        if json.loads(kept) != body:
            return False
        _TEXTS[ref] = body
        if saved is not None:
            saved.add(ref)
    return True


def read(
    conn: sqlite3.Connection, rows: Iterable[Mapping], packs: Iterable[RulePack] = ()
) -> list[StoredDecision]:
    """Stored decisions read back from their rows, results in their plain form.

    The rule texts come from the workspace, else from ``packs`` (checked by their digest); a
    decision whose texts are nowhere is ``unreadable`` with an empty result.
    """
    rows = [dict(r) for r in rows]
    results = [json.loads(r["result_json"]) for r in rows]
    wanted = set().union(*(compact.refs_of(r) for r in results)) if results else set()
    texts = _texts(conn, wanted)
    if wanted - set(texts):
        texts.update(_from_packs(wanted - set(texts), packs))
    out = []
    for row, result in zip(rows, results, strict=True):
        given = json.loads(row["input_json"])
        try:
            plain = compact.expand(row["kind"], result, texts, given)
            missing = ""
        except compact.MissingTextsError:
            plain, missing = {}, f"{row['pack_id']} {row['pack_version']}"
        out.append(
            StoredDecision(
                tender_id=row["tender_id"],
                kind=row["kind"],
                input=given,
                result=plain,
                pack_id=row["pack_id"],
                pack_version=row["pack_version"],
                rule_version=row["rule_version"],
                decided_at=row["decided_at"],
                state=row["state"],
                problem=row["problem"],
                used=json.loads(row.get("used_json") or "{}"),
                unreadable=missing,
            )
        )
    return out


def _texts(conn: sqlite3.Connection, refs: set[str]) -> dict[str, dict]:
    """The texts of ``refs`` the workspace holds (a text that is not its digest is left out)."""
    out = {ref: _TEXTS[ref] for ref in refs if ref in _TEXTS}
    todo = sorted(refs - set(out))
    for at in range(0, len(todo), 500):
        part = todo[at : at + 500]
        marks = ", ".join("?" for _ in part)
        for ref, text in conn.execute(
            f"SELECT ref, body FROM rule_texts WHERE ref IN ({marks})", part
        ):
            body = json.loads(text)
            if compact.digest(body) == ref:
                out[ref] = _TEXTS[ref] = body
    return out


def _from_packs(refs: set[str], packs: Iterable[RulePack]) -> dict[str, dict]:
    """The texts of ``refs`` that a pack's rules give, each checked by its digest."""
    out = {}
    for pack in packs:
        known = pack.memo.get("stored_texts")
        if known is None:
            known = pack.memo["stored_texts"] = _pack_texts(pack)
        out.update({ref: known[ref] for ref in refs if ref in known})
    return out


def _pack_texts(pack: RulePack) -> dict[str, dict]:
    """Every text a decision under ``pack`` can refer to, by reference.

    A basis's applied value is the ceiling a decision used: its text does not hold it.
    """
    bodies = []
    for periods in pack.params.values():
        for period in periods:
            a = applied_rule(period.key, period, None).to_dict()
            bodies.append({k: v for k, v in a.items() if k not in ("rule", "value")})
            bodies.append({k: v for k, v in a.items() if k != "rule"})
    for basis in pack.bases:
        a = applied_rule(f"basis:{basis.id}", basis, None).to_dict()
        bodies.append({k: v for k, v in a.items() if k not in ("rule", "value")})
        bodies.append({k: v for k, v in a.items() if k != "rule"})
        bodies.append(
            {"basis": basis.id, "source": basis.source, "confidence": basis.confidence}
            | {"ground": basis.ground}
        )
    return {compact.digest(b): b for b in bodies}


def convert(conn: sqlite3.Connection) -> None:
    """Schema 3: put every stored decision in the stored form, its texts in rule_texts.

    A format change, not a change of any decision: the update trigger is off meanwhile, so
    the audit log gets no row. A result that would not come back the same is kept as it is.
    Runs inside the migration's transaction.
    """
    conn.execute("DROP TRIGGER decisions_audit_update")
    saved: set[str] = set()
    rows = conn.execute("SELECT id, kind, input_json, result_json, used_json FROM decisions")
    for decision_id, kind, input_json, result_json, used_json in rows.fetchall():
        try:
            given, result = json.loads(input_json), json.loads(result_json)
        except ValueError:
            continue  # unreadable before: left as it is
        if not isinstance(given, dict) or not isinstance(result, dict):
            continue
        stored, texts = compact.compact(kind, result, given)
        if texts and not save_texts(conn, texts, saved):
            stored = result
        conn.execute(
            "UPDATE decisions SET input_json = ?, result_json = ?, used_json = ? WHERE id = ?",
            [
                compact.dumps(given),
                compact.dumps(stored),
                _redump(used_json),
                decision_id,
            ],
        )
    conn.execute(DECISIONS_UPDATE_TRIGGER.split("\n", 1)[1])


def _redump(text: str) -> str:
    try:
        return compact.dumps(json.loads(text))
    except ValueError:
        return text
