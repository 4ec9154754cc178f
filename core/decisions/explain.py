"""What every decision result carries: the rules it applied, each with source and confidence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.record import field, fields, is_record, record
from core.rules.pack import Basis, RulePack, RuleValue, note_in


def show(value: object) -> str:
    """A rule value as plain text (decimals without exponent, lists joined)."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, tuple | list) and value and isinstance(value[0], tuple | list):
        return "; ".join(" @ ".join(show(v) for v in item) for item in value)
    if isinstance(value, tuple | list):
        return ", ".join(show(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k} {show(v)}" for k, v in value.items())
    return str(value)


def plain(value: object) -> object:
    """A request or value in JSON-friendly form: decimals as strings, dates in ISO."""
    if type(value) in _AS_THEY_ARE:  # most of a request's fields: given back at once
        return value
    if is_record(value):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


#: the types ``plain`` gives back unchanged, exactly these (not their subclasses)
_AS_THEY_ARE = frozenset({str, int, bool, float, type(None)})


@record(frozen=True)
class Applied:
    """One rule a decision used: what, the value, where it comes from, how sure it is."""

    rule: str
    value: str
    source: str
    url: str
    confidence: str
    valid_from: date
    valid_to: date | None
    note: str
    pack: str
    notes: tuple[tuple[str, str], ...] = ()

    def note_in(self, lang: str) -> str:
        """The note in ``lang``, else in English, else empty."""
        return note_in(self.notes, self.note, lang)

    @property
    def flagged(self) -> bool:
        """True for rules of medium or low confidence, which the app must show as such."""
        return self.confidence != "verified"

    def to_dict(self) -> dict[str, object]:
        """Plain form for storage and JSON."""
        return {
            "rule": self.rule,
            "value": self.value,
            "source": self.source,
            "url": self.url,
            "confidence": self.confidence,
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "note": self.note,
            "pack": self.pack,
            "notes": dict(self.notes),
        }


@record(frozen=True)
class Finding:
    """A coded remark on a result (a reason, a warning), with the numbers it mentions."""

    code: str
    params: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Plain form for storage and JSON."""
        return {"code": self.code, "params": dict(self.params)}


def applied_rule(rule: str, item: RuleValue | Basis, value: object | None) -> Applied:
    """The applied rule ``rule`` of a rule period or basis, with the value a decision used."""
    shown = (
        show(item.value)
        if isinstance(item, RuleValue)
        else show(value)
        if value is not None
        else item.procedure
    )
    return Applied(
        rule=rule,
        value=shown,
        source=item.source,
        url=item.url,
        confidence=item.confidence,
        valid_from=item.valid_from,
        valid_to=item.valid_to,
        note=item.note,
        pack=f"{item.pack_id} {item.pack_version}",
        notes=item.notes,
    )


def applied_once(
    pack: RulePack, rule: str, item: RuleValue | Basis, value: object | None
) -> Applied:
    """``applied_rule(rule, item, value)``, made once per pack and kept in its memo: the
    decisions and procedure plans of one rule version share it."""
    memo_key = ("applied", id(item), None if value is None else str(value))
    found = pack.memo.get(memo_key)
    if found is None:
        found = pack.memo[memo_key] = applied_rule(rule, item, value)
    return found


class Recorder:
    """Collects the rules a decision reads from the pack, in the order it reads them."""

    def __init__(self, pack: RulePack, on: date) -> None:
        self.pack = pack
        self.on = on
        self._applied: dict[str, Applied] = {}
        self.findings: list[Finding] = []

    def value(self, key: str) -> object:
        """The value of ``key`` in force, recorded as applied."""
        return self.record(self.pack.value(key, self.on)).value

    def optional(self, key: str) -> object | None:
        """The value of ``key`` in force, or None before its regime started (not recorded)."""
        found = self.pack.in_force(key, self.on)
        return None if found is None else self.record(found).value

    def record(self, item: RuleValue | Basis, value: object | None = None) -> RuleValue | Basis:
        """Record a rule value or a procedure basis as applied."""
        rule = item.key if isinstance(item, RuleValue) else f"basis:{item.id}"
        if rule not in self._applied:
            self._applied[rule] = applied_once(self.pack, rule, item, value)
        return item

    def find(self, code: str, **params: object) -> None:
        """Add a coded finding."""
        self.findings.append(Finding(code, {k: show(v) for k, v in params.items()}))

    def explanation(self) -> tuple[Applied, ...]:
        """The applied rules, in order."""
        return tuple(self._applied.values())

    def explained(self) -> dict[str, object]:
        """The explanation fields every result takes: applied rules, findings, version."""
        return {
            "applied": self.explanation(),
            "findings": tuple(self.findings),
            "rule_version": self.pack.version_on(self.on),
        }


@record(frozen=True)
class Explained:
    """Mixin data every result has: applied rules, findings, the pack version used."""

    request: object
    applied: tuple[Applied, ...]
    findings: tuple[Finding, ...]
    rule_version: str

    @property
    def flagged(self) -> tuple[Applied, ...]:
        """Applied rules of medium or low confidence."""
        return tuple(a for a in self.applied if a.flagged)

    def explanation_dict(self) -> dict[str, object]:
        """The explanation part of ``to_dict``."""
        return {
            "input": plain(self.request),
            "applied": [a.to_dict() for a in self.applied],
            "findings": [f.to_dict() for f in self.findings],
            "rule_version": self.rule_version,
        }
