"""The register's schema as forward migrations; ``PRAGMA user_version`` is the version.

Each migration is a list of SQL statements run in one transaction after a backup. Money is
integer cents, dates ISO text, decimals (staff, months) decimal text. Audit-log triggers are
generated from the tables' columns, so every change is logged whatever code made it.
"""

from __future__ import annotations

#: the audited columns of the first schema (its triggers are built from these)
AUDITED_V1 = {
    "organisations": (
        "name",
        "enterprise_number",
        "street",
        "postcode",
        "city",
        "country",
        "iban",
        "bic",
        "email",
        "size_class",
        "staff_awu",
        "turnover_cents",
        "balance_cents",
        "figures_year",
    ),
    "tenders": (
        "reference",
        "title",
        "buyer_id",
        "authority",
        "contract_type",
        "estimated_value_cents",
        "launch_date",
        "duration_months",
        "indefinite",
        "status",
        "procedure",
        "procedure_basis",
        "motivation",
        "price_only",
        "required_items",
        "offers_deadline",
        "award_deadline",
        "leading_official",
        "notes",
    ),
    "lots": ("tender_id", "number", "title", "estimated_value_cents"),
    "tenderers": ("tender_id", "organisation_id", "status", "offer_cents"),
    "decisions": ("tender_id", "kind", "input_json", "result_json", "state"),
}
#: what a letter from or to an organisation needs beside its address (schema 5): a phone for
#: its contact line, the signatory and the logo of its letterhead (the image's bytes, so that
#: the workspace file stays whole when it is copied)
LETTERHEAD = ("phone", "signatory_name", "signatory_function", "logo")
#: the columns of tenders the audit triggers logged from schema 6 (the draft decision's)
TENDERS_V6 = (*AUDITED_V1["tenders"], "competent_body", "budget_line")
#: the columns the audit triggers log now, per table
AUDITED = {
    **AUDITED_V1,
    "organisations": (*AUDITED_V1["organisations"], *LETTERHEAD),
    "tenders": (*TENDERS_V6, "notice_reference"),
    "decisions": (*AUDITED_V1["decisions"], "used_json"),
}
#: BLOB columns, logged as hexadecimal text (JSON, which keeps a deleted row, holds no bytes)
BINARY = {"logo"}
#: JSON object columns whose update is logged key by key (schema 3 on): one audit row per
#: top-level key whose value changed, ``field`` ``column.key``, old and new value as JSON
#: text (NULL: the key was not there); a column that is not a JSON object is logged whole
JSON_AUDITED = {"decisions": ("input_json", "result_json", "used_json")}

_TABLES = """
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    enterprise_number TEXT UNIQUE,
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'BE',
    iban TEXT,
    bic TEXT,
    email TEXT NOT NULL DEFAULT '',
    size_class TEXT CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
    staff_awu TEXT,
    turnover_cents INTEGER CHECK (turnover_cents >= 0),
    balance_cents INTEGER CHECK (balance_cents >= 0),
    figures_year INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE tenders (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    buyer_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    authority TEXT NOT NULL,
    contract_type TEXT NOT NULL,
    estimated_value_cents INTEGER NOT NULL CHECK (estimated_value_cents > 0),
    launch_date TEXT NOT NULL,
    duration_months TEXT,
    indefinite INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'published', 'evaluation', 'awarded', 'closed',
                          'cancelled')),
    procedure TEXT,
    procedure_basis TEXT,
    motivation TEXT NOT NULL DEFAULT '',
    price_only INTEGER,
    required_items TEXT NOT NULL DEFAULT '[]',
    offers_deadline TEXT,
    award_deadline TEXT,
    leading_official TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tenders_status ON tenders(status);
CREATE INDEX tenders_launch ON tenders(launch_date);
CREATE INDEX tenders_procedure ON tenders(procedure);
CREATE INDEX tenders_type ON tenders(contract_type);
CREATE INDEX tenders_buyer ON tenders(buyer_id);
CREATE INDEX tenders_value ON tenders(estimated_value_cents);
CREATE INDEX tenders_deadline ON tenders(offers_deadline);
CREATE TABLE lots (
    id INTEGER PRIMARY KEY,
    tender_id INTEGER NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    title TEXT NOT NULL DEFAULT '',
    estimated_value_cents INTEGER NOT NULL CHECK (estimated_value_cents >= 0),
    UNIQUE (tender_id, number)
);
CREATE TABLE tenderers (
    id INTEGER PRIMARY KEY,
    tender_id INTEGER NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'submitted'
        CHECK (status IN ('submitted', 'winner', 'not_selected', 'substantially_irregular',
                          'unacceptable', 'withdrawn')),
    offer_cents INTEGER CHECK (offer_cents >= 0),
    UNIQUE (tender_id, organisation_id)
);
CREATE INDEX tenderers_org ON tenderers(organisation_id);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    tender_id INTEGER NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    input_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    rule_version TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'current'
        CHECK (state IN ('current', 'recomputed', 'invalid')),
    problem TEXT NOT NULL DEFAULT '',
    UNIQUE (tender_id, kind)
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_row ON audit(table_name, row_id);
CREATE VIRTUAL TABLE tender_search USING fts5(
    reference, title, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
"""

