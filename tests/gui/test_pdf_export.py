"""PDF export from the window: the editor, a wizard's result page and the register view."""

from __future__ import annotations

import os
from datetime import datetime

from core.documents import batch
from gui.register.editor import TenderEditor
from gui.register.page import RegisterPage
from gui.wizards.procedure import ProcedureWizard
from tests.pdf_text import pdf_text

NOW = datetime(2026, 11, 22, 10)


def add_tender(reg, reference="2026/040", title="Onderhoud IT", value="141500"):
    return reg.add_tender(
        {
            "reference": reference,
            "title": title,
            "authority": "local",
            "contract_type": "services",
            "estimated_value": value,
            "launch_date": "2026-03-01",
        },
        NOW,
    )


def wait_for_report(qtbot, exporter):
    with qtbot.waitSignal(exporter.done, timeout=20000) as blocker:
        pass
    exporter.message.close()
    return blocker.args[0]


def test_the_editor_saves_first_then_writes_the_summary(qtbot, reg, tmp_path):
    """A title typed but not saved is in the document: the editor saves before exporting."""
    tid = add_tender(reg)
    editor = TenderEditor(reg, tid, "fr", now=lambda: NOW)
    qtbot.addWidget(editor)
    editor.form.title.setText("Maintenance informatique & réseau <2027>")
    out = tmp_path / "pdf"
    with qtbot.waitSignal(editor.pdf.done, timeout=20000) as blocker:
        assert editor.export_pdf("summary", "fr", out)
    report = blocker.args[0]
    assert [p.name for p in report.written] == ["2026-040-fiche-fr.pdf"]
    assert reg.tender(tid).title == "Maintenance informatique & réseau <2027>"
    content = pdf_text(out / "2026-040-fiche-fr.pdf")
    assert "Fiche du marché" in content
    assert "Maintenance informatique & réseau <2027>" in content
    assert "1 file written" in editor.pdf.message.text()
    editor.pdf.message.close()


def test_a_new_tender_has_no_documents_until_saved(qtbot, reg):
    editor = TenderEditor(reg, None, "nl", now=lambda: NOW)
    qtbot.addWidget(editor)
    assert not editor.pdf_button.isEnabled()


def test_the_wizard_stores_the_decision_and_writes_its_document(qtbot, reg, tmp_path):
    """Save and export on the result page: the decision is stored and the motivation written."""
    tid = add_tender(reg)
    wizard = ProcedureWizard(reg, tid, "nl", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.answer.pdf_button.isEnabled()
    with qtbot.waitSignal(wizard.pdf.done, timeout=20000) as blocker:
        assert wizard.export_pdf(tmp_path)
    assert [p.name for p in blocker.args[0].written] == ["2026-040-motivering-nl.pdf"]
    assert [d.kind for d in reg.decisions(tid)] == ["procedure"]
    content = pdf_text(tmp_path / "2026-040-motivering-nl.pdf")
    assert "Motivering van de keuze van de plaatsingsprocedure" in content
    # € 141.500 of services: below the threshold of the simplified procedure
    assert "vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking" in content
    assert reg.tender(tid).motivation.split(".")[0] in content
    wizard.pdf.message.close()


def test_the_register_view_is_exported_with_a_report_of_what_was_skipped(qtbot, reg, tmp_path):
    """Every tender of the filtered view gets a summary, and only those; motivations skip
    undecided tenders."""
    for number in range(12):
        add_tender(reg, f"2026/{number:03d}", f"Opdracht {number}")
    add_tender(reg, "2025/900", "Andere opdracht")
    outside = [add_tender(reg, f"2026/5{n:02d}", f"Schoonmaak {n}") for n in range(2)]
    for tid in (1, outside[0]):  # one decided in the view, one outside it
        decided = ProcedureWizard(reg, tid, "nl", now=lambda: NOW)
        qtbot.addWidget(decided)
        decided.show()
        decided.next()
        decided.next()
        decided.accept()
    page = RegisterPage(reg.ws, NOW.date(), "nl", register=reg)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 15)
    page.search_box.setText("Opdracht")
    qtbot.waitUntil(lambda: page.model.rowCount() == 13)
    with qtbot.waitSignal(page.pdf.done, timeout=30000) as blocker:
        page.pdf.run(page.current_query(), "summary", "en", tmp_path / "all")
    expected = {f"2026-{n:03d}-summary-en.pdf" for n in range(12)} | {"2025-900-summary-en.pdf"}
    assert {p.name for p in blocker.args[0].written} == expected
    assert {p.name for p in (tmp_path / "all").iterdir()} == expected
    page.pdf.message.close()
    with qtbot.waitSignal(page.pdf.done, timeout=30000) as blocker:
        page.pdf.run(page.current_query(), "motivation", "en", tmp_path / "motivations")
    report = blocker.args[0]
    assert [p.name for p in report.written] == ["2026-000-motivation-en.pdf"]
    assert len(report.skipped) == 12
    assert "12 tenders skipped" in page.pdf.message.text()
    assert "No 'Procedure choice' decision" in page.pdf.message.detailedText()
    page.pdf.message.close()


