"""Identifiers typed by a user: Belgian enterprise numbers, IBANs and BICs.

Each function reads what was typed, checks it with the published algorithm and returns one
normalised form, or raises :class:`~core.errors.ValidationError` naming what was read. The
numbers below are those of the standards (KBO/BCE, ISO 13616, ISO 9362), not procurement law.
"""

from __future__ import annotations

import re

from core.errors import ValidationError
from core.money import typed_text

# --- Belgian enterprise number (KBO/BCE): 10 digits, mod-97 check on the first 8 ----------
ENTERPRISE_DIGITS = 10
ENTERPRISE_OLD_DIGITS = 9  # the former VAT form without the leading 0
CHECK_DIGITS = 2  # the last two digits, of an enterprise number or a Belgian account
ENTERPRISE_FIRST_DIGITS = ("0", "1")
ENTERPRISE_PREFIX = "BE"
CHECK_MODULUS = 97  # check = 97 - (base mod 97): a base multiple of 97 has check 97

# --- IBAN (ISO 13616) ---------------------------------------------------------------------
IBAN_MIN_LENGTH = 15
IBAN_MAX_LENGTH = 34
IBAN_MOVED_CHARS = 4  # country code and check digits go to the end before the check
IBAN_LETTER_BASE = 10  # A=10, B=11, ..., Z=35
IBAN_REMAINDER = 1  # a valid IBAN leaves 1 mod 97
IBAN_GROUP = 4  # printed in groups of 4 characters
BELGIAN_ACCOUNT_DIGITS = 12  # bank 3, account 7, check 2 = base mod 97 (0 gives 97)

# Country names and IBAN lengths of the SWIFT IBAN registry for the SEPA countries.
# fmt: off
IBAN_COUNTRIES: dict[str, tuple[str, int]] = {
    "AD": ("Andorra", 24), "AT": ("Austria", 20), "BE": ("Belgium", 16), "BG": ("Bulgaria", 22),
    "CH": ("Switzerland", 21), "CY": ("Cyprus", 28), "CZ": ("Czechia", 24),
    "DE": ("Germany", 22), "DK": ("Denmark", 18), "EE": ("Estonia", 20), "ES": ("Spain", 24),
    "FI": ("Finland", 18), "FR": ("France", 27), "GB": ("the United Kingdom", 22),
    "GI": ("Gibraltar", 23), "GR": ("Greece", 27), "HR": ("Croatia", 21), "HU": ("Hungary", 28),
    "IE": ("Ireland", 22), "IS": ("Iceland", 26), "IT": ("Italy", 27), "LI": ("Liechtenstein", 21),
    "LT": ("Lithuania", 20), "LU": ("Luxembourg", 20), "LV": ("Latvia", 21),
    "MC": ("Monaco", 27), "MT": ("Malta", 31), "NL": ("the Netherlands", 18),
    "NO": ("Norway", 15), "PL": ("Poland", 28), "PT": ("Portugal", 25), "RO": ("Romania", 24),
    "SE": ("Sweden", 24), "SI": ("Slovenia", 19), "SK": ("Slovakia", 24),
    "SM": ("San Marino", 27), "VA": ("Vatican City", 22),
}
# fmt: on

# --- BIC (ISO 9362): 4 letters bank, 2 letters country, 2 location, optional 3 branch -----
BIC_BANK, BIC_COUNTRY, BIC_LOCATION, BIC_BRANCH = 4, 2, 2, 3

_SEPARATORS = re.compile(r"[\s.\-\u00a0\u202f]")
_SPACES = re.compile(r"\s")
_DIGITS = re.compile(r"[0-9]+")
_IBAN_SHAPE = re.compile(r"[A-Z][A-Z][0-9][0-9][A-Z0-9]+")  # country, check digits, BBAN
_BIC_SHAPE = re.compile(
    f"[A-Z]{{{BIC_BANK + BIC_COUNTRY}}}[A-Z0-9]{{{BIC_LOCATION}}}([A-Z0-9]{{{BIC_BRANCH}}})?"
)


def _enterprise_check(digits: str) -> int:
    """Check digits of an enterprise number base: 97 - (base mod 97), so 97 rather than 0."""
    return CHECK_MODULUS - int(digits) % CHECK_MODULUS


def _account_check(digits: str) -> int:
    """Check digits of a Belgian account number base: base mod 97, with 97 rather than 0."""
    return int(digits) % CHECK_MODULUS or CHECK_MODULUS


def _cleaned(text: object, field: str, code: str, separators: re.Pattern[str]) -> str:
    """The text without separators; a non-string is refused with ``code``."""
    if not isinstance(text, str):
        raise ValidationError(
            field, code, f"expected text, got {text!r}", {"typed": typed_text(text)}
        )
    return separators.sub("", text)


