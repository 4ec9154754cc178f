"""What this tender means for us: one offer's questions answered in plain words, each with
its rules (cited in full) and how sure they are; what is missing is named. Core answers
(``core.company.meaning``, the checks ``main.py decide`` runs); this window only shows."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
)

from core.company.meaning import Facts, Line, facts_of, meaning, rules, words
from core.company.profile import Profile
from core.store.register import Register
from core.texts import error_text, text
from gui.company.our_letters import OurLetters


class MeaningDialog(QDialog):
    """The answers for one of our offers; ``lines`` are core's, ``shown`` the page's text;
    ``letters`` writes our advance and bid-compensation requests from the offer.

    Signals:
        company_asked(): the user wants to fill in My company (a letter's refusal offered it).
    """

    company_asked = Signal()

    def __init__(
        self, register: Register, tenderer_id: int, profile: Profile, lang: str, parent=None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        tender = register.tender(register.tenderer(tenderer_id).tender_id)
        self.setWindowTitle(
            self.tr("What this tender means for us — %1").replace("%1", tender.reference)
        )
        self.facts: Facts = facts_of(register, tenderer_id, profile, register.pack)
        self.lines: list[Line] = meaning(self.facts, register.pack)
        self.shown = QLabel(self.html(tender.title, profile.organisation.name))
        self.shown.setWordWrap(True)
        self.shown.setTextFormat(Qt.TextFormat.RichText)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.shown)
        self.letters = OurLetters(register, tenderer_id, lang, self)
        self.letters.company_asked.connect(self._on_company_asked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Our letters:")))
        row.addWidget(self.letters.advance_button)
        row.addWidget(self.letters.bid_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.resize(900, 640)

    def _on_company_asked(self) -> None:
        self.accept()  # the page of My company is behind this window
        self.company_asked.emit()

    def question(self, topic: str) -> str:
        """The question a line answers, as an SME asks it."""
        return {
            "advance": self.tr("Can we ask an advance, how much, and when is it settled?"),
            "bid_compensation": self.tr("Is a bid compensation due to us if we are not retained?"),
            "ranking": self.tr("Will we be told our provisional place?"),
            "bond": self.tr("What bond must we lodge if we win?"),
            "e_invoicing": self.tr("Must we invoice electronically?"),
        }[topic]

    def html(self, title: str, company: str) -> str:
        """Every question with its answer, rules and confidence, as the window shows it."""
        lang = self._lang
        parts = [
            f"<h2>{escape(title)}</h2><p>"
            + escape(
                self.tr("For %1, from the tender and the company profile.").replace("%1", company)
            )
            + "</p>"
        ]
        for line in self.lines:
            parts.append(f"<h3>{escape(self.question(line.topic))}</h3>")
            if line.note:
                parts.append(f"<p>{escape(text(lang, 'company', line.note))}</p>")
                continue
            if line.missing:
                names = ", ".join(text(lang, "field", name) for name in line.missing)
                parts.append(
                    "<p><b>"
                    + escape(self.tr("Cannot answer yet: missing %1.").replace("%1", names))
                    + "</b> "
                    + escape(self.missing_hint(line.missing))
                    + "</p>"
                )
                continue
            if line.refused is not None:
                parts.append(f"<p><b>{escape(error_text(line.refused, lang))}</b></p>")
                continue
            parts.append(
                "<p>" + "<br>".join(escape(w) for w in words(line, self.facts, lang)) + "</p>"
            )
            cited = [
                escape(source)
                + (f" <i>({escape(text(lang, 'confidence', c))})</i>" if c != "verified" else "")
                for source, c in rules(line, lang)
            ]
            if line.confidence is not None:
                cited.append(
                    escape(
                        self.tr("Confidence of this answer: %1").replace(
                            "%1", text(lang, "confidence", line.confidence)
                        )
                    )
                )
            if cited:
                parts.append(
                    "<p><small>"
                    + escape(self.tr("Rules:"))
                    + "<br>"
                    + "<br>".join(cited)
                    + "</small></p>"
                )
        return "".join(parts)

    def missing_hint(self, missing: tuple[str, ...]) -> str:
        """Where to fill what is missing."""
        hints = []
        if "offer" in missing:
            hints.append(self.tr("Type our amount on My offers."))
        if "monthly_offer" in missing:
            hints.append(
                self.tr(
                    "The contract is of indefinite duration: type our monthly amount as our "
                    "amount on My offers."
                )
            )
        if "contractor_size" in missing:
            hints.append(self.tr("Type the company's figures on My company."))
        if {"procedure", "duration_months", "price_only"} & set(missing):
            hints.append(self.tr("The notice gives it: add it with Edit the tender… on My offers."))
        return " ".join(hints)
