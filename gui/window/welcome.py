"""The first page of an empty workspace: what to do first, and what the app does and does not.

Shown instead of the pages while the workspace holds no tender; it queries nothing (the rule
pack is already loaded), so the window still shows it at once.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.roles import ROLES, view_of
from core.rules.confidence import rules_of_confidence
from core.rules.pack import RulePack
from core.texts import text


class WelcomePage(QWidget):
    """Start a register, open one, open the demo, or look around the empty one.

    Signals:
        start(): make the first tender of this workspace.
        open_other(): choose another workspace.
        open_demo(): open the demo workspace.
        look_around(): show the (empty) register and the other pages.
        role_chosen(str): the user said how they use the app (``core.roles.ROLES``).
    """

    start = Signal()
    open_other = Signal()
    open_demo = Signal()
    look_around = Signal()
    role_chosen = Signal(str)

    def __init__(
        self,
        pack: RulePack,
        today: date,
        lang: str,
        parent=None,
        role: str | None = None,
    ) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to the tender desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "This workspace holds no tender yet. Start your register with a first tender, "
                "open a workspace you already have, or try the demo first (it is a separate "
                "file: nothing you do there touches your own register)."
            )
        )
        intro.setWordWrap(True)
        self.start_button = QPushButton(
            self.tr("&Start with a first offer")
            if view_of(role).starts_with == "offer"
            else self.tr("&Start with a first tender")
        )
        self.start_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open a workspace…"))
        self.demo_button = QPushButton(self.tr("Open the de&mo"))
        self.around_button = QPushButton(self.tr("Go to the &register"))
        buttons = QHBoxLayout()
        for button in (self.start_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.around_button)
        self.about = QLabel(self.about_text(pack, today, lang))
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.about)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.role_buttons = self._role_row(layout) if role is None else {}
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(scroll, 1)
        self.start_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_other)
        self.demo_button.clicked.connect(self.open_demo)
        self.around_button.clicked.connect(self.look_around)
        self.setFocusProxy(self.start_button)

    def _role_row(self, layout: QVBoxLayout) -> dict[str, QPushButton]:
        """The question asked on the first start: how the app is used (Settings changes it)."""
        question = QLabel(
            self.tr(
                "How do you use the tender desk? The pages and words follow your answer; "
                "Edit > Settings changes it later."
            )
        )
        question.setWordWrap(True)
        words = {
            "buyer": self.tr("I buy for a public body"),
            "company": self.tr("I make offers as a company"),
            "training": self.tr("I train others"),
        }
        buttons = {role: QPushButton(words[role]) for role in ROLES}
        row = QHBoxLayout()
        for role, button in buttons.items():
            button.clicked.connect(lambda _=False, role=role: self.role_chosen.emit(role))
            row.addWidget(button)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(question)
        layout.addLayout(row)
        return buttons

    def about_text(self, pack: RulePack, today: date, lang: str) -> str:
        """What the app does, what it does not, and the rules the research is unsure of."""
        does = [
            self.tr("keeps the register of your tenders, with their buyers and tenderers;"),
            self.tr(
                "says which award procedures the law allows for a tender, and which is "
                "the simplest, with the article;"
            ),
            self.tr(
                "says whether an advance is due to an SME, whether a bid compensation is "
                "due, and who must be told their provisional place;"
            ),
            self.tr(
                "writes the motivation and the other documents as PDF, each with the rules it used."
            ),
        ]
        does_not = [
            escape(
                self.tr(
                    "It is no legal advice and does not replace a lawyer or your "
                    "procurement documents."
                )
            ),
            escape(
                self.tr(
                    "It knows only the rules of its rule pack (%1) and tells you where "
                    "the research behind them is unsure."
                )
            ).replace("%1", escape(pack.label)),
            escape(self.tr("It works offline: it sends nothing anywhere and publishes nothing.")),
        ]
        does_heading = self.tr("What the tender desk does")
        does_not_heading = self.tr("What it does not do")
        parts = [
            f"<h3>{escape(does_heading)}</h3>",
            "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in does) + "</ul>",
            f"<h3>{escape(does_not_heading)}</h3>",
            "<ul>" + "".join(f"<li>{line}</li>" for line in does_not) + "</ul>",
        ]
        for confidence, heading, explained in (
            (
                "unverified",
                self.tr("Rules the research is unsure of"),
                self.tr(
                    "Only one source, a deduction or an open question backs these rules. The "
                    "answers that use them say so; check them before you decide:"
                ),
            ),
            (
                "secondary",
                self.tr("Rules backed by one good source only"),
                self.tr(
                    "One good source or secondary sources back these rules, not the law's "
                    "text itself; the answers mark them too:"
                ),
            ),
        ):
            names = [
                text(lang, "param", key) for key in rules_of_confidence(pack, today, confidence)
            ]
            if names:
                parts += [
                    f"<h3>{escape(heading)}</h3><p>{escape(explained)}</p>",
                    "<ul>" + "".join(f"<li>{escape(name)}</li>" for name in names) + "</ul>",
                ]
        return "".join(parts)
