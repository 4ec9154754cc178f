"""What a tender means for us: for one offer of my company, each question an SME asks
(advance, bid compensation, provisional place, bond, e-invoicing) answered by the SAME checks
``main.py decide`` runs, from the tender and the profile, nothing asked twice. Where an input
is missing (no offer amount yet, say) the line names it instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.company.profile import Profile
from core.decisions import CHECKS
from core.decisions.explain import Explained
from core.errors import ValidationError
from core.money import with_vat
from core.rules.pack import RulePack
from core.store.register import Register
from core.texts import cite, money, percent, text
from core.texts.answers import answer_lines

#: the questions, in the order the page asks them, and the check that answers each
TOPICS = {
    "advance": "advance",
    "bid_compensation": "bid_compensation",
    "ranking": "provisional_ranking",
    "bond": "bond",
    "e_invoicing": "e_invoicing",
}
#: confidence marks from the surest to the least sure (a line is as sure as its weakest rule)
_CONFIDENCE = ("verified", "convention", "secondary", "unverified")


@dataclass(frozen=True)
class Facts:
    """What the engine needs, taken from the tender, our offer and my company's profile."""

    launch_date: date
    authority: str
    contract_type: str
    estimated_value: Decimal
    procedure: str | None = None
    price_only: bool | None = None
    required_items: tuple[str, ...] = ()
    duration_months: Decimal | None = None
    offer: Decimal | None = None  # ours, excl. VAT (a month's, for an indefinite duration)
    amount_incl_vat: Decimal | None = None  # ours, with the standard VAT rate
    vat_pct: Decimal | None = None  # the rate added (None: the amount was given as it is)
    size_class: str | None = None
    #: a contract of indefinite duration: our offer is a monthly amount, and the advance is
    #: computed on the monthly value (``monthly_incl_vat``, our offer with the VAT rate)
    indefinite: bool = False
    monthly_incl_vat: Decimal | None = None


@dataclass(frozen=True)
class Line:
    """One question answered: the engine's input (as ``decide`` takes it) and result, or
    what is missing, or why the engine refused the input."""

    topic: str
    check: str
    given: dict | None
    missing: tuple[str, ...] = ()
    result: Explained | None = None
    refused: ValidationError | None = None
    #: why the line is not answered, a key of the texts' ``company`` table (no check ran)
    note: str = ""

    @property
    def confidence(self) -> str | None:
        """The weakest confidence of the rules the answer used."""
        if self.result is None or not self.result.applied:
            return None
        return max((a.confidence for a in self.result.applied), key=_CONFIDENCE.index)


def facts_of(register: Register, tenderer_id: int, profile: Profile, pack: RulePack) -> Facts:
    """The facts of our offer ``tenderer_id``: the tender's, our amount (with the standard VAT
    rate in force on the launch date added, as the advance wizard proposes) and our size. On
    a contract of indefinite duration our amount is a month's: it gives the monthly value."""
    tenderer = register.tenderer(tenderer_id)
    tender = register.tender(tenderer.tender_id)
    vat = amount = None
    if tenderer.offer is not None:
        try:
            pack.check_date(tender.launch_date)
            rate = pack.in_force("vat_standard_pct", tender.launch_date)
        except ValidationError:  # a launch date the pack does not cover: the advance says so
            rate = None
        vat = Decimal(str(rate.value)) if rate is not None else None
        amount = with_vat(tenderer.offer, vat) if vat is not None else None
    return Facts(
        launch_date=tender.launch_date,
        authority=tender.authority,
        contract_type=tender.contract_type,
        estimated_value=tender.estimated_value,
        procedure=tender.procedure,
        price_only=tender.price_only,
        required_items=tender.required_items,
        duration_months=tender.duration_months,
        offer=tenderer.offer,
        amount_incl_vat=None if tender.indefinite else amount,
        vat_pct=vat,
        size_class=profile.size_class(pack),
        indefinite=tender.indefinite,
        monthly_incl_vat=amount if tender.indefinite else None,
    )


def _str(value: object | None) -> str | None:
    """A figure as the checks take it (text), or None when it is not known."""
    return None if value is None else str(value)


