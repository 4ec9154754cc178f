"""The EU publication threshold that applies to a contract."""

from __future__ import annotations

from decimal import Decimal

from core.decisions.explain import Recorder


def eu_threshold_key(rec: Recorder, contract_type: str, authority: str) -> str:
    """Which EU threshold parameter applies to this contract type and buyer."""
    if contract_type == "works":
        return "eu_threshold_works"
    if contract_type == "social_services":
        return "eu_threshold_social_services"
    central = rec.value("central_authorities")
    if authority in central:
        return "eu_threshold_supplies_services_central"
    return "eu_threshold_supplies_services_subcentral"


def eu_threshold(rec: Recorder, contract_type: str, authority: str) -> Decimal:
    """The EU threshold in force on the recorder's date, recorded as applied."""
    return rec.value(eu_threshold_key(rec, contract_type, authority))
