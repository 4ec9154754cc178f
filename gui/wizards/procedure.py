"""The procedure-choice wizard: contract basics, special circumstances, the answer, a choice.

Every answer comes from core (the procedure decision and the motivation paragraph); the
wizard stores the decision and the chosen procedure, its one legal ground (a procedure allowed
on two grounds is listed twice) and its motivation on the tender.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.dates import format_date, parse_date
from core.decisions import CHECKS
from core.errors import ValidationError
from core.rules import schema
from core.texts import amount_field, cite, colon, error_text, text
from core.texts.motivation import motivation
from core.texts.verdicts import allowed_line, because, excluded_details, excluded_reason, verdict
from gui.shared.fields import amount_in
from gui.shared.widgets import FittedList, combo, problem_label, set_shown
from gui.wizards.answer_view import Explanation, Foldable, Lines, scrolled, verdict_label, wrapped
from gui.wizards.base import DecisionWizard, InputPage, export_row

#: the special circumstances, by article, as the law groups them
GROUND_GROUPS = (
    ("art. 42", schema.GROUNDS[:9]),
    ("art. 38", schema.GROUNDS[9:14]),
    ("art. 40", schema.GROUNDS[14:]),
)


class BasicsPage(InputPage):
    """The contract: launch date, buyer kind, type and estimated value."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.setTitle(self.tr("The contract"))
        self.setSubTitle(self.tr("The rules in force on the launch date apply."))
        self.launch_date = QLineEdit()
        self.authority = combo([(a, text(lang, "authority", a)) for a in schema.AUTHORITIES])
        self.contract_type = combo(
            [(t, text(lang, "contract_type", t)) for t in schema.CONTRACT_TYPES]
        )
        self.value = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Launch date"), self.launch_date)
        form.addRow(self.tr("Buyer &kind"), self.authority)
        form.addRow(self.tr("Contract &type"), self.contract_type)
        form.addRow(self.tr("&Estimated value excl. VAT"), self.value)
        form.addRow("", self.problem)
        for line in (self.launch_date, self.value):
            line.textChanged.connect(self.completeChanged)

    def read(self) -> dict:
        """The basics as a core request mapping."""
        data = {
            "launch_date": parse_date(self.launch_date.text(), "launch_date").isoformat(),
            "authority": self.authority.currentData(),
            "contract_type": self.contract_type.currentData(),
            "estimated_value_excl_vat": str(
                amount_in(self.value.text(), "estimated_value", self._lang)
            ),
        }
        return data


