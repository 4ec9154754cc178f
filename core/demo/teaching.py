"""A teaching tender: one demo tender that carries a decision of every kind.

Drawn at random, a demo of a few dozen tenders rarely has a bid compensation or a provisional
ranking to show (most tenders use the simplest procedure, which neither concerns). When a demo
run would end with a kind of decision missing, its last tender is drawn as a teaching tender
instead: launched once the SME measures are all in force, by a buyer the advance obliges, in a
procedure the provisional ranking covers and the bid compensation does not exclude, with items
required, price the only criterion, awarded to an SME among regular and irregular offers (the
bond of its contract is decided with its advance, as on every demo tender that has one). Its
decisions are still computed by the engine from these inputs, like every other demo decision.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from core.decisions.procedure import ProcedureRequest
from core.demo import vocabulary
from core.demo.organisations import Org, OrgPool
from core.demo.procedure_memo import ProcedureMemo
from core.rules.pack import RulePack

#: every kind of decision a demo stores (the documents need one of each)
KINDS = ("procedure", "advance", "bid_compensation", "provisional_ranking", "bond")
#: the rules whose start dates the teaching tender's launch must follow
_MEASURES = ("advance_obliged_authorities", "bid_compensation_excluded_procedures")
_RANKING = "ranking_procedures"
#: days the tender needs after its launch to be awarded by today (deadline, evaluation, award)
SETTLED_DAYS = 200
#: the other tenderers of the teaching tender: (status, share of the winner's offer in %)
OTHERS = (("not_selected", 108), ("substantially_irregular", 95))
TRIES = 200


@dataclass(frozen=True)
class Showcase:
    """What a teaching tender is made of; the generator draws the rest as for any tender."""

    launch: date
    buyer: Org
    kind: str
    value: int
    procedure: str
    winner: Org
    others: tuple[Org, ...]


def showcase(
    rng: random.Random,
    pack: RulePack,
    memo: ProcedureMemo,
    orgs: OrgPool,
    amounts: list[int],
    today: date,
) -> Showcase | None:
    """A teaching tender for ``today``, or None when the rule pack or the pool cannot give one
    (the measures not in force long enough before today, no obliged buyer, no SME supplier)."""
    buyers, suppliers = orgs.buyers, orgs.suppliers
    starts = [pack.starts(key) for key in (*_MEASURES, _RANKING)]
    launch = max(starts) + timedelta(days=rng.randrange(60))
    if launch.weekday() > 4:
        launch += timedelta(days=7 - launch.weekday())
    if (today - launch).days < SETTLED_DAYS:
        return None
    obliged = pack.value("advance_obliged_authorities", launch).value
    excluded = pack.value("bid_compensation_excluded_procedures", launch).value
    ranked = [p for p in pack.value(_RANKING, launch).value if p not in excluded]
    candidates = [b for b in buyers if b.authority in obliged]
    kinds = [k for k in vocabulary.REQUIRED_ITEMS if _enough(suppliers[k])]
    if not candidates or not kinds or not ranked:
        return None
    for _ in range(TRIES):
        buyer, kind = rng.choice(candidates), rng.choice(kinds)
        value = rng.choice(amounts)
        req = ProcedureRequest(launch, buyer.authority, kind, Decimal(f"{value}.00"), ())
        result = memo.shared(req)
        allowed = [p for p in ranked if p in result.allowed]
        if allowed and Decimal(value) < result.eu_threshold:
            smes = [s for s in suppliers[kind] if s.size != "large"]
            winner = rng.choice(smes)
            others = rng.sample([s for s in suppliers[kind] if s != winner], len(OTHERS))
            return Showcase(launch, buyer, kind, value, allowed[0], winner, tuple(others))
    return None


def _enough(pool: list[Org]) -> bool:
    """An SME to win and enough other companies to lose."""
    return any(s.size != "large" for s in pool) and len(pool) > len(OTHERS)


def offers(show: Showcase, tender_id: int, value: int, next_id: int) -> list[tuple[dict, Org]]:
    """(row, company) of the teaching tender's offers: the SME wins, one regular offer and one
    substantially irregular one lose (the bid compensation's full and reduced amounts)."""
    winner_offer = value * 9 // 10
    out = [(_offer(next_id, tender_id, show.winner, "winner", winner_offer), show.winner)]
    for index, ((status, share), org) in enumerate(zip(OTHERS, show.others, strict=True)):
        row = _offer(next_id + 1 + index, tender_id, org, status, winner_offer * share // 100)
        out.append((row, org))
    return out


def _offer(row_id: int, tender_id: int, org: Org, status: str, cents: int) -> dict:
    return {
        "id": row_id,
        "tender_id": tender_id,
        "organisation_id": org.id,
        "status": status,
        "offer_cents": cents,
    }


def bond(tender: dict, offers: list[tuple[dict, Org]]) -> tuple[dict, dict]:
    """The bond input of a demo tender (on its winner's offer) and what its decision records,
    as ``core.store.records.award_basis`` says it: the winner and its offer."""
    row = next(r for r, _ in offers if r["status"] == "winner")
    offer = f"{Decimal(row['offer_cents']) / 100:.2f}"
    data = {
        "launch_date": tender["launch_date"],
        "award_amount_excl_vat": offer,
        "contract_type": tender["contract_type"],
    }
    return data, {"award": {"tenderer_id": row["id"], "offer": offer}}
