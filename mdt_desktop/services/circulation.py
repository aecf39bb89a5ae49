"""The circulation log: which document of which meeting went to which agency, when and by whom, and whether it
went in time.

Good practice (DOMAIN.md): each agency's action record within 24 hours of the meeting's end, the full minutes
within 10 working days of the meeting (``domain.deadlines``, public holidays from table ``holiday``). Entries hold
ids, names and a file name: never case data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select

from mdt_desktop.domain import deadlines
from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, CirculationEntry, Holiday, Meeting

Document = Literal["minutes", "action_record"]
RECORD_DUE_AFTER = dt.timedelta(hours=24)


@dataclass(frozen=True)
class SentEntry:
    id: int
    document: str
    meeting_id: int
    agency_id: int | None
    recipient: str
    sent_at: dt.datetime
    actor: str
    file_name: str


@dataclass(frozen=True)
class AgencyCirculation:
    """One agency given actions at the meeting: was its record sent, and in time."""

    agency_id: int
    agency_name: str
    record_sent_at: dt.datetime | None
    record_due: dt.datetime
    record_in_time: bool
    minutes_sent_at: dt.datetime | None
    minutes_due: dt.date
    minutes_in_time: bool


def record_sent(
    db: Database,
    meeting_id: int,
    document: Document,
    agency_id: int | None,
    actor: str,
    sent_at: dt.datetime | None = None,
    recipient: str = "",
    file_name: str = "",
) -> SentEntry:
    """Log that ``document`` of the meeting went to the agency (or to ``recipient``), at ``sent_at`` (now by
    default); the audit log gets a "send" entry in the same unit of work."""
    if document not in ("minutes", "action_record"):
        raise ValueError(f"unknown document kind {document!r}")
    sent_at = sent_at or dt.datetime.now().replace(microsecond=0)
    with db.session() as session:
        if agency_id is not None and not recipient:
            recipient = session.scalar(select(Agency.name_th).where(Agency.id == agency_id)) or ""
        entry = CirculationEntry(
            actor=actor,
            document=document,
            meeting_id=meeting_id,
            agency_id=agency_id,
            recipient=recipient,
            sent_at=sent_at,
            file_name=file_name,
        )
        session.add(entry)
        audit.add_entry(session, actor, "send", document, meeting_id, recipient=recipient)
        session.flush()
        return _entry(entry)


def _entry(row: CirculationEntry) -> SentEntry:
    return SentEntry(
        row.id,
        row.document,
        row.meeting_id,
        row.agency_id,
        row.recipient,
        row.sent_at,
        row.actor,
        row.file_name,
    )


def list_sent(db: Database, meeting_id: int) -> list[SentEntry]:
    with db.read_session() as session:
        rows = session.scalars(
            select(CirculationEntry)
            .where(CirculationEntry.meeting_id == meeting_id)
            .order_by(CirculationEntry.sent_at, CirculationEntry.id)
        )
        return [_entry(row) for row in rows]


def meeting_end(date: dt.date, start: dt.time | None, end: dt.time | None) -> dt.datetime:
    """When the meeting ended: its end time, else its start time, else the end of its day (the latest it can
    have ended, so a missing time never makes a record look late)."""
    moment = end or start or dt.time(23, 59, 59)
    return dt.datetime.combine(date, moment)


def record_due(date: dt.date, start: dt.time | None, end: dt.time | None) -> dt.datetime:
    return meeting_end(date, start, end) + RECORD_DUE_AFTER


def circulation_status(db: Database, meeting_id: int) -> list[AgencyCirculation]:
    """For every agency given actions at the meeting: the first sending of its record and of the minutes,
    with their deadlines. Unsent documents are not in time."""
    with db.read_session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise LookupError(f"meeting {meeting_id} not found")
        agencies = session.execute(
            select(Agency.id, Agency.name_th)
            .where(Agency.id.in_(select(ActionPoint.agency_id).where(ActionPoint.meeting_id == meeting_id)))
            .order_by(Agency.name_th)
        ).all()
        sent = session.execute(
            select(CirculationEntry.document, CirculationEntry.agency_id, CirculationEntry.sent_at)
            .where(CirculationEntry.meeting_id == meeting_id)
            .order_by(CirculationEntry.sent_at)
        ).all()
        holidays = set(session.scalars(select(Holiday.day)))
        due_record = record_due(meeting.date, meeting.start_time, meeting.end_time)
        due_minutes = deadlines.minutes_due_date(meeting.date, holidays)
    first: dict[tuple[str, int | None], dt.datetime] = {}
    for document, agency_id, sent_at in sent:
        first.setdefault((document, agency_id), sent_at)
    result = []
    for agency_id, name in agencies:
        record_at = first.get(("action_record", agency_id))
        minutes_at = first.get(("minutes", agency_id))
        result.append(
            AgencyCirculation(
                agency_id=agency_id,
                agency_name=name,
                record_sent_at=record_at,
                record_due=due_record,
                record_in_time=record_at is not None and record_at <= due_record,
                minutes_sent_at=minutes_at,
                minutes_due=due_minutes,
                minutes_in_time=minutes_at is not None and minutes_at.date() <= due_minutes,
            )
        )
    return result
