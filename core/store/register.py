"""Operations on the register: every change in one transaction, logged by the audit triggers.

Decisions stored on a tender keep the input they were computed from; when a tender field that
input used changes, the decision is recomputed with the rule pack and flagged ``recomputed``
(or ``invalid`` with the reason, when the new input cannot be decided).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation

from core.decisions import CHECKS, inputs
from core.errors import ValidationError
from core.money import from_cents, to_cents
from core.rules.pack import RulePack
from core.store import organisations
from core.store.model import Organisation, Tender, Tenderer
from core.store.workspace import Workspace

#: decision input key -> how to read it from a tender row
TENDER_INPUTS = {
    "launch_date": lambda t: t.launch_date.isoformat(),
    "authority": lambda t: t.authority,
    "contract_type": lambda t: t.contract_type,
    "estimated_value_excl_vat": lambda t: f"{t.estimated_value:.2f}",
    "procedure": lambda t: t.procedure,
    "price_only": lambda t: t.price_only,
    "required_items": lambda t: list(t.required_items),
}


#: tenderer status in the register -> status in a bid compensation decision
DECISION_STATUS = {
    "submitted": "not_selected",
    "winner": "winner",
    "not_selected": "not_selected",
    "substantially_irregular": "substantially_irregular",
    "unacceptable": "unacceptable",
}


@dataclass(frozen=True)
class StoredDecision:
    """A decision kept on a tender: its input, its result, the rules used, its state."""

    tender_id: int
    kind: str
    input: dict
    result: dict
    pack_id: str
    pack_version: str
    rule_version: str
    decided_at: str
    state: str
    problem: str = ""


@dataclass(frozen=True)
class DeletedOrganisation:
    """The row an organisation delete removed, so that it can be undone."""

    row: dict


@dataclass(frozen=True)
class DeletedTender:
    """Everything a tender delete removed, so that it can be undone."""

    tender: dict
    lots: list[dict]
    tenderers: list[dict]
    decisions: list[dict]


class Register:
    """The tenders, organisations and decisions of one open workspace."""

    def __init__(self, workspace: Workspace, pack: RulePack) -> None:
        self.ws = workspace
        self.db = workspace.db
        self.pack = pack

    # -- organisations -------------------------------------------------------------------
    def add_organisation(self, data: Mapping | Organisation, now: datetime) -> int:
        """Store a new organisation; returns its id."""
        org = data if isinstance(data, Organisation) else Organisation.from_mapping(data)
        stamp = now.isoformat(timespec="seconds")
        with self.ws.transaction():
            self._unique_enterprise(org)
            row = {**org.to_row(), "created_at": stamp, "updated_at": stamp}
            cursor = self.db.execute(
                *_insert("organisations", {"id": organisations.next_id(self.ws), **row})
            )
            return cursor.lastrowid

    def update_organisation(self, org_id: int, data: Mapping, now: datetime) -> None:
        """Change an organisation (the search index follows its new name)."""
        org = Organisation.from_mapping({**data, "id": org_id})
        with self.ws.transaction():
            self._row("organisations", org_id)
            self._unique_enterprise(org)
            row = {**org.to_row(), "updated_at": now.isoformat(timespec="seconds")}
            self._update("organisations", org_id, row)

    def organisation(self, org_id: int) -> Organisation:
        """One organisation."""
        return Organisation.from_row(self._row("organisations", org_id))

    def delete_organisation(self, org_id: int) -> DeletedOrganisation:
        """Delete an organisation no tender uses (else InUseError says which tenders do)."""
        with self.ws.transaction():
            row = dict(self._row("organisations", org_id))
            organisations.refuse_if_used(self.ws, org_id, row["name"])
            self.db.execute("DELETE FROM organisations WHERE id = ?", [org_id])
        return DeletedOrganisation(row)

    def restore_organisation(self, deleted: DeletedOrganisation) -> int:
        """Undo a delete: the organisation comes back with its id, unless another one took
        its enterprise number (or, after a bulk import, its id) meanwhile."""
        with self.ws.transaction():
            organisations.refuse_restore_clash(self.ws, deleted.row)
            self.db.execute(*_insert("organisations", deleted.row))
        return deleted.row["id"]

    def organisation_choices(self) -> list[tuple[int, str]]:
        """Every organisation as (id, name), by name: for the buyer and tenderer lists."""
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE, id"
            ).fetchall()
        ]

    def _unique_enterprise(self, org: Organisation) -> None:
        if not org.enterprise_number:
            return
        clash = self.db.execute(
            "SELECT id, name FROM organisations WHERE enterprise_number = ? AND id IS NOT ?",
            [org.enterprise_number, org.id],
        ).fetchone()
        if clash:
            raise ValidationError(
                "enterprise_number", "duplicate", f"{org.enterprise_number} is already {clash[1]!r}"
            )

    # -- tenders -------------------------------------------------------------------------
    def add_tender(self, data: Mapping | Tender, now: datetime) -> int:
        """Store a new tender; returns its id."""
        tender = data if isinstance(data, Tender) else Tender.from_mapping(data)
        stamp = now.isoformat(timespec="seconds")
        with self.ws.transaction():
            self._unique_reference(tender)
            cursor = self.db.execute(
                *_insert("tenders", {**tender.to_row(), "created_at": stamp, "updated_at": stamp})
            )
            return cursor.lastrowid

    def update_tender(self, tender_id: int, data: Mapping, now: datetime) -> list[str]:
        """Change a tender; recompute the stored decisions whose input changed.

        Returns the kinds of the decisions that were recomputed or became invalid.
        """
        tender = Tender.from_mapping({**data, "id": tender_id})
        with self.ws.transaction():
            self._row("tenders", tender_id)
            self._unique_reference(tender)
            row = {**tender.to_row(), "updated_at": now.isoformat(timespec="seconds")}
            self._update("tenders", tender_id, row)
            return self._recompute(tender, now)

    def tender(self, tender_id: int) -> Tender:
        """One tender."""
        return Tender.from_row(self._row("tenders", tender_id))

    def delete_tender(self, tender_id: int) -> DeletedTender:
        """Delete a tender with its lots, tenderers and decisions; returns what undo needs."""
        with self.ws.transaction():
            snapshot = DeletedTender(
                tender=dict(self._row("tenders", tender_id)),
                lots=self._rows("lots", tender_id),
                tenderers=self._rows("tenderers", tender_id),
                decisions=self._rows("decisions", tender_id),
            )
            self.db.execute("DELETE FROM tenders WHERE id = ?", [tender_id])
        return snapshot

    def restore_tender(self, deleted: DeletedTender) -> int:
        """Undo a delete: put the tender and everything it had back, with the same ids."""
        with self.ws.transaction():
            clash = self.db.execute(
                "SELECT id FROM tenders WHERE reference = ? OR id = ?",
                [deleted.tender["reference"], deleted.tender["id"]],
            ).fetchone()
            if clash:
                raise ValidationError(
                    "reference",
                    "duplicate",
                    f"the tender {deleted.tender['reference']!r} cannot come back: another "
                    f"tender now has its reference",
                )
            parties = [t["organisation_id"] for t in deleted.tenderers]
            organisations.refuse_missing(
                self.ws, [deleted.tender["buyer_id"], *parties], deleted.tender["reference"]
            )
            self.db.execute(*_insert("tenders", deleted.tender))
            for table, rows in (
                ("lots", deleted.lots),
                ("tenderers", deleted.tenderers),
                ("decisions", deleted.decisions),
            ):
                for row in rows:
                    self.db.execute(*_insert(table, row))
        return deleted.tender["id"]

    def _unique_reference(self, tender: Tender) -> None:
        clash = self.db.execute(
            "SELECT id FROM tenders WHERE reference = ? AND id IS NOT ?",
            [tender.reference, tender.id],
        ).fetchone()
        if clash:
            raise ValidationError(
                "reference",
                "duplicate",
                f"another tender already has the reference {tender.reference!r}",
            )

    # -- lots and tenderers --------------------------------------------------------------
    def lots(self, tender_id: int) -> list[dict[str, object]]:
        """The lots of a tender by number: number, title, estimated value."""
        return [
            {
                "number": r["number"],
                "title": r["title"],
                "estimated_value": from_cents(r["estimated_value_cents"]),
            }
            for r in sorted(self._rows("lots", tender_id), key=lambda r: r["number"])
        ]

    def set_lots(self, tender_id: int, lots: list[Mapping]) -> None:
        """Replace the lots of a tender (number, title, estimated value)."""
        rows = []
        for index, lot in enumerate(lots, start=1):
            value = inputs.amount(lot, "estimated_value", allow_zero=True)
            rows.append(
                {
                    "tender_id": tender_id,
                    "number": lot.get("number", index),
                    "title": str(lot.get("title", "")).strip(),
                    "estimated_value_cents": to_cents(value),
                }
            )
        with self.ws.transaction():
            self._row("tenders", tender_id)
            self.db.execute("DELETE FROM lots WHERE tender_id = ?", [tender_id])
            for row in rows:
                self.db.execute(*_insert("lots", row))

    def add_tenderer(self, data: Mapping, now: datetime | None = None) -> int:
        """Add a tenderer to a tender (decisions using the tenderers are recomputed)."""
        tenderer = Tenderer.from_mapping(data)
        with self.ws.transaction():
            self._row("tenders", tenderer.tender_id)
            self._row("organisations", tenderer.organisation_id)
            clash = self.db.execute(
                "SELECT id FROM tenderers WHERE tender_id = ? AND organisation_id = ?",
                [tenderer.tender_id, tenderer.organisation_id],
            ).fetchone()
            if clash:
                raise ValidationError(
                    "organisation_id",
                    "duplicate",
                    "this company is already a tenderer of the tender",
                )
            cursor = self.db.execute(*_insert("tenderers", _tenderer_row(tenderer)))
            self._recompute(self.tender(tenderer.tender_id), now)
            return cursor.lastrowid

    def update_tenderer(
        self, tenderer_id: int, data: Mapping, now: datetime | None = None
    ) -> list[str]:
        """Change a tenderer's status or offer; returns the decisions recomputed."""
        current = self._row("tenderers", tenderer_id)
        tenderer = Tenderer.from_mapping({**dict(current), **data, "id": tenderer_id})
        with self.ws.transaction():
            self._update("tenderers", tenderer_id, _tenderer_row(tenderer))
            return self._recompute(self.tender(tenderer.tender_id), now)

    def remove_tenderer(self, tenderer_id: int, now: datetime | None = None) -> list[str]:
        """Take a tenderer off its tender; returns the decisions recomputed."""
        current = self._row("tenderers", tenderer_id)
        with self.ws.transaction():
            self.db.execute("DELETE FROM tenderers WHERE id = ?", [tenderer_id])
            return self._recompute(self.tender(current["tender_id"]), now)

    def tenderers(self, tender_id: int) -> list[Tenderer]:
        """The tenderers of a tender with their names, by name."""
        rows = self.db.execute(
            "SELECT t.*, o.name FROM tenderers t JOIN organisations o "
            "ON o.id = t.organisation_id WHERE t.tender_id = ? ORDER BY o.name, t.id",
            [tender_id],
        ).fetchall()
        return [
            Tenderer(
                id=r[0],
                tender_id=r[1],
                organisation_id=r[2],
                status=r[3],
                offer=None if r[4] is None else from_cents(r[4]),
                name=r[5],
            )
            for r in rows
        ]

    # -- decisions -----------------------------------------------------------------------
    def decide(self, tender_id: int, kind: str, data: Mapping, now: datetime) -> StoredDecision:
        """Decide ``kind`` for a tender with ``data`` and store input, result and rules."""
        result = CHECKS[kind].run(data, self.pack)
        stored = StoredDecision(
            tender_id=tender_id,
            kind=kind,
            input=json.loads(json.dumps(data, default=str)),
            result=json.loads(json.dumps(result.to_dict(), default=str)),
            pack_id=self.pack.stored_id,
            pack_version=self.pack.stored_version,
            rule_version=result.rule_version,
            decided_at=now.isoformat(timespec="seconds"),
            state="current",
        )
        with self.ws.transaction():
            self._row("tenders", tender_id)
            self.db.execute(
                "DELETE FROM decisions WHERE tender_id = ? AND kind = ?", [tender_id, kind]
            )
            self.db.execute(*_insert("decisions", _decision_row(stored)))
        return stored

    def decisions(self, tender_id: int) -> list[StoredDecision]:
        """The decisions stored on a tender."""
        return [_decision(dict(r)) for r in self._rows("decisions", tender_id)]

    def acknowledge(self, tender_id: int, kind: str) -> None:
        """The user has seen a recomputed decision: it is current again."""
        with self.ws.transaction():
            self.db.execute(
                "UPDATE decisions SET state = 'current', problem = '' "
                "WHERE tender_id = ? AND kind = ? AND state = 'recomputed'",
                [tender_id, kind],
            )

    def decision_tenderers(self, tender_id: int) -> list[dict[str, str]]:
        """The tenderers as a decision input (see ``_named_tenderers``).

        An offer not yet judged ('submitted') counts as not selected.
        """
        return [
            {"id": name, "status": DECISION_STATUS[t.status]}
            for t, name in self._named_tenderers(tender_id)
        ]

    def decision_offers(self, tender_id: int) -> list[dict[str, str]]:
        """The prices opened, as a ranking input; tenderers without a price left out."""
        return [
            {"id": name, "offer": f"{t.offer:.2f}"}
            for t, name in self._named_tenderers(tender_id)
            if t.offer is not None
        ]

    def _named_tenderers(self, tender_id: int) -> list[tuple[Tenderer, str]]:
        return decision_names(self.tenderers(tender_id))

    def _recompute(self, tender: Tender, now: datetime | None) -> list[str]:
        changed = []
        for stored in self.decisions(tender.id):
            new_input = dict(stored.input)
            for key, read in TENDER_INPUTS.items():
                if key in new_input:
                    new_input[key] = read(tender)
            if "tenderers" in new_input:
                new_input["tenderers"] = self.decision_tenderers(tender.id)
            if "offers" in new_input:
                new_input["offers"] = self.decision_offers(tender.id)
            if all(_same(stored.input[k], new_input[k]) for k in new_input):
                continue
            try:
                result = CHECKS[stored.kind].run(new_input, self.pack)
            except ValidationError as exc:
                update = replace(stored, input=new_input, state="invalid", problem=str(exc))
            else:
                update = replace(
                    stored,
                    input=json.loads(json.dumps(new_input, default=str)),
                    result=json.loads(json.dumps(result.to_dict(), default=str)),
                    pack_id=self.pack.stored_id,
                    pack_version=self.pack.stored_version,
                    rule_version=result.rule_version,
                    decided_at=now.isoformat(timespec="seconds") if now else stored.decided_at,
                    state="recomputed",
                    problem="",
                )
            self.db.execute(
                "DELETE FROM decisions WHERE tender_id = ? AND kind = ?", [tender.id, stored.kind]
            )
            self.db.execute(*_insert("decisions", _decision_row(update)))
            changed.append(stored.kind)
        return changed

    # -- audit ---------------------------------------------------------------------------
    def history(self, table: str, row_id: int) -> list[dict]:
        """The audit log of one row, oldest first."""
        cursor = self.db.execute(
            "SELECT at, action, field, old_value, new_value FROM audit "
            "WHERE table_name = ? AND row_id = ? ORDER BY id",
            [table, row_id],
        )
        return [
            dict(zip(("at", "action", "field", "old", "new"), r, strict=True))
            for r in cursor.fetchall()
        ]

    # -- helpers -------------------------------------------------------------------------
    def _row(self, table: str, row_id: int) -> Mapping:
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        row = cursor.fetchone()
        if row is None:
            raise ValidationError("id", "not_found", f"no {table[:-1]} with id {row_id}")
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _rows(self, table: str, tender_id: int) -> list[dict]:
        cursor = self.db.execute(
            f"SELECT * FROM {table} WHERE tender_id = ? ORDER BY id", [tender_id]
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def _update(self, table: str, row_id: int, row: Mapping) -> None:
        sets = ", ".join(f"{k} = ?" for k in row)
        self.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), row_id])


