"""Organisations: search, sort and count in SQL; delete refused while used; undo of a delete;
the typed form read field by field with the size class from the figures."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.errors import ValidationError
from core.rules import bundled_pack
from core.store import organisations
from core.store.organisation_input import read_typed
from core.store.organisations import InUseError, Query
from core.store.register import Register
from tests.workspaces import new_workspace

NOW = datetime(2026, 11, 22, 10, 0)


@pytest.fixture
def reg(tmp_path):
    ws = new_workspace(tmp_path / "w.sqlite", now=NOW)
    yield Register(ws, bundled_pack())
    ws.close()


def tender(reference, buyer_id=None):
    return {
        "reference": reference,
        "title": f"Opdracht {reference}",
        "authority": "local",
        "contract_type": "works",
        "estimated_value": "60000",
        "launch_date": "2026-03-01",
        "buyer_id": buyer_id,
    }


@pytest.fixture
def orgs(reg):
    """A buyer of four tenders, a tenderer on one, a company used by nothing."""
    ids = {
        "buyer": reg.add_organisation(
            {"name": "Régie communale de Liège", "enterprise_number": "0207.123.407"}, NOW
        ),
        "firm": reg.add_organisation(
            {"name": "Bouwbedrijf Vermeulen", "enterprise_number": "0123.456.749"}, NOW
        ),
        "free": reg.add_organisation(
            {
                "name": "Aannemer Zonder Werk",
                "enterprise_number": "0456.789.034",
                "size_class": "micro",
            },
            NOW,
        ),
    }
    for n in range(4):
        tid = reg.add_tender(tender(f"2026/00{n}", ids["buyer"]), NOW)
    reg.add_tenderer({"tender_id": tid, "organisation_id": ids["firm"]}, NOW)
    return ids


def names(reg, **query):
    return [r.name for r in organisations.search(reg.ws, Query(**query))]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("", ["Aannemer Zonder Werk", "Bouwbedrijf Vermeulen", "Régie communale de Liège"]),
        ("verm", ["Bouwbedrijf Vermeulen"]),
        ("REGIE liege", ["Régie communale de Liège"]),  # accents and case do not matter
        ("liège régie", ["Régie communale de Liège"]),
        ("0123.456", ["Bouwbedrijf Vermeulen"]),  # part of an enterprise number
        ("BE 0207123407", ["Régie communale de Liège"]),
        ("123456749", ["Bouwbedrijf Vermeulen"]),  # the old nine-digit form
        ("zonder [werk*", []),  # GLOB and LIKE characters typed are plain text
        ("%", []),
        ("_ werk", []),
        ("niemand", []),
    ],
)
def test_search_matches_every_word_of_the_name_or_the_number(reg, orgs, typed, found):
    """Every typed word must appear in the name; digits also match the enterprise number."""
    assert names(reg, text=typed) == found
    assert organisations.count(reg.ws, Query(text=typed)) == len(found)


def test_rows_count_the_tenders_and_derive_the_role(reg, orgs):
    """Buyer of 4, tenderer on 1, unused: counts and role come from the tenders."""
    rows = {r.name: r for r in organisations.search(reg.ws, Query())}
    buyer, firm, free = (
        rows["Régie communale de Liège"],
        rows["Bouwbedrijf Vermeulen"],
        rows["Aannemer Zonder Werk"],
    )
    assert (buyer.as_buyer, buyer.as_tenderer, buyer.tenders, buyer.role) == (4, 0, 4, "buyer")
    assert (firm.tenders, firm.role) == (1, "tenderer")
    assert (free.tenders, free.role, free.size_class) == (0, "", "micro")
    assert firm.enterprise_number == "0123.456.749"


@pytest.mark.parametrize(
    ("sort", "descending", "first"),
    [
        ("tenders", True, "Régie communale de Liège"),
        ("tenders", False, "Aannemer Zonder Werk"),
        ("name", True, "Régie communale de Liège"),
        ("role", True, "Régie communale de Liège"),
        ("enterprise_number", True, "Aannemer Zonder Werk"),
        ("size_class", True, "Aannemer Zonder Werk"),
        ("'; DROP TABLE organisations; --", False, "Aannemer Zonder Werk"),  # not whitelisted
    ],
)
def test_sorting_is_done_in_sql_on_whitelisted_columns(reg, orgs, sort, descending, first):
    """Each column sorts both ways; an unknown sort falls back to the name."""
    assert names(reg, sort=sort, descending=descending)[0] == first


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(organisations.SORTS))
def test_paging_by_key_walks_the_whole_list_once_in_order(reg, sort, descending):
    """Pages of 4, each after the last row of the one before, in every order: the same rows
    in the same order as one page of all, none twice, none missed (ties, case, no number)."""
    for n in range(25):
        name = f"Firma {n % 5}" if n % 2 else f"FIRMA {n % 5}"
        city = ("Gent", "gent", "Aalst")[n % 3]
        first = f"{4_000_000 + n:08d}"
        digits = f"{first}{97 - int(first) % 97:02d}"
        number = {"enterprise_number": f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"} if n % 4 else {}
        reg.add_organisation({"name": name, "city": city, **number}, NOW)
    whole = organisations.search(reg.ws, Query(sort=sort, descending=descending, limit=1000))
    seen, after = [], None
    while True:
        page = organisations.search(
            reg.ws, Query(sort=sort, descending=descending, after=after, limit=4)
        )
        seen += page
        if len(page) < 4:
            break
        after = page[-1].key
    assert [r.id for r in seen] == [r.id for r in whole]
    assert len({r.id for r in seen}) == 25


def test_delete_of_a_used_organisation_is_refused_with_the_tenders(reg, orgs):
    """The buyer of four tenders: refused, the count and the three newest references named."""
    with pytest.raises(InUseError) as info:
        reg.delete_organisation(orgs["buyer"])
    usage = info.value.usage
    assert (usage.as_buyer, usage.as_tenderer) == (4, 0)
    assert [ref for ref, _ in usage.buyer_of] == ["2026/003", "2026/002", "2026/001"]
    assert "buyer of 4 tenders" in info.value.message
    with pytest.raises(InUseError, match="tenderer on 1 tender"):
        reg.delete_organisation(orgs["firm"])
    assert reg.organisation(orgs["buyer"]).name == "Régie communale de Liège"


def test_delete_and_restore_bring_back_the_same_row_with_audit(reg, orgs):
    """An unused organisation is deleted and restored with its id and fields; both logged."""
    before = reg.organisation(orgs["free"])
    deleted = reg.delete_organisation(orgs["free"])
    assert "Aannemer Zonder Werk" not in names(reg)
    assert reg.restore_organisation(deleted) == orgs["free"]
    assert reg.organisation(orgs["free"]) == before
    assert [h["action"] for h in reg.history("organisations", orgs["free"])] == [
        "insert",
        "delete",
        "insert",
    ]


def test_a_new_organisation_never_takes_the_id_of_a_deleted_one(reg, orgs):
    """Ids stay unique over time, so undo finds its id free and old tenders stay right."""
    deleted = reg.delete_organisation(orgs["free"])
    newer = reg.add_organisation({"name": "Nieuwkomer"}, NOW)
    assert newer > orgs["free"]
    assert reg.restore_organisation(deleted) == orgs["free"]


def test_restore_is_refused_when_the_enterprise_number_was_taken(reg, orgs):
    """Another organisation took the number meanwhile: undo says why, nothing changes."""
    deleted = reg.delete_organisation(orgs["free"])
    reg.add_organisation({"name": "Nieuw Zonder Werk", "enterprise_number": "0456789034"}, NOW)
    with pytest.raises(ValidationError, match="cannot come back"):
        reg.restore_organisation(deleted)
    assert names(reg, text="zonder") == ["Nieuw Zonder Werk"]


def test_a_tender_cannot_come_back_without_its_buyer(reg):
    """Delete a tender, then its buyer: undoing the tender delete names the reason."""
    buyer = reg.add_organisation({"name": "OCMW Aalst"}, NOW)
    tid = reg.add_tender(tender("2026/050", buyer), NOW)
    deleted_tender = reg.delete_tender(tid)
    reg.delete_organisation(buyer)
    with pytest.raises(ValidationError, match="its buyer or one of its tenderers"):
        reg.restore_tender(deleted_tender)


def test_usage_and_holder_of_a_number(reg, orgs):
    """The editor asks who has a number as the user types it."""
    assert organisations.holder_of(reg.ws, "0123.456.749") == "Bouwbedrijf Vermeulen"
    assert organisations.holder_of(reg.ws, "0123.456.749", orgs["firm"]) is None
    assert not organisations.usage(reg.ws, orgs["free"]).used


# -- the typed form ---------------------------------------------------------------------------
PACK = bundled_pack()


def typed(**fields):
    return read_typed({"name": "Bouwbedrijf Vermeulen", **fields}, None, PACK)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"name": " "}, "name", "is required"),
        ({"enterprise_number": "0123.456.789"}, "enterprise_number", "should be 49"),
        ({"iban": "BE68 5390 0754 7035"}, "iban", "fails its check digits"),
        ({"bic": "GEBA"}, "bic", "is not a BIC"),
        ({"turnover": "1.234"}, "turnover", "could be 1234 or 1.234"),
        ({"balance_sheet_total": "-5"}, "balance_sheet_total", "must not be negative"),
        ({"staff_awu": "tien"}, "staff_awu", "is not an amount"),
        ({"figures_year": "25x"}, "figures_year", "is not a year"),
        ({"figures_year": "20250"}, "figures_year", "is not a year"),
        ({"email": "info@"}, "email", "is not an e-mail address"),
        ({"postcode": "962"}, "postcode", "four digits"),
        ({"country": "Belgium"}, "country", "two-letter country code"),
    ],
)
def test_each_typed_field_is_checked_on_its_own(fields, field, words):
    """A problem is reported under its own field, with what was read."""
    read = typed(**fields)
    assert list(read.errors) == [field]
    assert words in read.errors[field].message


def test_complete_figures_decide_the_size_class_with_the_rule():
    """12,5 staff and a turnover of 1.500.000,00: small, by turnover, with the limits."""
    read = typed(staff_awu="12,5", turnover="1.500.000,00", balance_sheet_total="800 000")
    assert read.errors == {}
    assert read.size.size == read.data["size_class"] == "small"
    assert read.size.decided_by == "turnover"
    assert read.size.limits["staff_below"] == Decimal("50")
    assert "2003/361" in read.size.applied[0].source
    assert read.data["turnover"] == "1500000.00"


def test_incomplete_figures_keep_the_class_chosen_by_hand():
    """Without a balance-sheet total the class is the one chosen; the missing one is named."""
    read = read_typed({"name": "X", "staff_awu": "3", "turnover": "10"}, "medium", PACK)
    assert read.size is None and read.data["size_class"] == "medium"
    assert read.missing_figures == ("balance_sheet_total",)


def test_a_valid_typed_organisation_is_stored_normalised(reg):
    """The typed forms go through the register unchanged and come back normalised."""
    read = typed(
        enterprise_number="BE 0123456749",
        iban="be68539007547034",
        bic="gebabebb",
        country="be",
        postcode="9620",
        staff_awu="4",
        turnover="250.000,00",
        balance_sheet_total="100000",
        figures_year="2025",
    )
    assert read.errors == {}
    org = reg.organisation(reg.add_organisation(read.data, NOW))
    assert (org.enterprise_number, org.iban, org.bic, org.country) == (
        "0123.456.749",
        "BE68 5390 0754 7034",
        "GEBABEBB",
        "BE",
    )
    assert (org.size_class, org.turnover, org.figures_year) == ("micro", Decimal("250000"), 2025)


def test_a_logo_is_a_small_png_or_jpeg_kept_as_bytes(tmp_path):
    """Its bytes are stored (the workspace stays whole when copied); other files are refused."""
    from core.limits import MAX_LOGO_BYTES
    from core.store import model

    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    assert model.logo(png) == png and model.logo(b"") is None and model.logo(None) is None
    assert model.logo(bytearray(b"\xff\xd8\xff\xe0jpeg")) == b"\xff\xd8\xff\xe0jpeg"
    for bad, code in (
        (b"GIF89a", "not_an_image"),
        ("C:/logo.png", "not_an_image"),
        (png + b"\0" * MAX_LOGO_BYTES, "image_too_large"),
    ):
        with pytest.raises(ValidationError) as caught:
            model.logo(bad)
        assert caught.value.code == code


# -- what the user reads when a delete or an undo is refused -----------------------------------


def test_a_refused_delete_names_the_organisation_and_its_tenders_in_dutch(reg, orgs):
    """The words of the refusal, with the count over both roles and the references."""
    from core.texts import error_text

    reg.add_tender(tender("2026/010", orgs["firm"]), NOW)  # the firm also buys once
    with pytest.raises(InUseError) as info:
        reg.delete_organisation(orgs["firm"])
    error = info.value
    assert (error.field, error.code) == ("id", "in_use")
    assert error.params["tenders"] == 2
    assert error.params["name"] == "Bouwbedrijf Vermeulen"
    assert error.message.endswith(
        "it is the buyer of 1 tender (2026/010) and tenderer on 1 tender (2026/003)"
    )
    assert error_text(error, "nl") == (
        "„Bouwbedrijf Vermeulen” kan niet verwijderd worden: opdrachten gebruiken het nog "
        "(2026/010, 2026/003)."
    )


def test_a_refused_undo_names_both_organisations_in_dutch(reg, orgs):
    """Undo of a delete whose number was taken since: the field, and both names in the words."""
    from core.texts import error_text

    deleted = reg.delete_organisation(orgs["free"])
    reg.add_organisation({"name": "Nieuw Zonder Werk", "enterprise_number": "0456789034"}, NOW)
    with pytest.raises(ValidationError) as info:
        reg.restore_organisation(deleted)
    assert (info.value.field, info.value.code) == (
        "enterprise_number",
        "cannot_restore_organisation",
    )
    assert error_text(info.value, "nl") == (
        "„Aannemer Zonder Werk” kan niet terugkomen: „Nieuw Zonder Werk” heeft nu zijn "
        "ondernemingsnummer of zijn plaats in het register."
    )


def test_a_figure_that_reads_two_ways_is_read_as_the_language_writes_it():
    """Typed in Dutch, 620.000 is 620 000 and the form says so; zero is a figure too."""
    read = read_typed(
        {"name": "X", "staff_awu": "0", "turnover": "620.000", "balance_sheet_total": "1"},
        None,
        PACK,
        "nl",
    )
    assert read.errors == {}
    assert (read.data["staff_awu"], read.data["turnover"]) == ("0", "620000")
    assert read.read_by_language == ("turnover",)
    assert read.size.size == "micro"


def test_a_refused_figure_names_its_own_field():
    """The error carries the figure's name, which the form's words use."""
    for text, code in (("1.234", "ambiguous_amount"), ("-5", None)):
        read = typed(turnover=text)
        assert read.errors["turnover"].field == "turnover"
        if code:
            assert read.errors["turnover"].code == code


def test_a_percent_or_underscore_typed_finds_names_that_have_one(reg):
    """LIKE's wildcards typed in a search are the characters themselves."""
    for name in ("100% Bio", "1000 Bio", "Bureau_Plan", "Bureau-Plan"):
        reg.add_organisation({"name": name}, NOW)
    assert names(reg, text="100%") == ["100% Bio"]
    assert names(reg, text="u_p") == ["Bureau_Plan"]
    assert organisations.like_pattern("é_%") == "%_\\_\\%%"  # é has accented forms
    assert organisations.like_pattern("b1") == "%b1%"


