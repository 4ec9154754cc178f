"""Procedure choice: which award procedures the law allows for a contract, and the simplest.

A procedure is allowed when at least one of its legal bases in the rule pack applies: the
contract type is covered, the estimated value is strictly below the basis's ceiling, and the
buyer claims the basis's ground (art. 38, 40, 42) when it names one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from core.decisions import inputs
from core.decisions.explain import Applied, Explained, Finding, Recorder, applied_once
from core.decisions.thresholds import eu_threshold
from core.record import field, record
from core.rules import schema
from core.rules.pack import Basis, RulePack


@record(frozen=True)
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


@record(frozen=True)
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


@record(frozen=True)
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


@record(frozen=True)
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


#: why a basis does not apply, in the order the checks are made; "applies" when none fails
REASONS = ("contract_type", "ground_not_claimed", "value_not_below", "applies")
_NOT_CLAIMED, _NOT_BELOW, _APPLIES = (REASONS.index(r) for r in REASONS[1:])
_BASE = len(REASONS)  # a procedure's outcome: the reason of each of its bases, one digit each


@record(frozen=True)
class _Basis:
    """One basis in force, prepared for a launch date, contract type and buyer: its ceiling,
    the rule that gives it, and its check for each reason (made once, shared by results)."""

    basis: Basis
    procedure: str
    ground: str | None
    below: tuple[str, Applied] | None  # the rule of the ceiling, recorded even when unused
    ceiling: Decimal | None
    type_ok: bool
    applied: tuple[str, Applied | None]  # the basis itself, recorded when it applies
    checks: dict[str, BasisCheck]


@record(frozen=True)
class _Plan:
    """What a procedure choice reads from the pack for a launch date, contract type and buyer:
    read once, then shared by every decision with the same three (the pack never changes)."""

    eu: Decimal
    order: tuple[str, ...]
    with_publication: tuple[str, ...]
    limits: dict[str, int]
    head: tuple[tuple[str, Applied], ...]  # the rules recorded before the bases, in order
    bases: tuple[_Basis, ...]
    rule_version: str
    #: per procedure, in order: the (ground, ceiling) of each of its bases that covers the
    #: contract type (the others never apply), which a decision checks
    tests: tuple[tuple[tuple[str | None, Decimal | None], ...], ...]
    #: per procedure, the bases that cover the contract type, in the order of ``tests``
    active: tuple[tuple[_Basis, ...], ...]
    #: what the outcome of the checks and the grounds claimed give: options, applied rules,
    #: findings (made once per outcome, shared by the results)
    outcomes: dict = field(default_factory=dict)


def _plan(pack: RulePack, on: date, contract_type: str, authority: str) -> _Plan:
    """The plan of a launch date, contract type and buyer. Launch dates with the same rule
    version (every period and basis in force: ``version_on``) share one."""
    key = ("procedure_plan", pack.version_on(on), contract_type, authority)
    plan = pack.memo.get(key)
    if plan is None:
        plan = pack.memo[key] = _make_plan(pack, on, contract_type, authority)
    return plan


def _make_plan(pack: RulePack, on: date, contract_type: str, authority: str) -> _Plan:
    pack.check_date(on)
    rec = Recorder(pack, on)
    eu = eu_threshold(rec, contract_type, authority)
    order = rec.value("procedure_simplicity_order")
    with_publication = rec.value("procedures_with_prior_publication")
    limits = rec.value("min_time_limit_days")
    head = tuple(zip((a.rule for a in rec.explanation()), rec.explanation(), strict=True))
    bases = []
    for basis in pack.bases_on(on):
        below, ceiling = None, None
        if basis.below == "eu_threshold":
            ceiling = eu
        elif basis.below:
            period = pack.value(basis.below, on)
            ceiling = period.value
            below = (basis.below, applied_once(pack, basis.below, period, None))
        rule = f"basis:{basis.id}"
        type_ok = contract_type in basis.contract_types
        common = {
            "basis_id": basis.id,
            "procedure": basis.procedure,
            "source": basis.source,
            "confidence": basis.confidence,
            "ceiling": ceiling,
            "ground": basis.ground,
        }
        bases.append(
            _Basis(
                basis=basis,
                procedure=basis.procedure,
                ground=basis.ground,
                below=below,
                ceiling=ceiling,
                type_ok=type_ok,
                # a basis that does not cover the contract type never applies: no rule to record
                applied=(rule, applied_once(pack, rule, basis, ceiling) if type_ok else None),
                checks={
                    r: BasisCheck(applies=r == "applies", reason=r, **common)
                    for r in _reasons(type_ok, basis.ground, ceiling)
                },
            )
        )
    procedures = dict.fromkeys([*order, *(b.procedure for b in bases)])  # order first
    active = tuple(
        tuple(b for b in bases if b.procedure == procedure and b.type_ok)
        for procedure in procedures
    )
    return _Plan(
        eu=eu,
        order=tuple(order),
        with_publication=tuple(with_publication),
        limits=dict(limits),
        head=head,
        bases=tuple(bases),
        rule_version=pack.version_on(on),
        tests=tuple(tuple((b.ground, b.ceiling) for b in group) for group in active),
        active=active,
    )


def _reasons(type_ok: bool, ground: str | None, ceiling: Decimal | None) -> tuple[str, ...]:
    """The reasons ``decide_procedure`` can give a basis (see its checks): only those get a
    BasisCheck in the plan."""
    if not type_ok:
        return ("contract_type",)
    out = ("ground_not_claimed",) if ground else ()
    return (*out, "value_not_below", "applies") if ceiling is not None else (*out, "applies")


def _open_questions(
    req: ProcedureRequest, checks: dict[str, list[BasisCheck]], allowed: list[str]
) -> list[str]:
    """Findings where the research left the law open for this contract."""
    out = []
    on_value = any(
        c.applies and c.ground is None and c.ceiling is not None
        for c in checks.get("competitive_negotiation", ())
    )
    if on_value and "competitive_dialogue" not in allowed:
        out.append("competitive_dialogue_below_eu_open")
    by_reference = any(
        c.applies and c.ground is None and c.ceiling is None
        for p in ("competitive_negotiation", "competitive_dialogue")
        for c in checks.get(p, ())
    )
    if req.contract_type == "social_services" and by_reference:
        out.append("social_services_reference_open")
    return out


def decide_procedure(req: ProcedureRequest, pack: RulePack) -> ProcedureResult:
    """Which procedures the law allows for this contract on its launch date."""
    plan = _plan(pack, req.launch_date, req.contract_type, req.authority)
    value, grounds = req.estimated_value_excl_vat, req.grounds
    codes = []
    for tests in plan.tests:  # per procedure, a number: the reason of each of its bases
        code = 0
        for ground, ceiling in tests:  # why the basis does not apply, in REASONS order
            if ground and ground not in grounds:
                code = code * _BASE + _NOT_CLAIMED
            elif ceiling is not None and not value < ceiling:
                code = code * _BASE + _NOT_BELOW
            else:
                code = code * _BASE + _APPLIES
        codes.append(code)
    key = (tuple(codes), grounds)
    outcome = plan.outcomes.get(key)
    if outcome is None:
        outcome = plan.outcomes[key] = _outcome(plan, key[0], req)
    options, simplest, applied, findings = outcome
    return ProcedureResult(
        request=req,
        options=options,
        simplest=simplest,
        publication_level="eu" if value >= plan.eu else "belgian",
        eu_threshold=plan.eu,
        applied=applied,
        findings=findings,
        rule_version=plan.rule_version,
    )


def _outcome(plan: _Plan, codes: tuple[int, ...], req: ProcedureRequest) -> tuple:
    """The options, simplest procedure, applied rules and findings of the checks ``codes``
    (see ``decide_procedure``) for the grounds ``req`` claims."""
    reason = {id(b): "contract_type" for b in plan.bases}
    for group, code in zip(plan.active, codes, strict=True):
        for b in reversed(group):
            code, digit = divmod(code, _BASE)
            reason[id(b)] = REASONS[digit]
    applied = dict(plan.head)
    checks: dict[str, list[BasisCheck]] = {p: [] for p in plan.order}
    for b in plan.bases:  # in the pack's order, as the rules are recorded
        if b.below is not None and b.below[0] not in applied:
            applied[b.below[0]] = b.below[1]
        if reason[id(b)] == "applies" and b.applied[0] not in applied:
            applied[b.applied[0]] = b.applied[1]
        checks.setdefault(b.procedure, []).append(b.checks[reason[id(b)]])
    options = tuple(
        ProcedureOption(
            procedure=p,
            allowed=any(c.applies for c in checks[p]),
            bases=tuple(checks[p]),
            prior_publication=p in plan.with_publication,
            min_time_limit_days=plan.limits.get(p),
        )
        for p in plan.order
    )
    allowed = [o.procedure for o in options if o.allowed]
    findings = [
        Finding("ground_not_applicable", {"ground": g, "contract_type": req.contract_type})
        for g in req.grounds
        if not any(c.applies and c.ground == g for cs in checks.values() for c in cs)
    ]
    if "low_value" in allowed or "negotiated_without_publication" in allowed:
        findings.append(Finding("check_approved_amount_at_award"))
    findings += [Finding(code) for code in _open_questions(req, checks, allowed)]
    simplest = allowed[0] if allowed else ""
    return options, simplest, tuple(applied.values()), tuple(findings)
