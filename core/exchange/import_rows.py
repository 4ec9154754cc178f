"""Importing tenders from a spreadsheet: every row checked as the tender editor checks it,
all rows or none.

One row is one tender (the layout is in the README): reference, title, kind of contract,
estimated value and launch date are required; the buyer, the winner and the other tenderers
are named by name or enterprise number and made on the fly when the register does not know
them; lots are written ``title: amount`` separated by ``;``. Amounts and dates are read the
Belgian way (``core.money.read_amount`` in the user's language, ``core.dates.parse_date``),
codes also as the words of the app in nl, fr or en.

The rows are read one at a time and written in batches inside ONE transaction of the bulk
import (``core.store.bulk``); when any row is rejected, or for a dry run, the transaction is
rolled back at the end, so nothing is written, and every rejected row is reported with its
number and each of its problems. An empty line is skipped, not rejected (the report counts them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import partial

from core.dates import format_date, parse_date
from core.errors import ValidationError
from core.exchange.columns import IGNORED
from core.exchange.import_report import Cancelled, ImportReport, Rejected, summary
from core.exchange.table_files import Formula, TableFile, TableRow
from core.money import read_amount, to_cents, typed_text
from core.names import LANGUAGES
from core.rules import schema
from core.store import bulk, identifiers
from core.store.model import STATUSES, Organisation, Tender, Tenderer
from core.store.workspace import Workspace
from core.texts.words import catalogue

__all__ = ["Cancelled", "ImportReport", "Rejected", "import_table", "summary", "undo_import"]

BATCH = 2000
#: how many values read are remembered at most (then forgotten all at once)
MEMO = 50_000
_SPLIT = re.compile(r"\s*[;\n]\s*")
_SPACES = re.compile(r"\s+")
#: the columns that name a tender's tenderers
_PARTIES = frozenset(("winner", "winner_number", "winner_offer", "tenderers"))


class _Problems(Exception):  # noqa: N818 - carries a row's problems to the report
    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors)
        self.errors = errors


class _RollBack(Exception):  # noqa: N818 - leaves the transaction without writing
    pass


def _words() -> dict[str, dict[str, str]]:
    """field -> (code, or a word of the app for it in any language, compared folded) -> code."""
    tables = {
        "contract_type": schema.CONTRACT_TYPES,
        "authority": schema.AUTHORITIES,
        "procedure": schema.PROCEDURES,
        "status": STATUSES,
    }
    words: dict[str, dict[str, str]] = {}
    for name, codes in tables.items():
        known = {_fold(c): c for c in codes}
        for lang in LANGUAGES:
            for code, word in catalogue(lang).get(name, {}).items():
                if code in codes:
                    known.setdefault(_fold(word), code)
        words[name] = known
    return words


def _fold(word: str) -> str:
    return _SPACES.sub(" ", word.strip().casefold())


class _Rows:
    """Turns the cells of one row into register rows, as the editor would refuse or take them."""

    def __init__(self, ws: Workspace, lang: str, default_authority: str | None) -> None:
        self.lang = lang
        self.default_authority = default_authority
        self.words = _words()
        conn = ws.conn
        self.references: dict[str, int] = {
            r[0]: 0 for r in conn.execute("SELECT reference FROM tenders")
        }
        self.by_number: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for oid, name, number in conn.execute(
            "SELECT id, name, enterprise_number FROM organisations ORDER BY id"
        ):
            if number:
                self.by_number[number] = oid
            self.by_name.setdefault(_fold(name), oid)
        self.ids = bulk.first_free_ids(ws)
        self.first_ids = dict(self.ids)
        self.new_orgs: list[dict] = []
        self._memo: dict[tuple[str, str], str] = {}
        required = partial(self._amount, required=True)
        self._readers: dict[str, Callable[[Mapping[str, object], str], str | None]] = {
            "contract_type": self._code,
            "authority": self._code,
            "procedure": self._code,
            "status": self._code,
            "estimated_value": required,
            "launch_date": self._date,
            "offers_deadline": self._date,
            "award_deadline": self._date,
        }
        #: name as written -> organisation id (forgotten with the organisations of a refused row)
        self._names: dict[str, int] = {}

    def forget(self, kept: int) -> None:
        """Take back the organisations made for a row that was then rejected."""
        for org in self.new_orgs[kept:]:
            for index in (self.by_number, self.by_name):
                for key in [k for k, v in index.items() if v == org["id"]]:
                    del index[key]
        if self.new_orgs[kept:]:
            self._names.clear()
        del self.new_orgs[kept:]

    def _next(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def tender(self, row: TableRow, cells: Mapping[str, object]) -> tuple[dict, list, list]:
        """(tender row, lot rows, tenderer rows); raises :class:`_Problems` with every problem
        of the row: each cell that cannot be read, the first of the checks of the tender as a
        whole (which need the cells read), a reference taken, the lots, the tenderers."""
        problems: list[ValidationError] = []

        def attempt(read: Callable, *args: object) -> object:
            try:
                return read(*args)
            except ValidationError as exc:
                problems.append(exc)
                return None

        failed = set()  # the fields already refused: not refused again for being empty
        for name, value in cells.items():
            if type(value) is Formula:
                problems.append(
                    ValidationError(
                        name, "formula", f"holds a formula ({value.text})", {"typed": value.text}
                    )
                )
                failed.add(name)
        text = self._text
        data: dict[str, object] = {
            name: "" if name in failed else text(cells, name)
            for name in ("reference", "title", "leading_official", "notice_reference", "notes")
        }
        for name in self._readers:
            told = len(problems)
            data[name] = None if name in failed else attempt(self._read, cells, name)
            if len(problems) > told:
                failed.add(name)
        if data["authority"] is None and "authority" not in failed:
            data["authority"] = self.default_authority
        data["buyer_id"] = attempt(self._organisation, cells, "buyer", "buyer_number")
        tender = None
        try:
            tender = Tender.from_mapping(data)
        except ValidationError as exc:
            if exc.field not in failed:
                problems.append(exc)
        reference = tender.reference if tender is not None else None
        first = self.references.get(reference) if reference is not None else None
        if first == 0:
            problems.append(
                ValidationError(
                    "reference",
                    "duplicate_reference",
                    f"another tender already has the reference {reference!r}",
                    {"reference": reference},
                )
            )
        elif first is not None:
            problems.append(
                ValidationError(
                    "reference",
                    "duplicate_in_file",
                    f"row {first} of the file has the reference {reference!r} too",
                    {"reference": reference, "first": first},
                )
            )
        tender_id = self.ids["tenders"]
        lots = attempt(self._lots, cells, tender_id) if "lots" in cells else []
        parties = not _PARTIES.isdisjoint(cells)
        tenderers = attempt(self._tenderers, cells, tender_id, data["buyer_id"]) if parties else []
        if problems or tender is None:
            raise _Problems(problems)
        self.references[tender.reference] = row.number
        self._next("tenders")
        return {"id": tender_id, **tender.to_row()}, lots or [], tenderers or []

    # -- cells ---------------------------------------------------------------------------
    def _text(self, cells: Mapping[str, object], name: str) -> str:
        value = cells.get(name)
        if value is None:
            return ""
        if type(value) is str:
            return value
        if isinstance(value, date):
            return format_date(value)
        return value if isinstance(value, str) else f"{value}"

    def _read(self, cells: Mapping[str, object], name: str) -> str | None:
        """The code, amount (as plain text) or ISO date of a cell, None when it is empty;
        remembered by what the cell holds, since a file repeats its dates, amounts and codes
        (a value refused is not remembered: each row that has it is refused with its reason)."""
        raw = cells.get(name)
        key = (name, raw) if type(raw) is str else None
        found = self._memo.get(key) if key else None
        if found is None:
            found = self._readers[name](cells, name) or ""
            if key:
                if len(self._memo) >= MEMO:
                    self._memo.clear()
                self._memo[key] = found
        return found or None

    def _code(self, cells: Mapping[str, object], name: str) -> str | None:
        typed = self._text(cells, name).strip()
        return self._code_of(name, typed) if typed else None

    def _code_of(self, name: str, typed: str) -> str:
        code = self.words[name].get(_fold(typed))
        if code is None:
            said = catalogue(self.lang).get(name, {})
            allowed = ", ".join(sorted({said.get(c, c) for c in self.words[name].values()}))
            raise ValidationError(
                name,
                "unknown_code",
                f"{typed!r} is not one of: {allowed}",
                {"typed": typed_text(typed), "allowed": allowed},
            )
        return code

    def _amount(self, cells: Mapping[str, object], name: str, required: bool) -> str | None:
        value = cells.get(name)
        if isinstance(value, Decimal):
            return f"{value:f}"
        typed = self._text(cells, name).strip()
        if not typed:
            if required:
                raise ValidationError(name, "missing", "is required")
            return None
        return f"{read_amount(typed, name, self.lang).value:f}"

    def _date(self, cells: Mapping[str, object], name: str) -> str | None:
        value = cells.get(name)
        if isinstance(value, date):
            return value.isoformat()
        typed = self._text(cells, name).strip()
        if not typed:
            return None
        return parse_date(typed, name).isoformat()

    # -- parties -------------------------------------------------------------------------
    def _organisation(self, cells: Mapping[str, object], name_of: str, number_of: str):
        name = self._text(cells, name_of).strip()
        number = self._text(cells, number_of).strip()
        if number:
            try:
                number = identifiers.enterprise_number(number)
            except ValidationError as exc:
                raise ValidationError(number_of, exc.code, exc.message, exc.params) from None
            if number in self.by_number:
                return self.by_number[number]
            if not name:
                raise ValidationError(
                    number_of,
                    "unknown_organisation",
                    f"no organisation of the register has the enterprise number {number}; "
                    f"give its name too to add it",
                    {"number": number},
                )
            return self._new(name, number, name_of)
        if not name:
            return None
        return self._named(name, name_of)

    def _named(self, name: str, field_name: str) -> int:
        """The organisation of this name (case and spaces aside), made when there is none."""
        found = self._names.get(name)
        if found is None:
            found = self.by_name.get(_fold(name)) or self._new(name, None, field_name)
            self._names[name] = found
        return found

    def _new(self, name: str, number: str | None, field_name: str) -> int:
        try:
            org = Organisation.from_mapping({"name": name, "enterprise_number": number})
        except ValidationError as exc:
            raise ValidationError(field_name, exc.code, exc.message, exc.params) from None
        oid = self._next("organisations")
        self.new_orgs.append({"id": oid, **org.to_row()})
        if org.enterprise_number:
            self.by_number[org.enterprise_number] = oid
        self.by_name.setdefault(_fold(org.name), oid)
        return oid

    def _tenderers(self, cells: Mapping[str, object], tender_id: int, buyer: int | None) -> list:
        rows: list[dict] = []
        offer = self._amount(cells, "winner_offer", required=False)
        winner = self._organisation(cells, "winner", "winner_number")
        if offer is not None and winner is None:
            raise ValidationError(
                "winner_offer", "offer_without_winner", "an offer is given but no winner"
            )
        parties = [(winner, "winner", offer)] if winner is not None else []
        for name in _SPLIT.split(self._text(cells, "tenderers").strip()):
            if name:
                oid = self._named(name, "tenderers")
                if oid not in (p[0] for p in parties):
                    parties.append((oid, "submitted", None))
        for oid, status, amount in parties:
            if oid == buyer:
                raise ValidationError(
                    "winner" if status == "winner" else "tenderers",
                    "buyer_as_tenderer",
                    "the buyer of a tender cannot be one of its tenderers",
                )
            t = Tenderer.from_mapping(
                {"tender_id": tender_id, "organisation_id": oid, "status": status, "offer": amount}
            )
            rows.append(
                {
                    "id": self._next("tenderers"),
                    "tender_id": tender_id,
                    "organisation_id": oid,
                    "status": t.status,
                    "offer_cents": None if t.offer is None else to_cents(t.offer),
                }
            )
        return rows

    def _lots(self, cells: Mapping[str, object], tender_id: int) -> list:
        rows = []
        for number, item in enumerate(_SPLIT.split(self._text(cells, "lots").strip()), start=1):
            if not item:
                continue
            title, sep, amount = item.rpartition(":")
            if not sep or not title.strip():
                raise ValidationError(
                    "lots", "bad_lot", f"{item!r} is not a lot like 'Roof: 12.500'", {"typed": item}
                )
            value = read_amount(amount.strip(), "lots", self.lang).value
            if value < 0:
                raise ValidationError("lots", "negative", "must not be negative")
            rows.append(
                {
                    "tender_id": tender_id,
                    "number": number,
                    "title": title.strip(),
                    "estimated_value_cents": to_cents(value),
                }
            )
        return rows


def _cells(row: TableRow, columns: list[tuple[int, str]]) -> dict[str, object]:
    width = len(row.cells)
    return {name: row.cells[i] if i < width else None for i, name in columns}


def import_table(
    ws: Workspace,
    table: TableFile,
    mapping: Mapping[str, str],
    *,
    now: datetime,
    lang: str,
    default_authority: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Check every row of ``table`` with ``mapping`` (header -> field) and import them all in
    one transaction, or none when a row is rejected. A dry run only reads the workspace.

    Raises:
        Cancelled: ``cancelled()`` became true; nothing was written.
    """
    columns = [
        (i, mapping[h]) for i, h in enumerate(table.header) if mapping.get(h, IGNORED) != IGNORED
    ]
    total = table.estimated_rows()
    report = ImportReport()
    if dry_run:  # reads only: a read-only connection will do
        rows = _Rows(ws, lang, default_authority)
        report.first_ids = dict(rows.first_ids)
        for _ in _batches(table.rows(), rows, columns, report, progress, total, cancelled):
            rows.new_orgs = []
        return report
    try:
        with bulk.bulk_import(ws, now, expected=total) as job:
            rows = _Rows(ws, lang, default_authority)
            report.first_ids = dict(rows.first_ids)
            for batch in _batches(table.rows(), rows, columns, report, progress, total, cancelled):
                if not report.rejected:
                    job.add(organisations=rows.new_orgs, **batch)
                rows.new_orgs = []
            if report.rejected:
                raise _RollBack
            report.written = True
            report.last_ids = dict(rows.ids)
    except _RollBack:
        pass
    return report


