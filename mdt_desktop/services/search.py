"""Finding anything typed in a meeting: items, resolutions, actions, agencies and case codes.

The FTS5 trigram index (``storage.search_index``) finds any substring of three characters or more, which is what
Thai needs (no spaces between words). The text is matched as one phrase, quoted so that nothing a person types is
read as FTS syntax. Shorter queries cannot use trigrams and fall back to LIKE on the same table, scanning from
the newest rows and stopping at the limit. Hits from meetings come newest meeting first. Only what the index
holds is searched: case identity data is never indexed, and a case is found by its code alone.

On a PostgreSQL server the index is ``search_trgm`` (``storage.server_search``): the same rows under the same row
ids, with pg_trgm's GIN index on the text, and the same queries are asked of it, the match alone written for
PostgreSQL, so both engines give the same hits in the same order on the same data:

- a phrase of three characters or more: FTS5's trigram phrase is a substring match, case folded, with Thai vowels
  and tone marks kept as typed (no diacritic is removed); on the server it is ``folded LIKE lower('%…%')`` with
  ``%``, ``_`` and ``\\`` escaped (``folded`` is ``lower(body)``: what ILIKE does, without folding every row again at
  each search), which the trigram index serves. lower() folds case by the database's character type:
  Unicode under ``LC_CTYPE 'C.UTF-8'`` as FTS5 does (under ``'C'``, ASCII letters only);
- one or two characters, and case codes: SQLite's ``LIKE``, which folds ASCII letters only; on the server
  ``ILIKE`` under the ``C`` collation, which folds exactly those;
- the order: no relevance score (bm25) is used on either engine. The candidates are the newest matches by row id,
  and they are sorted by meeting date, kind and row id (``_ranked_phrase``); row ids are equal on both engines, so
  the order is equal too. The server reaches those newest matches by its own road (``_newest_on_server``).

A query is at most ``MAX_QUERY`` characters (a longer one is a ``Refusal``: nobody types that much, it is a paste
gone wrong) and loses the control characters no typed text keeps (``typed_text.clean``, NUL included). An error of
the database while searching is the environment's (``StorageError``) or, for anything else, a ``Refusal`` saying
the text could not be searched (logged without the text): a search box must not take the program down.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import TextClause
from sqlalchemy import text as sql
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.domain.typed_text import clean
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage import server_search
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.search_index import ROWID_STRIDE, SearchKind

ITEM_KINDS = f"({int(SearchKind.AGENDA_ITEM)}, {int(SearchKind.RESOLUTION)})"  # kinds whose ref_id is an item
SNIPPET_CONTEXT = 40  # characters shown on each side of the match
TRIGRAM = 3
QUOTES = "\"'“”‘’"
MAX_QUERY = 200  # characters; SQLite refuses LIKE patterns beyond 50,000 bytes, and no one types more

QUERY_TOO_LONG = Message(
    "ข้อความค้นหายาวเกิน {limit} ตัวอักษร โปรดค้นด้วยคำหรือวลีที่สั้นลง",
    "The search text is longer than {limit} characters: search for a shorter word or phrase.",
)
SEARCH_FAILED = Message(
    "ค้นหาข้อความนี้ไม่ได้ โปรดลองคำอื่น",
    "This text could not be searched; try other words.",
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    ref_id: int
    meeting_id: int | None  # for a case: the latest meeting that discussed it; for an agency: None
    meeting_label: str  # "3/2569", or "" without a meeting
    body_name: str
    snippet: str  # the matching text around the first match, one line
    meeting_date: dt.date | None = None
    # Where in the meeting the match is, so the meeting opens there: the agenda item (for an action, the item it
    # was assigned under; for a case, its item at that latest meeting) and the action matched, if one was.
    item_id: int | None = None
    action_id: int | None = None


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: double quotes doubled, the whole wrapped in quotes."""
    return '"' + text.replace('"', '""') + '"'


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def make_snippet(body: str, needle: str, context: int = SNIPPET_CONTEXT) -> str:
    """The text around the first match of ``needle`` (case-insensitive), on one line, with … where cut."""
    flat = " ".join(body.split())
    at = flat.casefold().find(needle.casefold())
    if at < 0:
        return flat[: 2 * context] + ("…" if len(flat) > 2 * context else "")
    start = max(0, at - context)
    end = min(len(flat), at + len(needle) + context)
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


@dataclass(frozen=True)
class _Engine:
    """How one engine's index is asked: its table, the column of the row id, its two ways of matching, and where
    it finds the agencies and the case codes cheaply."""

    table: str
    rid: str
    short_match: str  # SQLite's LIKE: any substring, ASCII letters only folded
    newest: str  # the row ids of the newest matches, and of the newest below the last agenda item
    agencies: str  # the row ids of the agencies matching the phrase
    cases: str  # the row ids of the newest cases whose code matches, by SQLite's LIKE