#: the triggers that write the full-text index (``tender_search``) as the tenders change
_SEARCH_INDEX_TRIGGERS = """
CREATE TRIGGER tenders_search_insert AFTER INSERT ON tenders BEGIN
    INSERT INTO tender_search(rowid, reference, title, names)
    VALUES (new.id, new.reference, new.title, (SELECT name FROM organisations
                                               WHERE id = new.buyer_id));
END;
CREATE TRIGGER tenders_search_update AFTER UPDATE OF reference, title, buyer_id ON tenders
BEGIN
    UPDATE tender_search SET reference = new.reference, title = new.title,
        names = coalesce((SELECT name FROM organisations WHERE id = new.buyer_id), '') || ' '
              || coalesce((SELECT group_concat(o.name, ' ') FROM tenderers t
                           JOIN organisations o ON o.id = t.organisation_id
                           WHERE t.tender_id = new.id), '')
    WHERE rowid = new.id;
END;
CREATE TRIGGER tenders_search_delete AFTER DELETE ON tenders BEGIN
    DELETE FROM tender_search WHERE rowid = old.id;
END;
"""
_SEARCH_TRIGGERS = (
    _SEARCH_INDEX_TRIGGERS
    + """
CREATE TRIGGER tenderers_search_insert AFTER INSERT ON tenderers BEGIN
    UPDATE tenders SET title = title WHERE id = new.tender_id;
END;
CREATE TRIGGER tenderers_search_delete AFTER DELETE ON tenderers BEGIN
    UPDATE tenders SET title = title WHERE id = old.tender_id;
END;
CREATE TRIGGER organisations_search_rename AFTER UPDATE OF name ON organisations BEGIN
    UPDATE tenders SET title = title WHERE buyer_id = new.id
        OR id IN (SELECT tender_id FROM tenderers WHERE organisation_id = new.id);
END;
"""
)
#: the full-text index again, with an index of each word's first letter too (``prefix`` 1):
#: its contents kept aside, the index and the triggers that write it made again under the same
#: name. Not made beside and renamed: renaming a full-text table renames its five tables, and
#: each rename reads every trigger of the schema again (40 ms of the 75 a new workspace took)
_SEARCH_FIRST_LETTER = (
    """
CREATE TEMP TABLE search_words AS SELECT rowid AS id, reference, title, names FROM tender_search;
DROP TRIGGER tenders_search_insert;
DROP TRIGGER tenders_search_update;
DROP TRIGGER tenders_search_delete;
DROP TABLE tender_search;
CREATE VIRTUAL TABLE tender_search USING fts5(
    reference, title, names, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO tender_search(rowid, reference, title, names)
    SELECT id, reference, title, names FROM temp.search_words;
DROP TABLE temp.search_words;
"""
    + _SEARCH_INDEX_TRIGGERS
)


def _as_object(expr: str) -> str:
    """``expr`` when it is a JSON object, else an empty one (json_each must not fail)."""
    return (
        f"CASE WHEN json_valid({expr}) THEN CASE WHEN json_type({expr}) = 'object' "
        f"THEN {expr} ELSE '{{}}' END ELSE '{{}}' END"
    )


def _is_object(expr: str) -> str:
    return f"(CASE WHEN json_valid({expr}) THEN json_type({expr}) = 'object' ELSE 0 END)"


def _members(side: str, column: str) -> str:
    """The top-level keys of ``side.column`` with their values as JSON text."""
    return (
        f"(SELECT key, CASE type WHEN 'text' THEN json_quote(value) WHEN 'true' THEN 'true' "
        f"WHEN 'false' THEN 'false' WHEN 'null' THEN 'null' ELSE value END j "
        f"FROM json_each({_as_object(f'{side}.{column}')}))"
    )


def _json_changes(table: str, column: str) -> str:
    """Audit rows of the changed top-level keys of a JSON object column (see JSON_AUDITED)."""
    both = f"{_is_object(f'old.{column}')} AND {_is_object(f'new.{column}')}"
    return (
        f"INSERT INTO audit(table_name, row_id, action, field, old_value, new_value) "
        f"SELECT '{table}', new.id, 'update', '{column}.' || coalesce(o.key, n.key), o.j, n.j "
        f"FROM {_members('old', column)} o FULL JOIN {_members('new', column)} n "
        f"ON n.key = o.key WHERE old.{column} IS NOT new.{column} AND {both} "
        f"AND o.j IS NOT n.j; "
        f"INSERT INTO audit(table_name, row_id, action, field, old_value, new_value) "
        f"SELECT '{table}', new.id, 'update', '{column}', old.{column}, new.{column} "
        f"WHERE old.{column} IS NOT new.{column} AND NOT ({both});"
    )