def _batches(
    lines: Iterator[TableRow],
    rows: _Rows,
    columns: list[tuple[int, str]],
    report: ImportReport,
    progress: Callable[[int, int], None] | None,
    total: int,
    cancelled: Callable[[], bool] | None,
) -> Iterator[dict[str, list]]:
    batch: dict[str, list] = {"tenders": [], "lots": [], "tenderers": []}
    done = 0
    for line in lines:
        done += 1
        if line.empty:
            report.empty.append(line.number)
            continue
        made = len(rows.new_orgs)
        try:
            tender, lots, tenderers = rows.tender(line, _cells(line, columns))
        except _Problems as exc:
            report.rejected.append(Rejected(line.number, tuple(exc.errors)))
            rows.forget(made)
            continue
        report.tenders += 1
        report.lots += len(lots)
        report.tenderers += len(tenderers)
        batch["tenders"].append(tender)
        batch["lots"] += lots
        batch["tenderers"] += tenderers
        if len(batch["tenders"]) >= BATCH:
            if cancelled and cancelled():
                raise Cancelled
            report.organisations += len(rows.new_orgs)
            yield batch
            batch = {"tenders": [], "lots": [], "tenderers": []}
            if progress:
                progress(done, max(total, done))
    if cancelled and cancelled():
        raise Cancelled
    report.organisations += len(rows.new_orgs)
    yield batch
    if progress:
        progress(done, done)


def undo_import(ws: Workspace, report: ImportReport) -> None:
    """Take a written import back: its tenders (with their lots and tenderers) and the
    organisations it made, in one transaction."""
    with ws.transaction():
        for table in ("tenders", "organisations"):
            ws.conn.execute(
                f"DELETE FROM {table} WHERE id >= ? AND id < ?",
                [report.first_ids[table], report.last_ids[table]],
            )
