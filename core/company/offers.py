"""My offers: the register as my company sees it, and an offer made from what a notice says.

An offer is a tenderer row of my company on a tender. Its status is the tenderer's status in
the company's words: ``preparing``, ``submitted``, ``not_retained`` (the buyer's three ways to
leave an offer aside), ``winner``, ``withdrawn``. The buyer's decisions see the same rows (a
``preparing`` offer is not yet one of the tenderers they count).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from core.errors import ValidationError
from core.money import from_cents
from core.store.register import Register

#: the tenderer's status in the register -> the company's word for it
OUR_STATUS = {
    "preparing": "preparing",
    "submitted": "submitted",
    "winner": "winner",
    "not_selected": "not_retained",
    "substantially_irregular": "not_retained",
    "unacceptable": "not_retained",
    "withdrawn": "withdrawn",
}
#: the company's statuses, in the order an offer goes through them, and how each is stored
OUR_STATUSES = ("preparing", "submitted", "not_retained", "winner", "withdrawn")
STORED_AS = {"not_retained": "not_selected"} | {s: s for s in OUR_STATUSES if s != "not_retained"}
#: a deadline this many days away or less is near (the list marks it): a week to finish an
#: offer is what a small company needs at least; a convention of the list, not a legal rule
NEAR_DAYS = 7


@dataclass(frozen=True)
class Offer:
    """One offer of my company, as the list shows it."""

    tender_id: int
    tenderer_id: int
    reference: str
    title: str
    buyer: str
    contract_type: str
    estimated_value: Decimal
    deadline: date | None
    amount: Decimal | None
    status: str
    #: a contract of indefinite duration: our amount is a month's
    indefinite: bool = False


def _known_status(status: object) -> str:
    """One of our statuses, else ValidationError."""
    if status not in STORED_AS:
        allowed = ", ".join(OUR_STATUSES)
        raise ValidationError(
            "status",
            "unknown_code",
            f"{status!r} is not one of: {allowed}",
            {"typed": str(status), "allowed": allowed},
        )
    return status


def deadline_state(deadline: date | None, today: date) -> str:
    """``none``, ``past`` (the day is over), ``near`` (today up to NEAR_DAYS) or ``later``."""
    if deadline is None:
        return "none"
    if deadline < today:
        return "past"
    return "near" if (deadline - today).days <= NEAR_DAYS else "later"


def my_offers(register: Register, company_id: int, today: date | None = None) -> list[Offer]:
    """The tenders my company offers on, by deadline (none last); with ``today``, the open
    ones first from the nearest deadline, then those without one, then the past ones from
    the latest: what still needs work comes first."""
    rows = register.ws.conn.execute(
        "SELECT t.id, r.id, t.reference, t.title, coalesce(b.name, ''), t.contract_type, "
        "t.estimated_value_cents, t.offers_deadline, r.offer_cents, r.status, t.indefinite "
        "FROM tenderers r JOIN tenders t ON t.id = r.tender_id "
        "LEFT JOIN organisations b ON b.id = t.buyer_id WHERE r.organisation_id = ? "
        "ORDER BY t.offers_deadline IS NULL, t.offers_deadline, t.reference COLLATE NOCASE",
        [company_id],
    ).fetchall()
    offers = [
        Offer(
            tender_id=tender,
            tenderer_id=tenderer,
            reference=reference,
            title=title,
            buyer=buyer,
            contract_type=kind,
            estimated_value=from_cents(value),
            deadline=date.fromisoformat(deadline) if deadline else None,
            amount=None if offer is None else from_cents(offer),
            status=OUR_STATUS[status],
            indefinite=bool(indefinite),
        )
        for (
            tender,
            tenderer,
            reference,
            title,
            buyer,
            kind,
            value,
            deadline,
            offer,
            status,
            indefinite,
        ) in rows
    ]
    if today is None:
        return offers
    order = {"near": 0, "later": 0, "none": 1, "past": 2}

    def key(o: Offer) -> tuple[int, int]:
        state = order[deadline_state(o.deadline, today)]
        days = o.deadline.toordinal() if o.deadline else 0
        return state, -days if state == order["past"] else days

    return sorted(offers, key=key)  # stable: the reference breaks ties as SQL sorted them


def buyer_id(register: Register, name: str, now: datetime) -> int:
    """The buyer of that name (case and spaces aside), made when the register has none."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("buyer", "missing", "is required")
    found = register.ws.conn.execute(
        "SELECT id FROM organisations WHERE lower(trim(name)) = lower(?) ORDER BY id",
        [cleaned],
    ).fetchone()
    return found[0] if found else register.add_organisation({"name": cleaned}, now)


def add_offer(register: Register, company_id: int, notice: Mapping, now: datetime) -> int:
    """A tender from what its notice says, with my company as a tenderer; one transaction.

    ``notice`` holds the tender's fields as the register reads them (reference, title,
    authority, contract_type, estimated_value, procedure, launch_date, required_items,
    price_only, offers_deadline) with ``buyer`` (a name: found or made), and optionally
    ``offer`` (our amount, excl. VAT) and ``status`` (ours, default ``preparing``).
    Returns the tenderer id of the offer.
    """
    ours = notice.get("status") or "preparing"
    _known_status(ours)
    tender = {k: v for k, v in notice.items() if k not in ("buyer", "offer", "status")}
    tender.setdefault("status", "published")
    with register.ws.transaction():
        tender["buyer_id"] = buyer_id(register, str(notice.get("buyer") or ""), now)
        tender_id = register.add_tender(tender, now)
        return register.add_tenderer(
            {
                "tender_id": tender_id,
                "organisation_id": company_id,
                "status": STORED_AS[ours],
                "offer": notice.get("offer"),
            },
            now,
        )


def update_offer(
    register: Register, tenderer_id: int, changes: Mapping, now: datetime
) -> list[str]:
    """Change our status (in our words) and/or our amount; the other fields are kept.
    Returns the kinds of the buyer's decisions recomputed (as ``update_tenderer``)."""
    data = dict(changes)
    if "status" in data:
        data["status"] = STORED_AS[_known_status(data["status"])]
    return register.update_tenderer(tenderer_id, data, now)
