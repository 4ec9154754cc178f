"""Which tenders of a workspace the screenshots show, and the answers typed in the wizards.

A tender is picked for each screen so that its result page shows a real answer: a procedure
choice with allowed and excluded procedures, an advance due to an SME winner, a bid
compensation owed to named tenderers, a provisional ranking with each tenderer's place.
The answers come from what the register holds (stored decisions, offers, the winner's size),
so a user's own workspace gives screens of its own tenders. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.decisions import CHECKS
from core.errors import ValidationError
from core.money import round_cents
from core.store.register import Register

#: how many candidate tenders are tried per screen (the newest first)
CANDIDATES = 300
#: an offer excl. VAT becomes the contract amount incl. VAT at the standard Belgian rate
VAT = Decimal("1.21")
#: a company's figures per size class (staff, turnover, balance-sheet total), as an SME
#: owner types them from the annual accounts
FIGURES = {
    "micro": ("6", "850.000,00", "420.000,00"),
    "small": ("24", "4.200.000,00", "2.100.000,00"),
    "medium": ("120", "28.000.000,00", "19.000.000,00"),
    "large": ("480", "96.000.000,00", "71.000.000,00"),
}


@dataclass(frozen=True)
class Picks:
    """The tender of each screen, and the answers that are not on the tender itself."""

    editor: int
    procedure: int
    advance: int
    advance_amount: str
    advance_size: str
    advance_figures: tuple[str, str, str]
    bid: int
    bid_amount: str
    bid_reduced: str
    ranking: int


def amount_text(value: Decimal | str) -> str:
    """An amount as a Belgian user types it: ``180.000,00``."""
    return f"{Decimal(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def pick(register: Register) -> Picks:
    """The tenders and answers for the screens; raises LookupError on an empty register."""
    any_tender = _ids(register, "SELECT id FROM tenders ORDER BY launch_date DESC, id LIMIT 1")
    if not any_tender:
        raise LookupError("the workspace has no tenders to show")
    fallback = any_tender[0]
    editor = _first(_ids(register, _WITH_TENDERERS.format(having="count(*) >= 3")), fallback)
    advance, amount, size = _advance(register, fallback)
    bid, bid_amount, bid_reduced = _bid(register, editor)
    return Picks(
        editor=editor,
        procedure=_procedure(register, fallback),
        advance=advance,
        advance_amount=amount,
        advance_size=size,
        advance_figures=FIGURES[size],
        bid=bid,
        bid_amount=bid_amount,
        bid_reduced=bid_reduced,
        ranking=_ranking(register, editor),
    )


_WITH_TENDERERS = (
    "SELECT t.id FROM tenders t JOIN tenderers r ON r.tender_id = t.id "
    "WHERE t.status IN ('awarded', 'closed') GROUP BY t.id "
    "HAVING {having} AND sum(r.status = 'winner') = 1 "
    f"ORDER BY t.launch_date DESC, t.id LIMIT {CANDIDATES}"
)


def _ids(register: Register, sql: str, params: tuple = ()) -> list[int]:
    return [row[0] for row in register.db.execute(sql, params).fetchall()]


def _first(ids: list[int], fallback: int) -> int:
    return ids[0] if ids else fallback


def _procedure(register: Register, fallback: int) -> int:
    """A tender whose answer allows a choice simpler than the open procedure, excluding most.

    Ties go to a tender still being prepared, then to a local buyer (the usual user).
    """
    candidates = _ids(
        register, f"SELECT id FROM tenders ORDER BY launch_date DESC, id LIMIT {CANDIDATES}"
    )
    best, best_score = fallback, None
    for tender_id in candidates:
        t = register.tender(tender_id)
        request = {
            "launch_date": t.launch_date.isoformat(),
            "authority": t.authority,
            "contract_type": t.contract_type,
            "estimated_value_excl_vat": str(t.estimated_value),
        }
        try:
            result = CHECKS["procedure"].run(request, register.pack)
        except ValidationError:
            continue
        allowed = len(result.allowed)
        score = (
            allowed >= 2,
            result.simplest not in ("open", "low_value"),
            len(result.options) - allowed,
            t.status in ("draft", "published"),
            t.authority == "local",
        )
        if best_score is None or score > best_score:
            best, best_score = tender_id, score
    return best


def _advance(register: Register, fallback: int) -> tuple[int, str, str]:
    """An awarded tender with an SME winner to whom the advance is due, its amount and size."""
    stored = _ids(
        register,
        "SELECT d.tender_id FROM decisions d JOIN tenders t ON t.id = d.tender_id "
        "WHERE d.kind = 'advance' AND d.state = 'current' "
        "ORDER BY json_extract(d.result_json, '$.hypothesis') = 2 DESC, "
        f"t.launch_date DESC, t.id LIMIT {CANDIDATES}",
    )  # hypothesis 2 first: there the SME's size sets the percentage
    for tender_id in stored:
        decision = next(d for d in register.decisions(tender_id) if d.kind == "advance")
        amount = decision.input.get("amount_incl_vat")
        if decision.result.get("mandatory") and amount:
            return tender_id, amount_text(amount), decision.input["contractor_size"]
    for tender_id in _ids(register, _WITH_TENDERERS.format(having="count(*) >= 1")):
        winner = next(t for t in register.tenderers(tender_id) if t.status == "winner")
        size = register.organisation(winner.organisation_id).size_class
        if winner.offer is not None and size in ("micro", "small", "medium"):
            return tender_id, amount_text(round_cents(winner.offer * VAT)), size
    return fallback, amount_text("180000"), "small"


def _bid(register: Register, fallback: int) -> tuple[int, str, str]:
    """A tender whose required items make a bid compensation due, with the documents' amounts.

    Best: several tenderers, one of them with an irregular or unacceptable offer that gets
    the reduced amount.
    """
    stored = _ids(
        register,
        "SELECT d.tender_id FROM decisions d JOIN tenders t ON t.id = d.tender_id "
        "WHERE d.kind = 'bid_compensation' AND d.state = 'current' "
        f"ORDER BY t.launch_date DESC, t.id LIMIT {CANDIDATES}",
    )
    best, best_score = None, None
    for tender_id in stored:
        decision = next(d for d in register.decisions(tender_id) if d.kind == "bid_compensation")
        if not decision.result.get("mandatory"):
            continue
        statuses = [t["status"] for t in decision.input.get("tenderers", [])]
        reduced = decision.input.get("documents_reduced_amount")
        score = (
            bool(reduced)
            and any(s in ("substantially_irregular", "unacceptable") for s in statuses),
            min(len(statuses), 4),
        )
        if best_score is None or score > best_score:
            best_score = score
            best = (
                tender_id,
                amount_text(decision.input["documents_amount"]),
                amount_text(reduced) if reduced else "",
            )
    return best or (fallback, amount_text("2500"), amount_text("0"))


def _ranking(register: Register, fallback: int) -> int:
    """A tender whose tenderers must be told their place, with several priced offers."""
    for tender_id in _ids(register, _WITH_TENDERERS.format(having="count(r.offer_cents) >= 3")):
        t = register.tender(tender_id)
        request = {
            "launch_date": t.launch_date.isoformat(),
            "procedure": t.procedure or "open",
            "authority": t.authority,
            "contract_type": t.contract_type,
            "estimated_value_excl_vat": str(t.estimated_value),
            "price_only": bool(t.price_only),
        }
        try:
            if CHECKS["provisional_ranking"].run(request, register.pack).required:
                return tender_id
        except ValidationError:
            continue
    return fallback