def decision_names(tenderers: list[Tenderer]) -> list[tuple[Tenderer, str]]:
    """The tenderers taking part (withdrawn left out), each with the name decisions use.

    The name is the company name (a repeated name gets " (2)"), so stored results and
    documents say who gets what.
    """
    seen: dict[str, int] = {}
    out = []
    for t in tenderers:
        if t.status not in DECISION_STATUS:
            continue
        seen[t.name] = seen.get(t.name, 0) + 1
        out.append((t, t.name if seen[t.name] == 1 else f"{t.name} ({seen[t.name]})"))
    return out


def _same(old: object, new: object) -> bool:
    """Equal values of a decision input; "600000" and "600000.00" are the same amount."""
    if old == new:
        return True
    if isinstance(old, str) and isinstance(new, str):
        try:
            return Decimal(old) == Decimal(new)
        except InvalidOperation:
            return False
    return False


def _insert(table: str, row: Mapping) -> tuple[str, list]:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values())


def _tenderer_row(t: Tenderer) -> dict[str, object]:
    return {
        "tender_id": t.tender_id,
        "organisation_id": t.organisation_id,
        "status": t.status,
        "offer_cents": None if t.offer is None else to_cents(t.offer),
    }


def _decision_row(d: StoredDecision) -> dict[str, object]:
    return {
        "tender_id": d.tender_id,
        "kind": d.kind,
        "input_json": json.dumps(d.input),
        "result_json": json.dumps(d.result),
        "pack_id": d.pack_id,
        "pack_version": d.pack_version,
        "rule_version": d.rule_version,
        "decided_at": d.decided_at,
        "state": d.state,
        "problem": d.problem,
    }


def _decision(row: dict) -> StoredDecision:
    return StoredDecision(
        tender_id=row["tender_id"],
        kind=row["kind"],
        input=json.loads(row["input_json"]),
        result=json.loads(row["result_json"]),
        pack_id=row["pack_id"],
        pack_version=row["pack_version"],
        rule_version=row["rule_version"],
        decided_at=row["decided_at"],
        state=row["state"],
        problem=row["problem"],
    )
