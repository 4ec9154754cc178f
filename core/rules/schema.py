"""What a rule pack may contain: every parameter the engine reads, with its kind.

A pack that has a key not listed here, or lacks one listed here, is refused. ``late`` marks a
parameter whose first period may start after the pack's ``covers_from`` (a regime that came
into force later, such as the 2024 SME advances): before its first period it is "not in
force"; every other parameter must cover ``covers_from`` itself. ``ends`` marks a parameter
whose last period may close for good (a rule that was abolished, such as the former bond
exemptions): after its last ``valid_to`` it is "no longer in force".
"""

from __future__ import annotations

from core import names
from core.record import record

CONTRACT_TYPES = ("works", "supplies", "services", "social_services")
#: the kinds of buyer (one list: the command line offers them before the rules load)
AUTHORITIES = names.AUTHORITIES
PROCEDURES = (
    "open",
    "restricted",
    "competitive_negotiation",
    "competitive_dialogue",
    "innovation_partnership",
    "simplified_negotiated_with_publication",
    "negotiated_without_publication",
    "low_value",
)
GROUNDS = (
    "no_suitable_tenders",
    "sole_operator",
    "extreme_urgency",
    "repetition",
    "design_contest",
    "research_products",
    "additional_deliveries",
    "commodity_market",
    "advantageous_terms",
    "needs_adaptation",
    "design_or_innovation",
    "complexity",
    "specs_impossible",
    "irregular_tenders_only",
    "innovation_need",
)
SIZES = ("micro", "small", "medium", "large")
REQUIRED_ITEMS = (
    "samples",
    "models",
    "prototypes",
    "drawings",
    "graphic_designs",
    "plastic_arts",
    "musical_arts",
    "cinematographic_arts",
    "performing_arts",
)
TENDERER_STATUSES = ("winner", "not_selected", "substantially_irregular", "unacceptable")
EXCEPTIONS = ("financing_and_works", "rental", "insurance", "other")
#: ``verified``: two independent sources agree (the consolidated legal text could not be read);
#: ``secondary``: one good source or secondary sources only; ``unverified``: a single news item,
#: an inference or an open question; ``convention``: the app's own convention, not a rule of law.
CONFIDENCES = ("verified", "secondary", "unverified", "convention")

#: Codes a "codes" parameter may hold, by parameter.
CODE_SETS: dict[str, tuple[str, ...]] = {
    "central_authorities": AUTHORITIES,
    "procedure_simplicity_order": PROCEDURES,
    "advance_obliged_authorities": AUTHORITIES,
    "advance_conditionally_obliged_authorities": AUTHORITIES,
    "advance_h1_grounds": ("value", *GROUNDS),
    "advance_exceptions_confirmed": EXCEPTIONS,
    "advance_exceptions_unconfirmed": EXCEPTIONS,
    "bid_compensation_items": REQUIRED_ITEMS,
    "bid_compensation_excluded_procedures": PROCEDURES,
    "bid_compensation_beneficiaries": TENDERER_STATUSES,
    "bid_compensation_reducible_statuses": TENDERER_STATUSES,
    "ranking_procedures": PROCEDURES,
    "procedures_with_prior_publication": PROCEDURES,
    "bond_exempt_short_contract_types": CONTRACT_TYPES,
}


@record(frozen=True)
class ParamSpec:
    """One parameter a pack must define."""

    kind: str
    late: bool = False
    ends: bool = False


PARAMS: dict[str, ParamSpec] = {
    # procedure choice
    "eu_threshold_works": ParamSpec("eur"),
    "eu_threshold_supplies_services_central": ParamSpec("eur"),
    "eu_threshold_supplies_services_subcentral": ParamSpec("eur"),
    "eu_threshold_social_services": ParamSpec("eur"),
    "central_authorities": ParamSpec("codes"),
    "low_value_ceiling": ParamSpec("eur"),
    "negotiated_value_ceiling": ParamSpec("eur"),
    "simplified_negotiated_works_ceiling": ParamSpec("eur"),
    "social_services_negotiated_ceiling": ParamSpec("eur"),
    "procedure_simplicity_order": ParamSpec("codes"),
    "procedures_with_prior_publication": ParamSpec("codes"),
    "min_time_limit_days": ParamSpec("days_by_procedure"),
    # advance (law art. 12/1-12/8, from 2024)
    "advance_voluntary_max_pct": ParamSpec("percent", late=True),
    "advance_cap": ParamSpec("eur", late=True),
    "advance_cap_above_maximum": ParamSpec("eur", late=True),
    "advance_obliged_authorities": ParamSpec("codes", late=True),
    "advance_conditionally_obliged_authorities": ParamSpec("codes", late=True),
    "advance_h1_pct": ParamSpec("percent", late=True),
    "advance_h1_grounds": ParamSpec("codes", late=True),
    "advance_h2_min_pct": ParamSpec("percent_by_size", late=True),
    "advance_h2_max_pct": ParamSpec("percent_by_size", late=True),
    "advance_reference_months": ParamSpec("number", late=True),
    "advance_settlement": ParamSpec("tranches", late=True),
    "advance_exceptions_confirmed": ParamSpec("codes", late=True),
    "advance_exceptions_unconfirmed": ParamSpec("codes", late=True),
    "advance_request_signature_required": ParamSpec("flag"),
    # bid compensation
    "bid_compensation_items": ParamSpec("codes", late=True),
    "bid_compensation_excluded_procedures": ParamSpec("codes", late=True),
    "bid_compensation_beneficiaries": ParamSpec("codes", late=True),
    "bid_compensation_reducible_statuses": ParamSpec("codes", late=True),
    # provisional ranking
    "ranking_procedures": ParamSpec("codes", late=True),
    # SME size classes (EU Recommendation 2003/361)
    "sme_limits": ParamSpec("sme_limits"),
    # performance bond
    "bond_default_pct": ParamSpec("percent"),
    "bond_rounding_step": ParamSpec("eur"),
    "bond_exempt_below": ParamSpec("eur", ends=True),
    "bond_exempt_short_contract_types": ParamSpec("codes", ends=True),
    "bond_exempt_max_execution_days": ParamSpec("number", ends=True),
    "bond_forbidden_below": ParamSpec("eur", late=True),
    # e-invoicing
    "einvoicing_threshold": ParamSpec("threshold", late=True),
    # VAT, to pre-fill an amount incl. VAT from an offer excl. VAT (the user can change the rate)
    "vat_standard_pct": ParamSpec("percent"),
}

PERIOD_FIELDS_REQUIRED = ("valid_from", "value", "source", "url", "confidence")
NOTE_FIELDS = ("note_nl", "note_fr")
PERIOD_FIELDS_OPTIONAL = ("valid_to", "note", *NOTE_FIELDS)

BASIS_FIELDS_REQUIRED = (
    "id",
    "procedure",
    "contract_types",
    "valid_from",
    "source",
    "url",
    "confidence",
)
BASIS_FIELDS_OPTIONAL = ("valid_to", "below", "ground", "note", *NOTE_FIELDS)

PACK_FIELDS_REQUIRED = ("id", "version", "title", "published", "covers_from")
PACK_FIELDS_OPTIONAL = ("note",)
