"""The small pieces every document is made of, literally: file names, addresses, dashes.
Expected values are written out by hand."""

from __future__ import annotations

from core.documents import slug
from core.documents.common import address, dash
from core.documents.export import unique_name
from core.store.model import Organisation
from tests.workspaces import new_workspace


def test_file_names_keep_letters_and_digits_and_join_the_rest_with_one_dash():
    """Accents stay; slashes, spaces and signs become one dash; at most 60 characters."""
    assert slug("2026/017 Rénovation — école") == "2026-017-Rénovation-école"
    assert slug("  __a__  ") == "a"
    assert slug("???") == "x"
    assert slug("b" * 70) == "b" * 60


def test_a_second_file_of_the_same_name_gets_a_number_before_its_extension():
    """Case does not make two names different; a name without extension gets a suffix too."""
    used: set[str] = set()
    assert unique_name("A.pdf", used) == "A.pdf"
    assert unique_name("a.PDF", used) == "a-2.PDF"
    assert unique_name("A.pdf", used) == "A-3.pdf"
    assert unique_name("notes", used) == "notes"
    assert unique_name("notes", used) == "notes-2"
    assert used == {"a.pdf", "a-2.pdf", "a-3.pdf", "notes", "notes-2"}


def test_an_address_is_printed_line_by_line_without_empty_lines():
    """Name, street, postcode and town; a missing part leaves no empty line."""
    org = Organisation(name="Gemeente Zemst", street="Hoofdstraat 1", postcode="1980", city="Zemst")
    assert address(org) == "Gemeente Zemst\nHoofdstraat 1\n1980 Zemst"
    assert address(Organisation(name="ACME nv", city="Gent")) == "ACME nv\nGent"
    assert address(None) == "—"


def test_a_missing_value_prints_as_a_dash():
    """None and empty text are a dash; 0 is a value."""
    assert (dash(None), dash(""), dash(0), dash("x")) == ("—", "—", "0", "x")


def test_the_summary_says_which_decision_must_be_taken_again_and_why_in_dutch(tmp_path):
    """Another winner since the advance was decided: the decided amounts say so, and the
    decisions' table gives the reason with the decision's name, as printed."""
    from core.documents import gather, render
    from core.rules import bundled_pack
    from core.store.register import Register
    from tests.core.test_records import ISSUED, NOW, awarded
    from tests.pdf_text import pdf_text

    with new_workspace(tmp_path / "w.sqlite", now=NOW) as ws:
        reg = Register(ws, bundled_pack())
        tid, firms = awarded(reg)
        first, second = reg.tenderers(tid)
        reg.update_tenderer(first.id, {"status": "not_selected"}, NOW)
        reg.update_tenderer(second.id, {"status": "winner"}, NOW)
        shown = pdf_text(render("summary", gather(reg, tid), "nl", ISSUED)[0].data)
    assert "Voorschot de beslissing moet opnieuw genomen worden" in shown
    assert (
        "Voorschot De gekozen inschrijver is veranderd nadat de beslissing 'Voorschot' genomen "
        "werd: neem ze opnieuw (menu Beslissen). 22/11/2026"
    ) in shown
