"""The motivation paragraph for the decision file: why this procedure, on which ground.

Built from the same procedure result the wizard shows and the store keeps, in the user's
language; the user edits it before it is stored on the tender. It argues the one legal ground
the buyer chose, never another one that also applies, with the facts that ground needs
(for the repetition of similar works or services: the initial contract and its date).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from core.dates import format_date
from core.decisions.procedure import BasisCheck, ProcedureResult
from core.errors import ValidationError
from core.texts.citations import cite
from core.texts.words import money, text

#: the facts a ground's motivation states, when the buyer gave them: ground -> text key
GROUND_FACTS = {"repetition": "facts_repetition"}


def chosen_basis(result: ProcedureResult, procedure: str, basis_id: str | None) -> BasisCheck:
    """The legal ground ``basis_id`` on which ``procedure`` is allowed (None: the first one).

    Raises ValidationError when the procedure, or the procedure on that ground, is not
    allowed for this contract.
    """
    option = next((o for o in result.options if o.procedure == procedure), None)
    if option is None or not option.allowed:
        raise ValidationError(
            "procedure", "not_allowed", f"{procedure!r} has no legal ground for this contract"
        )
    if basis_id is None:
        return option.grounds_used[0]
    basis = next((b for b in option.grounds_used if b.basis_id == basis_id), None)
    if basis is None:
        raise ValidationError(
            "procedure_basis",
            "not_allowed",
            f"{basis_id!r} is not a legal ground of {procedure!r} for this contract",
        )
    return basis


def motivation(
    result: ProcedureResult,
    procedure: str,
    lang: str,
    basis_id: str | None = None,
    facts: Mapping[str, str] | None = None,
) -> str:
    """A paragraph saying why ``procedure`` may be used for this contract, on the ground
    ``basis_id`` (None: the first that applies), with the ``facts`` that ground needs."""
    req = result.request
    name = text(lang, "procedure", procedure)
    basis = chosen_basis(result, procedure, basis_id)
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
        key = GROUND_FACTS.get(basis.ground)
        if key and facts and all(facts.get(k) for k in ("initial_contract", "initial_date")):
            chosen += " " + text(
                lang,
                "motivation",
                key,
                contract=facts["initial_contract"],
                date=format_date(date.fromisoformat(facts["initial_date"])),
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
    if result.option(procedure).prior_publication:
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