def enterprise_number(text: str, field: str = "enterprise_number") -> str:
    """Read a Belgian enterprise number (KBO/BCE) and return it as ``0123.456.749``.

    Accepted: ``0123.456.749``, ``0123456749``, ``BE0123456749``, ``BE 0123.456.749`` and
    the old 9-digit form ``123456749`` (a 0 is put in front); spaces, dots and dashes may
    appear anywhere.

    Args:
        text: The number as typed.
        field: The field named in a refusal.

    Returns:
        The ten digits in the form ``0123.456.749``.

    Raises:
        ValidationError: ``not_an_enterprise_number`` (wrong characters or length),
            ``bad_first_digit`` (not 0 or 1) or ``bad_check_digits`` (mod-97 check fails).
    """
    digits = _cleaned(text, field, "not_an_enterprise_number", _SEPARATORS)
    if digits[: len(ENTERPRISE_PREFIX)].upper() == ENTERPRISE_PREFIX:
        digits = digits[len(ENTERPRISE_PREFIX) :]
    if len(digits) == ENTERPRISE_OLD_DIGITS:
        digits = "0" + digits
    if not _DIGITS.fullmatch(digits) or len(digits) != ENTERPRISE_DIGITS:
        wrong = "".join(dict.fromkeys(re.sub(r"[0-9]", "", digits)))
        read = f"{wrong!r} is not a digit" if wrong else f"read {len(digits)} digits"
        raise ValidationError(
            field,
            "not_an_enterprise_number",
            f"{text!r} is not an enterprise number: {read}; "
            f"expected 10 digits like 0123.456.749, optionally after BE",
            {"typed": text},
        )
    dotted = f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    if digits[0] not in ENTERPRISE_FIRST_DIGITS:
        message = f"read {dotted}: an enterprise number starts with 0 or 1, not {digits[0]}"
        raise ValidationError(
            field, "bad_first_digit", message, {"read": dotted, "first": digits[0]}
        )
    expected, given = _enterprise_check(digits[:-CHECK_DIGITS]), digits[-CHECK_DIGITS:]
    if int(given) != expected:
        message = f"read {dotted}: the last two digits should be {expected:02d} for {dotted[:-2]}.."
        raise ValidationError(
            field,
            "bad_check_digits",
            f"{message}, not {given}",
            {"read": dotted, "expected": f"{expected:02d}", "given": given},
        )
    return dotted


def iban(text: str, field: str = "iban") -> str:
    """Read an IBAN of any SEPA country and return it in groups of four.

    Spaces are allowed anywhere and case does not matter. Checked in turn: the length for
    the country (15 to 34 for a country not in :data:`IBAN_COUNTRIES`), the ISO 13616
    mod-97 check, and for Belgium the check digits of the embedded account number.

    Args:
        text: The IBAN as typed.
        field: The field named in a refusal.

    Returns:
        The IBAN upper case in groups of four, like ``BE68 5390 0754 7034``.

    Raises:
        ValidationError: ``not_an_iban``, ``bad_iban_length``, ``bad_iban_checksum`` or
            ``bad_belgian_account``.
    """
    chars = _cleaned(text, field, "not_an_iban", _SPACES).upper()
    if not _IBAN_SHAPE.fullmatch(chars):
        raise ValidationError(
            field,
            "not_an_iban",
            f"{text!r} is not an IBAN: expected 2 letters of a country, 2 check digits, "
            f"then letters and digits, like BE68 5390 0754 7034",
            {"typed": text},
        )
    country = chars[:2]
    name, length = IBAN_COUNTRIES.get(country, (None, None))
    where = f"from {name} ({country})" if name else f"({country})"
    low, high = (length, length) if length else (IBAN_MIN_LENGTH, IBAN_MAX_LENGTH)
    if not low <= len(chars) <= high:
        expected = length or f"{low} to {high}"
        message = f"read {chars}, {len(chars)} characters; an IBAN {where} has {expected}"
        raise ValidationError(
            field,
            "bad_iban_length" if length else "bad_iban_length_other_country",
            message,
            {
                "read": chars,
                "count": len(chars),
                "country": country,
                "expected": length or 0,
                "shortest": low,
                "longest": high,
            },
        )
    printed = " ".join(chars[i : i + IBAN_GROUP] for i in range(0, len(chars), IBAN_GROUP))
    moved = chars[IBAN_MOVED_CHARS:] + chars[:IBAN_MOVED_CHARS]
    number = "".join(str(ord(c) - ord("A") + IBAN_LETTER_BASE) if c.isalpha() else c for c in moved)
    if int(number) % CHECK_MODULUS != IBAN_REMAINDER:
        raise ValidationError(
            field,
            "bad_iban_checksum",
            f"read {printed}: this IBAN {where} fails its check digits (a character is "
            f"probably mistyped)",
            {"read": printed},
        )
    account = chars[-BELGIAN_ACCOUNT_DIGITS:]
    base, given = account[:-CHECK_DIGITS], account[-CHECK_DIGITS:]
    if country == "BE" and not (_DIGITS.fullmatch(account) and int(given) == _account_check(base)):
        raise ValidationError(
            field,
            "bad_belgian_account",
            f"read {printed}: the account number {account[:3]}-{account[3:10]}-{account[10:]} "
            f"in this IBAN from Belgium (BE) fails its check digits",
            {"read": printed, "account": f"{account[:3]}-{account[3:10]}-{account[10:]}"},
        )
    return printed


def bic(text: str, field: str = "bic") -> str:
    """Read a BIC (SWIFT code) and return it upper case without spaces.

    Args:
        text: The BIC as typed, like ``gkcc be bb`` or ``GEBABEBB``.
        field: The field named in a refusal.

    Returns:
        The 8 or 11 characters upper case, like ``GKCCBEBB``.

    Raises:
        ValidationError: ``not_a_bic`` unless it is 4 letters (bank), 2 letters (country),
            2 letters or digits (location) and optionally 3 letters or digits (branch).
    """
    chars = _cleaned(text, field, "not_a_bic", _SPACES).upper()
    if not _BIC_SHAPE.fullmatch(chars):
        raise ValidationError(
            field,
            "not_a_bic",
            f"{text!r} is not a BIC: read {len(chars)} characters; expected 8 or 11: "
            f"4 letters (bank), 2 letters (country), 2 letters or digits (location), "
            f"optionally 3 letters or digits (branch), like GEBABEBB",
            {"typed": text, "count": len(chars)},
        )
    return chars