_FILE = _Engine(
    table="search_fts",
    rid="rowid",
    short_match="body LIKE :pattern ESCAPE '\\'",
    newest="""SELECT rid FROM (
            SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH :phrase ORDER BY rowid DESC LIMIT :newest
        ) AS newest
        UNION
        SELECT rid FROM (
            SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH :phrase AND rowid < :item_bound
            ORDER BY rowid DESC LIMIT :newest
        ) AS newest_items""",
    agencies=f"""SELECT rowid FROM search_fts
        WHERE search_fts MATCH :phrase AND rowid < :agency_bound AND rowid % {ROWID_STRIDE} = {int(SearchKind.AGENCY)}""",
    cases=f"""SELECT * FROM (
            SELECT id * {ROWID_STRIDE} + {int(SearchKind.CASE)} FROM case_file
            WHERE code LIKE :pattern ESCAPE '\\' ORDER BY id DESC LIMIT :limit
        ) AS cases""",
)
# lower() folds case by the database's character type (Unicode under C.UTF-8, as FTS5's trigram tokenizer folds);
# ILIKE under the C collation folds ASCII letters only, which is SQLite's LIKE. The agencies' few rows are read by
# their row id range and matched one by one (OFFSET 0 keeps the match out of the scan: through the trigram index
# it would read every match of a common word); the case codes matching are found through the trigram index of the
# codes alone (``server_search.CODE_INDEX``; OFFSET 0 keeps PostgreSQL from walking every row down from the newest
# instead), then matched as SQLite's LIKE matches them (a match folding ASCII letters only is also one folding all
# letters), and the newest kept.
_SERVER = _Engine(
    table=server_search.TABLE,
    rid="rid",
    short_match="body COLLATE \"C\" ILIKE :pattern ESCAPE '\\'",
    newest="SELECT unnest(CAST(:newest_rids AS bigint[])) AS rid",  # found by _newest_on_server
    agencies=f"""SELECT rid FROM (
            SELECT rid, folded FROM {server_search.TABLE}
            WHERE rid < :agency_bound AND kind = {int(SearchKind.AGENCY)} OFFSET 0
        ) AS agencies
        WHERE folded LIKE lower(:pattern) ESCAPE '\\'""",
    cases=f"""SELECT * FROM (
            SELECT rid FROM (
                SELECT rid, body FROM {server_search.TABLE}
                WHERE kind = {int(SearchKind.CASE)} AND folded LIKE lower(:pattern) ESCAPE '\\' OFFSET 0
            ) AS codes
            WHERE body COLLATE "C" ILIKE :pattern ESCAPE '\\'
            ORDER BY rid DESC LIMIT :limit
        ) AS cases""",
)


def _ranked_phrase(engine: _Engine) -> TextClause:
    """The newest matches, then newest meetings first; agencies and cases looked up where they are cheap.

    A common word ("ติดตาม", "พมจ") matches tens of thousands of rows, and reading the columns of each match
    (or sorting them all by meeting date) is far too slow for typing. A rowid is ``source id * ROWID_STRIDE +
    kind`` (storage.search_index), so the newest matches are the largest rowids: FTS5 walks its doclist from the
    top and stops at the LIMIT (on the server, ``_newest_on_server`` finds the same rows). Actions outnumber
    agenda items, so the top of the index would hold only actions: a second walk starts below the largest agenda
    item's rowid, so the newest minutes are candidates too.
    Agencies have small ids, so their matches sit in a short rowid range that FTS5
    seeks to directly; case codes are matched on the case table itself, because a filter on the kind alone would
    make FTS5 walk every match of a common word. The few candidates are then joined to their meetings by primary
    key and sorted by meeting date; within a meeting the minutes come before its actions.
    """
    e = engine
    return sql(
        f"""
        WITH candidates AS (
            {e.newest}
            UNION
            {e.agencies}
            UNION
            {e.cases}
        ),
        top AS (SELECT rid, rid % {ROWID_STRIDE} AS kind, rid / {ROWID_STRIDE} AS ref_id FROM candidates)
        SELECT top.rid, top.kind, top.ref_id, m.id, m.number, m.year_be, m.date, b.name_th,
               coalesce(i.id, a.agenda_item_id)
        FROM top
        LEFT JOIN agenda_item AS i ON top.kind IN {ITEM_KINDS} AND i.id = top.ref_id
        LEFT JOIN action_point AS a ON top.kind = {int(SearchKind.ACTION)} AND a.id = top.ref_id
        LEFT JOIN meeting AS m ON m.id = coalesce(i.meeting_id, a.meeting_id)
        LEFT JOIN body AS b ON b.id = m.body_id
        ORDER BY m.id IS NOT NULL, m.date DESC, top.kind, top.rid DESC
        LIMIT :limit
        """
    )


