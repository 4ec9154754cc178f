"""The stored form of a decision result: what it found, and references to the rule texts.

The plain form of a result (``to_dict``) repeats, for every rule it applied, the rule's
source, address, confidence, dates and its notes in every language, and for every legal basis
of a procedure choice its source and confidence: about 15 kB for a procedure decision, most of
it the same text in every decision taken under one rule pack. The stored form keeps, per
decision, what the decision found, each rule by its key with the value used, and a reference
to the rule's text; each text is kept once (per workspace, see ``core.store.decision_rows``)
under a digest of its content, so a reference can never point to another text.

``expand(compact(kind, d)) == d`` for every plain form ``d``: ``compact`` checks it and, should
a form ever not come back the same, keeps the plain form as it is (``expand`` returns a plain
form unchanged).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from core.decisions import CHECKS
from core.decisions.explain import plain
from core.errors import ValidationError

#: marks the stored form (a plain form has no such key)
FORM_KEY = "form"
FORM = "refs-1"
#: a procedure option is kept under this prefix and its procedure code, in the result's order
OPTION = "option."
#: the plain form's lists of procedure codes, derived from the options
_DERIVED = ("allowed", "excluded")
#: the fields of an applied rule that belong to the rule, not to the decision
_VALUE_FIELDS = ("rule", "value")
#: a value used longer than this (a list of procedures, a table of days) is kept in the text
SHORT_VALUE = 24
_BASIS_FIELDS = ("basis", "source", "confidence", "ground")


class MissingTextsError(LookupError):
    """The texts of some references are not at hand; ``refs`` names them."""

    def __init__(self, refs: set[str]) -> None:
        super().__init__(f"rule texts not found: {', '.join(sorted(refs))}")
        self.refs = refs


def digest(body: Mapping) -> str:
    """The reference of a rule text: the start of the SHA-256 of its canonical JSON."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:10]


#: references of the texts met so far, by their fields (the same few texts recur in every
#: decision); emptied when it grows past ``_KNOWN``
_DIGESTS: dict[tuple, str] = {}
_KNOWN = 10_000


def _digest(body: Mapping) -> str:
    """``digest(body)``, remembered."""
    key = tuple(
        (k, tuple(v.items()) if isinstance(v, dict) else v) for k, v in sorted(body.items())
    )
    found = _DIGESTS.get(key)
    if found is None:
        if len(_DIGESTS) >= _KNOWN:
            _DIGESTS.clear()
        found = _DIGESTS[key] = digest(body)
    return found


