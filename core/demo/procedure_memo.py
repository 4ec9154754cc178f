"""The procedure decision with a memory, for deciding many tenders in a row (demo data, imports).

``decide_procedure`` costs about 0.12 ms. Its answer depends on the value only through the
comparisons it makes: the value against the ceiling of each ``[[basis]]`` in force and against
the EU threshold (``value < ceiling``; the publication level is ``value >= eu``). Everything else
it reads is the rule version of the launch date, the bases in force on that date (the rule
version does not cover them), the authority, the contract type and the grounds. So the memo
keys an answer on exactly those, and hands it back with the request it was asked for.
"""

from __future__ import annotations

import json
from datetime import date

from core.decisions.compact import compact, dumps
from core.decisions.explain import Recorder
from core.decisions.procedure import ProcedureRequest, ProcedureResult, decide_procedure
from core.decisions.thresholds import eu_threshold
from core.record import replace
from core.rules.pack import RulePack


class ProcedureMemo:
    """``decide_procedure`` for one rule pack, remembering answers by what they depend on."""

    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        self.hits = 0
        self.misses = 0
        self._dates: dict[date, tuple[str, tuple[str, ...]]] = {}
        self._ceilings: dict[tuple, tuple] = {}
        self._answers: dict[tuple, ProcedureResult] = {}
        self._stored: dict[tuple, tuple[str, dict[str, dict]]] = {}

    def key(self, req: ProcedureRequest) -> tuple:
        """What the answer to ``req`` depends on.

        Raises:
            NotCoveredError: The launch date is outside the rule pack (as the engine does).
        """
        on = req.launch_date
        rules = self._dates.get(on)
        if rules is None:
            ids = tuple(b.id for b in self.pack.bases_on(on))
            rules = self._dates[on] = (self.pack.version_on(on), ids)
        head = (*rules, req.contract_type, req.authority)
        ceilings = self._ceilings.get(head)
        if ceilings is None:
            ceilings = self._ceilings[head] = self._find_ceilings(on, req)
        value = req.estimated_value_excl_vat
        return (*head, req.grounds, tuple(value < c for c in ceilings))

    def _find_ceilings(self, on: date, req: ProcedureRequest) -> tuple:
        """The EU threshold and the ceilings of the bases in force, lowest first."""
        found = {eu_threshold(Recorder(self.pack, on), req.contract_type, req.authority)}
        for basis in self.pack.bases_on(on):
            if basis.below and basis.below != "eu_threshold":
                found.add(self.pack.value(basis.below, on).value)
        return tuple(sorted(found))

    def _answer(self, req: ProcedureRequest) -> ProcedureResult:
        key = self.key(req)
        answer = self._answers.get(key)
        if answer is not None:
            self.hits += 1
            return answer
        self.misses += 1
        answer = self._answers[key] = decide_procedure(req, self.pack)
        return answer

    def decide(self, req: ProcedureRequest) -> ProcedureResult:
        """The engine's answer to ``req`` (the same as ``decide_procedure(req, pack)``)."""
        result = self._answer(req)
        return result if result.request == req else replace(result, request=req)

    def shared(self, req: ProcedureRequest) -> ProcedureResult:
        """The answer without its request: the same for every request with the same key.

        Its ``request`` may be another request's; use it for the allowed procedures and
        their bases, and :meth:`decide` when the result is shown or kept.
        """
        return self._answer(req)

    def stored(self, req: ProcedureRequest, data: dict) -> tuple[str, dict[str, dict]]:
        """The answer to ``req``, asked with the input ``data``, as ``Register.decide`` stores
        it (``core.store.decision_rows``), and the rule texts it refers to."""
        key = self.key(req)
        known = self._stored.get(key)
        if known is not None and _reads_as(data, req):
            return known
        full = json.loads(json.dumps(self.decide(req).to_dict(), default=str))
        stored, texts = compact("procedure", full, data)
        answer = (dumps(stored), texts)
        if "input" not in stored:  # the same for every request with this key
            self._stored[key] = answer
        return answer


def _reads_as(data: dict, req: ProcedureRequest) -> bool:
    """Whether ``data`` reads as ``req`` (then a stored form without its request fits it)."""
    return ProcedureRequest.from_mapping(data) == req