def _ranked_short(engine: _Engine) -> TextClause:
    """The fallback for one or two characters scans; newest rows first (larger ids) and a LIMIT let it stop
    early on common pairs."""
    e = engine
    return sql(
        f"""
        SELECT top.rid, top.kind, top.ref_id, top.meeting_id, m.number, m.year_be, m.date, b.name_th,
               coalesce(i.id, a.agenda_item_id)
        FROM (
            SELECT {e.rid} AS rid, kind, ref_id, meeting_id FROM {e.table}
            WHERE {e.short_match}
            ORDER BY {e.rid} DESC
            LIMIT :limit
        ) AS top
        LEFT JOIN agenda_item AS i ON top.kind IN {ITEM_KINDS} AND i.id = top.ref_id
        LEFT JOIN action_point AS a ON top.kind = {int(SearchKind.ACTION)} AND a.id = top.ref_id
        LEFT JOIN meeting AS m ON m.id = top.meeting_id
        LEFT JOIN body AS b ON b.id = m.body_id
        ORDER BY top.meeting_id IS NOT NULL, m.date DESC, top.rid DESC
        """
    )


NEWEST_FACTOR = 4  # candidates read from the top of the index, as a multiple of the limit
# Reading one match through the trigram index (the index, the row, the match checked again) costs about as much
# as matching this many rows one by one in a walk down the primary key (measured on the province demo).
MATCH_COST = 8

# The server's two ways to the newest matches below a row id (``_newest_below``). The walk reads the rows down
# from the top and stops at the LIMIT (OFFSET 0 keeps the match out of the scan, which PostgreSQL would otherwise
# answer through the trigram index for a text it thinks rare); the trigram index reads every match, then keeps
# the newest (OFFSET 0 keeps PostgreSQL from walking instead, for a text it thinks common).
_SERVER_WALK = sql(
    f"""
    SELECT rid FROM (
        SELECT rid, folded FROM {server_search.TABLE}
        WHERE rid >= :above AND rid < :below ORDER BY rid DESC OFFSET 0
    ) AS top
    WHERE folded LIKE lower(:pattern) ESCAPE '\\'
    LIMIT :newest
    """
)
_SERVER_THROUGH_INDEX = sql(
    f"""
    SELECT rid FROM (
        SELECT rid FROM {server_search.TABLE}
        WHERE folded LIKE lower(:pattern) ESCAPE '\\' AND rid >= :above AND rid < :below OFFSET 0
    ) AS matches
    ORDER BY rid DESC LIMIT :newest
    """
)
# The rows of the index and its top row id, and how many rows match: PostgreSQL's estimates, from its statistics.
_SERVER_ROWS = sql(
    f"SELECT reltuples, (SELECT max(rid) FROM {server_search.TABLE}) FROM pg_class "
    f"WHERE relname = '{server_search.TABLE}'"
)
_SERVER_ESTIMATE = sql(
    f"EXPLAIN (FORMAT JSON) SELECT rid FROM {server_search.TABLE} WHERE folded LIKE lower(:pattern) ESCAPE '\\'"
)
_FILE_QUERIES = (_ranked_phrase(_FILE), _ranked_short(_FILE))
_SERVER_QUERIES = (_ranked_phrase(_SERVER), _ranked_short(_SERVER))

_LATEST_MEETING_OF_CASE = sql(
    """
    SELECT m.id, m.number, m.year_be, m.date, b.name_th, i.id
    FROM agenda_item_case AS c
    JOIN agenda_item AS i ON i.id = c.agenda_item_id
    JOIN meeting AS m ON m.id = i.meeting_id
    JOIN body AS b ON b.id = m.body_id
    WHERE c.case_id = :case_id
    ORDER BY m.date DESC, m.id DESC
    LIMIT 1
    """
)


