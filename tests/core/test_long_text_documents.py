"""Every document kind is made, page after page, whatever the length of the user's texts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.documents import KINDS, gather, render
from core.rules import bundled_pack
from core.store.register import Register
from tests.core.document_decisions import decide_every_kind
from tests.pdf_text import page_texts
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10)
ISSUED = date(2026, 11, 22)
LONG_WORD = "Aanbestedingsvoorwaardenbeoordelingscommissievergadering" * 40
#: the whole words of the long title (``_long(10_000)``)
TITLE_WORDS = 10_000 // len("woord ")


def _long(n: int, word: str = "woord ") -> str:
    return (word * (n // len(word) + 1))[:n]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A tender whose free texts are far longer than anything the editor lets a user type."""
    ws = new_workspace(tmp_path_factory.mktemp("long") / "w.sqlite", now=NOW)
    reg = Register(ws, bundled_pack())
    buyer = reg.add_organisation(
        {"name": "Gemeente Gent", "enterprise_number": "0207.437.468"}, NOW
    )
    tid = reg.add_tender(
        {
            "reference": "2026/LONG",
            "title": "Dak",
            "authority": "local",
            "contract_type": "works",
            "estimated_value": "150000",
            "launch_date": "2026-03-01",
            "duration_months": "18",
            "buyer_id": buyer,
            "procedure": "open",
            "price_only": True,
            "leading_official": "An De Smet",
            "offers_deadline": "2026-04-01",
        },
        NOW,
    )
    firms = (("0403.170.701", "41000", "winner"), ("0404.616.494", "39500", "not_selected"))
    for number, offer, status in firms:
        org = reg.add_organisation(
            {
                "name": "Firma " + number,
                "enterprise_number": number,
                "size_class": "small",
                "iban": "BE71 0961 2345 6769",
                "bic": "GKCCBEBB",
            },
            NOW,
        )
        reg.add_tenderer(
            {"tender_id": tid, "organisation_id": org, "offer": offer, "status": status}, NOW
        )
    decide_every_kind(reg, tid, NOW)
    # texts written by an older version, an import or another program: no length limit
    ws.db.execute(
        "UPDATE tenders SET title = ?, notes = ?, motivation = ?, leading_official = ? "
        "WHERE id = ?",
        [
            _long(10_000),
            _long(6_750, "notitie "),
            _long(20_000, LONG_WORD + " "),
            _long(3_000, "Van "),
            tid,
        ],
    )
    ws.db.execute(
        "UPDATE organisations SET name = ?, street = ?, city = ?",
        [_long(5_000, "Bouwbedrijf "), _long(3_000, LONG_WORD), _long(2_000, "Gent ")],
    )
    ws.db.conn.commit()
    yield reg, tid
    ws.close()


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_is_made_with_very_long_texts(hostile, kind):
    reg, tid = hostile
    for lang in ("nl", "fr"):
        files = render(kind, gather(reg, tid), lang, ISSUED)
        assert files
        for item in files:
            pages = page_texts(item.data)
            assert len(pages) >= 1
            assert "2026/LONG" in pages[0]
            # the 10 000-character title is printed whole, not cut to what fits a line
            assert "".join(pages).count("woord") >= TITLE_WORDS, kind


def test_the_footer_fit_is_quick_and_keeps_the_longest_prefix_that_fits():
    import time

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from core.documents.layout import FONT, _fit, fonts

    fonts()
    value = "Samenvatting · " + "2026/" * 20_000
    started = time.perf_counter()
    for _ in range(50):
        shown = _fit(value, 300, 7.5)
    assert time.perf_counter() - started < 0.5
    assert shown.endswith("…") and value.startswith(shown[:-1])
    assert stringWidth(shown, FONT, 7.5) <= 300
    assert stringWidth(value[: len(shown)] + "…", FONT, 7.5) > 300
    assert _fit("kort", 300, 7.5) == "kort"


def test_a_document_that_cannot_be_laid_out_is_skipped_and_the_batch_goes_on(
    hostile, tmp_path, monkeypatch
):
    from reportlab.platypus.doctemplate import LayoutError

    import core.documents as documents
    from core.documents.export import export

    reg, tid = hostile
    real = documents.build
    calls = []

    def build(story, page):
        calls.append(page)
        if len(calls) == 1:
            raise LayoutError("too large")
        return real(story, page)

    monkeypatch.setattr(documents, "build", build)
    report = export(reg, [tid, tid], "motivation", "nl", tmp_path, ISSUED)
    assert [s.code for s in report.skipped] == ["layout"]
    assert "te lang" in report.skipped[0].message
    assert len(report.written) == 1 and report.written[0].exists()
