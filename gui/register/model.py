"""Table model over the register: pages fetched from SQL as the user scrolls.

Holds only the rows already shown; a new query (text, filters, sort) resets it. Raw values
(cents, ISO dates) are in ``SORT_ROLE``, formatted text in ``DisplayRole``, the tender id in
``ID_ROLE``. Deadlines that are near or past are coloured and say so in a tooltip.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor

from core.store import search
from core.store.workspace import Workspace
from core.texts import money, text
from gui.shared import roles
from gui.shared.paged_model import PagedSqlModel

NEAR_DAYS = 7


class RegisterModel(PagedSqlModel):
    """The register view: one row per tender, fetched a page at a time."""

    COLUMNS = search.COLUMNS
    ROLES = frozenset({roles.TOOLTIP, roles.TEXT_ALIGNMENT, roles.FOREGROUND})

    def __init__(self, workspace: Workspace, today: date, lang: str = "en", parent=None) -> None:
        self._today = today
        self._lang = lang
        self._statuses: dict[str, str] | None = None  # translated once (see status_labels)
        super().__init__(workspace, search.Query(), parent)

    def search_page(self, query: search.Query) -> list[search.Row]:
        """One page of tenders."""
        return search.search(self._ws, query)

    # -- contents --------------------------------------------------------------------------
    def titles(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Buyer"),
            self.tr("Status"),
            self.tr("Procedure"),
            self.tr("Type"),
            self.tr("Estimate excl. VAT"),
            self.tr("Launched"),
            self.tr("Offers due"),
        )

    def raw(self, row: search.Row, column: str) -> object:
        """Cents, and dates as ISO text."""
        value = getattr(row, column)
        return value.isoformat() if isinstance(value, date) else value

    def role_data(self, row: search.Row, column: str, role: int) -> object:
        """Alignment, deadline colour and tooltip of a cell."""
        if role == roles.TOOLTIP and column in (
            "title",
            "buyer",
            "procedure",
            "contract_type",
        ):
            return self.display(row, column)
        if role == roles.TEXT_ALIGNMENT and column == "estimated_value":
            return roles.ALIGN_RIGHT | roles.ALIGN_VCENTER
        if column == "offers_deadline" and row.offers_deadline:
            state = self.deadline_state(row)
            if role == roles.FOREGROUND and state:
                return QBrush(QColor("#a40000" if state == "past" else "#8a5a00"))
            if role == roles.TOOLTIP and state:
                days = (row.offers_deadline - self._today).days
                return (
                    (
                        self.tr("Deadline passed %n day ago", "", -days)
                        if days == -1
                        else self.tr("Deadline passed %n days ago", "", -days)
                    )
                    if state == "past"
                    else (
                        self.tr("Deadline in %n day", "", days)
                        if days == 1
                        else self.tr("Deadline in %n days", "", days)
                    )
                )
        return None

    def deadline_state(self, row: search.Row) -> str | None:
        """'past' or 'near' for an open tender's offers deadline, else None."""
        if row.offers_deadline is None or row.status not in ("draft", "published"):
            return None
        days = (row.offers_deadline - self._today).days
        if days < 0:
            return "past"
        return "near" if days <= NEAR_DAYS else None

    def display(self, row: search.Row, column: str) -> str:
        """A cell as text."""
        if column == "estimated_value":
            return money(row.estimated_value, self._lang)
        if column in ("launch_date", "offers_deadline"):
            value = getattr(row, column)
            return value.strftime("%d/%m/%Y") if value else ""
        if column == "procedure":
            return text(self._lang, "procedure", row.procedure) if row.procedure else ""
        if column == "contract_type":
            return text(self._lang, "contract_type", row.contract_type)
        if column == "status":
            return self.status_text(row.status)
        return getattr(row, column)

    def status_labels(self) -> dict[str, str]:
        """Every status a tender can have, in words, in the register's order (that of
        ``core.store.model.STATUSES``, which the first page does not import: the status filter
        is filled from these)."""
        if self._statuses is None:
            self._statuses = {
                "draft": self.tr("draft"),
                "published": self.tr("published"),
                "evaluation": self.tr("evaluation"),
                "awarded": self.tr("awarded"),
                "closed": self.tr("closed"),
                "cancelled": self.tr("cancelled"),
            }
        return self._statuses

    def status_text(self, status: str) -> str:
        """A status in words."""
        return self.status_labels().get(status, status)
