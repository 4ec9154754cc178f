"""Money: reading amounts typed by a user, half-up rounding to the cent, cents for storage."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from core.errors import ValidationError
from core.money import (
    ceil_to_step,
    from_cents,
    parse_amount,
    plain_decimal,
    round_cents,
    to_cents,
)

D = Decimal


# --- parse_amount: accepted forms -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", D("1234.56")),
        ("1234,56", D("1234.56")),
        ("1 234,56 €", D("1234.56")),
        ("1\u00a0234,56", D("1234.56")),
        ("1\u202f234,56", D("1234.56")),
        ("EUR 1234.56", D("1234.56")),
        ("1234.56", D("1234.56")),
        ("1234", D("1234")),
        ("1,234.56", D("1234.56")),
        ("1.234.567,89", D("1234567.89")),
        ("1,234,567.89", D("1234567.89")),
        ("-12,5", D("-12.5")),
        ("+7,25", D("7.25")),
        ("0,05", D("0.05")),
        ("1234,567", D("1234.567")),
    ],
)
def test_parse_amount_reads_belgian_and_plain_forms(text, expected):
    """Each accepted form gives the amount a Belgian reader means."""
    value = parse_amount(text)
    assert isinstance(value, Decimal)
    assert value == expected


def test_parse_amount_keeps_the_sign():
    """A leading minus gives a negative amount, not its absolute value."""
    assert parse_amount("-12,5") < 0
    assert parse_amount("-1.234,56") == D("-1234.56")


def test_parse_amount_passes_non_text_to_plain_decimal():
    """A Decimal or int is taken as is; a float is refused."""
    assert parse_amount(D("12.30")) == D("12.30")
    assert parse_amount(5) == D(5)
    with pytest.raises(ValidationError) as info:
        parse_amount(0.5, "price")
    assert info.value.code == "float_number" and info.value.field == "price"


# --- parse_amount: ambiguous and refused forms ---------------------------------------------


@pytest.mark.parametrize("text", ["1.234", "1,234"])
def test_one_separator_with_three_digits_is_ambiguous(text):
    """'1.234' and '1,234' are refused, and the message shows both readings."""
    with pytest.raises(ValidationError) as info:
        parse_amount(text, "estimate")
    exc = info.value
    assert exc.code == "ambiguous_amount"
    assert exc.field == "estimate"
    assert "could be 1234 or 1.234" in exc.message
    assert repr(text) in exc.message
    assert str(exc).startswith("estimate: ")


def test_ambiguous_message_tells_how_to_write_each_reading():
    """The message says how to write the thousands reading and the decimal reading."""
    with pytest.raises(ValidationError) as info:
        parse_amount("12.500")
    assert "could be 12500 or 12.500" in info.value.message
    assert "write 12.500,00 if you mean 12500 euro" in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "1,2,3",
        "12.34.5",
        "1.23,4,5",
        "12,",
        "1.234.",
        ",5",
        "1.23,45",
        "1234.567,89",
        "12a",
        "--5",
        "",
        "   ",
        "€",
    ],
)
def test_parse_amount_refuses_what_is_not_an_amount(text):
    """Text that is not an amount is refused with a ValidationError naming the text."""
    try:
        parse_amount(text, "amount")
    except ValidationError as exc:
        assert exc.code == "not_an_amount"
        assert exc.field == "amount"
        assert repr(text) in exc.message
    except Exception as exc:  # any other exception is the failure this test reports
        raise AssertionError(f"{text!r} raised {type(exc).__name__}: {exc}") from exc
    else:
        raise AssertionError(f"{text!r} was accepted")


# --- rounding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("2.675", "2.68"),
        ("2.665", "2.67"),
        ("-0.005", "-0.01"),
        ("0.004", "0.00"),
        ("0.0049999", "0.00"),
        ("1234.5650", "1234.57"),
        ("5", "5.00"),
    ],
)
def test_round_cents_rounds_half_up(value, expected):
    """Half a cent goes away from zero (ROUND_HALF_UP), never to the even cent."""
    result = round_cents(D(value))
    assert result == D(expected)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("value", "step", "expected"),
    [
        ("6016.65", "10", "6020"),
        ("6000", "10", "6000"),
        ("6000.01", "10", "6010"),
        ("0.01", "10", "10"),
        ("12.30", "0.5", "12.5"),
    ],
)
def test_ceil_to_step_rounds_up_to_a_multiple(value, step, expected):
    """ceil_to_step gives the smallest multiple of step that is not below the value."""
    assert ceil_to_step(D(value), D(step)) == D(expected)


# --- cents ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cents"),
    [
        ("12.34", 1234),
        ("0.005", 1),
        ("-0.005", -1),
        ("1000000000", 100000000000),
        ("0", 0),
    ],
)
def test_to_cents_gives_integer_cents_rounded_half_up(value, cents):
    """to_cents rounds half up and returns an int."""
    result = to_cents(D(value))
    assert type(result) is int
    assert result == cents


def test_from_cents_gives_a_two_decimal_amount():
    """from_cents(1234) is 12.34 with two decimals."""
    assert str(from_cents(1234)) == "12.34"
    assert str(from_cents(5)) == "0.05"
    assert from_cents(-150) == D("-1.50")


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_cents_round_trip(cents):
    """to_cents(from_cents(c)) == c for any whole number of cents."""
    assert to_cents(from_cents(cents)) == cents


@given(
    st.decimals(
        min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False
    )
)
def test_from_cents_of_to_cents_is_the_rounded_amount(value):
    """Storing an amount as cents and reading it back gives it rounded to the cent."""
    assert from_cents(to_cents(value)) == round_cents(value)


# --- plain_decimal --------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [0.5, 1.0, 9000.0])
def test_plain_decimal_refuses_floats(raw):
    """A float is refused: it cannot carry money exactly."""
    with pytest.raises(ValidationError) as info:
        plain_decimal(raw, "value")
    assert info.value.code == "float_number"
    assert info.value.field == "value"
    assert "decimal string" in info.value.message and repr(raw) in info.value.message


@pytest.mark.parametrize("raw", [True, False])
def test_plain_decimal_refuses_bools(raw):
    """True and False are not numbers, although bool is a subclass of int."""
    with pytest.raises(ValidationError) as info:
        plain_decimal(raw, "value")
    assert info.value.code == "not_a_number"
    assert repr(raw) in info.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9000.00", D("9000.00")),
        (" 12 ", D("12")),
        ("-3.5", D("-3.5")),
        (42, D(42)),
        (D("0.30"), D("0.30")),
    ],
)
def test_plain_decimal_reads_plain_strings_ints_and_decimals(raw, expected):
    """Plain decimal strings, ints and Decimals are read exactly."""
    value = plain_decimal(raw, "value")
    assert isinstance(value, Decimal)
    assert value == expected
    assert str(value) == str(expected)


@pytest.mark.parametrize("raw", ["1,5", "1e5", "NaN", "", None, [1], D("NaN"), D("Infinity")])
def test_plain_decimal_refuses_other_forms(raw):
    """Belgian commas, exponents, NaN, infinity and non-numbers are refused."""
    with pytest.raises(ValidationError) as info:
        plain_decimal(raw, "value")
    assert info.value.code == "not_a_number"


# --- property: formatting and parsing back -------------------------------------------------

AMBIGUOUS = re.compile(r"\d+[.,]\d{3}")


def belgian(cents: int, drop_zero_cents: bool) -> str:
    """'1.234,56' with dots between thousands; whole amounts as '1.234' when asked."""
    whole, frac = divmod(cents, 100)
    text = f"{whole:,}".replace(",", ".")
    return text if drop_zero_cents and frac == 0 else f"{text},{frac:02d}"


def plain(cents: int, drop_zero_cents: bool) -> str:
    """'1234.56'; whole amounts as '1234' when asked."""
    whole, frac = divmod(cents, 100)
    return str(whole) if drop_zero_cents and frac == 0 else f"{whole}.{frac:02d}"


def check_reads_back(text: str, amount: Decimal) -> None:
    """Unambiguous text parses back to the amount; ambiguous text is refused as ambiguous."""
    if AMBIGUOUS.fullmatch(text):
        with pytest.raises(ValidationError) as info:
            parse_amount(text)
        assert info.value.code == "ambiguous_amount"
    else:
        assert parse_amount(text) == amount


@given(cents=st.integers(min_value=0, max_value=10**11), drop_zero_cents=st.booleans())
@example(cents=123456, drop_zero_cents=False)
@example(cents=123400, drop_zero_cents=True)
@example(cents=99999900, drop_zero_cents=True)
@example(cents=100000000, drop_zero_cents=True)
@example(cents=10**11, drop_zero_cents=False)
def test_belgian_and_plain_forms_parse_back(cents, drop_zero_cents):
    """Any amount of 0 to 10^9 with 2 decimals, written the Belgian or plain way, reads back."""
    amount = D(cents).scaleb(-2)
    assert amount.as_tuple().exponent == -2
    check_reads_back(belgian(cents, drop_zero_cents), amount)
    check_reads_back(plain(cents, drop_zero_cents), amount)


def test_property_helpers_write_the_forms_a_user_types():
    """The Belgian writer used by the property gives the forms shown in the docs."""
    assert belgian(123456, False) == "1.234,56"
    assert belgian(123456789, False) == "1.234.567,89"
    assert belgian(123400, True) == "1.234"
    assert plain(123456, False) == "1234.56"
    assert AMBIGUOUS.fullmatch("1.234") and not AMBIGUOUS.fullmatch("1.234,00")


@pytest.mark.parametrize(
    ("text", "value"), [("0,001", "0.001"), ("0.001", "0.001"), ("-0,250", "-0.250")]
)
def test_a_leading_zero_is_never_a_thousands_group(text, value):
    """'0,001' can only be a decimal: asking whether it meant 0001 euro confused users."""
    assert parse_amount(text) == D(value)
