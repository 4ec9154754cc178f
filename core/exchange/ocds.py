"""The register as an OCDS 1.1.5 release package (with the lots extension), checked offline.

One release per tender, read a page of tenders at a time and written as it is checked: the
package never sits whole in memory, however large the register. Each release is validated
against the patched release schema; the package's envelope (with the first release) against
the package schema, whose ``$ref`` resolves to the same vendored file. Everything goes to a
hidden ``.part`` file that replaces the target only when every release passed: a package
with one bad release is not written, and a file already at the target stays as it was.

Choices the standard leaves to the publisher, and why:

- **ocid** = prefix + ``-`` + the tender's reference. The reference is what the buyer
  publishes and what identifies a tender across workspaces (a merge matches tenders by it);
  the row id is private to one workspace file and changes when tenders are imported or
  merged. The reference is written as typed (it is unique as typed), so a reference that is
  renamed gives the process a new ocid.
- **tag**: one release per tender says its state now, so the tag follows the status: a draft
  is ``planning``, a published tender or one in evaluation ``tender``, an awarded or closed
  one ``award`` (its release carries the award; the register keeps no contract), a cancelled
  one ``tenderCancellation``.
- **Codes the export does not know** (a contract type or procedure written into the file by
  another program) are written as stored, never guessed: the schema then refuses them, and
  the user learns which tender to correct.
- **Money** is Decimal from the cents stored to the text written: ``90000.00`` is written as
  ``90000.00``, never through a float.
- **Dates**: the register keeps dates; a deadline is written as the end of its day
  (23:59:59), a start as its beginning, as OCDS asks for a time that is not known, in
  Belgian time. A release is dated by the tender's last change.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from core.exchange.ocds_schema import LOTS_EXTENSION, VERSION, Problem, Validator
from core.money import from_cents
from core.names import UNREGISTERED_OCID_PREFIX
from core.store.files import replacing
from core.store.workspace import open_workspace
from core.texts import plural, text

#: the time zone of the register's dates
BRUSSELS = ZoneInfo("Europe/Brussels")
#: tenders read (and released) per page
PAGE = 500
#: problems kept to tell the user; checking stops once this many were found
MAX_PROBLEMS = 10
#: the prefix a workspace has until its publisher registers one (the export says so)
UNREGISTERED_PREFIX = UNREGISTERED_OCID_PREFIX
#: the org-id.guide scheme of the Belgian enterprise number (Crossroads Bank for Enterprises)
BE_SCHEME = "BE-BCE_KBO"
CURRENCY = "EUR"

#: the register's status -> (release tag, tender.status of OCDS)
STATUS = {
    "draft": ("planning", "planning"),
    "published": ("tender", "active"),
    "evaluation": ("tender", "active"),
    "awarded": ("award", "complete"),
    "closed": ("award", "complete"),
    "cancelled": ("tenderCancellation", "cancelled"),
}
#: the statuses whose winners are awards
AWARDED = ("awarded", "closed")
#: contract type -> mainProcurementCategory (social services are services)
CATEGORY = {
    "works": "works",
    "supplies": "goods",
    "services": "services",
    "social_services": "services",
}
#: procedure -> procurementMethod, after the eForms mapping of OCDS (BT-105): a call open to
#: all is ``open``, a call to candidates chosen first ``selective``; without a call, see
#: ``UNPUBLISHED``
METHOD = {
    "open": "open",
    "restricted": "selective",
    "competitive_negotiation": "selective",
    "competitive_dialogue": "selective",
    "innovation_partnership": "selective",
    "simplified_negotiated_with_publication": "open",
}
#: procedures without a call for competition: ``direct`` when the register lists one
#: tenderer, ``limited`` when it lists several, nothing when it lists none (whom the buyer
#: asked is not in the register)
UNPUBLISHED = ("negotiated_without_publication", "low_value")
#: the size classes of the register, written as the partyScale codes of the same name
SCALES = ("micro", "small", "medium", "large")


class Cancelled(Exception):  # noqa: N818 - the user asked to stop: not an error
    """The user stopped the export; nothing was written."""


class _Refused(Exception):  # noqa: N818 - leaves the ``.part`` file without writing
    pass


@dataclass
class OcdsReport:
    """What an export did: the releases written, or the problems that stopped it."""

    target: Path
    prefix: str
    releases: int = 0
    written: bool = False
    problems: list[tuple[str, Problem]] = field(default_factory=list)  # (reference, problem)

    @property
    def unregistered(self) -> bool:
        return self.prefix == UNREGISTERED_PREFIX

    def lines(self, lang: str) -> list[str]:
        """What to tell the user, in ``lang``."""
        out = []
        if self.unregistered:
            out.append(text(lang, "ocds", "unregistered", prefix=self.prefix))
        if self.written:
            out.append(
                plural(
                    lang, "ocds", "written", self.releases, tenders=self.releases, path=self.target
                )
            )
        elif not self.problems:
            out.append(text(lang, "ocds", "empty"))
        else:
            out.append(text(lang, "ocds", "refused", count=len(self.problems)))
            out.extend(problem_line(lang, ref, p) for ref, p in self.problems)
        return out


def problem_line(lang: str, reference: str, problem: Problem) -> str:
    """One problem in words: the tender, the place in the file, what is wrong there."""
    if problem.keyword in ("enum", "required", "type", "minItems", "uniqueItems"):
        what = text(lang, "ocds", f"bad_{problem.keyword}", **problem.params)
    else:
        what = text(lang, "ocds", "bad_other", message=problem.message)
    where = problem.path or "/"
    if reference:
        return text(lang, "ocds", "problem", reference=reference, path=where, what=what)
    return text(lang, "ocds", "package_problem", path=where, what=what)


# -- the releases -------------------------------------------------------------------------
def amount(cents: int) -> dict:
    return {"amount": from_cents(cents), "currency": CURRENCY}


def stamp(moment: datetime | date, end_of_day: bool = False) -> str:
    """An OCDS date-time (with its offset) from a stored date or local date and time."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(23, 59, 59) if end_of_day else time(0, 0))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BRUSSELS)
    return moment.isoformat(timespec="seconds")