def _inputs(f: Facts, topic: str) -> tuple[dict, tuple[str, ...]]:
    """The input of ``topic``'s check from the facts, and the facts it lacks."""
    base = {"launch_date": f.launch_date.isoformat()}
    contract = {
        **base,
        "authority": f.authority,
        "contract_type": f.contract_type,
        "estimated_value_excl_vat": str(f.estimated_value),
    }
    if topic == "advance":
        data = {
            **base,
            "authority": f.authority,
            "procedure": f.procedure,
            "contract_type": f.contract_type,
            "contractor_size": f.size_class,
            "amount_incl_vat": _str(f.amount_incl_vat),
            "duration_months": _str(f.duration_months),
        }
        needed = {"procedure": f.procedure, "contractor_size": f.size_class}
        if f.indefinite:
            # art. 12/5: the reference value of a contract of indefinite duration is the
            # monthly value times the rule pack's months; no total amount nor duration to ask
            data |= {
                "amount_incl_vat": None,
                "duration_months": None,
                "monthly_value_incl_vat": _str(f.monthly_incl_vat),
            }
            needed["monthly_offer"] = f.monthly_incl_vat
        else:
            needed |= {"offer": f.amount_incl_vat, "duration_months": f.duration_months}
    elif topic == "bid_compensation":
        # asked as "if we are not retained": our offer among the others, not chosen
        data = {
            **base,
            "procedure": f.procedure,
            "required_items": list(f.required_items),
            "tenderers": [{"id": "us", "status": "not_selected"}],
        }
        needed = {"procedure": f.procedure}
    elif topic == "ranking":
        data = {**contract, "procedure": f.procedure, "price_only": f.price_only}
        needed = {"procedure": f.procedure, "price_only": f.price_only}
    elif topic == "bond":
        data = {
            **base,
            "award_amount_excl_vat": _str(f.offer),
            "contract_type": f.contract_type,
        }
        needed = {"offer": f.offer}
    else:
        data, needed = contract, {}
    return data, tuple(name for name, value in needed.items() if value is None)


def meaning(facts: Facts, pack: RulePack) -> list[Line]:
    """Every question answered by the engine's checks (``core.decisions.CHECKS``)."""
    lines = []
    for topic, check in TOPICS.items():
        if topic == "bond" and facts.indefinite:
            # our amount is a month's, and the research does not say on which amount the
            # bond of a contract of indefinite duration is computed: no figure is made up
            lines.append(Line(topic, check, None, note="bond_indefinite"))
            continue
        data, missing = _inputs(facts, topic)
        if missing:
            lines.append(Line(topic, check, None, missing))
            continue
        try:
            result = CHECKS[check].run(data, pack)
        except ValidationError as exc:
            lines.append(Line(topic, check, data, refused=exc))
            continue
        lines.append(Line(topic, check, data, result=result))
    return lines


def words(line: Line, facts: Facts, lang: str) -> list[str]:
    """The answer of a line in sentences (the rules and what is missing are the page's)."""
    if line.result is None:
        return []
    out = answer_lines(line.check, line.result, lang)
    if line.topic == "bid_compensation":
        out = out[:2]  # the verdict and its reason: the amounts list a tenderer of our making
    advance = line.topic == "advance" and line.result.amount > 0
    if advance and facts.indefinite and facts.monthly_incl_vat is not None:
        key, amount = "advance_on_monthly_offer", facts.monthly_incl_vat
    elif advance and facts.vat_pct is not None and facts.offer is not None:
        key, amount = "advance_on_offer", facts.amount_incl_vat
    else:
        key = None
    if key is not None:
        out.append(
            text(
                lang,
                "company",
                key,
                offer=money(facts.offer, lang),
                vat=percent(facts.vat_pct, lang),
                amount=money(amount, lang),
            )
        )
    if line.topic == "bid_compensation" and line.result.mandatory:
        out.append(text(lang, "company", "bid_amount_by_documents"))
    return out


def rules(line: Line, lang: str) -> list[tuple[str, str]]:
    """(citation, confidence) of each rule the answer applied, each source once."""
    if line.result is None:
        return []
    seen, out = set(), []
    for applied in line.result.applied:
        shown = str(cite(applied.source, lang))
        if shown not in seen:
            seen.add(shown)
            out.append((shown, applied.confidence))
    return out
