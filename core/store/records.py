"""What a stored decision used from the register, and whether the register still says so.

A decision is computed from a tender and its parties. Besides its input and result, a stored
decision keeps a record of what it used that its input does not name: which tenderer won (by
id) with that company's size figures, and the procedure and legal ground the buyer chose.
Tenderers are always named by their id, never by name, so a renamed company stays the same
tenderer.

``out_of_step`` compares a stored decision with the register as it is now. A decision that is
out of step is not shown as an answer and no document is made from it: the user is told what
changed and that the decision must be taken again. The comparison runs whenever a decision is
read, so it holds whatever wrote the register (the window, an import, an older version).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from core.store.model import Organisation, Tender, Tenderer

#: tenderer status in the register -> status in a bid compensation decision
DECISION_STATUS = {
    "submitted": "not_selected",
    "winner": "winner",
    "not_selected": "not_selected",
    "substantially_irregular": "substantially_irregular",
    "unacceptable": "unacceptable",
}

#: the kinds of decision that keep a record
RECORDED = ("procedure", "advance", "bid_compensation", "provisional_ranking", "bond")
#: the figures of the winner a stored advance keeps (an organisation's fields)
SIZE_FIELDS = ("size_class", "staff_awu", "turnover", "balance_sheet_total", "figures_year")


@dataclass(frozen=True)
class StoredDecision:
    """A decision kept on a tender: its input, result, record, the rules used, its state."""

    tender_id: int
    kind: str
    input: dict
    result: dict
    pack_id: str
    pack_version: str
    rule_version: str
    decided_at: str
    state: str
    problem: str = ""
    used: dict = field(default_factory=dict)
    #: the rule pack of a decision whose rule texts are not at hand (its result is empty)
    unreadable: str = ""


@dataclass(frozen=True)
class OutOfStep:
    """Why a stored decision no longer matches the register: a code and its parameters.

    Codes: ``not_recorded`` (stored before decisions kept a record), ``no_winner`` (the
    decision used no winner, or the winner was taken off), ``winner_changed``,
    ``size_changed`` (the winner's size figures), ``procedure_changed`` (the tender's
    procedure or ground is not the one decided), ``chosen_not_allowed`` (decided again after
    a change, the result no longer allows the procedure on the ground chosen),
    ``tenderers_changed`` (a tenderer, its status
    or its offer is not the one decided), ``award_changed`` (the amount a bond was decided
    on, the winner's offer or the tender's estimate before there was one, is no longer the
    register's), ``rules_missing`` (the texts of the rules it
    applied are neither in the workspace nor in a rule pack at hand; ``pack`` names its pack).
    """

    code: str
    params: Mapping[str, str] = field(default_factory=dict)


def participants(tenderers: Sequence[Tenderer]) -> list[Tenderer]:
    """The tenderers a decision counts: all but the withdrawn ones."""
    return [t for t in tenderers if t.status in DECISION_STATUS]


def tenderer_key(tenderer: Tenderer) -> str:
    """How a decision names a tenderer: its id in the register, as text."""
    return str(tenderer.id)


def bid_tenderers(tenderers: Sequence[Tenderer]) -> list[dict[str, str]]:
    """The tenderers as a bid compensation input ('submitted' counts as not selected)."""
    return [
        {"id": tenderer_key(t), "status": DECISION_STATUS[t.status]}
        for t in participants(tenderers)
    ]


def ranking_offers(tenderers: Sequence[Tenderer]) -> list[dict[str, str]]:
    """The opened prices as a ranking input; tenderers without a price are left out."""
    return [
        {"id": tenderer_key(t), "offer": f"{t.offer:.2f}"}
        for t in participants(tenderers)
        if t.offer is not None
    ]


def winner(tenderers: Sequence[Tenderer]) -> Tenderer | None:
    """The tenderer marked winner (the first by id when a tender has several)."""
    return min((t for t in tenderers if t.status == "winner"), key=lambda t: t.id, default=None)


def size_figures(org: Organisation) -> dict[str, object]:
    """An organisation's size class and figures, as a record keeps them."""
    mapping = org.to_mapping()
    return {name: mapping[name] for name in SIZE_FIELDS}


