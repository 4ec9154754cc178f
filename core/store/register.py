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
from core.rules import bundled_pack
from core.rules.pack import RulePack
from core.store import organisations, records
from core.store.model import Tender, Tenderer
from core.store.organisation_ops import OrganisationOps
from core.store.records import OutOfStep, StoredDecision
from core.store.rows import insert
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


@dataclass(frozen=True)
class DeletedTender:
    """Everything a tender delete removed, so that it can be undone."""

    tender: dict
    lots: list[dict]
    tenderers: list[dict]
    decisions: list[dict]


class Register(OrganisationOps):
    """The tenders, organisations and decisions of one open workspace."""

    def __init__(self, workspace: Workspace, pack: RulePack) -> None:
        super().__init__(workspace)
        self.pack = pack

    # -- tenders -------------------------------------------------------------------------
    def add_tender(self, data: Mapping | Tender, now: datetime) -> int:
        """Store a new tender; returns its id."""
        tender = data if isinstance(data, Tender) else Tender.from_mapping(data)
        stamp = now.isoformat(timespec="seconds")
        with self.ws.transaction():
            self._unique_reference(tender)
            row = {"id": self._next_id("tenders"), **tender.to_row()}
            cursor = self.db.execute(
                *insert("tenders", {**row, "created_at": stamp, "updated_at": stamp})
            )
            return cursor.lastrowid

    def update_tender(self, tender_id: int, data: Mapping, now: datetime) -> list[str]:
        """Change a tender: the fields ``data`` names, the others are kept.

        The stored decisions whose input changed are recomputed. Returns the kinds of the
        decisions that were recomputed, became invalid or are now out of step.
        """
        with self.ws.transaction():
            current = self.tender(tender_id)
            merged = {**current.to_mapping(), **data, "id": tender_id}
            if merged["procedure"] != current.procedure and "procedure_basis" not in data:
                merged["procedure_basis"] = None  # a ground belongs to its procedure
            tender = Tender.from_mapping(merged)
            self._unique_reference(tender)
            self._refuse_buyer_as_tenderer(tender_id, tender.buyer_id)
            row = {**tender.to_row(), "updated_at": now.isoformat(timespec="seconds")}
            before = self._out_of_step_kinds(tender_id)
            self._update("tenders", tender_id, row)
            return self._recompute(tender, now, before)

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
                    "cannot_restore_reference",
                    f"the tender {deleted.tender['reference']!r} cannot come back: another "
                    f"tender now has its reference",
                    {"reference": deleted.tender["reference"]},
                )
            parties = [t["organisation_id"] for t in deleted.tenderers]
            organisations.refuse_missing(
                self.ws, [deleted.tender["buyer_id"], *parties], deleted.tender["reference"]
            )
            self.db.execute(*insert("tenders", deleted.tender))
            for table, rows in (
                ("lots", deleted.lots),
                ("tenderers", deleted.tenderers),
                ("decisions", deleted.decisions),
            ):
                for row in rows:  # lots and decisions are named by no one: they take new ids
                    kept = row if table == "tenderers" else {k: row[k] for k in row if k != "id"}
                    self.db.execute(*insert(table, kept))
        return deleted.tender["id"]

    def _unique_reference(self, tender: Tender) -> None:
        clash = self.db.execute(
            "SELECT id FROM tenders WHERE reference = ? AND id IS NOT ?",
            [tender.reference, tender.id],
        ).fetchone()
        if clash:
            raise ValidationError(
                "reference",
                "duplicate_reference",
                f"another tender already has the reference {tender.reference!r}",
                {"reference": tender.reference},
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
                self.db.execute(*insert("lots", row))

    def add_tenderer(self, data: Mapping, now: datetime | None = None) -> int:
        """Add a tenderer to a tender (decisions using the tenderers are recomputed)."""
        tenderer = Tenderer.from_mapping(data)
        with self.ws.transaction():
            self._check_tenderer(tenderer)
            before = self._out_of_step_kinds(tenderer.tender_id)
            row = {"id": self._next_id("tenderers"), **_tenderer_row(tenderer)}
            cursor = self.db.execute(*insert("tenderers", row))
            self._recompute(self.tender(tenderer.tender_id), now, before)
            return cursor.lastrowid

    def update_tenderer(
        self, tenderer_id: int, data: Mapping, now: datetime | None = None
    ) -> list[str]:
        """Change a tenderer: the fields ``data`` names (status, offer), the others are kept.

        Returns the kinds of the decisions recomputed, made invalid or now out of step.
        """
        with self.ws.transaction():
            current = self.tenderer(tenderer_id)
            tenderer = Tenderer.from_mapping({**current.to_mapping(), **data, "id": tenderer_id})
            if tenderer.tender_id != current.tender_id:
                raise ValidationError(
                    "tender_id", "fixed", "a tenderer cannot move to another tender"
                )
            self._check_tenderer(tenderer)
            before = self._out_of_step_kinds(tenderer.tender_id)
            self._update("tenderers", tenderer_id, _tenderer_row(tenderer))
            return self._recompute(self.tender(tenderer.tender_id), now, before)

    def remove_tenderer(self, tenderer_id: int, now: datetime | None = None) -> list[str]:
        """Take a tenderer off its tender; returns the decisions recomputed or out of step."""
        with self.ws.transaction():
            current = self.tenderer(tenderer_id)
            before = self._out_of_step_kinds(current.tender_id)
            self.db.execute("DELETE FROM tenderers WHERE id = ?", [tenderer_id])
            return self._recompute(self.tender(current.tender_id), now, before)

    def tenderer(self, tenderer_id: int) -> Tenderer:
        """One tenderer (with its company's name)."""
        row = self._row("tenderers", tenderer_id)
        org = self.organisation(row["organisation_id"])
        return _tenderer(row, org.name)

    def _check_tenderer(self, tenderer: Tenderer) -> None:
        """A tenderer of an existing tender, a known company, not twice, not the buyer."""
        tender = self.tender(tenderer.tender_id)
        self._row("organisations", tenderer.organisation_id)
        clash = self.db.execute(
            "SELECT id FROM tenderers WHERE tender_id = ? AND organisation_id = ? AND id IS NOT ?",
            [tenderer.tender_id, tenderer.organisation_id, tenderer.id],
        ).fetchone()
        if clash:
            raise ValidationError(
                "organisation_id",
                "duplicate_tenderer",
                "this company is already a tenderer of the tender",
            )
        if tender.buyer_id is not None and tenderer.organisation_id == tender.buyer_id:
            raise ValidationError(
                "organisation_id",
                "buyer_as_tenderer",
                "the buyer of a tender cannot be one of its tenderers",
            )

    def _refuse_buyer_as_tenderer(self, tender_id: int, buyer_id: int | None) -> None:
        if buyer_id is None:
            return
        if self.db.execute(
            "SELECT 1 FROM tenderers WHERE tender_id = ? AND organisation_id = ?",
            [tender_id, buyer_id],
        ).fetchone():
            raise ValidationError(
                "buyer_id",
                "buyer_as_tenderer",
                "this organisation is a tenderer of the tender: the buyer cannot be one",
            )

    def tenderers(self, tender_id: int) -> list[Tenderer]:
        """The tenderers of a tender with their names, by name."""
        rows = self.db.execute(
            "SELECT t.*, o.name FROM tenderers t JOIN organisations o "
            "ON o.id = t.organisation_id WHERE t.tender_id = ? ORDER BY o.name, t.id",
            [tender_id],
        ).fetchall()
        return [
            _tenderer(
                {"id": r[0], "tender_id": r[1], "organisation_id": r[2], "status": r[3]}
                | {"offer_cents": r[4]},
                r[5],
            )
            for r in rows
        ]

    # -- decisions -----------------------------------------------------------------------
    def decide(
        self,
        tender_id: int,
        kind: str,
        data: Mapping,
        now: datetime,
        facts: Mapping[str, str] | None = None,
    ) -> StoredDecision:
        """Decide ``kind`` for a tender with ``data``; store input, result, rules and record.

        The record keeps what the decision used from the register beyond its input (the
        winner and its size figures, the procedure and ground chosen, and the ``facts`` the
        buyer gave for that ground): see ``core.store.records``.
        """
        result = CHECKS[kind].run(data, self.pack)
        with self.ws.transaction():
            tender = self.tender(tender_id)
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
                used=records.record(
                    kind, tender, self.tenderers(tender_id), self.organisation, facts
                ),
            )
            self._store(stored)
        return stored

    def decisions(self, tender_id: int) -> list[StoredDecision]:
        """The decisions stored on a tender."""
        from core.store import decision_rows  # not at the start: the first page shows none

        return decision_rows.read(self.db.conn, self._rows("decisions", tender_id), self._packs())

    def _packs(self) -> tuple[RulePack, ...]:
        """The rule packs at hand for rule texts a workspace lacks: the one in use, the
        bundled one."""
        bundled = bundled_pack()
        return (self.pack,) if self.pack is bundled else (self.pack, bundled)

    def out_of_step(self, tender_id: int) -> dict[str, list[OutOfStep]]:
        """For each stored decision of a tender that no longer matches it, what changed."""
        tender = self.tender(tender_id)
        decisions = self.decisions(tender_id)
        if not decisions:  # the tenderers are read only for a decision (adding many: once each)
            return {}
        tenderers = self.tenderers(tender_id)
        out = {}
        for stored in decisions:
            problems = records.out_of_step(stored, tender, tenderers, self.organisation)
            if problems:
                out[stored.kind] = problems
        return out

    def acknowledge(self, tender_id: int, kind: str) -> None:
        """The user has seen a recomputed decision: it is current again."""
        with self.ws.transaction():
            self.db.execute(
                "UPDATE decisions SET state = 'current', problem = '' "
                "WHERE tender_id = ? AND kind = ? AND state = 'recomputed'",
                [tender_id, kind],
            )

    def decision_tenderers(self, tender_id: int) -> list[dict[str, str]]:
        """The tenderers as a bid compensation input, each named by its id."""
        return records.bid_tenderers(self.tenderers(tender_id))

    def decision_offers(self, tender_id: int) -> list[dict[str, str]]:
        """The prices opened as a ranking input, each named by its tenderer's id."""
        return records.ranking_offers(self.tenderers(tender_id))

    def tenderer_names(self, tender_id: int) -> dict[str, str]:
        """How the decisions name each tenderer of a tender (its id) -> its company's name."""
        return {records.tenderer_key(t): t.name for t in self.tenderers(tender_id)}

    def _out_of_step_kinds(self, tender_id: int) -> set[str]:
        return set(self.out_of_step(tender_id))

    def _store(self, stored: StoredDecision) -> None:
        """Insert the decision, or update only what changed (nothing when nothing did)."""
        from core.store import decision_rows

        decision_rows.write(self.db.conn, stored)

    def _recompute(
        self, tender: Tender, now: datetime | None, before: set[str] = frozenset()
    ) -> list[str]:
        """Decide again the stored decisions whose input the change touched.

        Returns their kinds, and those of the decisions the change put out of step with
        their record (which are not decided again: the user must).
        """
        decisions = self.decisions(tender.id)
        if not decisions:  # nothing to decide again, nothing out of step
            return []
        changed = []
        tenderers = self.tenderers(tender.id)
        for stored in decisions:
            if stored.unreadable:  # out of step until taken again: its row is kept as it is
                continue
            new_input = dict(stored.input)
            for key, read in TENDER_INPUTS.items():
                if key in new_input:
                    new_input[key] = read(tender)
            if "tenderers" in new_input:
                new_input["tenderers"] = records.bid_tenderers(tenderers)
            if "offers" in new_input:
                new_input["offers"] = records.ranking_offers(tenderers)
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
            self._store(update)
            changed.append(stored.kind)
        after = self._out_of_step_kinds(tender.id)
        return changed + sorted(after - before - set(changed))

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


def _tenderer(row: Mapping, name: str) -> Tenderer:
    return Tenderer(
        id=row["id"],
        tender_id=row["tender_id"],
        organisation_id=row["organisation_id"],
        status=row["status"],
        offer=None if row["offer_cents"] is None else from_cents(row["offer_cents"]),
        name=name,
    )


def _tenderer_row(t: Tenderer) -> dict[str, object]:
    return {
        "tender_id": t.tender_id,
        "organisation_id": t.organisation_id,
        "status": t.status,
        "offer_cents": None if t.offer is None else to_cents(t.offer),
    }
