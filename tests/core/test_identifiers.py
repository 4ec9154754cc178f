"""Identifiers: Belgian enterprise numbers, IBANs and BICs read, checked and normalised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ValidationError
from core.store.identifiers import bic, enterprise_number, iban

# --- the documented algorithms, written again here so the tests do not trust the module ----


def enterprise_check(base: str) -> int:
    """KBO/BCE: 97 - (first 8 digits mod 97); a multiple of 97 gives 97."""
    return 97 - int(base) % 97


def build_enterprise(base: str) -> str:
    """The dotted enterprise number of an 8-digit base with its correct check digits."""
    digits = f"{base}{enterprise_check(base):02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def belgian_account(base: str) -> str:
    """A 12-digit Belgian account number: 10 digits, then their value mod 97 (0 gives 97)."""
    return f"{base}{int(base) % 97 or 97:02d}"


def build_iban(country: str, bban: str) -> str:
    """ISO 13616: check digits are 98 - (BBAN + country + 00, letters A=10..Z=35) mod 97."""
    moved = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


def grouped(chars: str) -> str:
    return " ".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def refusal(func, text, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        func(text, **kwargs)
    return caught.value


# --- enterprise numbers: accepted -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0123.456.749",
        "0123456749",
        "BE0123456749",
        "BE 0123.456.749",
        "be0123.456.749",
        "123456749",
        "123.456.749",
        "BE 123.456.749",
        "0123-456-749",
        " 0 1 2 3 4 5 6 7 4 9 ",
        "0123\u00a0456\u00a0749",
    ],
)
def test_enterprise_number_reads_every_typed_form(text):
    """Dots, spaces, dashes, a BE prefix and the old 9-digit form all give 0123.456.749."""
    assert enterprise_number(text) == "0123.456.749"


@pytest.mark.parametrize("number", ["0123.456.749", "0203.201.340"])
def test_enterprise_number_accepts_fixed_known_good_numbers(number):
    """Numbers whose check digits are known to be right come back unchanged."""
    assert enterprise_number(number) == number


@pytest.mark.parametrize("base", ["02032013", "04031707", "10000000", "19999999", "07654321"])
def test_enterprise_number_accepts_numbers_built_with_the_algorithm(base):
    """A base with check digits 97 - (base mod 97) is accepted, dotted 4.3.3."""
    number = build_enterprise(base)
    assert enterprise_number(number.replace(".", "")) == number


@pytest.mark.parametrize("multiple", [0, 1, 10_000, 127_273, 206_185])
def test_enterprise_number_base_multiple_of_97_has_check_97(multiple):
    """When the first 8 digits are a multiple of 97 the check digits are 97, never 00."""
    base = f"{97 * multiple:08d}"
    assert base[0] in "01"
    assert enterprise_number(f"{base}97") == f"{base[:4]}.{base[4:7]}.{base[7:]}97"
    error = refusal(enterprise_number, f"{base}00")
    assert error.code == "bad_check_digits"
    assert "should be 97" in error.message


# --- enterprise numbers: refused ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "0123.456.7x9",
            "'0123.456.7x9' is not an enterprise number: 'x' is not a digit; "
            "expected 10 digits like 0123.456.749, optionally after BE",
        ),
        (
            "NL0123456749",
            "'NL0123456749' is not an enterprise number: 'NL' is not a digit; "
            "expected 10 digits like 0123.456.749, optionally after BE",
        ),
        (
            "0123.456.7",
            "'0123.456.7' is not an enterprise number: read 8 digits; "
            "expected 10 digits like 0123.456.749, optionally after BE",
        ),
        (
            "01234.567.490",
            "'01234.567.490' is not an enterprise number: read 11 digits; "
            "expected 10 digits like 0123.456.749, optionally after BE",
        ),
        (
            "",
            "'' is not an enterprise number: read 0 digits; "
            "expected 10 digits like 0123.456.749, optionally after BE",
        ),
        (
            "0123,456,749",
            "'0123,456,749' is not an enterprise number: ',' is not a digit; "
            "expected 10 digits like 0123.456.749, optionally after BE",
        ),
    ],
)
def test_enterprise_number_refuses_wrong_characters_or_length(text, message):
    """Letters, other separators, or not 9 or 10 digits: not_an_enterprise_number."""
    error = refusal(enterprise_number, text)
    assert error.code == "not_an_enterprise_number"
    assert error.field == "enterprise_number"
    assert error.message == message


def test_enterprise_number_refuses_what_is_not_text():
    """A number or None is refused with the same code, not a crash."""
    assert refusal(enterprise_number, 123456749).code == "not_an_enterprise_number"
    assert refusal(enterprise_number, None).message == "expected text, got None"


def test_enterprise_number_refuses_a_first_digit_other_than_0_or_1():
    """2123.456.749 is ten digits but starts with 2: bad_first_digit, the number is shown."""
    error = refusal(enterprise_number, "2123456749")
    assert error.code == "bad_first_digit"
    assert error.message == "read 2123.456.749: an enterprise number starts with 0 or 1, not 2"


def test_enterprise_number_refuses_wrong_check_digits_showing_expected_and_given():
    """0123.456.748: the message gives the check digits expected (49) and those typed (48)."""
    error = refusal(enterprise_number, "BE 0123.456.748")
    assert error.code == "bad_check_digits"
    assert error.message == (
        "read 0123.456.748: the last two digits should be 49 for 0123.456.7.., not 48"
    )


def test_enterprise_number_check_digits_below_10_keep_their_zero():
    """An expected check below 10 is written with two digits (07, not 7)."""
    base = next(f"{n:08d}" for n in range(10**6, 10**7) if enterprise_check(f"{n:08d}") == 7)
    error = refusal(enterprise_number, f"{base}70")
    assert "should be 07 for" in error.message
    assert error.message.endswith("not 70")


def test_enterprise_number_refusal_names_the_field_given():
    """The field passed by the caller is the one carried by the error."""
    assert refusal(enterprise_number, "x", field="tenderer.kbo").field == "tenderer.kbo"


# --- enterprise numbers: properties ---------------------------------------------------------

bases = st.integers(0, 19_999_999).map(lambda n: f"{n:08d}")


@settings(max_examples=300, deadline=None)
@given(base=bases)
def test_enterprise_number_any_correct_number_is_read_in_every_typed_form(base):
    """A base with its correct check digits is accepted in every form, same result each time."""
    dotted = build_enterprise(base)
    plain = dotted.replace(".", "")
    forms = [
        dotted,
        plain,
        "BE" + plain,
        "BE " + dotted,
        "be" + dotted,
        " ".join([plain[:4], plain[4:7], plain[7:]]),
        "-".join([plain[:4], plain[4:7], plain[7:]]),
    ]
    if plain[0] == "0":
        forms += [plain[1:], dotted[1:], "BE " + dotted[1:]]
    assert {enterprise_number(form) for form in forms} == {dotted}


@settings(max_examples=200, deadline=None)
@given(base=bases)
def test_enterprise_number_changing_any_one_digit_is_refused(base):
    """Every single-digit change of a correct number is refused: first digit or check digits."""
    plain = build_enterprise(base).replace(".", "")
    for position, digit in enumerate(plain):
        for other in "0123456789".replace(digit, ""):
            changed = plain[:position] + other + plain[position + 1 :]
            error = refusal(enterprise_number, changed)
            if position == 0 and other not in "01":
                assert error.code == "bad_first_digit"
            else:
                assert error.code == "bad_check_digits"


# --- IBAN: accepted -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("BE68539007547034", "BE68 5390 0754 7034"),
        ("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"),
        ("FR1420041010050500013M02606", "FR14 2004 1010 0505 0001 3M02 606"),
        ("DE89370400440532013000", "DE89 3704 0044 0532 0130 00"),
        ("LU280019400644750000", "LU28 0019 4006 4475 0000"),
        ("be68 5390 0754 7034", "BE68 5390 0754 7034"),
        (" fr14 2004 1010 0505 0001 3m02 606 ", "FR14 2004 1010 0505 0001 3M02 606"),
        ("BE68\u00a05390\t0754 7034", "BE68 5390 0754 7034"),
    ],
)
def test_iban_accepts_fixed_known_good_ibans(text, printed):
    """Registry examples, in any case and spacing, come back upper case in groups of 4."""
    assert iban(text) == printed


@pytest.mark.parametrize(
    ("country", "bban"),
    [
        ("BE", belgian_account("0631234567")),
        ("BE", belgian_account("9700000000")),  # base a multiple of 97: account check 97
        ("NL", "RABO0123456789"),
        ("FR", "30006000011234567890189"),
        ("DE", "500105175407324931"),
        ("LU", "0010001234567891"),
        ("XK", "1212012345678906"),  # not in the table: any length 15 to 34
        ("ZZ", "1234567890A"),
    ],
)
def test_iban_accepts_ibans_built_with_the_algorithm(country, bban):
    """An IBAN whose check digits are computed per ISO 13616 is accepted and grouped by 4."""
    chars = build_iban(country, bban)
    assert iban(chars.lower()) == grouped(chars)


def test_iban_belgian_account_check_97_is_accepted():
    """A Belgian account whose 10 digits are a multiple of 97 ends in 97 and is accepted."""
    account = belgian_account("9700000000")
    assert account.endswith("97")
    assert iban(build_iban("BE", account)).endswith("0000 0097")


# --- IBAN: refused --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["", "BE-68-5390-0754-7034", "6853900754707034", "BEXX539007547034", "BE68.5390"]
)
def test_iban_refuses_what_is_not_shaped_like_an_iban(text):
    """No country letters, no check digits or other characters: not_an_iban."""
    error = refusal(iban, text)
    assert error.code == "not_an_iban"
    assert error.field == "iban"
    assert error.message == (
        f"{text!r} is not an IBAN: expected 2 letters of a country, 2 check digits, "
        "then letters and digits, like BE68 5390 0754 7034"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "BE6853900754703",
            "read BE6853900754703, 15 characters; an IBAN from Belgium (BE) has 16",
        ),
        (
            "NL91ABNA04171643001",
            "read NL91ABNA04171643001, 19 characters; an IBAN from the Netherlands (NL) has 18",
        ),
        (
            "FR1420041010050500013M0260",
            "read FR1420041010050500013M0260, 26 characters; an IBAN from France (FR) has 27",
        ),
        (
            "DE8937040044053201300",
            "read DE8937040044053201300, 21 characters; an IBAN from Germany (DE) has 22",
        ),
        (
            "LU2800194006447500001",
            "read LU2800194006447500001, 21 characters; an IBAN from Luxembourg (LU) has 20",
        ),
        ("XK12345678901", "read XK12345678901, 13 characters; an IBAN (XK) has 15 to 34"),
        ("XK" + "1" * 33, f"read XK{'1' * 33}, 35 characters; an IBAN (XK) has 15 to 34"),
    ],
)
def test_iban_refuses_a_length_wrong_for_the_country(text, message):
    """The message names the country and the length expected there (15 to 34 if unknown)."""
    error = refusal(iban, text)
    known = not text.startswith("XK")
    assert error.code == ("bad_iban_length" if known else "bad_iban_length_other_country")
    assert error.message == message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("BE68539007547043", "from Belgium (BE)"),  # last two digits swapped
        ("NL91ABNA0417164301", "from the Netherlands (NL)"),
        ("DE88370400440532013000", "from Germany (DE)"),  # check digits mistyped
        ("XK001212012345678906", "(XK)"),
    ],
)
def test_iban_refuses_a_wrong_iso_checksum(text, where):
    """A typo caught by mod 97 != 1: bad_iban_checksum, naming the country."""
    error = refusal(iban, text)
    assert error.code == "bad_iban_checksum"
    assert error.message == (
        f"read {grouped(text)}: this IBAN {where} fails its check digits "
        "(a character is probably mistyped)"
    )


def test_iban_refuses_a_belgian_account_with_wrong_check_digits():
    """The IBAN check digits are right but 539-0075470-35 is not a Belgian account (34 is)."""
    chars = build_iban("BE", "539007547035")
    error = refusal(iban, chars)
    assert error.code == "bad_belgian_account"
    assert error.message == (
        f"read {grouped(chars)}: the account number 539-0075470-35 "
        "in this IBAN from Belgium (BE) fails its check digits"
    )


def test_iban_refuses_a_belgian_account_with_letters():
    """A Belgian account is 12 digits; letters with a right ISO checksum are still refused."""
    assert refusal(iban, build_iban("BE", "5390075470AB")).code == "bad_belgian_account"


def test_iban_refuses_a_belgian_account_check_00_for_a_multiple_of_97():
    """The account check of a multiple of 97 is 97, so 00 is refused."""
    assert refusal(iban, build_iban("BE", "970000000000")).code == "bad_belgian_account"


def test_iban_refuses_what_is_not_text():
    """None is refused with not_an_iban, not a crash."""
    assert refusal(iban, None, field="supplier.iban").field == "supplier.iban"
    assert refusal(iban, None).code == "not_an_iban"


@settings(max_examples=200, deadline=None)
@given(base=st.integers(0, 10**10 - 1).map(lambda n: f"{n:010d}"))
def test_iban_any_belgian_account_gives_an_accepted_iban_and_any_digit_change_is_refused(base):
    """A BE IBAN built from any account is accepted spaced or not; one digit changed is not."""
    chars = build_iban("BE", belgian_account(base))
    assert iban(chars) == iban(grouped(chars).lower()) == grouped(chars)
    for position in range(2, len(chars)):
        other = "0123456789".replace(chars[position], "")[position % 9]
        changed = chars[:position] + other + chars[position + 1 :]
        assert refusal(iban, changed).code == "bad_iban_checksum"


# --- BIC ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GEBABEBB", "GEBABEBB"),
        ("gkccbebb", "GKCCBEBB"),
        ("GKCC BE BB", "GKCCBEBB"),
        ("BBRUBEBB100", "BBRUBEBB100"),
        ("deut de ff 500", "DEUTDEFF500"),
        ("ABNANL2A", "ABNANL2A"),
    ],
)
def test_bic_accepts_8_or_11_characters_and_returns_them_upper_case(text, expected):
    """Bank, country, location and optional branch, spaces removed, upper case."""
    assert bic(text) == expected


@pytest.mark.parametrize(
    "text",
    ["GEBABEB", "GEBABEBBX", "GEBABEBB1X", "GEBABEBB1234", "GEB4BEBB", "GEBAB3BB", "GEBA-BE-BB"],
)
def test_bic_refuses_other_lengths_and_shapes(text):
    """7, 9, 10 or 12 characters, a digit in the bank or country, a dash: not_a_bic."""
    error = refusal(bic, text)
    assert error.code == "not_a_bic"
    assert error.field == "bic"
    assert error.message == (
        f"{text!r} is not a BIC: read {len(text)} characters; expected 8 or 11: "
        "4 letters (bank), 2 letters (country), 2 letters or digits (location), "
        "optionally 3 letters or digits (branch), like GEBABEBB"
    )


def test_bic_refuses_what_is_not_text():
    """A number is refused with not_a_bic and the field given."""
    error = refusal(bic, 12345678, field="supplier.bic")
    assert (error.code, error.field) == ("not_a_bic", "supplier.bic")


def test_enterprise_number_with_one_digit_dropped_is_read_as_the_old_form_and_checked():
    """Nine digits are the old form with a 0 in front, so a dropped digit fails the check."""
    error = refusal(enterprise_number, "0123.456.74")
    assert error.code == "bad_check_digits"
    assert error.message.startswith("read 0012.345.674:")