def test_an_undone_delete_of_a_tender_is_refused_with_its_reference_in_dutch(reg):
    """Its reference taken meanwhile, or its buyer gone: the field, and the words that name
    the tender."""
    from core.texts import error_text

    buyer = reg.add_organisation({"name": "OCMW Aalst"}, NOW)
    deleted = reg.delete_tender(reg.add_tender(tender("2026/050", buyer), NOW))
    reg.add_tender(tender("2026/050", buyer), NOW)
    with pytest.raises(ValidationError) as taken:
        reg.restore_tender(deleted)
    assert (taken.value.field, taken.value.code) == ("reference", "cannot_restore_reference")
    assert error_text(taken.value, "nl") == (
        "De opdracht „2026/050” kan niet terugkomen: een andere opdracht heeft nu haar referentie."
    )
    other = reg.add_organisation({"name": "Stad Ninove"}, NOW)
    deleted = reg.delete_tender(reg.add_tender(tender("2026/051", other), NOW))
    reg.delete_organisation(other)
    with pytest.raises(ValidationError) as gone:
        reg.restore_tender(deleted)
    assert (gone.value.field, gone.value.code) == ("buyer_id", "cannot_restore_tender")
    assert error_text(gone.value, "nl").startswith("De opdracht „2026/051” kan niet terugkomen")


