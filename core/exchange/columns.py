"""Which column of a spreadsheet is which field of a tender: guessed from the headers, changed
by the user, remembered per file layout.

The headers a buyer writes in Dutch, French or English (``Omschrijving``, ``Objet``,
``Estimated value``) and the field codes the register's own export writes are known; case,
accents, spaces and punctuation do not matter. A file layout is the set of its headers: the
mapping a user confirmed for one layout is kept in a small JSON file beside the settings and
proposed again the next time a file with the same headers is imported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

#: the fields a row can give, in the order a preview lists them; the first five are required
FIELDS = (
    "reference",
    "title",
    "contract_type",
    "estimated_value",
    "launch_date",
    "authority",
    "buyer",
    "buyer_number",
    "status",
    "procedure",
    "offers_deadline",
    "award_deadline",
    "leading_official",
    "notice_reference",
    "notes",
    "winner",
    "winner_number",
    "winner_offer",
    "tenderers",
    "lots",
)
REQUIRED = ("reference", "title", "contract_type", "estimated_value", "launch_date")
#: a column the import leaves out
IGNORED = ""
#: headers known for each field, in nl, fr and en (compared without case, accents, spaces)
HEADERS: dict[str, tuple[str, ...]] = {
    "reference": ("referentie", "ref", "dossiernummer", "kenmerk", "référence", "numéro"),
    "title": ("titel", "omschrijving", "onderwerp", "voorwerp", "titre", "objet", "intitulé")
    + ("description", "subject"),
    "contract_type": ("soort opdracht", "type opdracht", "aard", "type de marché", "nature")
    + ("contract type", "type"),
    "estimated_value": ("geraamde waarde", "raming", "bedrag", "waarde", "montant")
    + ("valeur estimée", "estimation", "estimated value", "value", "amount"),
    "launch_date": ("startdatum", "lanceringsdatum", "datum", "date de lancement", "date")
    + ("launch date", "start date"),
    "authority": ("soort bestuur", "soort aanbesteder", "type de pouvoir adjudicateur")
    + ("authority", "authority kind"),
    "buyer": ("aanbesteder", "koper", "aankoper", "opdrachtgever", "bestuur", "acheteur")
    + ("pouvoir adjudicateur", "adjudicateur", "buyer", "contracting authority"),
    "buyer_number": ("ondernemingsnummer aanbesteder", "kbo aanbesteder")
    + ("numéro d'entreprise acheteur", "bce acheteur", "buyer enterprise number"),
    "status": ("status", "statut", "état", "stand"),
    "procedure": ("procedure", "procédure", "gunningsprocedure", "plaatsingsprocedure"),
    "offers_deadline": ("uiterste datum offertes", "indieningsdatum", "date limite des offres")
    + ("date de dépôt", "offers deadline", "deadline"),
    "award_deadline": ("gunningsdatum", "uiterste gunningsdatum", "date d'attribution")
    + ("award deadline", "award date"),
    "leading_official": ("leidend ambtenaar", "fonctionnaire dirigeant", "leading official"),
    "notice_reference": ("publicatienummer", "bekendmakingsnummer", "referentie aankondiging")
    + ("numéro de publication", "référence de l'avis", "numéro de l'avis", "notice reference")
    + ("notice number", "publication number"),
    "notes": ("opmerkingen", "notities", "nota", "remarques", "notes", "remarks"),
    "winner": ("winnaar", "opdrachtnemer", "gekozen inschrijver", "adjudicataire")
    + ("attributaire", "winner", "contractor"),
    "winner_number": ("ondernemingsnummer winnaar", "ondernemingsnummer opdrachtnemer")
    + ("numéro d'entreprise adjudicataire", "bce adjudicataire", "winner enterprise number"),
    "winner_offer": ("offerte winnaar", "bedrag offerte", "prijs", "gunningsbedrag")
    + ("montant de l'offre", "offre", "montant attribué", "winning offer", "offer"),
    "tenderers": ("inschrijvers", "andere inschrijvers", "soumissionnaires", "tenderers")
    + ("bidders",),
    "lots": ("percelen", "loten", "lots"),
}
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """A header as compared: lower case, without accents, spaces or punctuation."""
    plain = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", plain.casefold())


_KNOWN = {header_key(h): f for f, hs in HEADERS.items() for h in (*hs, f)}


def guess(headers: Sequence[str]) -> dict[str, str]:
    """header -> field for the headers recognised (each field taken once, by the first)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = _KNOWN.get(header_key(header), IGNORED)
        if field and field not in taken and header not in mapping:
            mapping[header] = field
            taken.add(field)
    return mapping


def layout(headers: Sequence[str]) -> str:
    """The layout of a file: its headers as compared, sorted, one string."""
    return "|".join(sorted({header_key(h) for h in headers if h.strip()}))


def problems(mapping: Mapping[str, str]) -> list[tuple[str, str]]:
    """What keeps a mapping from being used: ``(code, field)`` for an unknown field, a field
    given twice (``twice``) and a required field with no column (``unmapped``)."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for field in mapping.values():
        if field == IGNORED:
            continue
        if field not in FIELDS:
            found.append(("unknown_field", field))
        elif field in seen:
            found.append(("twice", field))
        seen.add(field)
    found += [("unmapped", f) for f in REQUIRED if f not in seen]
    return found


class Layouts:
    """The mappings a user confirmed, by file layout, kept in a JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: dict(v) for k, v in data.items() if isinstance(v, dict)}

    def mapping(self, headers: Sequence[str]) -> dict[str, str]:
        """The remembered mapping of this layout, else the guess from the headers."""
        kept = self._read().get(layout(headers))
        if kept is not None and set(kept) <= set(headers):
            return {h: f for h, f in kept.items() if f in FIELDS or f == IGNORED}
        return guess(headers)

    def remember(self, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
        """Keep ``mapping`` for this layout (written whole or not at all)."""
        from core.store.files import write_atomic

        data = self._read()
        data[layout(headers)] = dict(mapping)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        write_atomic(self.path, text.encode("utf-8"))


def parse_option(spec: Sequence[str]) -> dict[str, str]:
    """``HEADER=FIELD`` pairs of the command line (``FIELD`` empty or ``-``: left out)."""
    mapping = {}
    for item in spec:
        header, sep, field = item.partition("=")
        if not sep:
            raise ValueError(f"{item!r} is not HEADER=FIELD")
        field = field.strip()
        mapping[header.strip()] = IGNORED if field in ("", "-") else field
    return mapping