class GroundsPage(InputPage):
    """Special circumstances: each legal ground other than the value, in one sentence."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Special circumstances"))
        self.setSubTitle(self.tr("Tick what applies to this contract; most contracts have none."))
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.problem)
        for article, grounds in GROUND_GROUPS:
            layout.addWidget(QLabel(f"<b>{article}</b>"))
            for ground in grounds:
                box = QCheckBox(text(lang, "ground", ground))
                box.setToolTip(text(lang, "ground_help", ground))
                help_line = QLabel(text(lang, "ground_help", ground))
                help_line.setWordWrap(True)
                help_line.setStyleSheet("color: #555; margin-left: 22px;")
                layout.addWidget(box)
                layout.addWidget(help_line)
                self.boxes[ground] = box
                box.toggled.connect(self.completeChanged)

        # the repetition ground is argued with the initial contract and its date
        self.initial_contract = QLineEdit()
        self.initial_contract.setPlaceholderText(self.tr("reference or title"))
        self.initial_date = QLineEdit()
        self.initial_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.facts = QWidget()
        facts = QFormLayout(self.facts)
        facts.setContentsMargins(22, 0, 0, 0)
        facts.addRow(self.tr("Initial &contract"), self.initial_contract)
        facts.addRow(self.tr("Concluded &on"), self.initial_date)
        index = layout.indexOf(self.boxes["repetition"]) + 2  # under its help line
        layout.insertWidget(index, self.facts)
        self.boxes["repetition"].toggled.connect(self.facts.setVisible)
        self.facts.setVisible(False)

    def grounds(self) -> list[str]:
        """The grounds ticked."""
        return [g for g, box in self.boxes.items() if box.isChecked()]

    def ground_facts(self) -> dict[str, str]:
        """The facts given for the repetition ground (empty when not ticked or incomplete)."""
        if not self.boxes["repetition"].isChecked() or not self.initial_contract.text().strip():
            return {}
        try:
            day = parse_date(self.initial_date.text(), "initial_date")
        except ValidationError:
            return {}
        return {"initial_contract": self.initial_contract.text().strip(), "initial_date": str(day)}

    def read(self) -> dict:
        """The grounds part of the request."""
        return {"grounds": self.grounds()}


class ResultPage(QWizardPage):
    """The verdict, the allowed procedures to choose from, the excluded ones folded with one
    plain reason each, the uncertain rules as notes, and the motivation of the choice."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._lang = lang
        self.result = None
        self.setTitle(self.tr("What the law allows"))
        self.setSubTitle(
            self.tr("Choose one of the allowed procedures; the motivation follows your choice.")
        )
        self.headline = verdict_label()
        self.reason = wrapped()
        self.problem = problem_label()  # why the input was refused, or the choice not stored
        self.allowed = FittedList()
        self.allowed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.allowed.setWordWrap(True)
        self.allowed.setResizeMode(QListView.ResizeMode.Adjust)
        self.allowed_title = QLabel(self.tr("&Allowed (choose one):"))
        self.allowed_title.setBuddy(self.allowed)
        self.excluded = Foldable()
        self.excluded_lines = Lines("✗")
        self.excluded.body_layout.addWidget(self.excluded_lines)
        self.explanation = Explanation()
        self.motivation = QPlainTextEdit()
        # Tab goes on to the export and Finish (a tab character has no place in a motivation)
        self.motivation.setTabChangesFocus(True)
        self._motivation_edited = False
        content = QWidget()
        details = QVBoxLayout(content)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(4)
        for widget in (self.allowed_title, self.allowed, self.excluded, self.explanation):
            details.addWidget(widget)
        details.addStretch(1)
        self.details = scrolled(content)
        motivation_title = QLabel(self.tr("&Motivation for the decision file (you can edit it):"))
        motivation_title.setBuddy(self.motivation)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for widget in (self.headline, self.reason, self.problem):
            layout.addWidget(widget)
        layout.addWidget(self.details, 1)
        layout.addWidget(motivation_title)
        layout.addWidget(self.motivation)
        # four lines of the paragraph; the user scrolls in it to read or edit the rest
        self.motivation.setFixedHeight(self.motivation.fontMetrics().lineSpacing() * 4 + 12)
        self.pdf_button, buttons = export_row()
        # the same decision as the competent body adopts it
        self.draft_button = QPushButton(self.tr("Save and export the draft decision…"))
        self.draft_button.setEnabled(False)
        buttons.addWidget(self.draft_button)
        layout.addLayout(buttons)
        self.allowed.currentItemChanged.connect(self._on_choice)
        self.allowed.currentItemChanged.connect(self.completeChanged)
        self.motivation.textChanged.connect(self._on_motivation_typed)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Finish once there is an answer and a procedure is chosen."""
        return self.result is not None and self.chosen() is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Decide with what the previous pages say, and show it (or why it cannot be)."""
        wizard = self.wizard()
        try:
            self.request = {**wizard.basics.read(), **wizard.circumstances.read()}
            self.result = CHECKS["procedure"].run(self.request, wizard.register.pack)
        except ValidationError as exc:
            self._refused(error_text(exc, self._lang))
            return
        self.problem.clear()
        lang, r = self._lang, self.result
        self.headline.setText(verdict("procedure", r, lang))
        self.reason.setText(because("procedure", r, lang))
        set_shown(self.details, True)
        self.allowed.clear()
        for option in r.options:
            for basis in option.grounds_used:  # one entry per legal ground the user can argue
                sure = basis.confidence == "verified"
                item = QListWidgetItem(("✓ " if sure else "⚠ ") + allowed_line(option, basis, lang))
                item.setToolTip(
                    str(cite(basis.source, lang))
                    + ("" if sure else "\n" + text(lang, "confidence", basis.confidence))
                )
                item.setData(Qt.ItemDataRole.UserRole, (option.procedure, basis.basis_id))
                self.allowed.addItem(item)
        self.allowed.fit()
        excluded = [o for o in r.options if not o.allowed]
        # each with its plain reason, then its grounds and articles (read by keyboard users
        # too when the section is opened: not only in a tooltip)
        self.excluded_lines.set_lines(
            [
                (
                    f"{text(lang, 'procedure', o.procedure)}{colon(lang)} "
                    + excluded_reason(o, r, lang)
                    + "".join(f"\n{line}" for line in excluded_details(o, lang)),
                    "",
                )
                for o in excluded
            ]
        )
        self.excluded.set_title(self.tr("Not allowed (%1): why").replace("%1", str(len(excluded))))
        set_shown(self.excluded, bool(excluded))
        self.excluded.set_open(False)
        self.explanation.show_result(r, lang)
        self._motivation_edited = False
        self.allowed.setCurrentRow(0)
        self.pdf_button.setEnabled(True)
        self.draft_button.setEnabled(True)
        self.completeChanged.emit()

    def _refused(self, reason: str) -> None:
        """No answer: say why, show nothing else, and keep Finish and the export off."""
        self.result = None
        self.problem.setText(reason)
        for widget in (self.headline, self.reason, self.allowed, self.motivation):
            widget.clear()
        self.explanation.clear()
        self.details.setVisible(False)
        self.pdf_button.setEnabled(False)
        self.draft_button.setEnabled(False)
        self.completeChanged.emit()

    def chosen(self) -> str | None:
        """The procedure the user picked."""
        return self.chosen_ground()[0]

    def chosen_ground(self) -> tuple[str | None, str | None]:
        """The procedure the user picked and the legal ground (basis id) it is picked on."""
        item = self.allowed.currentItem()
        return (None, None) if item is None else tuple(item.data(Qt.ItemDataRole.UserRole))

    def _on_choice(self) -> None:
        procedure, basis = self.chosen_ground()
        if self.result is None or not procedure or self._motivation_edited:
            return
        facts = self.wizard().circumstances.ground_facts()
        try:
            paragraph = motivation(self.result, procedure, self._lang, basis, facts)
        except ValidationError as exc:
            self.problem.setText(error_text(exc, self._lang))
            return
        self.motivation.blockSignals(True)
        self.motivation.setPlainText(paragraph)
        self.motivation.blockSignals(False)

    def _on_motivation_typed(self) -> None:
        self._motivation_edited = True


