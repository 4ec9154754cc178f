"""The texts of the law and of the answers, in Dutch, French or English.

Core returns codes and numbers; these modules turn them into sentences for the command line,
the wizards' answer pages and the PDF documents. The words are data, kept next to the rules
(``resources/rules/texts/{nl,fr,en}.toml`` and ``citations.toml``):

- ``words``: the text tables, and amounts, numbers, percentages and plurals the Belgian way;
- ``citations``: a rule's legal source read and cited in full, as a lawyer writes it;
- ``answers``: the answer of each check in sentences (the documents reuse its pieces);
- ``explain``: a whole decision explained (answer, rules applied, uncertain ones), refusals;
- ``motivation``: the motivation paragraph of the chosen procedure for the decision file.

The modules import one another in that order, never the package: what the package offers
below is for the rest of the app. The words come with the package; the citations and
explanations when one is first asked for (``LATER``): the register's first page shows words
only, and their modules (with the decisions' module they read) cost about 10 million
instructions before it (bench/README.md).
"""

from __future__ import annotations

from importlib import import_module

from core.names import LANGUAGES
from core.texts.words import (
    FALLBACK,
    amount_field,
    colon,
    label,
    money,
    number,
    pack_title,
    percent,
    percent_range,
    plural,
    semicolon,
    text,
)

#: the names the package gives from a module imported when one is first asked for
LATER = {
    "cite": "citations",
    "error_text": "explain",
    "explain_lines": "explain",
    "explanation_lines": "explain",
    "finding_text": "explain",
}

__all__ = [
    "FALLBACK",
    "LANGUAGES",
    "amount_field",
    "cite",
    "colon",
    "error_text",
    "explain_lines",
    "explanation_lines",
    "finding_text",
    "label",
    "money",
    "number",
    "pack_title",
    "percent",
    "percent_range",
    "plural",
    "semicolon",
    "text",
]


def __getattr__(name: str) -> object:
    """A name of ``LATER``, from its module (imported now), kept as the package's own."""
    if name not in LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{LATER[name]}"), name)
    globals()[name] = value
    return value