def record(
    kind: str,
    tender: Tender,
    tenderers: Sequence[Tenderer],
    organisation: Callable[[int], Organisation],
    facts: Mapping[str, str] | None = None,
) -> dict:
    """What a decision of ``kind`` taken now uses from the register (and, for a procedure,
    the facts the buyer gave for its ground)."""
    if kind == "procedure":
        return {
            "procedure": tender.procedure,
            "procedure_basis": tender.procedure_basis,
            "ground_facts": dict(facts or {}),
        }
    if kind == "advance":
        won = winner(tenderers)
        if won is None:
            return {"winner": None}
        org = organisation(won.organisation_id)
        return {
            "winner": {
                "tenderer_id": won.id,
                "organisation_id": won.organisation_id,
                **size_figures(org),
            }
        }
    if kind in ("bid_compensation", "provisional_ranking"):
        return {"tenderers": "by_id"}
    if kind == "bond":
        return {"award": award_basis(tender, tenderers)}
    return {}


def award_basis(tender: Tender, tenderers: Sequence[Tenderer]) -> dict[str, object]:
    """What a bond is computed on as the register says it now: the winner's offer, or the
    tender's estimate while no winner has an offer."""
    won = winner(tenderers)
    if won is not None and won.offer is not None:
        return {"tenderer_id": won.id, "offer": f"{won.offer:.2f}"}
    return {"estimate": f"{tender.estimated_value:.2f}"}


def out_of_step(
    stored: StoredDecision,
    tender: Tender,
    tenderers: Sequence[Tenderer],
    organisation: Callable[[int], Organisation],
) -> list[OutOfStep]:
    """What changed in the register since ``stored`` was decided (empty: in step)."""
    used = stored.used
    if stored.unreadable:
        return [OutOfStep("rules_missing", {"pack": stored.unreadable})]
    if stored.kind in RECORDED and not used:
        return [OutOfStep("not_recorded")]
    if stored.kind == "procedure":
        chosen = (used.get("procedure"), used.get("procedure_basis"))
        if chosen != (tender.procedure, tender.procedure_basis):
            return [OutOfStep("procedure_changed")]
        if chosen[0] is not None and not _allows(stored.result, *chosen):
            return [OutOfStep("chosen_not_allowed")]
        return []
    if stored.kind == "advance":
        return _advance(used.get("winner"), tenderers, organisation)
    if stored.kind == "bid_compensation":
        return _same_list(stored.input.get("tenderers"), bid_tenderers(tenderers))
    if stored.kind == "provisional_ranking":
        return _same_list(stored.input.get("offers"), ranking_offers(tenderers))
    if stored.kind == "bond":
        return _bond(used.get("award"), tender, tenderers)
    return []


def _allows(result: Mapping, procedure: str, basis: str | None) -> bool:
    """Whether a stored procedure result allows ``procedure`` on the ground ``basis``."""
    for option in result.get("options", ()):
        if option.get("procedure") == procedure and option.get("allowed"):
            return basis is None or any(
                b.get("basis") == basis and b.get("applies") for b in option.get("bases", ())
            )
    return False


def _advance(
    recorded: Mapping | None,
    tenderers: Sequence[Tenderer],
    organisation: Callable[[int], Organisation],
) -> list[OutOfStep]:
    now = winner(tenderers)
    if recorded is None or now is None:
        return [OutOfStep("no_winner")]
    if now.id != recorded["tenderer_id"] or now.organisation_id != recorded["organisation_id"]:
        return [OutOfStep("winner_changed")]
    figures = size_figures(organisation(now.organisation_id))
    if any(figures[name] != recorded.get(name) for name in SIZE_FIELDS):
        return [OutOfStep("size_changed")]
    return []


def _bond(recorded: object, tender: Tender, tenderers: Sequence[Tenderer]) -> list[OutOfStep]:
    now = award_basis(tender, tenderers)
    if recorded == now:
        return []
    if isinstance(recorded, Mapping) and "tenderer_id" in recorded:
        if "tenderer_id" not in now:
            return [OutOfStep("no_winner")]
        if now["tenderer_id"] != recorded["tenderer_id"]:
            return [OutOfStep("winner_changed")]
    return [OutOfStep("award_changed")]


def _same_list(decided: object, now: list[dict[str, str]]) -> list[OutOfStep]:
    def key(rows: object) -> list[tuple]:
        if not isinstance(rows, list):
            return []
        return sorted(tuple(sorted((str(k), str(v)) for k, v in r.items())) for r in rows)

    return [] if key(decided) == key(now) else [OutOfStep("tenderers_changed")]