def party_id(org: sqlite3.Row) -> str:
    number = enterprise_digits(org["enterprise_number"])
    return f"{BE_SCHEME}-{number}" if number else f"org-{org['id']}"


def enterprise_digits(number: str | None) -> str:
    """The ten digits of a stored enterprise number (``0123.456.749`` -> ``0123456749``)."""
    return "".join(ch for ch in number or "" if ch.isdigit())


def party(org: sqlite3.Row, roles: list[str]) -> dict:
    out: dict = {"id": party_id(org), "name": org["name"]}
    number = enterprise_digits(org["enterprise_number"])
    if number:
        out["identifier"] = {"scheme": BE_SCHEME, "id": number, "legalName": org["name"]}
    address = {
        key: org[column]
        for key, column in (
            ("streetAddress", "street"),
            ("locality", "city"),
            ("postalCode", "postcode"),
        )
        if org[column]
    }
    if address:
        out["address"] = address
    out["roles"] = roles
    if org["size_class"] in SCALES:  # no class stored: no scale, never a guess
        out["details"] = {"scale": org["size_class"]}
    return out


def method(procedure: str | None, tenderers: int) -> str | None:
    if procedure is None:
        return None
    if procedure in UNPUBLISHED:
        return None if tenderers == 0 else "direct" if tenderers == 1 else "limited"
    return METHOD.get(procedure, procedure)


