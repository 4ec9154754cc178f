"""Sanity bounds on what a user or a file may hand the app: none of them is a rule of law.

Each is written once here and named in its message: the largest amount, the decimals an
amount may carry, the length of each typed text, the size of a search, the size and depth of
an input file. A value past a bound is refused with a ValidationError, never a crash.
"""

from __future__ import annotations

from decimal import Decimal

#: no public contract, turnover or balance sheet in the register comes near a trillion euro
MAX_AMOUNT = Decimal("999999999999.99")
#: an amount, a percentage or a number of months never needs more decimals than this
MAX_DECIMALS = 6

#: the longest text each typed field may hold (characters); others: ``DEFAULT_TEXT``
TEXT_LIMITS = {
    "reference": 80,
    "title": 500,
    "name": 200,
    "street": 200,
    "city": 100,
    "email": 254,
    "leading_official": 200,
    "phone": 40,
    "signatory_name": 200,
    "signatory_function": 200,
    "budget_line": 200,
    "notice_reference": 100,
    "procedure_basis": 200,
    "motivation": 20_000,
    "notes": 20_000,
}
DEFAULT_TEXT = 2_000
#: a letterhead's logo is a small image; a photograph of many megabytes is not one
MAX_LOGO_BYTES = 512 * 1024

#: a search looks for at most this many words, and reads at most this many characters
SEARCH_WORDS = 12
SEARCH_CHARS = 200
SEARCH_WORD_CHARS = 60

#: a decision input, a scenario file or a rule pack larger than this is refused unread
MAX_INPUT_BYTES = 8 * 1024 * 1024
#: JSON or TOML nested deeper than this is refused before it is parsed
MAX_DEPTH = 64

#: a message quotes at most this many characters of what was typed
SHOWN_CHARS = 40


def search_words(words: list[str]) -> list[str]:
    """The words a search uses: the first ``SEARCH_WORDS``, each cut to ``SEARCH_WORD_CHARS``.

    A query of 500 words or a word of 3,500 letters is more than SQLite can match (its
    expression tree and pattern limits); nobody types one, so the rest is left out.
    """
    return [w[:SEARCH_WORD_CHARS] for w in words[:SEARCH_WORDS]]


def text_limit(name: str) -> int:
    """The longest text the field ``name`` may hold."""
    return TEXT_LIMITS.get(name, DEFAULT_TEXT)
