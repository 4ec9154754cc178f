"""What the four decision wizards share: the wizard around a tender, and the answer page."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core.decisions import CHECKS
from core.documents import DOCUMENT_OF
from core.errors import ValidationError
from core.store.register import Register
from core.store.workspace import WorkspaceError
from core.texts import FALLBACK, error_text
from core.texts.verdicts import because, verdict
from gui.shared import sizes
from gui.shared.pdf_export import PdfExport
from gui.shared.widgets import problem_label, set_shown
from gui.shared.write_errors import write_problem
from gui.wizards.answer_view import Explanation, scrolled, verdict_label, wrapped

translate = QCoreApplication.translate


def export_row() -> tuple[QPushButton, QHBoxLayout]:
    """The result pages' "Save and export PDF…" button (off until there is an answer)."""
    button = QPushButton(QCoreApplication.translate("AnswerPage", "Save and export PDF…"))
    button.setToolTip(
        QCoreApplication.translate(
            "AnswerPage", "Store this decision on the tender and write its document"
        )
    )
    button.setEnabled(False)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return button, row


class InputPage(QWizardPage):
    """A page of answers: Next only once they can be read and the engine accepts them.

    Subclasses put ``self.problem`` in their layout and implement :meth:`read`. A refused
    input (one the page cannot read, a launch date outside the rule pack, a value or a ground
    the engine refuses) is said on the page where it was typed, in the user's language.
    """

    def __init__(self) -> None:
        super().__init__()
        self.problem = problem_label()

    def read(self) -> dict:
        """The page's part of the request; raises ValidationError when it cannot be read."""
        raise NotImplementedError

    def request(self) -> dict | None:
        """The page's part of the request, or None with the reason shown."""
        wizard = self.wizard()
        try:
            data = self.read()
            if wizard is not None:
                wizard.probe(self, data)
        except ValidationError as exc:
            self.problem.setText(error_text(exc, wizard.lang if wizard else FALLBACK))
            return None
        self.problem.clear()
        return data

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Next once the answers can be read and the engine accepts them."""
        return self.request() is not None


class AnswerPage(QWizardPage):
    """The last page: the verdict, its reason, why an input was refused, then the details.

    Subclasses call :meth:`decide` in ``initializePage``, put their own widgets in
    ``self.body`` (it scrolls only when the window is too small) and call :meth:`show_answer`.
    """

    def __init__(self, kind: str, lang: str, title: str) -> None:
        super().__init__()
        self.kind = kind
        self._lang = lang
        self.setTitle(title)
        self.headline = verdict_label()
        self.reason = wrapped()
        self.problem = problem_label()
        self.explanation = Explanation()
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.details = scrolled(content)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(4)
        for widget in (self.headline, self.reason, self.problem):
            self._layout.addWidget(widget)
        self._layout.addWidget(self.details, 1)
        self.pdf_button, self.buttons = export_row()
        self.result = None
        self.request: dict | None = None

    def show_answer(self) -> None:
        """The verdict, its reason and the explanation of the result."""
        self.headline.setText(verdict(self.kind, self.result, self._lang))
        self.reason.setText(because(self.kind, self.result, self._lang))
        self.explanation.show_result(self.result, self._lang)

    def decide_typed(self) -> bool:
        """Decide with what the input pages hold; :meth:`decide` says why it cannot be."""
        try:
            request = self.wizard().typed_request()
        except ValidationError as exc:
            return self.decide(None, exc)
        return self.decide(request)

    def decide(self, request: dict | None, refused: ValidationError | None = None) -> bool:
        """Run the decision; on a refused input show why and keep Finish off."""
        self.request = request
        try:
            if refused is not None:
                raise refused
            self.result = CHECKS[self.kind].run(request, self.wizard().register.pack)
        except ValidationError as exc:
            self.result = None
            self.headline.clear()
            self.reason.clear()
            self.explanation.clear()
            self.problem.setText(error_text(exc, self._lang))
        else:
            self.problem.clear()
        set_shown(self.details, self.result is not None)
        self.pdf_button.setEnabled(self.result is not None)
        self.completeChanged.emit()
        return self.result is not None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Finish only with an answer."""
        return self.result is not None

    def finish_layout(self) -> None:
        """Put the explanation under the page's own widgets, the export button last."""
        self.body.addWidget(self.explanation)
        self.body.addStretch(1)
        self._layout.addLayout(self.buttons)


#: the wizards' size when the screen has room for it (a 1280×720 screen gets a little less)
WIZARD_SIZE = QSize(1240, 780)


