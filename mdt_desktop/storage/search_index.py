"""The full-text search index: an FTS5 table with the trigram tokenizer, kept current by triggers.

Thai is written without spaces between words, so a word tokenizer would miss most substrings a secretary types;
trigrams find any substring of three or more characters. Each indexed row's rowid is ``source id * 8 + kind``, so
a trigger replaces one row by rowid instead of scanning the index, and an edit stays cheap on a province database.
"""

from __future__ import annotations

from enum import IntEnum

from sqlalchemy import Connection, text


class SearchKind(IntEnum):
    AGENDA_ITEM = 1  # title and discussion
    RESOLUTION = 2
    ACTION = 3
    AGENCY = 4
    CASE = 5


ROWID_STRIDE = 8

SOURCES: dict[SearchKind, tuple[str, str, str, str]] = {
    # kind: (table, meeting id expression, text expression, columns whose change re-indexes); the server's index
    # (storage.server_search) is kept from the same sources.
    SearchKind.AGENDA_ITEM: (
        "agenda_item",
        "{r}.meeting_id",
        "{r}.title || ' ' || {r}.discussion",
        "title, discussion",
    ),
    SearchKind.RESOLUTION: ("agenda_item", "{r}.meeting_id", "{r}.resolution", "resolution"),
    SearchKind.ACTION: ("action_point", "{r}.meeting_id", "{r}.task", "task"),
    SearchKind.AGENCY: (
        "agency",
        "NULL",
        "{r}.name_th || ' ' || {r}.abbreviation || ' ' || {r}.name_en || ' ' || {r}.aliases",
        "name_th, abbreviation, name_en, aliases",
    ),
    SearchKind.CASE: ("case_file", "NULL", "{r}.code", "code"),
}


def schema_statements() -> list[str]:
    """DDL for the index and its triggers; used by the first migration and for a fresh database."""
    statements = [
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, meeting_id UNINDEXED, body, tokenize='trigram')"
    ]
    for kind, (table, meeting_expr, text_expr, columns) in SOURCES.items():

        def insert(
            r: str, kind: SearchKind = kind, meeting_expr: str = meeting_expr, text_expr: str = text_expr
        ) -> str:
            return (
                "INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES ("
                f"{r}.id * {ROWID_STRIDE} + {int(kind)}, {int(kind)}, {r}.id, {meeting_expr.format(r=r)}, "
                f"{text_expr.format(r=r)})"
            )

        delete = f"DELETE FROM search_fts WHERE rowid = old.id * {ROWID_STRIDE} + {int(kind)}"
        name = f"search_{table}_{kind.name.lower()}"
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS {name}_ai AFTER INSERT ON {table} BEGIN {insert('new')}; END",
            f"CREATE TRIGGER IF NOT EXISTS {name}_ad AFTER DELETE ON {table} BEGIN {delete}; END",
            f"CREATE TRIGGER IF NOT EXISTS {name}_au AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {delete}; {insert('new')}; END",
        ]
    return statements


def create(connection: Connection) -> None:
    for statement in schema_statements():
        connection.execute(text(statement))


def rebuild(connection: Connection) -> None:
    """Fill the index from the tables, e.g. after a bulk load made with the triggers dropped."""
    connection.execute(text("DELETE FROM search_fts"))
    for kind, (table, meeting_expr, text_expr, _columns) in SOURCES.items():
        connection.execute(
            text(
                "INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) SELECT "
                f"r.id * {ROWID_STRIDE} + {int(kind)}, {int(kind)}, r.id, {meeting_expr.format(r='r')}, "
                f"{text_expr.format(r='r')} FROM {table} AS r"
            )
        )