def _logged(side: str, column: str) -> str:
    """How the audit log writes a value: as it is, or a BLOB as hexadecimal text."""
    value = f"{side}.{column}"
    return (
        f"CASE WHEN {value} IS NULL THEN NULL ELSE hex({value}) END" if column in BINARY else value
    )


def _audit_triggers(
    audited: dict[str, tuple[str, ...]], by_key: dict[str, tuple[str, ...]] | None = None
) -> str:
    """One insert, one update and one delete trigger per audited table; the columns of
    ``by_key`` are logged key by key on update."""
    by_key = by_key or {}
    out = []
    for table, columns in audited.items():
        out.append(
            f"CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO audit(table_name, row_id, action) VALUES ('{table}', new.id, "
            f"'insert'); END;"
        )
        pairs = ", ".join(f"'{c}', {_logged('old', c)}" for c in columns)
        out.append(
            f"CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO audit(table_name, row_id, action, old_value) VALUES ('{table}', "
            f"old.id, 'delete', json_object({pairs})); END;"
        )
        changes = " ".join(
            _json_changes(table, c)
            if c in by_key.get(table, ())
            else f"INSERT INTO audit(table_name, row_id, action, field, old_value, new_value) "
            f"SELECT '{table}', new.id, 'update', '{c}', {_logged('old', c)}, {_logged('new', c)} "
            f"WHERE old.{c} IS NOT new.{c};"
            for c in columns
        )
        out.append(
            f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} BEGIN {changes} END;"
        )
    return "\n".join(out)


#: the update trigger of decisions from schema 3 on (replacing the one of schema 2)
DECISIONS_UPDATE_TRIGGER = "DROP TRIGGER decisions_audit_update;\n" + next(
    line
    for line in _audit_triggers({"decisions": AUDITED["decisions"]}, JSON_AUDITED).split("\n")
    if line.startswith("CREATE TRIGGER decisions_audit_update")
)


def _tenderers_rebuilt(statuses: tuple[str, ...]) -> str:
    """Statements that rebuild the tenderers table with ``statuses`` allowed, rows, ids,
    index, search and audit triggers kept (SQLite cannot change a CHECK in place)."""
    allowed = ", ".join(f"'{s}'" for s in statuses)
    search = "\n".join(
        f"CREATE TRIGGER tenderers_search_{what} AFTER {what.upper()} ON tenderers BEGIN\n"
        f"    UPDATE tenders SET title = title WHERE id = {row}.tender_id;\nEND;"
        for what, row in (("insert", "new"), ("delete", "old"))
    )
    return (
        "CREATE TABLE tenderers_new (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    tender_id INTEGER NOT NULL REFERENCES tenders(id) ON DELETE CASCADE,\n"
        "    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,\n"
        f"    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ({allowed})),\n"
        "    offer_cents INTEGER CHECK (offer_cents >= 0),\n"
        "    UNIQUE (tender_id, organisation_id)\n"
        ");\n"
        "INSERT INTO tenderers_new (id, tender_id, organisation_id, status, offer_cents)\n"
        "    SELECT id, tender_id, organisation_id, status, offer_cents FROM tenderers;\n"
        "DROP TABLE tenderers;\n"
        # the triggers of tenders and organisations name tenderers: the modern rename would
        # check them against a schema without it, the legacy one leaves them as they are
        "PRAGMA legacy_alter_table = ON;\n"
        "ALTER TABLE tenderers_new RENAME TO tenderers;\n"
        "PRAGMA legacy_alter_table = OFF;\n"
        "CREATE INDEX tenderers_org ON tenderers(organisation_id);\n"
        + search
        + "\n"
        + _audit_triggers({"tenderers": AUDITED["tenderers"]})
        + "\n"
    )


#: the tenderer statuses from schema 5 on (``preparing``: a company's offer not yet submitted)
TENDERER_STATUSES_V5 = (
    "preparing",
    "submitted",
    "winner",
    "not_selected",
    "substantially_irregular",
    "unacceptable",
    "withdrawn",
)
TENDERERS_WITH_PREPARING = _tenderers_rebuilt(TENDERER_STATUSES_V5)

