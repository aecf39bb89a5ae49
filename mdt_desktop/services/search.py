"""Finding anything typed in a meeting: items, resolutions, actions, agencies and case codes.

The FTS5 trigram index (``storage.search_index``) finds any substring of three characters or more, which is what
Thai needs (no spaces between words). The text is matched as one phrase, quoted so that nothing a person types is
read as FTS syntax. Shorter queries cannot use trigrams and fall back to LIKE on the same table, scanning from
the newest rows and stopping at the limit. Hits from meetings come newest meeting first. Only what the index
holds is searched: case identity data is never indexed, and a case is found by its code alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.search_index import SearchKind

SNIPPET_CONTEXT = 40  # characters shown on each side of the match
TRIGRAM = 3
QUOTES = "\"'“”‘’"


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    ref_id: int
    meeting_id: int | None  # for a case: the latest meeting that discussed it; for an agency: None
    meeting_label: str  # "3/2569", or "" without a meeting
    body_name: str
    snippet: str  # the matching text around the first match, one line
    meeting_date: dt.date | None = None


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


_RANKED_FTS = sql(
    """
    SELECT f.rowid, f.kind, f.ref_id, f.meeting_id, m.number, m.year_be, m.date, b.name_th
    FROM search_fts AS f
    LEFT JOIN meeting AS m ON m.id = f.meeting_id
    LEFT JOIN body AS b ON b.id = m.body_id
    WHERE search_fts MATCH :phrase
    ORDER BY f.meeting_id IS NOT NULL, m.date DESC, f.rowid DESC
    LIMIT :limit
    """
)

# The LIKE fallback scans; newest rows first (larger ids) and a LIMIT let it stop early on common pairs.
_RANKED_LIKE = sql(
    """
    SELECT top.rid, top.kind, top.ref_id, top.meeting_id, m.number, m.year_be, m.date, b.name_th
    FROM (
        SELECT rowid AS rid, kind, ref_id, meeting_id FROM search_fts
        WHERE body LIKE :pattern ESCAPE '\\'
        ORDER BY rowid DESC
        LIMIT :limit
    ) AS top
    LEFT JOIN meeting AS m ON m.id = top.meeting_id
    LEFT JOIN body AS b ON b.id = m.body_id
    ORDER BY top.meeting_id IS NOT NULL, m.date DESC, top.rid DESC
    """
)

_LATEST_MEETING_OF_CASE = sql(
    """
    SELECT m.id, m.number, m.year_be, m.date, b.name_th
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
    """Hits for ``text`` anywhere in the index: agencies and cases first, then meetings newest first."""
    # Quotes around the words are a habit from web search; the text is always one phrase here anyway.
    needle = " ".join(text.split()).strip(QUOTES)
    if not needle:
        return []
    with db.read_session() as session:
        if len(needle) >= TRIGRAM:
            rows = session.execute(_RANKED_FTS, {"phrase": fts_phrase(needle), "limit": limit}).all()
        else:
            rows = session.execute(_RANKED_LIKE, {"pattern": like_pattern(needle), "limit": limit}).all()
        bodies = _bodies(session, [row[0] for row in rows])
        hits = []
        for rowid, kind, ref_id, meeting_id, number, year_be, date, body_name in rows:
            kind = SearchKind(kind)
            if kind is SearchKind.CASE:
                latest = session.execute(_LATEST_MEETING_OF_CASE, {"case_id": ref_id}).first()
                if latest is not None:
                    meeting_id, number, year_be, date, body_name = latest
            hits.append(
                SearchHit(
                    kind=kind,
                    ref_id=ref_id,
                    meeting_id=meeting_id,
                    meeting_label=meeting_number_label(number, year_be) if number is not None else "",
                    body_name=body_name or "",
                    snippet=make_snippet(bodies.get(rowid, ""), needle),
                    meeting_date=dt.date.fromisoformat(date) if isinstance(date, str) else date,
                )
            )
    return hits


def _bodies(session: Session, rowids: list[int]) -> dict[int, str]:
    """The indexed text of the chosen rows only, looked up by rowid once the page is known."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(rowid)) for rowid in rowids)
    return dict(session.execute(sql(f"SELECT rowid, body FROM search_fts WHERE rowid IN ({marks})")).all())
