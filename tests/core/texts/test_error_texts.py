"""Why an input is refused, in the user's language: the rule pack's coverage and typed values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.dates import parse_date
from core.decisions import CHECKS
from core.errors import NotCoveredError, ValidationError
from core.money import parse_amount
from core.rules import bundled_pack
from core.texts import error_text

REQUEST = {
    "authority": "local",
    "contract_type": "services",
    "estimated_value_excl_vat": "141500",
}


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def test_the_pack_covers_launch_dates_up_to_its_first_period_that_ends():
    """The bundled pack: from 30/06/2017 (law of 17 June 2016) to 31/12/2027 (EU thresholds)."""
    pack = bundled_pack()
    assert (pack.covers_from, pack.covers_to) == (date(2017, 6, 30), date(2027, 12, 31))
    pack.check_covered(date(2017, 6, 30))
    pack.check_covered(date(2027, 12, 31))


@pytest.mark.parametrize(
    ("on", "code"), [(date(2017, 6, 29), "before_covered"), (date(2028, 1, 1), "after_pack")]
)
def test_a_launch_date_outside_the_pack_is_a_coded_error_with_the_dates(on, code):
    """The error names the date asked and the dates covered, so any language can say it."""
    exc = refused(lambda: bundled_pack().check_covered(on))
    assert isinstance(exc, NotCoveredError)
    assert (exc.field, exc.code) == ("launch_date", code)
    assert exc.params == {
        "on": on,
        "covers_from": date(2017, 6, 30),
        "covers_to": date(2027, 12, 31),
    }


@pytest.mark.parametrize("on", ["2016-05-01", "2028-03-01"])
def test_the_engine_refuses_the_same_dates_with_the_same_coverage(on):
    """Deciding for such a date gives the same coded error as the check before deciding."""
    exc = refused(lambda: CHECKS["procedure"].run({**REQUEST, "launch_date": on}, bundled_pack()))
    assert exc.code in ("before_covered", "after_pack")
    assert exc.params["covers_to"] == date(2027, 12, 31)


def test_after_the_pack_the_user_is_told_the_dates_and_what_to_do_in_every_language():
    exc = refused(lambda: bundled_pack().check_covered(date(2028, 3, 1)))
    assert error_text(exc, "en") == (
        "The rules cover contracts launched from 30/06/2017 to 31/12/2027. Check the launch "
        "date, or load a newer rule pack in Edit > Settings."
    )
    assert error_text(exc, "nl").startswith(
        "De regels gelden voor opdrachten gelanceerd van 30/06/2017 tot 31/12/2027."
    )
    assert "nieuwer regelpakket via Bewerken > Instellingen" in error_text(exc, "nl")
    assert error_text(exc, "fr").startswith(
        "Les règles couvrent les marchés lancés du 30/06/2017 au 31/12/2027."
    )
    assert "paquet de règles plus récent dans Édition > Paramètres" in error_text(exc, "fr")


def test_before_the_pack_the_user_is_told_it_is_the_former_law():
    """A newer pack would not help: the date is checked, not the pack."""
    exc = refused(lambda: bundled_pack().check_covered(date(2016, 5, 1)))
    assert "01/05/2016" in error_text(exc, "nl")
    assert "vroegere wet" in error_text(exc, "nl")
    assert "ancienne loi" in error_text(exc, "fr")
    assert "regelpakket" not in error_text(exc, "nl")


def test_a_pack_without_an_end_says_only_where_it_starts():
    exc = NotCoveredError(
        "launch_date",
        "before_covered",
        "too early",
        {"on": date(2016, 5, 1), "covers_from": date(2017, 6, 30), "covers_to": None},
    )
    assert error_text(exc, "en").startswith(
        "The rules cover contracts launched from 30/06/2017. 01/05/2016 is earlier"
    )


def test_typed_values_are_refused_in_the_users_words():
    """The field's name and what was typed, French typography with no-break spaces."""
    exc = refused(lambda: parse_amount("1.234", "estimated_value"))
    assert error_text(exc, "nl") == (
        "Geraamde waarde excl. btw: „1.234” kan 1234 of 1,234 zijn; schrijf 1.234,00 als u "
        "1234 bedoelt."
    )
    exc = refused(lambda: parse_date("31/02/2026", "launch_date"))
    assert error_text(exc, "fr") == (
        "Date de lancement\u00a0: le 31/02/2026 n'est pas un jour du calendrier."
    )


def test_a_code_without_a_text_keeps_the_engines_message():
    exc = ValidationError("tenderers", "a_code_of_a_newer_version", "two tenderers clash")
    assert error_text(exc, "nl") == "two tenderers clash"


def test_a_percentage_is_written_per_language():
    exc = ValidationError(
        "documents_percentage",
        "below_legal_minimum",
        "4% is below",
        {"pct": Decimal("4"), "low": Decimal("10")},
    )
    assert error_text(exc, "fr").startswith(
        "Avance dans les documents du marché\u00a0: 4\u00a0% est inférieur au minimum légal de "
        "10\u00a0%"
    )


def test_a_rule_abolished_for_good_does_not_end_the_packs_coverage():
    """The bond exemptions ended on 2023-10-31; the pack still covers launches up to the end
    of the current EU thresholds."""
    from core.rules import bundled_pack

    pack = bundled_pack()
    assert "bond_exempt_below" in pack.ending
    assert pack.covers_to == date(2027, 12, 31)
