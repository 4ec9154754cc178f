"""The register's operations on organisations: add, change, delete (when unused), undo."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from core.errors import ValidationError
from core.store import organisations
from core.store.model import Organisation
from core.store.rows import Rows, insert


@dataclass(frozen=True)
class DeletedOrganisation:
    """The row an organisation delete removed, so that it can be undone."""

    row: dict


class OrganisationOps(Rows):
    """Organisations of an open workspace (the register inherits these)."""

    def add_organisation(self, data: Mapping | Organisation, now: datetime) -> int:
        """Store a new organisation; returns its id."""
        org = data if isinstance(data, Organisation) else Organisation.from_mapping(data)
        stamp = now.isoformat(timespec="seconds")
        with self.ws.transaction():
            self._unique_enterprise(org)
            row = {**org.to_row(), "created_at": stamp, "updated_at": stamp}
            cursor = self.db.execute(
                *insert("organisations", {"id": self._next_id("organisations"), **row})
            )
            return cursor.lastrowid

    def update_organisation(self, org_id: int, data: Mapping, now: datetime) -> None:
        """Change an organisation: the fields ``data`` names, the others are kept.

        The search index follows its new name; an advance decided for it as the winner is out
        of step when its size figures change (see ``out_of_step``).
        """
        with self.ws.transaction():
            current = self.organisation(org_id)
            org = Organisation.from_mapping({**current.to_mapping(), **data, "id": org_id})
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
            self.db.execute(*insert("organisations", deleted.row))
        return deleted.row["id"]

    def organisation_choices(self) -> list[tuple[int, str]]:
        """Every organisation as (id, name), by name: for the tenderer list."""
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE, id"
            ).fetchall()
        ]

    def buyer_choices(self, keep: int | None = None) -> list[tuple[int, str]]:
        """The organisations that can be a tender's buyer, as (id, name), by name: those that
        already buy, and those that never made an offer (a new buyer); not the companies seen
        only as tenderers. ``keep`` (a tender's current buyer) is always in the list."""
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT id, name FROM organisations o WHERE id IS ?"
                " OR EXISTS (SELECT 1 FROM tenders t WHERE t.buyer_id = o.id)"
                " OR NOT EXISTS (SELECT 1 FROM tenderers x WHERE x.organisation_id = o.id)"
                " ORDER BY name COLLATE NOCASE, id",
                [keep],
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
                "enterprise_number",
                "duplicate_enterprise_number",
                f"{org.enterprise_number} is already {clash[1]!r}",
                {"number": org.enterprise_number, "name": clash[1]},
            )
