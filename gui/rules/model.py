"""Table model over the rule values in force on a date (one row per parameter)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.dates import format_date
from core.errors import NotCoveredError
from core.rules.pack import RulePack, RuleValue
from core.texts import cite, text
from core.texts.rule_values import value_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
#: the roles :meth:`RulesModel.data` answers (the others are None at once)
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        KEY_ROLE,
    )
)


class RulesModel(QAbstractTableModel):
    """The parameters of a rule pack and the value of each on one date.

    Raw values (dates, confidence rank) are in ``SORT_ROLE``, the parameter key in
    ``KEY_ROLE``; text in ``DisplayRole``.
    """

    COLUMNS = ("rule", "value", "valid_from", "valid_to", "source", "confidence")
    _CONFIDENCE_RANK = {"verified": 0, "convention": 1, "secondary": 2, "unverified": 3}

    def __init__(self, pack: RulePack, on: date, parent=None, lang: str = "en") -> None:
        super().__init__(parent)
        self._pack = pack
        self._on = on
        self._lang = lang
        self._rows: list[tuple[str, RuleValue | None]] = []
        #: each cell's text, made when first asked: a table measures its rows by asking every
        #: cell again (thousands of times for one show of the page)
        self._texts: dict[tuple[int, str], str] = {}
        self._load()

    def _load(self) -> None:
        rows = []
        for key in sorted(self._pack.params):
            try:
                value = self._pack.in_force(key, self._on)
            except NotCoveredError:
                value = None
            rows.append((key, value))
        self._rows = rows
        self._texts = {}

    def set_date(self, on: date) -> None:
        """Show the values in force on another date."""
        self.beginResetModel()
        self._on = on
        self._load()
        self.endResetModel()

    def set_pack(self, pack: RulePack) -> None:
        """Show another rule pack."""
        self.beginResetModel()
        self._pack = pack
        self._load()
        self.endResetModel()

    def rule_at(self, row: int) -> RuleValue | None:
        """The rule value shown on a row (None: not in force on the date)."""
        return self._rows[row][1]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of parameters."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Rule"),
            self.tr("Value"),
            self.tr("Valid from"),
            self.tr("Valid to"),
            self.tr("Source"),
            self.tr("Confidence"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell contents: text, raw sort value, colour of uncertain rules."""
        if role not in _ANSWERED:  # the view asks a cell for a dozen roles to measure or paint it
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        key, rule = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            cell = (index.row(), column)
            shown = self._texts.get(cell)
            if shown is None:
                shown = self._texts[cell] = self._display(key, rule, column)
            return shown
        if role == SORT_ROLE:
            return self._sort_value(key, rule, column)
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole and rule is not None:
            note = dict(rule.notes).get(self._lang) or rule.note
            return "\n".join(t for t in (self._display(key, rule, column), note, rule.url) if t)
        if role == Qt.ItemDataRole.ForegroundRole and column == "confidence" and rule:
            if rule.confidence == "unverified":
                return QBrush(QColor("#a40000"))
            if rule.confidence == "secondary":
                return QBrush(QColor("#8a5a00"))
        return None

    def _display(self, key: str, rule: RuleValue | None, column: str) -> str:
        if column == "rule":
            return text(self._lang, "param", key)
        if rule is None:
            return self.tr("not in force") if column == "value" else ""
        if column == "value":
            return value_text(key, rule.value, self._lang)
        if column == "valid_from":
            return format_date(rule.valid_from)
        if column == "valid_to":
            return format_date(rule.valid_to) if rule.valid_to else self.tr("open")
        if column == "source":
            return cite(rule.source, self._lang)
        labels = {
            "verified": self.tr("two sources agree"),
            "secondary": self.tr("medium"),
            "unverified": self.tr("low"),
            "convention": self.tr("app convention, not law"),
        }
        return labels[rule.confidence]

    def _sort_value(self, key: str, rule: RuleValue | None, column: str) -> object:
        if column == "rule" or rule is None:
            return self._display(key, rule, "rule")
        if column == "valid_from":
            return rule.valid_from.isoformat()
        if column == "valid_to":
            return rule.valid_to.isoformat() if rule.valid_to else "9999-12-31"
        if column == "confidence":
            return self._CONFIDENCE_RANK[rule.confidence]
        return self._display(key, rule, column)
