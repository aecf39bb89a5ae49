"""Finding anything typed in a meeting: items, resolutions, actions, agencies and case codes.

The FTS5 trigram index (``storage.search_index``) finds any substring of three characters or more, which is what
Thai needs (no spaces between words). The text is matched as one phrase, quoted so that nothing a person types is
read as FTS syntax. Shorter queries cannot use trigrams and fall back to LIKE on the same table, scanning from
the newest rows and stopping at the limit. Hits from meetings come newest meeting first. Only what the index
holds is searched: case identity data is never indexed, and a case is found by its code alone.

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
# The index is SQLite's FTS5; a database on a PostgreSQL server gets its own (pg_trgm) in a later version.
NO_SEARCH_ON_SERVER = Message(
    "การค้นหาข้อความยังใช้กับฐานข้อมูลบนเซิร์ฟเวอร์ไม่ได้ในรุ่นนี้ โปรดเปิดการประชุมหรือรายการจากรายชื่อแทน",
    "Text search does not work yet on a database on a server in this version; open the meeting or record from "
    "its list instead.",
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


def _ranked_fts() -> TextClause:
    """The newest matches, then newest meetings first; agencies and cases looked up where they are cheap.

    A common word ("ติดตาม", "พมจ") matches tens of thousands of rows, and reading the columns of each match
    (or sorting them all by meeting date) is far too slow for typing. A rowid is ``source id * ROWID_STRIDE +
    kind`` (storage.search_index), so the newest matches are the largest rowids: FTS5 walks its doclist from the
    top and stops at the LIMIT. Actions outnumber agenda items, so the top of the index would hold only actions:
    a second walk starts below the largest agenda item's rowid, so the newest minutes are candidates too.
    Agencies have small ids, so their matches sit in a short rowid range that FTS5
    seeks to directly; case codes are matched on the case table itself, because a filter on the kind alone would
    make FTS5 walk every match of a common word. The few candidates are then joined to their meetings by primary
    key and sorted by meeting date; within a meeting the minutes come before its actions.
    """
    items = ITEM_KINDS
    return sql(
        f"""
        WITH candidates AS (
            SELECT rid FROM (
                SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH :phrase ORDER BY rowid DESC LIMIT :newest
            )
            UNION
            SELECT rid FROM (
                SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH :phrase AND rowid < :item_bound
                ORDER BY rowid DESC LIMIT :newest
            )
            UNION
            SELECT rowid FROM search_fts
            WHERE search_fts MATCH :phrase AND rowid < :agency_bound AND rowid % {ROWID_STRIDE} = {int(SearchKind.AGENCY)}
            UNION
            SELECT * FROM (
                SELECT id * {ROWID_STRIDE} + {int(SearchKind.CASE)} FROM case_file
                WHERE code LIKE :pattern ESCAPE '\\' ORDER BY id DESC LIMIT :limit
            )
        ),
        top AS (SELECT rid, rid % {ROWID_STRIDE} AS kind, rid / {ROWID_STRIDE} AS ref_id FROM candidates)
        SELECT top.rid, top.kind, top.ref_id, m.id, m.number, m.year_be, m.date, b.name_th,
               coalesce(i.id, a.agenda_item_id)
        FROM top
        LEFT JOIN agenda_item AS i ON top.kind IN {items} AND i.id = top.ref_id
        LEFT JOIN action_point AS a ON top.kind = {int(SearchKind.ACTION)} AND a.id = top.ref_id
        LEFT JOIN meeting AS m ON m.id = coalesce(i.meeting_id, a.meeting_id)
        LEFT JOIN body AS b ON b.id = m.body_id
        ORDER BY m.id IS NOT NULL, m.date DESC, top.kind, top.rid DESC
        LIMIT :limit
        """
    )


_RANKED_FTS = _ranked_fts()
NEWEST_FACTOR = 4  # candidates read from the top of the index, as a multiple of the limit

# The LIKE fallback scans; newest rows first (larger ids) and a LIMIT let it stop early on common pairs.
_RANKED_LIKE = sql(
    f"""
    SELECT top.rid, top.kind, top.ref_id, top.meeting_id, m.number, m.year_be, m.date, b.name_th,
           coalesce(i.id, a.agenda_item_id)
    FROM (
        SELECT rowid AS rid, kind, ref_id, meeting_id FROM search_fts
        WHERE body LIKE :pattern ESCAPE '\\'
        ORDER BY rowid DESC
        LIMIT :limit
    ) AS top
    LEFT JOIN agenda_item AS i ON top.kind IN {ITEM_KINDS} AND i.id = top.ref_id
    LEFT JOIN action_point AS a ON top.kind = {int(SearchKind.ACTION)} AND a.id = top.ref_id
    LEFT JOIN meeting AS m ON m.id = top.meeting_id
    LEFT JOIN body AS b ON b.id = m.body_id
    ORDER BY top.meeting_id IS NOT NULL, m.date DESC, top.rid DESC
    """
)

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

    A query longer than ``MAX_QUERY`` is a ``Refusal``, and so is any search on a server (no index there yet);
    a database that fails is a ``StorageError`` when the
    environment is at fault, and the ``Refusal`` SEARCH_FAILED otherwise."""
    # Quotes around the words are a habit from web search; the text is always one phrase here anyway.
    needle = " ".join(clean(text).split()).strip(QUOTES)
    if not needle:
        return []
    if len(needle) > MAX_QUERY:
        raise Refusal(QUERY_TOO_LONG, limit=MAX_QUERY)
    if db.on_server:
        raise Refusal(NO_SEARCH_ON_SERVER)
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
    with db.read_session() as session:
        if len(needle) >= TRIGRAM:
            parameters = {
                "phrase": fts_phrase(needle),
                "pattern": like_pattern(needle),
                "limit": limit,
                "newest": limit * NEWEST_FACTOR,
                "agency_bound": (_max_id(session, "agency") + 1) * ROWID_STRIDE,
                "item_bound": (_max_id(session, "agenda_item") + 1) * ROWID_STRIDE,
            }
            rows = session.execute(_RANKED_FTS, parameters).all()
        else:
            rows = session.execute(_RANKED_LIKE, {"pattern": like_pattern(needle), "limit": limit}).all()
        bodies = _bodies(session, [row[0] for row in rows])
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


def _max_id(session: Session, table: str) -> int:
    return int(session.execute(sql(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())


def _bodies(session: Session, rowids: list[int]) -> dict[int, str]:
    """The indexed text of the chosen rows only, looked up by rowid once the page is known."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(rowid)) for rowid in rowids)
    return dict(session.execute(sql(f"SELECT rowid, body FROM search_fts WHERE rowid IN ({marks})")).all())
