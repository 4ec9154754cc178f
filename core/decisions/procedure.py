"""Procedure choice: which award procedures the law allows for a contract, and the simplest.

A procedure is allowed when at least one of its legal bases in the rule pack applies: the
contract type is covered, the estimated value is strictly below the basis's ceiling, and the
buyer claims the basis's ground (art. 38, 40, 42) when it names one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Explained, Recorder
from core.decisions.thresholds import eu_threshold
from core.rules import schema
from core.rules.pack import Basis, RulePack


@dataclass(frozen=True)
class ProcedureRequest:
    """The contract basics and the special circumstances the buyer claims."""

    launch_date: date
    authority: str
    contract_type: str
    estimated_value_excl_vat: Decimal
    grounds: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping) -> ProcedureRequest:
        """Read and validate a request."""
        data = inputs.need_mapping(data)
        return cls(
            **inputs.contract_basics(data),
            grounds=inputs.codes(data, "grounds", schema.GROUNDS),
        )


@dataclass(frozen=True)
class BasisCheck:
    """How one legal basis fared: applies, or the reason it does not."""

    basis_id: str
    procedure: str
    source: str
    confidence: str
    applies: bool
    reason: str  # "applies", "contract_type", "value_not_below", "ground_not_claimed"
    ceiling: Decimal | None = None
    ground: str | None = None


@dataclass(frozen=True)
class ProcedureOption:
    """One procedure: allowed or not, the bases that allow it, or why none does."""

    procedure: str
    allowed: bool
    bases: tuple[BasisCheck, ...]
    prior_publication: bool
    min_time_limit_days: int | None

    @property
    def grounds_used(self) -> tuple[BasisCheck, ...]:
        """The bases that allow the procedure."""
        return tuple(b for b in self.bases if b.applies)


@dataclass(frozen=True)
class ProcedureResult(Explained):
    """Allowed and excluded procedures with reasons, the simplest, the publication level."""

    options: tuple[ProcedureOption, ...]
    simplest: str
    publication_level: str
    eu_threshold: Decimal

    @property
    def allowed(self) -> tuple[str, ...]:
        """Allowed procedure codes, simplest first."""
        return tuple(o.procedure for o in self.options if o.allowed)

    @property
    def excluded(self) -> tuple[str, ...]:
        """Procedure codes without a legal basis for this contract."""
        return tuple(o.procedure for o in self.options if not o.allowed)

    def option(self, procedure: str) -> ProcedureOption:
        """The option of one procedure."""
        return next(o for o in self.options if o.procedure == procedure)

    def to_dict(self) -> dict[str, object]:
        """Plain form (scenario comparison, storage)."""
        return {
            "allowed": list(self.allowed),
            "excluded": list(self.excluded),
            "simplest": self.simplest,
            "publication_level": self.publication_level,
            "eu_threshold": str(self.eu_threshold),
            "options": [
                {
                    "procedure": o.procedure,
                    "allowed": o.allowed,
                    "prior_publication": o.prior_publication,
                    "min_time_limit_days": o.min_time_limit_days,
                    "bases": [
                        {
                            "basis": b.basis_id,
                            "applies": b.applies,
                            "reason": b.reason,
                            "source": b.source,
                            "confidence": b.confidence,
                            "ceiling": None if b.ceiling is None else str(b.ceiling),
                            "ground": b.ground,
                        }
                        for b in o.bases
                    ],
                }
                for o in self.options
            ],
            **self.explanation_dict(),
        }


def _check(basis: Basis, req: ProcedureRequest, rec: Recorder, eu: Decimal) -> BasisCheck:
    ceiling = None
    if basis.below == "eu_threshold":
        ceiling = eu
    elif basis.below:
        ceiling = rec.value(basis.below)
    common = {
        "basis_id": basis.id,
        "procedure": basis.procedure,
        "source": basis.source,
        "confidence": basis.confidence,
        "ceiling": ceiling,
        "ground": basis.ground,
    }
    if req.contract_type not in basis.contract_types:
        return BasisCheck(applies=False, reason="contract_type", **common)
    if basis.ground and basis.ground not in req.grounds:
        return BasisCheck(applies=False, reason="ground_not_claimed", **common)
    if ceiling is not None and not req.estimated_value_excl_vat < ceiling:
        return BasisCheck(applies=False, reason="value_not_below", **common)
    rec.record(basis, value=ceiling)
    return BasisCheck(applies=True, reason="applies", **common)


def _open_questions(
    req: ProcedureRequest, checks: dict[str, list[BasisCheck]], allowed: list[str], rec: Recorder
) -> None:
    """Findings where the research left the law open for this contract."""
    on_value = any(
        c.applies and c.ground is None and c.ceiling is not None
        for c in checks.get("competitive_negotiation", ())
    )
    if on_value and "competitive_dialogue" not in allowed:
        rec.find("competitive_dialogue_below_eu_open")
    by_reference = any(
        c.applies and c.ground is None and c.ceiling is None
        for p in ("competitive_negotiation", "competitive_dialogue")
        for c in checks.get(p, ())
    )
    if req.contract_type == "social_services" and by_reference:
        rec.find("social_services_reference_open")


def decide_procedure(req: ProcedureRequest, pack: RulePack) -> ProcedureResult:
    """Which procedures the law allows for this contract on its launch date."""
    on = req.launch_date
    pack.check_date(on)
    rec = Recorder(pack, on)
    eu = eu_threshold(rec, req.contract_type, req.authority)
    order = rec.value("procedure_simplicity_order")
    with_publication = rec.value("procedures_with_prior_publication")
    limits = rec.value("min_time_limit_days")
    checks: dict[str, list[BasisCheck]] = {p: [] for p in order}
    for basis in pack.bases_on(on):
        checks.setdefault(basis.procedure, []).append(_check(basis, req, rec, eu))
    options = tuple(
        ProcedureOption(
            procedure=p,
            allowed=any(c.applies for c in checks[p]),
            bases=tuple(checks[p]),
            prior_publication=p in with_publication,
            min_time_limit_days=limits.get(p),
        )
        for p in order
    )
    allowed = [o.procedure for o in options if o.allowed]
    level = "eu" if req.estimated_value_excl_vat >= eu else "belgian"
    for ground in req.grounds:
        if not any(c.applies and c.ground == ground for cs in checks.values() for c in cs):
            rec.find("ground_not_applicable", ground=ground, contract_type=req.contract_type)
    if "low_value" in allowed or "negotiated_without_publication" in allowed:
        rec.find("check_approved_amount_at_award")
    _open_questions(req, checks, allowed, rec)
    return ProcedureResult(
        request=req,
        options=options,
        simplest=allowed[0] if allowed else "",
        publication_level=level,
        eu_threshold=eu,
        **rec.explained(),
    )
