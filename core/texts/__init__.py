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
below is for the rest of the app.
"""

from __future__ import annotations

from core.names import LANGUAGES
from core.texts.citations import cite
from core.texts.explain import error_text, explain_lines, explanation_lines, finding_text
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