class ProcedureWizard(DecisionWizard):
    """Choose the award procedure of a tender and store it with its motivation."""

    kind = "procedure"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setWindowTitle(self.tr("Choose the procedure"))
        self.basics = BasicsPage(self.lang)
        self.circumstances = GroundsPage(self.lang)
        self.answer = ResultPage(self.lang)
        for page in (self.basics, self.circumstances, self.answer):
            self.addPage(page)
        self.answer.draft_button.clicked.connect(self._on_draft)
        self.answer.draft_button.setVisible(self.on_finished is None)  # practice: no document
        if self.tender is not None:
            self._prefill()

    def _prefill(self) -> None:
        """The tender's facts on the pages."""
        tender, basics = self.tender, self.basics
        basics.launch_date.setText(format_date(tender.launch_date))
        basics.authority.setCurrentIndex(basics.authority.findData(tender.authority))
        basics.contract_type.setCurrentIndex(basics.contract_type.findData(tender.contract_type))
        basics.value.setText(amount_field(tender.estimated_value, self.lang))

    def _on_draft(self) -> None:
        folder = self.pdf.ask_folder()
        if folder is not None:
            self.export_pdf(folder, document="draft-decision")

    def store(self) -> None:
        """Keep the chosen procedure, its ground and motivation on the tender, and the
        decision with the facts given for that ground."""
        procedure, basis = self.answer.chosen_ground()
        request = self.answer.request
        data = {
            "launch_date": request["launch_date"],
            "authority": request["authority"],
            "contract_type": request["contract_type"],
            "estimated_value": request["estimated_value_excl_vat"],
            "procedure": procedure,
            "procedure_basis": basis,
            "motivation": self.answer.motivation.toPlainText(),
        }
        self.register.update_tender(self.tender_id, data, self._now())
        facts = self.circumstances.ground_facts()
        self.register.decide(self.tender_id, self.kind, request, self._now(), facts)
