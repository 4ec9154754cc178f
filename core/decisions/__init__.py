"""The legal decisions: each a pure function from a typed request to an explained result.

A check's module is imported when it is first used (``CHECKS[name]``, or a name of this
package such as ``decide_procedure``): a command that decides one procedure does not load
the seven other checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from core.record import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at the start
if TYPE_CHECKING:
    from core.decisions.advance import AdvanceRequest, AdvanceResult, decide_advance
    from core.decisions.bid_compensation import (
        BidCompensationRequest,
        BidCompensationResult,
        decide_bid_compensation,
    )
    from core.decisions.bond import BondRequest, BondResult, decide_bond
    from core.decisions.einvoicing import EInvoicingRequest, EInvoicingResult, decide_einvoicing
    from core.decisions.estimate import EstimateRequest, EstimateResult, decide_estimate
    from core.decisions.procedure import ProcedureRequest, ProcedureResult, decide_procedure
    from core.decisions.ranking import RankingRequest, RankingResult, decide_ranking
    from core.decisions.sme import SmeRequest, SmeResult, decide_sme_class
    from core.rules.pack import RulePack


@record(frozen=True)
class Check:
    """A decision the engine offers: how to read its request and how to decide it."""

    name: str
    read: Callable[[Mapping], object]
    decide: Callable[[object, RulePack], object]

    def run(self, data: Mapping, pack: RulePack) -> object:
        """Validate ``data`` and decide; raises ValidationError on bad input."""
        return self.decide(self.read(data), pack)


# check name -> (its module, its request class, its decision function), in the order shown
_CHECKS: dict[str, tuple[str, str, str]] = {
    "procedure": ("procedure", "ProcedureRequest", "decide_procedure"),
    "advance": ("advance", "AdvanceRequest", "decide_advance"),
    "bid_compensation": ("bid_compensation", "BidCompensationRequest", "decide_bid_compensation"),
    "provisional_ranking": ("ranking", "RankingRequest", "decide_ranking"),
    "sme_class": ("sme", "SmeRequest", "decide_sme_class"),
    "bond": ("bond", "BondRequest", "decide_bond"),
    "e_invoicing": ("einvoicing", "EInvoicingRequest", "decide_einvoicing"),
    "estimate": ("estimate", "EstimateRequest", "decide_estimate"),
}

# every name this package offers -> the module that defines it
_NAMES: dict[str, str] = {}
for _module, _request, _decide in _CHECKS.values():
    _NAMES |= {_request: _module, _request.replace("Request", "Result"): _module}
    _NAMES[_decide] = _module
del _module, _request, _decide


class _Checks(Mapping[str, Check]):
    """The checks by name; a check's module is imported the first time it is asked for."""

    def __init__(self) -> None:
        self._made: dict[str, Check] = {}

    def __getitem__(self, name: str) -> Check:
        check = self._made.get(name)
        if check is None:
            module_name, request, decide = _CHECKS[name]  # KeyError for an unknown check
            module = import_module(f"{__name__}.{module_name}")
            check = Check(name, getattr(module, request).from_mapping, getattr(module, decide))
            self._made[name] = check
        return check

    def __setitem__(self, name: str, check: Check) -> None:
        """Put another check in the place of a known one (a test's stand-in)."""
        if name not in _CHECKS:
            raise KeyError(name)
        self._made[name] = check

    def __iter__(self) -> Iterator[str]:
        return iter(_CHECKS)

    def __len__(self) -> int:
        return len(_CHECKS)


CHECKS: Mapping[str, Check] = _Checks()


def __getattr__(name: str) -> object:
    """A request, result or decision function, its module imported on first use."""
    module_name = _NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_NAMES})


__all__ = [  # the names of _NAMES, spelled out for the linters
    "CHECKS",
    "Check",
    "AdvanceRequest",
    "AdvanceResult",
    "decide_advance",
    "BidCompensationRequest",
    "BidCompensationResult",
    "decide_bid_compensation",
    "BondRequest",
    "BondResult",
    "decide_bond",
    "EInvoicingRequest",
    "EInvoicingResult",
    "decide_einvoicing",
    "EstimateRequest",
    "EstimateResult",
    "decide_estimate",
    "ProcedureRequest",
    "ProcedureResult",
    "decide_procedure",
    "RankingRequest",
    "RankingResult",
    "decide_ranking",
    "SmeRequest",
    "SmeResult",
    "decide_sme_class",
]
