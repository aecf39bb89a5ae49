"""The search index on a PostgreSQL server: the counterpart of SQLite's FTS5 ``search_fts`` (``search_index``).

``search_trgm`` holds the same rows as ``search_fts``, from the same source tables and columns
(``search_index.SOURCES``): ``rid`` is the FTS5 rowid (``source id * ROWID_STRIDE + kind``), so the services ask
both engines the same questions in the same order. plpgsql triggers keep it current as SQLite's triggers keep
``search_fts``: an insert adds the row, a delete removes it, an update of the indexed columns writes it again. A
GIN index with pg_trgm's ``gin_trgm_ops`` serves ``LIKE '%…%'``, a substring of any length, as FTS5's trigrams do, on
``folded``: the text in small letters (``lower(body)``, kept by PostgreSQL itself), matched against the query in
small letters, as ILIKE matches but without folding every row again at each search, which doubled its cost. A
second index, over the case codes' rows alone, finds a code without reading the other matches of its text.
``body`` keeps the text as typed, for the snippets. pg_trgm is a trusted extension since PostgreSQL 13: the database's owner may create it.

pg_trgm reads letters by the database's character type: under ``LC_CTYPE 'C'`` a Thai letter is no letter to
it, so a Thai query gets no help from the index (the results are the same, found by reading the table). A
database made with ``LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`` sorts by code point as SQLite does and has its Thai
indexed.
"""

from __future__ import annotations

from sqlalchemy import Connection

from mdt_desktop.storage.search_index import ROWID_STRIDE, SOURCES, SearchKind

TABLE = "search_trgm"
FOLDED_INDEX = "search_trgm_folded"
CODE_INDEX = "search_trgm_case_code"  # the case codes alone: found without reading every match of a word

_TABLE_STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE TABLE IF NOT EXISTS {TABLE} (rid bigint PRIMARY KEY, kind smallint NOT NULL, "
    "ref_id integer NOT NULL, meeting_id integer, body text, folded text GENERATED ALWAYS AS (lower(body)) STORED)",
)
_INDEXES = (
    f"CREATE INDEX IF NOT EXISTS {FOLDED_INDEX} ON {TABLE} USING gin (folded gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS {CODE_INDEX} ON {TABLE} USING gin (folded gin_trgm_ops) "
    f"WHERE kind = {int(SearchKind.CASE)}",
)


def _name(kind: SearchKind) -> str:
    table = SOURCES[kind][0]
    return f"search_{table}_{kind.name.lower()}"


def _row_values(kind: SearchKind, r: str) -> str:
    """The indexed row of source row ``r`` (``new``, or a table alias), as a select list."""
    _table, meeting_expr, text_expr, _columns = SOURCES[kind]
    return (
        f"{r}.id * {ROWID_STRIDE} + {int(kind)}, {int(kind)}, {r}.id, {meeting_expr.format(r=r)}, "
        f"{text_expr.format(r=r)}"
    )


def trigger_statements() -> list[str]:
    """The trigger functions and triggers that keep ``search_trgm`` current; run again, they replace themselves."""
    statements = []
    for kind, (table, _meeting_expr, _text_expr, columns) in SOURCES.items():
        name = _name(kind)
        statements += [
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'DELETE' THEN DELETE FROM {TABLE} WHERE rid = old.id * {ROWID_STRIDE} + {int(kind)}; "
            f"ELSE INSERT INTO {TABLE} (rid, kind, ref_id, meeting_id, body) VALUES ({_row_values(kind, 'new')}) "
            "ON CONFLICT (rid) DO UPDATE SET meeting_id = excluded.meeting_id, body = excluded.body; "
            "END IF; RETURN NULL; END $$",
            *drop_trigger_statements(kind),
            f"CREATE TRIGGER {name}_aid AFTER INSERT OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
            f"CREATE TRIGGER {name}_au AFTER UPDATE OF {columns} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
    return statements


def drop_trigger_statements(*kinds: SearchKind) -> list[str]:
    """Dropping the triggers (of ``kinds``, or all): a bulk load then fills the index once, by ``rebuild``."""
    statements = []
    for kind in kinds or tuple(SOURCES):
        name, table = _name(kind), SOURCES[kind][0]
        statements += [f"DROP TRIGGER IF EXISTS {name}_{when} ON {table}" for when in ("aid", "au")]
    return statements


def schema_statements() -> list[str]:
    """The extension, the table, its GIN indexes, and the triggers: the index as the program wants it today."""
    return [*_TABLE_STATEMENTS, *_INDEXES, *trigger_statements()]


def create(connection: Connection) -> None:
    for statement in schema_statements():
        connection.exec_driver_sql(statement)


def rebuild(connection: Connection) -> None:
    """Fill the index from the tables, e.g. after a bulk load made with the triggers dropped.

    The GIN indexes are made again after the rows are in: building them at once is many times faster than adding
    a province's rows to them one by one."""
    for index in (FOLDED_INDEX, CODE_INDEX):
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    connection.exec_driver_sql(f"TRUNCATE {TABLE}")
    for kind, (table, *_rest) in SOURCES.items():
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (rid, kind, ref_id, meeting_id, body) "
            f"SELECT {_row_values(kind, 'r')} FROM {table} AS r"
        )
    for statement in _INDEXES:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(f"ANALYZE {TABLE}")