def release(
    tender: sqlite3.Row,
    lots: list[sqlite3.Row],
    tenderers: list[sqlite3.Row],
    orgs: dict[int, sqlite3.Row],
    prefix: str,
    lang: str,
) -> dict:
    """The release of one tender, with its lots, tenderers and their organisations."""
    status = tender["status"]
    tag, tender_status = STATUS.get(status, (status, status))
    reference = tender["reference"]
    changed = datetime.fromisoformat(tender["updated_at"])
    roles: dict[int, list[str]] = {}
    if tender["buyer_id"] is not None:
        roles[tender["buyer_id"]] = ["buyer"]
    winners = [t for t in tenderers if t["status"] == "winner"] if status in AWARDED else []
    for t in tenderers:
        roles.setdefault(t["organisation_id"], []).append("tenderer")
    for t in winners:
        roles[t["organisation_id"]].append("supplier")
    lot_ids = [str(lot["number"]) for lot in lots]
    body: dict = {
        "id": reference,
        "title": tender["title"],
        "status": tender_status,
    }
    chosen = method(tender["procedure"], len(tenderers))
    if chosen is not None:
        body["procurementMethod"] = chosen
    if tender["procedure"] is not None:
        body["procurementMethodDetails"] = text(lang, "procedure", tender["procedure"])
    ctype = tender["contract_type"]
    body["mainProcurementCategory"] = CATEGORY.get(ctype, ctype)
    body["value"] = amount(tender["estimated_value_cents"])
    period = {"startDate": stamp(date.fromisoformat(tender["launch_date"]))}
    if tender["offers_deadline"]:
        period["endDate"] = stamp(date.fromisoformat(tender["offers_deadline"]), True)
    body["tenderPeriod"] = period
    if tenderers:
        body["tenderers"] = [_reference(orgs[t["organisation_id"]]) for t in tenderers]
        body["numberOfTenderers"] = len(tenderers)
    if lots:
        body["lots"] = [_lot(lot) for lot in lots]
        body["items"] = [
            {"id": f"item-{lot_id}", "description": lot["title"] or lot_id, "relatedLot": lot_id}
            for lot_id, lot in zip(lot_ids, lots, strict=True)
        ]
    out: dict = {
        "ocid": f"{prefix}-{reference}",
        "id": f"{reference}-{tag}-{changed.strftime('%Y%m%dT%H%M%S')}",
        "date": stamp(changed),
        "tag": [tag],
        "initiationType": "tender",
        "parties": [party(orgs[org_id], r) for org_id, r in roles.items()],
    }
    if tender["buyer_id"] is not None:
        out["buyer"] = _reference(orgs[tender["buyer_id"]])
    out["tender"] = body
    if winners:
        out["awards"] = [_award(t, orgs, lot_ids if len(winners) == 1 else []) for t in winners]
    return out


def _reference(org: sqlite3.Row) -> dict:
    return {"id": party_id(org), "name": org["name"]}


def _lot(lot: sqlite3.Row) -> dict:
    out: dict = {"id": str(lot["number"])}
    if lot["title"]:
        out["title"] = lot["title"]
    out["value"] = amount(lot["estimated_value_cents"])
    return out


def _award(winner: sqlite3.Row, orgs: dict[int, sqlite3.Row], lot_ids: list[str]) -> dict:
    """An award to one winner. The register keeps winners per tender, not per lot: the
    award covers every lot when the tender has one winner; with several, which lot each won
    is not known, and no lot is named."""
    org = orgs[winner["organisation_id"]]
    out: dict = {"id": f"award-{party_id(org)}", "status": "active"}
    if winner["offer_cents"] is not None:
        out["value"] = amount(winner["offer_cents"])
    out["suppliers"] = [_reference(org)]
    if lot_ids:
        out["relatedLots"] = lot_ids
    return out


def releases(
    conn: sqlite3.Connection, prefix: str, lang: str, page: int = PAGE
) -> Iterator[tuple[str, dict]]:
    """The release of every tender, in the order of their ids, a page of tenders at a time;
    each with the tender's reference."""
    conn.row_factory = sqlite3.Row
    last = 0
    while True:
        tenders = conn.execute(
            "SELECT * FROM tenders WHERE id > ? ORDER BY id LIMIT ?", [last, page]
        ).fetchall()
        if not tenders:
            return
        last = tenders[-1]["id"]
        ids = [t["id"] for t in tenders]
        marks = ",".join("?" * len(ids))
        lots: dict[int, list[sqlite3.Row]] = {}
        for lot in conn.execute(
            f"SELECT * FROM lots WHERE tender_id IN ({marks}) ORDER BY number", ids
        ):
            lots.setdefault(lot["tender_id"], []).append(lot)
        tenderers: dict[int, list[sqlite3.Row]] = {}
        for row in conn.execute(
            f"SELECT * FROM tenderers WHERE tender_id IN ({marks}) ORDER BY id", ids
        ):
            tenderers.setdefault(row["tender_id"], []).append(row)
        wanted = {t["buyer_id"] for t in tenders if t["buyer_id"] is not None}
        wanted |= {r["organisation_id"] for rows in tenderers.values() for r in rows}
        orgs = _organisations(conn, wanted)
        for t in tenders:
            yield (
                t["reference"],
                release(t, lots.get(t["id"], []), tenderers.get(t["id"], []), orgs, prefix, lang),
            )


