"""A trainee's answer compared with an exercise's key, each difference explained.

An answer has the shape the wizard produces: the ``input`` the trainee entered and,
optionally, the ``expect`` they conclude (without it, the engine's answer to their input, as
the wizard's answer page shows it). Each key of the exercise's ``expect`` is compared as the
scenario runner compares it (``core.exchange.scenarios.compare_key``); for each difference
the app says what differs, the right answer in one sentence with its main reason, and the
rules behind it with their articles (``core.texts``), in the trainee's language. Where the
trainee's input differs from the case's facts, that is said too: it is usually the cause.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from core.decisions import CHECKS
from core.exchange.scenarios import compare_key, same
from core.rules.pack import RulePack
from core.texts import money, percent, text
from core.texts.rule_values import procedures_of, rule_line
from core.texts.verdicts import because, verdict
from core.workshops.exercises import Exercise

_THRESHOLDS = ("eu_threshold_", "central_authorities")
_PROCEDURE = ("basis:", "low_value_ceiling", "negotiated_value_ceiling", *_THRESHOLDS)
_PROCEDURE += ("simplified_negotiated_works_ceiling", "social_services_negotiated_ceiling")
_ADVANCE_DUE = ("advance_obliged_authorities", "advance_conditionally_obliged_authorities")
_ADVANCE_DUE += ("advance_h1_grounds", "advance_exceptions_", "advance_voluntary_max_pct")
_PERCENT = ("advance_h1_pct", "advance_h2_min_pct", "advance_h2_max_pct")
_BID_DUE = ("bid_compensation_items", "bid_compensation_excluded_procedures")
#: the rules (by name, or the start of their names) that decide each key of an answer
KEY_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "procedure": {
        "allowed": _PROCEDURE,
        "allowed_includes": _PROCEDURE,
        "allowed_excludes": _PROCEDURE,
        "simplest": (*_PROCEDURE, "procedure_simplicity_order"),
        "publication_level": _THRESHOLDS,
        "eu_threshold": _THRESHOLDS,
    },
    "advance": {
        "mandatory": _ADVANCE_DUE,
        "hypothesis": _ADVANCE_DUE,
        "percentage": _PERCENT,
        "reference_value": ("advance_reference_months",),
        "amount": (*_PERCENT, "advance_reference_months", "advance_cap"),
        "capped": ("advance_cap",),
        "settlement": ("advance_settlement",),
        "signature_required": ("advance_request_signature_required",),
    },
    "bid_compensation": {
        "mandatory": _BID_DUE,
        "amounts": (*_BID_DUE, "bid_compensation_beneficiaries", "bid_compensation_reducible"),
        "total": (*_BID_DUE, "bid_compensation_beneficiaries", "bid_compensation_reducible"),
    },
    "provisional_ranking": {"required": ("ranking_procedures", *_THRESHOLDS)},
}
_MONEY = {"reference_value", "amount", "total", "eu_threshold"}


@dataclass(frozen=True)
class Difference:
    """One point where the answer and the key differ, explained."""

    key: str
    given: object
    expected: object
    what: str  # "Amount: you answered …; the key says …"
    why: str  # the right answer in one sentence and its main reason
    rules: tuple[str, ...]  # the rules behind it, each with its article


@dataclass(frozen=True)
class Checked:
    """An answer checked: its differences (none: right) and the inputs that differ."""

    exercise: Exercise
    differences: tuple[Difference, ...]
    inputs: tuple[str, ...] = ()  # "Size of the company: you took medium; the case: small"

    @property
    def right(self) -> bool:
        """True when the answer agrees with the key on every point the key states."""
        return not self.differences


def check_answer(exercise: Exercise, answer: Mapping, pack: RulePack, lang: str) -> Checked:
    """Compare ``answer`` (``{"input": …, "expect": …}``) with the exercise's key.

    Raises ``core.errors.ValidationError`` when the trainee's input is one the engine
    refuses (say it as for the wizard: ``core.texts.error_text``).
    """
    check = CHECKS[exercise.check]
    given_input = answer.get("input") if isinstance(answer.get("input"), Mapping) else {}
    given = answer.get("expect")
    if not isinstance(given, Mapping):
        given = check.run(dict(given_input), pack).to_dict()
    key_result = check.run(exercise.input, pack)
    out = []
    for key, want in exercise.expect.items():
        if key == "error" or compare_key(key, want, dict(given)) is None:
            continue
        have = given.get("allowed" if key.startswith("allowed") else key)
        label = text(lang, "workshop_field", key)
        form = {
            "allowed_excludes": "difference_excludes",
            "allowed_includes": "difference_includes",
        }
        what = text(
            lang,
            "workshop",
            form.get(key, "difference"),
            field=label,
            given=_shown(key, have, lang),
            expected=_shown(key, want, lang),
        )
        check_name = exercise.check
        why = f"{verdict(check_name, key_result, lang)} {because(check_name, key_result, lang)}"
        out.append(
            Difference(
                key,
                have,
                want,
                what,
                why,
                _rules(check_name, key, key_result, lang, _named(have, want)),
            )
        )
    inputs = () if not out else _inputs(exercise.input, given_input, lang)
    return Checked(exercise, tuple(out), inputs)


_GROUND = "basis:"  # how an applied rule names a legal ground of a procedure
#: ceilings that concern one kind of contract only
_ONLY_FOR = {
    "simplified_negotiated_works_ceiling": "works",
    "social_services_negotiated_ceiling": "social_services",
}


def _rules(check: str, key: str, result: object, lang: str, named: set[str]) -> tuple[str, ...]:
    """The rules the engine applied that decide ``key``, each cited (all when none match).

    For the choice of procedure, the legal grounds kept are those of the procedures the
    answer and the key name (``named``), and the ceilings those of the contract's kind.
    """
    names = KEY_RULES.get(check, {}).get(key, ())
    applied = [a for a in result.applied if a.rule.startswith(names)] if names else []
    procedures = procedures_of(result)
    if check == "procedure":
        kind = result.request.contract_type
        applied = [
            a
            for a in applied
            if _ONLY_FOR.get(a.rule, kind) == kind
            and (not a.rule.startswith(_GROUND) or procedures.get(a.rule[len(_GROUND) :]) in named)
        ]
    return tuple(rule_line(a, lang, procedures) for a in applied or result.applied)


def _named(*values: object) -> set[str]:
    """The procedure codes an answer and a key speak of."""
    out: set[str] = set()
    for value in values:
        items = value if isinstance(value, list) else [value]
        out.update(v for v in items if isinstance(v, str))
    return out


def _inputs(case: Mapping, given: Mapping, lang: str) -> tuple[str, ...]:
    """The facts the trainee entered otherwise than the case states them."""
    out = []
    for name, value in case.items():
        if name in given and same(value, given[name]):
            continue
        out.append(
            text(
                lang,
                "workshop",
                "input_differs",
                field=text(lang, "field", name),
                given=_fact(name, given.get(name), lang),
                expected=_fact(name, value, lang),
            )
        )
    return tuple(out)


def _shown(key: str, value: object, lang: str) -> str:
    """A value of an answer in words: amounts, percentages, procedures, yes and no."""
    if value is None:
        return text(lang, "workshop", "nothing")
    if key in _MONEY:
        return _money(value, lang)
    if key == "percentage":
        return percent(Decimal(str(value)), lang)
    if key == "amounts" and isinstance(value, Mapping):
        return "; ".join(f"{k}: {_money(v, lang)}" for k, v in value.items())
    if key == "settlement" and isinstance(value, list):
        if not value:  # no advance, so nothing to settle
            return text(lang, "workshop", "nothing")
        return "; ".join(
            text(
                lang,
                "label",
                "tranche",
                amount=_money(t.get("amount"), lang),
                reaches=_money(t.get("when_executed_reaches"), lang),
            )
            for t in value
            if isinstance(t, Mapping)
        )
    return _value(value, lang)


def _money(value: object, lang: str) -> str:
    try:
        return money(Decimal(str(value)), lang)
    except ArithmeticError:
        return str(value)


def _fact(name: str, value: object, lang: str) -> str:
    """A fact of the case in words: amounts as money, the rest as :func:`_value`."""
    if value is not None and ("amount" in name or "value" in name):
        return _money(value, lang)
    return _value(value, lang)


def _value(value: object, lang: str) -> str:
    """A fact or a code in words (a procedure, a size, a kind of buyer, yes or no)."""
    if value is None:
        return text(lang, "workshop", "nothing")
    if isinstance(value, bool):
        return text(lang, "label", "yes" if value else "no")
    if isinstance(value, list):
        return ", ".join(_value(v, lang) for v in value) or "—"
    for table in ("procedure", "size", "authority", "contract_type", "item", "ground"):
        shown = text(lang, table, str(value))
        if shown != str(value):
            return shown
    return str(value)
