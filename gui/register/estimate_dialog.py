"""The estimated-value helper: parts add up live, splitting under a threshold is warned."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from core.decisions import CHECKS
from core.errors import ValidationError
from core.money import parse_amount
from core.rules.pack import RulePack
from core.texts import error_text, finding_text, money
from gui.shared.fields import amount_in


class EstimateDialog(QDialog):
    """Yearly or base amount, renewals, options and lots: the total the law counts."""

    def __init__(
        self,
        pack: RulePack,
        launch_date: str | None,
        authority: str,
        contract_type: str,
        lang: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Estimated value"))
        self._pack = pack
        self._base = {
            "launch_date": launch_date,
            "authority": authority,
            "contract_type": contract_type,
        }
        self._lang = lang
        self.total: Decimal | None = None
        self.yearly = QLineEdit()
        self.years = QLineEdit()
        self.base = QLineEdit()
        self.renewals = QSpinBox()
        self.renewals.setRange(0, 20)
        self.options = QPlainTextEdit()
        self.lots = QPlainTextEdit()
        for box in (self.options, self.lots):
            box.setPlaceholderText(self.tr("one per line: label; amount"))
            box.setMaximumHeight(70)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Amount per year"), self.yearly)
        form.addRow(self.tr("Number of years"), self.years)
        form.addRow(self.tr("or amount for the whole term"), self.base)
        form.addRow(self.tr("Renewals"), self.renewals)
        form.addRow(self.tr("Options"), self.options)
        form.addRow(self.tr("Lots"), self.lots)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        for line in (self.yearly, self.years, self.base):
            line.textChanged.connect(self._recompute)
        self.renewals.valueChanged.connect(self._recompute)
        self.options.textChanged.connect(self._recompute)
        self.lots.textChanged.connect(self._recompute)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._recompute()

    def _lines(self, box: QPlainTextEdit, field: str) -> list[dict]:
        out = []
        for number, line in enumerate(box.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            label, _, amount = line.rpartition(";")
            out.append(
                {
                    "label": label.strip() or str(number),
                    "amount": str(amount_in(amount, f"{field} {number}", self._lang)),
                }
            )
        return out

    def _recompute(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.total = None
        try:
            data = dict(
                self._base,
                renewals=self.renewals.value(),
                options=self._lines(self.options, "option"),
                lots=self._lines(self.lots, "lot"),
            )
            for name, line in (("yearly_amount", self.yearly), ("base_amount", self.base)):
                if line.text().strip():
                    data[name] = str(amount_in(line.text(), name, self._lang))
            if self.years.text().strip():
                data["years"] = str(parse_amount(self.years.text(), "years"))
            result = CHECKS["estimate"].run(data, self._pack)
        except ValidationError as exc:
            self.result.setText(error_text(exc, self._lang))
            ok.setEnabled(False)
            return
        self.total = result.total
        lines = [self.tr("Total: %1").replace("%1", money(result.total, self._lang))]
        lines += [finding_text(f, self._lang) for f in result.findings]
        self.result.setText("\n".join(lines))
        ok.setEnabled(True)
