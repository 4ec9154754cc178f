"""The organisations of the demo data: buyers of every authority kind, suppliers of every size.

Enterprise numbers and IBANs are drawn with valid check digits and read back through
:mod:`core.store.identifiers`; a supplier's staff, turnover and balance-sheet total fall inside
its size class under the rule pack's SME limits. An organisation already in the workspace with
the same enterprise number and name is reused instead of added again.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from core.demo import vocabulary
from core.rules.pack import RulePack
from core.store import identifiers, records
from core.store.model import Organisation
from core.store.workspace import Workspace

SIZE_WEIGHTS = {"micro": 45, "small": 30, "medium": 17, "large": 8}
SECTOR_WEIGHTS = {"works": 30, "supplies": 25, "services": 35, "social_services": 10}
MAX_SUPPLIERS = 8000
TENDERS_PER_BUYER, TENDERS_PER_SUPPLIER = 100, 10
_MOD = identifiers.CHECK_MODULUS
#: the function of who signs an organisation's letters, by kind and language
SIGNATORY_FUNCTIONS = {
    (True, "nl"): "Algemeen directeur",
    (True, "fr"): "Directeur général",
    (False, "nl"): "Zaakvoerder",
    (False, "fr"): "Gérant",
}


def _letterhead(number: str, lang: str, public: bool) -> dict[str, object]:
    """A phone and a signatory for the letters, drawn from the enterprise number (so the
    draws of the rest of the demo, and the data a seed gives, stay as they were)."""
    rng = random.Random(number)
    lang = "fr" if lang == "fr" else "nl"
    surnames = vocabulary.SURNAMES_NL if lang == "nl" else vocabulary.SURNAMES_FR
    return {
        "phone": f"+32 {rng.randrange(2, 10)} {rng.randrange(200, 1000)} "
        f"{rng.randrange(10, 100)} {rng.randrange(10, 100)}",
        "signatory_name": f"{rng.choice(vocabulary.FIRST_NAMES)} {rng.choice(surnames)}",
        "signatory_function": SIGNATORY_FUNCTIONS[(public, lang)],
        "logo": None,
    }


@dataclass(frozen=True)
class Org:
    """An organisation the tenders can use: a buyer (authority) or a supplier (size, sector)."""

    id: int
    name: str
    lang: str  # "nl", "fr", or "bi" for a bilingual Brussels buyer
    authority: str = ""
    size: str = ""
    sector: str = ""


def _slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", text)[:24] or "info"


def _of(template: str, city: str) -> str:
    """A French template with ``de {city}`` elided before a vowel (Commune d'Arlon)."""
    de = "d'" if city[0] in "AEIOUÉaeiou" else "de "
    return template.replace("de {city}", f"{de}{city}").format(city=city)


def buyer_candidates() -> list[tuple[str, str, str, str, str, str]]:
    """(name, authority, language, city, postcode, kind) of every buyer the demo knows."""
    out = []
    for lang, cities, templates in (
        ("nl", vocabulary.CITIES_NL, vocabulary.LOCAL_BUYERS_NL),
        ("fr", vocabulary.CITIES_FR, vocabulary.LOCAL_BUYERS_FR),
    ):
        for city, postcode in cities:
            for template, authority, kind in templates:
                out.append((_of(template, city), authority, lang, city, postcode, kind))
    pairs = zip(vocabulary.LOCAL_BUYERS_NL[:4], vocabulary.LOCAL_BUYERS_FR[:4], strict=True)
    for (nl_template, authority, kind), (fr_template, _, _) in pairs:
        for nl_city, fr_city, postcode in vocabulary.CITIES_BXL:
            name = f"{nl_template.format(city=nl_city)} / {_of(fr_template, fr_city)}"
            out.append((name, authority, "bi", nl_city, postcode, kind))
    for name, lang, city, postcode in vocabulary.PROVINCES:
        out.append((name, "local", lang, city, postcode, "province"))
    for name, authority, lang, city, postcode in vocabulary.FIXED_BUYERS:
        kind = "intercommunale" if "ntercommunale" in name else authority
        out.append((name, authority, lang, city, postcode, kind))
    return out


class OrgPool:
    """Draws the buyers and suppliers; ``rows`` holds the ones the workspace does not have."""

    def __init__(
        self, ws: Workspace, pack: RulePack, rng: random.Random, now: datetime, first_id: int
    ) -> None:
        self.ws, self.pack, self.rng = ws, pack, rng
        self.year = now.year - 1
        self.stamp = now.isoformat(timespec="seconds")
        self.next_id = first_id
        self.known = {
            number: (org_id, name)
            for org_id, name, number in ws.conn.execute(
                "SELECT id, name, enterprise_number FROM organisations "
                "WHERE enterprise_number IS NOT NULL"
            )
        }
        self.names: set[str] = set()
        self.rows: list[dict] = []
        self.new: dict[int, dict] = {}  # the rows above by id
        self.buyers: list[Org] = []
        self.suppliers: dict[str, list[Org]] = {s: [] for s in vocabulary.SECTORS}

    def size_figures(self, org_id: int) -> dict[str, object]:
        """An organisation's size class and figures as a stored decision records them."""
        row = self.new.get(org_id)
        if row is None:  # one the workspace already had
            cursor = self.ws.conn.execute("SELECT * FROM organisations WHERE id = ?", [org_id])
            names = [c[0] for c in cursor.description]
            row = dict(zip(names, cursor.fetchone(), strict=True))
        return records.size_figures(Organisation.from_row(row))

    def draw(self, tenders: int) -> None:
        """Buyers of every kind and suppliers of every sector and size, more for more tenders."""
        rng = self.rng
        candidates = buyer_candidates()
        kinds = list(dict.fromkeys(c[5] for c in candidates))
        chosen = [rng.choice([c for c in candidates if c[5] == k]) for k in kinds]
        rest = [c for c in candidates if c not in chosen]
        rng.shuffle(rest)
        count = min(len(candidates), max(len(kinds) * 2, tenders // TENDERS_PER_BUYER))
        for name, authority, lang, city, postcode, _ in (chosen + rest)[:count]:
            org_id = self._org(name, lang, city, postcode, public=True)
            self.buyers.append(Org(org_id, name, lang, authority=authority))
        sizes, sectors = list(SIZE_WEIGHTS), list(SECTOR_WEIGHTS)
        forced = [(sector, size) for sector in sectors for size in sizes]
        wanted = max(len(forced) * 2, min(MAX_SUPPLIERS, tenders // TENDERS_PER_SUPPLIER))
        for index in range(wanted):
            if index < len(forced):
                sector, size = forced[index]
            else:
                sector = rng.choices(sectors, weights=list(SECTOR_WEIGHTS.values()))[0]
                size = rng.choices(sizes, weights=list(SIZE_WEIGHTS.values()))[0]
            lang = "nl" if rng.random() < 0.6 else "fr"
            name = self._company_name(sector, size, lang)
            cities = vocabulary.CITIES_NL if lang == "nl" else vocabulary.CITIES_FR
            city, postcode = rng.choice(cities)
            org_id = self._org(name, lang, city, postcode, public=False, size=size)
            self.suppliers[sector].append(Org(org_id, name, lang, size=size, sector=sector))

    def _company_name(self, sector: str, size: str, lang: str) -> str:
        """A company name not used yet (after 20 tries, one that is)."""
        rng = self.rng
        surnames = vocabulary.SURNAMES_NL if lang == "nl" else vocabulary.SURNAMES_FR
        cities = vocabulary.CITIES_NL if lang == "nl" else vocabulary.CITIES_FR
        templates = (
            vocabulary.LARGE_COMPANIES[lang]
            if size == "large"
            else vocabulary.COMPANIES[(sector, lang)]
        )
        name = ""
        for _ in range(20):
            base = rng.choice(templates).format(n=rng.choice(surnames), c=rng.choice(cities)[0])
            name = f"{base} {rng.choice(vocabulary.LEGAL_FORMS[lang])}"
            if name not in self.names:
                break
        return name

    def _org(
        self, name: str, lang: str, city: str, postcode: str, public: bool, size: str = ""
    ) -> int:
        """Id of the organisation: an existing one with this name and number, else a new row."""
        rng = self.rng
        bank, bic = rng.choice(vocabulary.BANKS)
        account = f"{bank}{rng.randrange(10**7):07d}"
        bban = f"{account}{int(account) % _MOD or _MOD:02d}"
        check = 98 - int(f"{bban}111400") % _MOD  # "BE00" moved to the end: B=11, E=14
        streets = vocabulary.STREETS["nl" if lang == "bi" else lang]
        street = f"{rng.choice(streets)} {rng.randrange(1, 120)}"
        figures = self._figures(size)
        self.names.add(name)
        while True:  # every draw above comes first, so reusing a row keeps the sequence
            head = "02" if public else f"0{rng.randrange(4, 9)}"
            base = f"{head}{rng.randrange(10**6):06d}"
            number = identifiers.enterprise_number(f"{base}{_MOD - int(base) % _MOD:02d}")
            if number not in self.known:
                break
            if self.known[number][1] == name:
                return self.known[number][0]
        org_id = self.next_id
        self.next_id += 1
        self.known[number] = (org_id, name)
        mailbox = "info" if not public else "aankoop" if lang == "nl" else "marches"
        self.rows.append(
            {
                "id": org_id,
                "name": name,
                "enterprise_number": number,
                "street": street,
                "postcode": postcode,
                "city": city,
                "country": "BE",
                "iban": identifiers.iban(f"BE{check:02d}{bban}"),
                "bic": bic,
                "email": f"{mailbox}@{_slug(name)}.be",
                **_letterhead(number, lang, public),
                **figures,
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
        )
        self.new[org_id] = self.rows[-1]
        return org_id

    def _figures(self, size: str) -> dict[str, object]:
        """Staff, turnover and balance-sheet total inside the class (rule pack SME limits)."""
        if not size:
            return dict.fromkeys(
                ("size_class", "staff_awu", "turnover_cents", "balance_cents", "figures_year")
            )
        limits = self.pack.value("sme_limits", date(self.year, 12, 31)).value
        if size == "large":  # at least the staff limit of a medium enterprise
            top = limits[-1]
            staff_low, staff_high = int(top["staff_below"]), int(top["staff_below"]) * 5
            turnover_low, turnover_high = int(top["turnover_max"]), int(top["turnover_max"]) * 20
        else:  # below this class's staff limit, at least the smaller class's
            index = [c["size"] for c in limits].index(size)
            smaller = limits[index - 1] if index else None
            staff_low = int(smaller["staff_below"]) if smaller else 1
            staff_high = int(limits[index]["staff_below"])
            turnover_high = int(limits[index]["turnover_max"])
            turnover_low = int(smaller["turnover_max"]) // 2 if smaller else turnover_high // 40
        rng = self.rng
        staff = Decimal(rng.randrange(staff_low * 10, staff_high * 10)) / 10
        turnover = rng.randrange(turnover_low, turnover_high + 1) // 1000 * 1000
        balance = turnover * rng.randrange(30, 120) // 100
        return {
            "size_class": size,
            "staff_awu": str(staff),
            "turnover_cents": turnover * 100,
            "balance_cents": balance * 100,
            "figures_year": self.year,
        }
