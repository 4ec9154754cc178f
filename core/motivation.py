"""The motivation paragraph for the decision file: why this procedure, on which ground.

Built from the same procedure result the wizard shows and the store keeps, in the user's
language; the user edits it before it is stored on the tender.
"""

from __future__ import annotations

from core.dates import format_date
from core.decisions.procedure import ProcedureResult
from core.errors import ValidationError
from core.texts import cite, money, text


def motivation(result: ProcedureResult, procedure: str, lang: str) -> str:
    """A paragraph saying why ``procedure`` may be used for this contract."""
    option = next((o for o in result.options if o.procedure == procedure), None)
    if option is None or not option.allowed:
        raise ValidationError(
            "procedure", "not_allowed", f"{procedure!r} has no legal ground for this contract"
        )
    req = result.request
    name = text(lang, "procedure", procedure)
    basis = option.grounds_used[0]
    source = cite(basis.source, lang)
    if basis.ground:
        chosen = text(
            lang,
            "motivation",
            "chosen_ground",
            procedure=name,
            source=source,
            ground=text(lang, "ground", basis.ground),
        )
    elif basis.ceiling is not None:
        chosen = text(
            lang,
            "motivation",
            "chosen_value",
            procedure=name,
            source=source,
            ceiling=money(basis.ceiling, lang),
        )
    else:
        chosen = text(lang, "motivation", "chosen_always", procedure=name, source=source)
    if option.prior_publication:
        publication = text(
            lang,
            "motivation",
            f"publication_{result.publication_level}",
            threshold=money(result.eu_threshold, lang),
        )
    else:
        publication = text(lang, "motivation", "no_publication")
    value = text(
        lang,
        "motivation",
        "value",
        value=money(req.estimated_value_excl_vat, lang),
        date=format_date(req.launch_date),
    )
    return " ".join((value, chosen, publication))