#: version -> statements; version N is reached by running every migration up to N in order.
MIGRATIONS: dict[int, str] = {
    1: _TABLES + _SEARCH_TRIGGERS + _audit_triggers(AUDITED_V1),
    # A stored decision keeps what it used that its input does not name (core/store/records);
    # decisions stored before have none, and say so until they are decided again.
    2: "ALTER TABLE decisions ADD COLUMN used_json TEXT NOT NULL DEFAULT '{}';\n"
    + "".join(f"DROP TRIGGER decisions_audit_{a};\n" for a in ("insert", "update", "delete"))
    + _audit_triggers({"decisions": AUDITED["decisions"]}),
    # A decision keeps its rule texts by reference (core/decisions/compact.py), each text once
    # in rule_texts; an update of a decision is logged key by key (JSON_AUDITED). The rows
    # are converted by core.store.decision_rows.convert (CONVERSIONS).
    3: "CREATE TABLE rule_texts (ref TEXT PRIMARY KEY, body TEXT NOT NULL);\n"
    + DECISIONS_UPDATE_TRIGGER,
    # The lists sort on text as the user reads it (case ignored): an index in that order lets
    # a page be read from the index instead of sorting every row (the rowid each index
    # entry ends with breaks ties, so paging by key stays on the index).
    4: "CREATE INDEX tenders_reference_nocase ON tenders(reference COLLATE NOCASE);\n"
    "CREATE INDEX tenders_title_nocase ON tenders(title COLLATE NOCASE);\n"
    "CREATE INDEX organisations_name_nocase ON organisations(name COLLATE NOCASE);\n"
    "CREATE INDEX organisations_city_nocase ON organisations(city COLLATE NOCASE);\n",
    # Letters carry the sender's letterhead and signatory (core/documents/letter.py): an
    # organisation keeps its phone, signatory and logo, audited as its other columns.
    5: "ALTER TABLE organisations ADD COLUMN phone TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE organisations ADD COLUMN signatory_name TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE organisations ADD COLUMN signatory_function TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE organisations ADD COLUMN logo BLOB;\n"
    + "".join(f"DROP TRIGGER organisations_audit_{a};\n" for a in ("insert", "update", "delete"))
    + _audit_triggers({"organisations": AUDITED["organisations"]}),
    # The draft decision names the body that adopts it and the budget line the expense is
    # charged to: both kept per tender, and audited like its other columns.
    6: "ALTER TABLE tenders ADD COLUMN competent_body TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE tenders ADD COLUMN budget_line TEXT NOT NULL DEFAULT '';\n"
    + "".join(f"DROP TRIGGER tenders_audit_{a};\n" for a in ("insert", "update", "delete"))
    + _audit_triggers({"tenders": TENDERS_V6}),
    # A company's own offer can be in preparation before it is submitted ("preparing"): the
    # status check of the tenderers is widened, the table rebuilt with its index and triggers.
    7: TENDERERS_WITH_PREPARING,
    # Letters give the public reference of the contract notice (its number in the Bulletin
    # of Tenders or the Official Journal) beside the tender's own: kept per tender, audited.
    8: "ALTER TABLE tenders ADD COLUMN notice_reference TEXT NOT NULL DEFAULT '';\n"
    + "".join(f"DROP TRIGGER tenders_audit_{a};\n" for a in ("insert", "update", "delete"))
    + _audit_triggers({"tenders": AUDITED["tenders"]}),
    # A word's first letter finds its tenders in an index of its own, as its first two or
    # three letters do: without it FTS5 merged the lists of every word beginning with that
    # letter, for the probe, the page and the count (27-48 ms each on 400,000 tenders). A
    # user meets it at the first letter of each word typed after the first ("de l").
    9: _SEARCH_FIRST_LETTER,
    # Sorting a text's matches by buyer or by title reads each match's buyer or title: from a
    # narrow index of the tenders' ids with it rather than from their rows, which are read
    # from the file one page each (on 400,000 tenders half the time by buyer: 22-34 ms for
    # 10,000-15,000 matches against 9-23, and a quarter less by title).
    10: "CREATE INDEX tenders_id_buyer ON tenders(id, buyer_id);\n"
    "CREATE INDEX tenders_id_title ON tenders(id, title);\n",
    # The same for the contract type: a broad text whose matches lie behind every contract of
    # another type is sorted, not walked, and read each match's row for its type (on 400,000
    # tenders "tuinm" by type from Z to A, 28,000 matches: 60 ms, 37 with this index).
    11: "CREATE INDEX tenders_id_contract_type ON tenders(id, contract_type);\n",
}
CURRENT_VERSION = max(MIGRATIONS)
#: version -> the function (module.name) that converts the rows after that version's statements
#: (run in the same transaction; imported only when a workspace needs it)
CONVERSIONS: dict[int, str] = {3: "core.store.decision_rows.convert"}