def test_the_buyer_list_offers_buyers_and_new_names_but_not_mere_tenderers(reg, orgs):
    """The editor's buyer list: by name (case ignored), the firm seen only as a tenderer
    left out unless it is the tender's buyer already."""
    lower = reg.add_organisation({"name": "ocmw Aalst"}, NOW)
    assert reg.buyer_choices() == [
        (orgs["free"], "Aannemer Zonder Werk"),
        (lower, "ocmw Aalst"),
        (orgs["buyer"], "Régie communale de Liège"),
    ]
    assert (orgs["firm"], "Bouwbedrijf Vermeulen") in reg.buyer_choices(keep=orgs["firm"])
    assert [name for _, name in reg.organisation_choices()] == [
        "Aannemer Zonder Werk",
        "Bouwbedrijf Vermeulen",
        "ocmw Aalst",
        "Régie communale de Liège",
    ]


def test_the_typed_form_hands_the_register_normalised_fields_and_the_logo():
    """What the editor stores is read here already: identifiers normalised, Belgium when no
    country is typed, the logo's bytes; a missing name and a bad logo under their fields."""
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    read = read_typed(
        {"name": "Bouwbedrijf Vermeulen", "iban": "be68539007547034", "bic": "gebabebb"},
        None,
        PACK,
        logo=png,
    )
    assert read.errors == {}
    assert (read.data["iban"], read.data["bic"], read.data["country"]) == (
        "BE68 5390 0754 7034",
        "GEBABEBB",
        "BE",
    )
    assert read.data["logo"] == png
    nameless = read_typed({"name": "", "country": "Belgium"}, None, PACK, logo=b"GIF89a")
    assert {k: (e.field, e.code) for k, e in nameless.errors.items()} == {
        "name": ("name", "missing"),
        "logo": ("logo", "not_an_image"),
        "country": ("country", "not_a_country"),
    }
    assert nameless.data["country"] == "BE"  # the postcode is still checked the Belgian way