def search(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
    """Hits for ``text`` anywhere in the index: agencies and cases first, then meetings newest first.

    A query longer than ``MAX_QUERY`` is a ``Refusal``; a database that fails is a ``StorageError`` when the
    environment is at fault, and the ``Refusal`` SEARCH_FAILED otherwise."""
    # Quotes around the words are a habit from web search; the text is always one phrase here anyway.
    needle = " ".join(clean(text).split()).strip(QUOTES)
    if not needle:
        return []
    if len(needle) > MAX_QUERY:
        raise Refusal(QUERY_TOO_LONG, limit=MAX_QUERY)
    try:
        return _search(db, needle, limit)
    except DBAPIError as error:
        problem = db.environment_problem(error)
        if problem is not None:
            raise problem from error
        # Logged without the query, which may name a person.
        log.warning("search failed in the database: %s", type(error.orig).__name__)
        raise Refusal(SEARCH_FAILED) from error


def _search(db: Database, needle: str, limit: int) -> list[SearchHit]:
    engine = _SERVER if db.on_server else _FILE
    ranked_phrase, ranked_short = _SERVER_QUERIES if db.on_server else _FILE_QUERIES
    with db.read_session() as session:
        if len(needle) >= TRIGRAM:
            pattern, newest = like_pattern(needle), limit * NEWEST_FACTOR
            item_bound = (_max_id(session, "agenda_item") + 1) * ROWID_STRIDE
            parameters: dict[str, object] = {
                "pattern": pattern,
                "limit": limit,
                "newest": newest,
                "agency_bound": (_max_id(session, "agency") + 1) * ROWID_STRIDE,
                "item_bound": item_bound,
            }
            if db.on_server:
                parameters["newest_rids"] = sorted(_newest_on_server(session, pattern, newest, item_bound))
            else:
                parameters["phrase"] = fts_phrase(needle)
            rows = session.execute(ranked_phrase, parameters).all()
        else:
            rows = session.execute(ranked_short, {"pattern": like_pattern(needle), "limit": limit}).all()
        bodies = _bodies(session, engine, [row[0] for row in rows])
        hits = []
        for rowid, kind, ref_id, meeting_id, number, year_be, date, body_name, item_id in rows:
            kind = SearchKind(kind)
            if kind is SearchKind.CASE:
                latest = session.execute(_LATEST_MEETING_OF_CASE, {"case_id": ref_id}).first()
                if latest is not None:
                    meeting_id, number, year_be, date, body_name, item_id = latest
            hits.append(
                SearchHit(
                    kind=kind,
                    ref_id=ref_id,
                    meeting_id=meeting_id,
                    meeting_label=meeting_number_label(number, year_be) if number is not None else "",
                    body_name=body_name or "",
                    snippet=make_snippet(bodies.get(rowid, ""), needle),
                    meeting_date=dt.date.fromisoformat(date) if isinstance(date, str) else date,
                    item_id=item_id if meeting_id is not None else None,
                    action_id=ref_id if kind is SearchKind.ACTION else None,
                )
            )
    return hits


def _newest_on_server(session: Session, pattern: str, newest: int, item_bound: int) -> set[int]:
    """The row ids FTS5 finds by walking its index from the top (``_ranked_phrase``): the ``newest`` latest rows
    matching ``pattern``, and the ``newest`` latest below ``item_bound``.

    The first are the matches above ``item_bound`` (the newest actions, past the last agenda item), then the
    second, so the two are: the ``newest`` latest matches above ``item_bound``, and below it.

    PostgreSQL cannot walk the trigram index in row id order. A common text is found soonest by matching the
    rows one by one down from the top until enough are found, a rare one through the trigram index, which
    reads all its matches. PostgreSQL's planner weighs the two as if every match cost no more than a row
    walked past and as if the matches were spread evenly, and on the province it walks the whole table for a
    year's case codes (all further down). So the choice is made here, from the planner's estimate of how many
    rows match (its statistics of the table are good at that): through the index when reading all the matches
    costs less than walking past the rows that hold, evenly spread, the matches wanted (at most every row
    of the part walked). Either way the answer is the rows FTS5 gives."""
    rows, top = session.execute(_SERVER_ROWS).one()
    rows, top = max(float(rows), 1.0), max(top or 1, 1)
    plan = session.execute(_SERVER_ESTIMATE, {"pattern": pattern}).scalar_one()
    matches = max(float(plan[0]["Plan"]["Plan Rows"]), 1.0)
    found: set[int] = set()
    for above, below in ((item_bound, _NO_BOUND), (0, item_bound)):
        part = rows * (min(below, top) - min(above, top)) / top  # rows in the part, about
        walk = min(part, newest * rows / matches)
        query = _SERVER_THROUGH_INDEX if matches * MATCH_COST < walk else _SERVER_WALK
        bounds = {"above": above, "below": below}
        found.update(session.execute(query, {**bounds, "pattern": pattern, "newest": newest}).scalars())
    return found


_NO_BOUND = 2**62  # above any row id


def _max_id(session: Session, table: str) -> int:
    return int(session.execute(sql(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())


def _bodies(session: Session, engine: _Engine, rowids: list[int]) -> dict[int, str]:
    """The indexed text of the chosen rows only, looked up by rowid once the page is known."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(rowid)) for rowid in rowids)
    query = f"SELECT {engine.rid}, body FROM {engine.table} WHERE {engine.rid} IN ({marks})"
    return dict(session.execute(sql(query)).all())