class DecisionWizard(QWizard):
    """A wizard that decides one thing for a tender and stores the decision on it.

    Practice (a workshop's exercise): with ``on_finished``, Finish hands the request to it
    and stores nothing (no PDF either: a document shows what is stored). Without a tender
    (``tender_id`` None) the trainee types every fact, and what the wizard would read from
    the register (the tenderers, the offers) comes from ``given``.
    """

    kind = ""

    def __init__(
        self,
        register: Register,
        tender_id: int | None,
        lang: str = "en",
        now: Callable[[], datetime] = datetime.now,
        parent=None,
        on_finished: Callable[[dict], None] | None = None,
        given: dict | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.tender_id = tender_id
        self.lang = lang
        self._now = now
        self.on_finished = on_finished
        self.given = dict(given or {})
        self.tender = register.tender(tender_id) if tender_id is not None else None
        self.answer: AnswerPage | None = None
        self.pdf = PdfExport(self, register.ws.path, lambda: register.pack, now().date())
        # the app's own words on the buttons: Qt's would take letters the pages use
        for button, shown in (
            (QWizard.WizardButton.BackButton, translate("DecisionWizard", "< &Back")),
            (QWizard.WizardButton.NextButton, translate("DecisionWizard", "&Next >")),
            (QWizard.WizardButton.FinishButton, translate("DecisionWizard", "&Finish")),
            (QWizard.WizardButton.CancelButton, translate("DecisionWizard", "Cancel")),
        ):
            self.setButtonText(button, shown)
        # room for the answer without scrolling; the size the user gave it last time
        sizes.size_dialog(self, f"wizard/{self.kind}", WIZARD_SIZE)

    def done(self, result: int) -> None:
        """Close, remembering the size the user gave the wizard."""
        sizes.keep_size(self, f"wizard/{self.kind}")
        super().done(result)

    def addPage(self, page) -> int:  # noqa: N802 - Qt override
        """Add a page; the answer page gets its export button connected."""
        if isinstance(page, AnswerPage):
            page.finish_layout()
        if hasattr(page, "pdf_button"):
            page.pdf_button.clicked.connect(self._on_pdf)
            page.pdf_button.setVisible(self.on_finished is None)
        return super().addPage(page)

    def input_pages(self) -> list[InputPage]:
        """The pages where the user types the request, in order."""
        pages = (self.page(page_id) for page_id in self.pageIds())
        return [page for page in pages if isinstance(page, InputPage)]

    def typed_request(self) -> dict:
        """The request as the input pages hold it; ValidationError when one cannot be read."""
        request = dict(self.context())
        for page in self.input_pages():
            request.update(page.read())
        return request

    def context(self) -> dict:
        """The part of the request that is not typed in the wizard (the tenderers, say)."""
        return {}

    def probe(self, page: InputPage, data: dict) -> None:
        """Raise the ValidationError the engine gives for what ``page`` holds, if any.

        The launch date is checked against the rule pack first; then the decision is run
        with every page as it stands. An error is ``page``'s when it concerns an input of
        this page or of an earlier one, or an input of no page and ``page`` is the last
        (the user can act on it from here); a later page's own problem waits for that page.
        """
        if "launch_date" in data:
            self.register.pack.check_covered(date.fromisoformat(data["launch_date"]))
        pages = self.input_pages()
        request, owner = dict(self.context()), {}
        for index, other in enumerate(pages):
            try:
                part = data if other is page else other.read()
            except ValidationError:
                return  # that page cannot be read yet, and says why itself
            request.update(part)
            owner.update(dict.fromkeys(part, index))
        try:
            CHECKS[self.kind].run(request, self.register.pack)
        except ValidationError as exc:
            field = re.split(r"[\[.]", exc.field, maxsplit=1)[0]
            if owner.get(field, len(pages) - 1) <= pages.index(page):
                raise

    def _on_pdf(self) -> None:
        folder = self.pdf.ask_folder()
        if folder is not None:
            self.export_pdf(folder)

    def export_pdf(self, folder, lang: str | None = None, document: str | None = None) -> bool:
        """Store the decision (documents show what is stored), then write its document (or
        ``document``, another one made from it)."""
        if self.on_finished is not None:
            return False  # practice: nothing is stored, so there is no document
        if self.answer is None or self.answer.result is None or not self._stored():
            return False
        kind = document or DOCUMENT_OF[self.kind]
        self.pdf.run([self.tender_id], kind, lang or self.lang, folder)
        return True

    def store(self) -> None:
        """Keep the decision on the tender (the procedure wizard keeps more)."""
        self.register.decide(self.tender_id, self.kind, self.answer.request, self._now())

    def accept(self) -> None:
        """Store, then close; without an answer, or when it cannot be stored, stay open.
        In practice the request goes to ``on_finished`` instead of the register."""
        if self.answer is None or self.answer.result is None:
            return
        if self.on_finished is not None:
            super().accept()
            self.on_finished(dict(self.answer.request))
            return
        if not self._stored():
            return
        super().accept()

    def _stored(self) -> bool:
        """Store the decision; False with the reason on the answer page when it is refused
        (a text too long for the tender) or cannot be written (a full disk)."""
        try:
            self.store()
        except ValidationError as exc:
            self.answer.problem.setText(error_text(exc, self.lang))
            return False
        except (OSError, sqlite3.Error, WorkspaceError) as exc:
            problem = write_problem(exc)
            if problem is None:
                raise
            self.answer.problem.setText(problem)
            return False
        return True