def _organisations(conn: sqlite3.Connection, ids: set[int]) -> dict[int, sqlite3.Row]:
    out: dict[int, sqlite3.Row] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), PAGE):
        chunk = wanted[start : start + PAGE]
        marks = ",".join("?" * len(chunk))
        for org in conn.execute(f"SELECT * FROM organisations WHERE id IN ({marks})", chunk):
            out[org["id"]] = org
    return out


# -- writing ------------------------------------------------------------------------------
def dumps(value: object) -> str:
    """JSON text of a release: as ``json.dumps``, but a Decimal is written with its own
    digits (``90000.00``), never through a float."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{dumps(k)}:{dumps(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dumps(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return format(value, "f")
    return json.dumps(value, ensure_ascii=False)


def envelope(prefix: str, publisher: str, published: datetime) -> dict:
    """The package around the releases. Its ``uri`` is a new UUID: a file written here has
    no address of its own yet, and a path on the user's disk is not for publishing."""
    return {
        "uri": f"urn:uuid:{uuid.uuid4()}",
        "version": VERSION,
        "extensions": [LOTS_EXTENSION],
        "publishedDate": stamp(published),
        "publisher": {"name": publisher},
    }


def export(
    workspace: Path,
    target: Path,
    *,
    prefix: str,
    publisher: str | None,
    lang: str,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OcdsReport:
    """Write the release package of the register in ``workspace`` to ``target``.

    ``publisher`` names who publishes the package; None: the register's buyer when all its
    tenders have one and the same, else the workspace's file name. Opens its own read-only
    connection (safe off the GUI thread). The file appears only when
    every release follows the schema; otherwise the report holds the first problems and
    nothing was written. Raises :class:`Cancelled` when ``cancelled()`` turns true, OSError
    when the file cannot be written (the target then stays as it was).
    """
    report = OcdsReport(target, prefix)
    validator = Validator()
    try:
        with (
            open_workspace(workspace, now=now, read_only=True, check=False, create=False) as ws,
            replacing(target, "w", encoding="utf-8") as out,
        ):
            name = publisher or _only_buyer(ws.db.conn) or Path(workspace).stem
            head = envelope(prefix, name, now)
            total = ws.db.conn.execute("SELECT count(*) FROM tenders").fetchone()[0]
            if total == 0:  # a package holds one release at least
                raise _Refused
            _write(ws.db.conn, out, head, report, validator, lang, total, progress, cancelled)
            if report.problems:
                raise _Refused
    except _Refused:
        return report
    report.written = True
    return report


def _only_buyer(conn: sqlite3.Connection) -> str | None:
    """The name of the buyer of every tender, when they all have one and the same."""
    found = conn.execute(
        "SELECT DISTINCT o.name FROM tenders t LEFT JOIN organisations o ON o.id = t.buyer_id "
        "LIMIT 2"
    ).fetchall()
    return found[0][0] if len(found) == 1 else None


def _write(conn, out, head, report, validator, lang, total, progress, cancelled) -> None:  # noqa: ANN001, PLR0913
    text_head = dumps(head)
    out.write(text_head[:-1] + ',"releases":[\n')
    for index, (reference, one) in enumerate(releases(conn, report.prefix, lang)):
        if cancelled is not None and index % 100 == 0 and cancelled():
            raise Cancelled
        if index == 0:  # the envelope, and the $ref of the package schema, with a release
            found = validator.package_problems({**head, "releases": [one]})
        else:
            found = validator.release_problems(one, index)
        for problem in found:
            is_release = problem.path.startswith("/releases/")
            report.problems.append((reference if is_release else "", problem))
        if len(report.problems) >= MAX_PROBLEMS:
            del report.problems[MAX_PROBLEMS:]
            return
        if not report.problems:
            out.write(("" if index == 0 else ",\n") + dumps(one))
        report.releases = index + 1
        if progress is not None and (index % 100 == 0 or index + 1 == total):
            progress(index + 1, total)
    out.write("\n]}\n")
