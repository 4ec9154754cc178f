"""Export file names never collide: every document of a run gets its own file."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from core.documents import KINDS, file_word
from core.documents.export import export, unique_name
from core.rules import bundled_pack
from core.store.register import Register
from core.store.workspace import open_workspace
from tests.export_command import export_pdf
from tests.pdf_text import pdf_text
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
LONG = "Raamovereenkomst onderhoud groenzones en speelpleinen gemeente "  # 64 characters
REFERENCES = ("2026/017", "2026-017", LONG + "lot 1", LONG + "lot 2")
TENDERERS = (("Dupont & Fils", "41000"), ("Dupont - Fils", "39500"), ("Peeters nv", "44500"))
BASICS = {"launch_date": "2026-03-01", "authority": "local", "contract_type": "works"}


@pytest.fixture
def colliding(tmp_path):
    """A closed workspace whose references and tenderers all give the same slugs."""
    path = tmp_path / "w.sqlite"
    with new_workspace(path, now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        buyer = reg.add_organisation(
            {"name": "Gemeente Zele", "street": "Markt 1", "postcode": "9240", "city": "Zele"}, NOW
        )
        for reference in REFERENCES:
            tid = reg.add_tender(
                {
                    "reference": reference,
                    "title": f"Werken {reference}",
                    **BASICS,
                    "estimated_value": "150000",
                    "procedure": "open",
                    "price_only": True,
                    "buyer_id": buyer,
                    "offers_deadline": "2026-04-01",
                },
                NOW,
            )
            for name, offer in TENDERERS:
                org = reg.add_organisation({"name": name}, NOW)
                reg.add_tenderer({"tender_id": tid, "organisation_id": org, "offer": offer}, NOW)
            reg.decide(
                tid,
                "provisional_ranking",
                {
                    **BASICS,
                    "estimated_value_excl_vat": "150000",
                    "procedure": "open",
                    "price_only": True,
                    "offers": reg.decision_offers(tid),
                },
                NOW,
            )
    return path


def test_unique_name_adds_a_number_and_ignores_case():
    used: set[str] = set()
    names = ["a-summary-nl.pdf", "a-summary-nl.pdf", "A-SUMMARY-NL.pdf", "a-summary-nl-2.pdf"]
    assert [unique_name(n, used) for n in names] == [
        "a-summary-nl.pdf",
        "a-summary-nl-2.pdf",
        "A-SUMMARY-NL-3.pdf",
        "a-summary-nl-2-2.pdf",
    ]


def test_the_command_line_writes_one_file_per_tender_and_counts_files(colliding, tmp_path, capsys):
    out = tmp_path / "summaries"
    code, said, err = export_pdf(
        capsys, "--db", colliding, "--all", "--document", "summary", "--lang", "en", "--out", out
    )
    assert code == 0, err
    files = sorted(out.iterdir())
    assert len(files) == len(REFERENCES)
    assert f"{len(files)} written, 0 skipped, 0 failed" in said
    found = {ref for f in files for ref in REFERENCES if ref in pdf_text(f)}
    assert found == set(REFERENCES)  # each tender's summary survived, none overwritten


def test_every_tenderer_gets_its_ranking_notice(colliding, tmp_path, capsys):
    out = tmp_path / "notices"
    code, said, err = export_pdf(
        capsys,
        *("--db", colliding, "--all", "--document", "ranking-notices", "--lang", "en"),
        *("--out", out),
    )
    assert code == 0, err
    files = sorted(out.iterdir())
    expected = len(REFERENCES) * len(TENDERERS)
    assert len(files) == expected
    assert f"{expected} written, 0 skipped, 0 failed" in said
    places = {ref: [] for ref in REFERENCES}
    for f in files:
        text = pdf_text(f)
        (ref,) = [ref for ref in REFERENCES if ref in text]
        places[ref] += re.findall(r"ranked in place (\d+)", text)
    assert all(sorted(p) == ["1", "2", "3"] for p in places.values()), places


def test_the_batch_report_lists_each_file_once(colliding, tmp_path):
    with open_workspace(colliding, now=NOW, read_only=True) as ws:
        reg = Register(ws, bundled_pack())
        ids = [row[0] for row in ws.conn.execute("SELECT id FROM tenders ORDER BY id")]
        report = export(reg, ids, "ranking-notices", "nl", tmp_path / "out", ISSUED)
    assert len(report.written) == len(set(report.written)) == len(REFERENCES) * len(TENDERERS)
    assert sorted(report.written) == sorted((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    ("kind", "lang", "word"),
    [
        ("summary", "nl", "overzicht"),
        ("summary", "fr", "fiche"),
        ("motivation", "nl", "motivering"),
        ("advance-request", "fr", "demande-avance"),
        ("bid-compensation", "nl", "biedvergoeding"),
        ("ranking-notices", "fr", "classement-provisoire"),
        ("ranking-notices", "en", "ranking-notices"),
    ],
)
def test_a_file_name_says_the_kind_in_the_document_s_language(kind, lang, word):
    """A Dutch user gets 2026-1-motivering-nl.pdf, not an English word in the name."""
    assert file_word(kind, lang) == word


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_kind_has_a_file_word_that_is_safe_on_every_system(lang):
    for kind in KINDS:
        word = file_word(kind, lang)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", word), word


def test_the_ranking_notices_of_a_french_run_are_named_in_french(colliding, tmp_path):
    with open_workspace(colliding, now=NOW, read_only=True) as ws:
        reg = Register(ws, bundled_pack())
        first = ws.conn.execute("SELECT id FROM tenders ORDER BY id").fetchone()[0]
        report = export(reg, [first], "ranking-notices", "fr", tmp_path / "out", ISSUED)
    assert report.written
    assert all("-classement-provisoire-fr-" in p.name for p in report.written)