def dumps(value: object) -> str:
    """JSON text as the store keeps it (no spaces, non-ASCII kept)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def refs_of(stored: Mapping) -> set[str]:
    """The references a stored form makes (none for a plain form)."""
    if stored.get(FORM_KEY) != FORM:
        return set()
    out = {entry[-1] for entry in stored.get("applied", ())}
    for key, option in stored.items():
        if key.startswith(OPTION):
            out.update(basis[0] for basis in option[2])
    return out


def compact(kind: str, full: Mapping, given: Mapping) -> tuple[dict, dict[str, dict]]:
    """The stored form of the plain form of a ``kind`` result decided on the input ``given``,
    and the texts it refers to (reference -> text).

    The request the result carries is left out when it is the one ``given`` reads as. A plain
    form that does not come back the same from its stored form is kept as it is.
    """
    texts: dict[str, dict] = {}
    read: list = []  # the request ``given`` reads as, once read (the check reads it again)
    try:
        out = _build(kind, full, given, texts, read)
        same = expand(kind, out, texts, given, _read=read) == full
    except (KeyError, TypeError, IndexError, ValueError, AttributeError, ValidationError):
        same = False
    if not same:
        return dict(full), {}
    return out, texts


def _build(kind: str, full: Mapping, given: Mapping, texts: dict[str, dict], read: list) -> dict:
    def ref(body: dict) -> str:
        key = _digest(body)
        texts[key] = body
        return key

    out: dict = {FORM_KEY: FORM}
    for key, value in full.items():
        if key in _DERIVED and "options" in full:
            continue
        if key == "input" and _reads_as(kind, given, value, read):
            continue
        if key == "applied":
            out[key] = [_applied(a, ref) for a in value]
        elif key == "options":
            for option in value:
                out[OPTION + option["procedure"]] = [
                    option["prior_publication"],
                    option["min_time_limit_days"],
                    [
                        [ref({k: b[k] for k in _BASIS_FIELDS}), b["reason"], b["ceiling"]]
                        for b in option["bases"]
                    ],
                ]
        else:
            out[key] = value
    return out


def expand(
    kind: str,
    stored: Mapping,
    texts: Mapping[str, Mapping],
    given: Mapping,
    *,
    _read: list | None = None,
) -> dict:
    """The plain form of a stored form of ``kind`` decided on the input ``given``, its rule
    texts taken from ``texts`` (``_read``: ``compact``'s request of ``given``, when it read
    one).

    Raises:
        MissingTextsError: ``texts`` lacks some of the references.
    """
    if stored.get(FORM_KEY) != FORM:
        return dict(stored)
    missing = refs_of(stored) - set(texts)
    if missing:
        raise MissingTextsError(missing)
    out: dict = {}
    options = []
    for key, value in stored.items():
        if key == FORM_KEY:
            continue
        if key.startswith(OPTION):
            options.append(_option(key[len(OPTION) :], value, texts))
            continue
        if options and "options" not in out:
            _put_options(out, options)
        if key == "applied" and "input" not in stored:
            out["input"] = _read[0] if _read else _request(kind, given)
        if key == "applied":
            out[key] = [_applied_back(entry, texts) for entry in value]
        else:
            out[key] = value
    if options and "options" not in out:
        _put_options(out, options)
    return out


def _reads_as(kind: str, given: Mapping, request: object, read: list) -> bool:
    """Whether ``given`` reads as ``request`` (an input that no longer reads: no); the
    request it reads as goes into ``read``."""
    try:
        read[:] = [_request(kind, given)]
    except ValidationError:
        return False
    return read[0] == request


def _request(kind: str, given: Mapping) -> object:
    """The request ``given`` reads as, in its plain form."""
    return plain(CHECKS[kind].read(given))


def _applied(applied: Mapping, ref) -> list:
    """``[rule, value, reference]``; ``[rule, reference]`` when the text holds a long value."""
    if len(applied["value"]) <= SHORT_VALUE:
        body = {k: v for k, v in applied.items() if k not in _VALUE_FIELDS}
        return [applied["rule"], applied["value"], ref(body)]
    return [applied["rule"], ref({k: v for k, v in applied.items() if k != "rule"})]


def _applied_back(entry: list, texts: Mapping[str, Mapping]) -> dict:
    if len(entry) == 2:  # the value is in the text
        rule, ref = entry
        return {"rule": rule, **texts[ref]}
    rule, shown, ref = entry
    return {"rule": rule, "value": shown, **texts[ref]}


def _option(procedure: str, value: list, texts: Mapping[str, Mapping]) -> dict:
    prior, days, bases = value
    checks = []
    for ref, reason, ceiling in bases:
        text = texts[ref]
        checks.append(
            {
                "basis": text["basis"],
                "applies": reason == "applies",
                "reason": reason,
                "source": text["source"],
                "confidence": text["confidence"],
                "ceiling": ceiling,
                "ground": text["ground"],
            }
        )
    return {
        "procedure": procedure,
        "allowed": any(c["applies"] for c in checks),
        "prior_publication": prior,
        "min_time_limit_days": days,
        "bases": checks,
    }


def _put_options(out: dict, options: list[dict]) -> None:
    """The options with the lists the plain form derives from them, in its order."""
    head = {
        "allowed": [o["procedure"] for o in options if o["allowed"]],
        "excluded": [o["procedure"] for o in options if not o["allowed"]],
    }
    rest = dict(out)
    out.clear()
    out.update(head)
    out.update(rest)
    out["options"] = options
