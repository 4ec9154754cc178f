"""Results read back from their stored form, so a document shows what the screen showed.

A decision stored on a tender is the plain form of its result (``to_dict``). The documents
never decide again: they rebuild the result object from that form, with the rules, findings
and pack version it was decided with. ``to_dict(restore(kind, d)) == d`` for every result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from core.decisions import CHECKS
from core.decisions.advance import AdvanceResult, Tranche
from core.decisions.bid_compensation import BidCompensationResult
from core.decisions.bond import BondResult
from core.decisions.explain import Applied, Explained, Finding
from core.decisions.procedure import BasisCheck, ProcedureOption, ProcedureResult
from core.decisions.ranking import Place, RankingResult


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _applied(d: Mapping) -> Applied:
    return Applied(
        rule=d["rule"],
        value=d["value"],
        source=d["source"],
        url=d["url"],
        confidence=d["confidence"],
        valid_from=date.fromisoformat(d["valid_from"]),
        valid_to=date.fromisoformat(d["valid_to"]) if d.get("valid_to") else None,
        note=d.get("note", ""),
        pack=d["pack"],
        notes=tuple((d.get("notes") or {}).items()),
    )


def _procedure(d: Mapping, common: dict) -> ProcedureResult:
    options = tuple(
        ProcedureOption(
            procedure=o["procedure"],
            allowed=o["allowed"],
            prior_publication=o["prior_publication"],
            min_time_limit_days=o["min_time_limit_days"],
            bases=tuple(
                BasisCheck(
                    basis_id=b["basis"],
                    procedure=o["procedure"],
                    source=b["source"],
                    confidence=b["confidence"],
                    applies=b["applies"],
                    reason=b["reason"],
                    ceiling=_dec(b["ceiling"]),
                    ground=b["ground"],
                )
                for b in o["bases"]
            ),
        )
        for o in d["options"]
    )
    return ProcedureResult(
        options=options,
        simplest=d["simplest"],
        publication_level=d["publication_level"],
        eu_threshold=Decimal(d["eu_threshold"]),
        **common,
    )


def _advance(d: Mapping, common: dict) -> AdvanceResult:
    return AdvanceResult(
        mandatory=d["mandatory"],
        hypothesis=d["hypothesis"],
        reason=d["reason"],
        reference_value=_dec(d["reference_value"]),
        percentage=Decimal(d["percentage"]),
        amount_unrounded=Decimal(d["amount_unrounded"]),
        amount=Decimal(d["amount"]),
        capped=d["capped"],
        voluntary=d["voluntary"],
        settlement=tuple(
            Tranche(
                amount=Decimal(t["amount"]),
                when_executed_reaches=_dec(t["when_executed_reaches"]),
                share=Decimal(t["share"]),
                at=Decimal(t["at"]),
            )
            for t in d["settlement"]
        ),
        minimum_percentage=_dec(d["minimum_percentage"]),
        maximum_percentage=_dec(d["maximum_percentage"]),
        signature_required=d.get("signature_required"),
        **common,
    )


def _bid(d: Mapping, common: dict) -> BidCompensationResult:
    return BidCompensationResult(
        mandatory=d["mandatory"],
        reason=d["reason"],
        triggering_items=tuple(d["triggering_items"]),
        amounts={k: _dec(v) for k, v in d["amounts"].items()},
        total=_dec(d["total"]),
        **common,
    )


def _ranking(d: Mapping, common: dict) -> RankingResult:
    return RankingResult(
        required=d["required"],
        reason=d["reason"],
        eu_threshold=Decimal(d["eu_threshold"]),
        places=tuple(Place(p["id"], p["place"]) for p in d.get("places", [])),
        **common,
    )


def _bond(d: Mapping, common: dict) -> BondResult:
    return BondResult(
        allowed=d["allowed"],
        required=d["required"],
        percentage=Decimal(d["percentage"]),
        amount=Decimal(d["amount"]),
        needs_reasons=d["needs_reasons"],
        **common,
    )


_KINDS: dict[str, Callable[[Mapping, dict], Explained]] = {
    "procedure": _procedure,
    "advance": _advance,
    "bid_compensation": _bid,
    "provisional_ranking": _ranking,
    "bond": _bond,
}

#: the decisions a tender can store, which documents read back
STORED_KINDS = tuple(_KINDS)


def restore(kind: str, data: Mapping) -> Explained:
    """The result object of a stored decision of ``kind`` (one of ``STORED_KINDS``)."""
    common = {
        "request": CHECKS[kind].read(data["input"]),
        "applied": tuple(_applied(a) for a in data["applied"]),
        "findings": tuple(Finding(f["code"], dict(f["params"])) for f in data["findings"]),
        "rule_version": data["rule_version"],
    }
    return _KINDS[kind](data, common)