def test_the_window_s_batch_writes_one_file_per_tender_whatever_the_references(
    qtbot, reg, tmp_path
):
    """References that give the same file name: each tender keeps its own document."""
    references = [
        "2026/017",
        "2026-017",
        "Opdracht " + "x" * 60 + "1",
        "Opdracht " + "x" * 60 + "2",
    ]
    for reference in references:
        add_tender(reg, reference, f"Opdracht {reference}")
    add_tender(reg, "2026/900", "Schoonmaak")  # outside the view: the search must have run
    page = RegisterPage(reg.ws, NOW.date(), "nl", register=reg)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.search_box.setText("Opdracht")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    with qtbot.waitSignal(page.pdf.done, timeout=30000) as blocker:
        page.pdf.run(page.current_query(), "summary", "en", tmp_path / "all")
    files = sorted((tmp_path / "all").iterdir())
    assert sorted(blocker.args[0].written) == files and len(files) == 4
    assert "4 files written" in page.pdf.message.text()
    assert {r for f in files for r in references if f"Opdracht {r}" in pdf_text(f)} == set(
        references
    )
    page.pdf.message.close()


def test_the_window_s_batch_on_every_core_counts_each_document_and_cancels(
    qtbot, reg, tmp_path, monkeypatch
):
    """A view big enough for a pool of processes: the progress counts every document as it is
    written, and Cancel stops the batch early with only whole files on disk."""
    monkeypatch.setattr(batch, "TENDERS_PER_PROCESS", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    for number in range(12):
        add_tender(reg, f"2026/{number:03d}", f"Opdracht {number}")
    page = RegisterPage(reg.ws, NOW.date(), "nl", register=reg)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    counted = []
    job = page.pdf.run(page.current_query(), "summary", "en", tmp_path / "all")
    job.progress.connect(lambda done, total: counted.append((done, total)))
    report = wait_for_report(qtbot, page.pdf)
    assert counted == [(n, 12) for n in range(1, 13)]
    assert len(report.written) == 12 and report.ok
    job = page.pdf.run(page.current_query(), "summary", "en", tmp_path / "cancelled")
    job.progress.connect(lambda done, total: done == 2 and job.cancel())
    report = wait_for_report(qtbot, page.pdf)
    assert report.cancelled and 2 <= len(report.written) < 12
    assert sorted((tmp_path / "cancelled").iterdir()) == sorted(report.written)
    assert all("Opdracht" in pdf_text(p) for p in report.written)


def test_the_procedure_wizard_also_writes_the_draft_decision(qtbot, reg, tmp_path, monkeypatch):
    """The answer page's second button stores the decision and writes it as a draft decision
    of the competent body, with the procedure chosen on the page."""
    tid = add_tender(reg)
    reg.update_tender(tid, {"competent_body": "college"}, NOW)
    wizard = ProcedureWizard(reg, tid, "nl", now=lambda: NOW)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.answer.draft_button.isEnabled()
    monkeypatch.setattr(wizard.pdf, "ask_folder", lambda: tmp_path)
    with qtbot.waitSignal(wizard.pdf.done, timeout=20000) as blocker:
        wizard.answer.draft_button.click()
    assert [p.name for p in blocker.args[0].written] == ["2026-040-ontwerpbeslissing-nl.pdf"]
    assert [d.kind for d in reg.decisions(tid)] == ["procedure"]
    content = " ".join(pdf_text(tmp_path / "2026-040-ontwerpbeslissing-nl.pdf").split())
    assert "Het college van burgemeester en schepenen," in content
    assert "Besluit:" in content and "vereenvoudigde onderhandelingsprocedure" in content
    wizard.pdf.message.close()


def test_the_folder_a_test_writes_to_is_not_kept_in_the_user_s_settings(qapp):
    """The last folder an export used is kept in Qt's settings; under the tests those are in
    the run's scratch folder, never the user's (a test's folder was once offered to the user)."""
    from pathlib import Path

    from PySide6.QtCore import QSettings

    kept = Path(QSettings().fileName())
    assert kept.is_relative_to(Path(os.environ["TENDER_DESK_CONFIG"]).parent)
