"""Table model over the organisations: pages fetched from SQL as the user scrolls.

Like the register model: only the rows already shown are held, a new query (text, sort)
resets it. Raw values are in ``SORT_ROLE``, formatted text in ``DisplayRole``, the
organisation id in ``ID_ROLE``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.store import organisations
from core.store.workspace import Workspace
from core.texts import text
from gui.shared.paged_model import PagedSqlModel


class OrganisationsModel(PagedSqlModel):
    """The organisations view: one row per organisation, fetched a page at a time."""

    COLUMNS = organisations.COLUMNS
    ROLES = frozenset({Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole})

    def __init__(
        self, workspace: Workspace, lang: str = "en", parent=None, fetch: bool = True
    ) -> None:
        """``fetch=False``: empty until the first ``set_query`` (a page not shown yet)."""
        self._lang = lang
        super().__init__(workspace, organisations.Query(), parent, fetch)

    def search_page(self, query: organisations.Query) -> list[organisations.Row]:
        """One page of organisations."""
        return organisations.search(self._ws, query)

    # -- contents --------------------------------------------------------------------------
    def titles(self) -> tuple[str, ...]:
        """Column titles."""
        return (
            self.tr("Name"),
            self.tr("Enterprise number"),
            self.tr("Role"),
            self.tr("Size class"),
            self.tr("Postcode and city"),
            self.tr("Tenders"),
        )

    def role_data(self, row: organisations.Row, column: str, role: int) -> object:
        """Alignment and tooltip of a cell."""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("role", "tenders"):
                return self.usage_text(row)
            if column == "name":
                return row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "tenders":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: organisations.Row, column: str) -> str:
        """A cell as text."""
        if column == "enterprise_number":
            return f"BE {row.enterprise_number}" if row.enterprise_number else ""
        if column == "role":
            return self.role_text(row.role)
        if column == "size_class":
            return text(self._lang, "size", row.size_class) if row.size_class else ""
        if column == "city":
            return f"{row.postcode} {row.city}".strip()
        if column == "tenders":
            return str(row.tenders)
        return getattr(row, column)

    def role_text(self, role: str) -> str:
        """A role in words."""
        labels = {
            "buyer": self.tr("buyer"),
            "tenderer": self.tr("tenderer"),
            "both": self.tr("buyer and tenderer"),
        }
        return labels.get(role, "")

    def usage_text(self, row: organisations.Row) -> str:
        """How many tenders name it, as buyer and as tenderer."""
        if not row.tenders:
            return self.tr("No tender uses this organisation yet.")
        buyer = (
            self.tr("Buyer of %n tender", "", row.as_buyer)
            if row.as_buyer == 1
            else self.tr("Buyer of %n tenders", "", row.as_buyer)
        )
        tenderer = (
            self.tr("tenderer on %n tender", "", row.as_tenderer)
            if row.as_tenderer == 1
            else self.tr("tenderer on %n tenders", "", row.as_tenderer)
        )
        return f"{buyer}, {tenderer}"
