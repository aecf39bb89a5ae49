"""What a new meeting proposes, from the body's own habits: its usual venue, its usual start and an end after it.

A team meets in the same room at the same hour, so the new-meeting dialog should not make the secretary type them
again. The proposal reads the body's ``RECENT_MEETINGS`` latest meetings: the venue held most often (the latest
of equals), the start time held most often, and the usual length (the median of those with both times) added to
the start; without any, two hours. A meeting is created with the times the secretary accepted, an end before or at
the start refused.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import TypeVar

from sqlalchemy import select

from mdt_desktop.domain.codes import MeetingKind
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services.meetings.header import create_meeting, update_header
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Meeting

RECENT_MEETINGS = 12
DEFAULT_LENGTH = dt.timedelta(hours=2)
LAST_MINUTE = dt.time(23, 59)

T = TypeVar("T")

END_NOT_AFTER_START = Message(
    "เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม",
    "The meeting must end after it starts.",
)


@dataclass(frozen=True)
class MeetingProposal:
    venue: str  # "" when the body has no meeting with a venue yet
    start_time: dt.time | None  # None when no recent meeting recorded its start
    end_time: dt.time | None  # after start_time; None with it
    usual_length: dt.timedelta  # what the end is proposed from, when the secretary changes the start


def end_after(start: dt.time, length: dt.timedelta) -> dt.time:
    """The end of a meeting of ``length`` starting at ``start``, on the same day (at most 23.59)."""
    end = dt.datetime.combine(dt.date.min, start) + length
    if end.date() > dt.date.min or end.time() <= start:
        return LAST_MINUTE
    return end.time()


def _most_frequent(values: Sequence[T]) -> T | None:
    """The value seen most often; of equals, the one seen first (the newest meetings come first)."""
    counts = Counter(values)
    if not counts:
        return None
    top = max(counts.values())
    return next(value for value in values if counts[value] == top)


def _length(start: dt.time, end: dt.time) -> dt.timedelta:
    return dt.datetime.combine(dt.date.min, end) - dt.datetime.combine(dt.date.min, start)


def propose_meeting(db: Database, body_id: int) -> MeetingProposal:
    """The venue, start and end the body's recent meetings suggest for its next one."""
    with db.read_session() as session:
        recent = session.execute(
            select(Meeting.venue, Meeting.start_time, Meeting.end_time)
            .where(Meeting.body_id == body_id)
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(RECENT_MEETINGS)
        ).all()
    venue = _most_frequent([v.strip() for v, _start, _end in recent if v and v.strip()])
    start = _most_frequent([s for _venue, s, _end in recent if s is not None])
    lengths = [_length(s, e) for _venue, s, e in recent if s is not None and e is not None and e > s]
    usual = (
        dt.timedelta(seconds=round(median(x.total_seconds() for x in lengths))) if lengths else DEFAULT_LENGTH
    )
    return MeetingProposal(
        venue=venue or "",
        start_time=start,
        end_time=end_after(start, usual) if start is not None else None,
        usual_length=usual,
    )


def create_proposed_meeting(
    db: Database,
    body_id: int,
    date: dt.date,
    kind: MeetingKind | str = MeetingKind.REGULAR,
    venue: str = "",
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
) -> int:
    """``create_meeting`` with the end time the new-meeting dialog asks for too; an end not after the start is
    refused before anything is created."""
    if end_time is not None and start_time is not None and end_time <= start_time:
        raise Refusal(END_NOT_AFTER_START)
    meeting_id = create_meeting(db, body_id, date, kind=kind, venue=venue, start_time=start_time)
    if end_time is not None:
        update_header(db, meeting_id, end_time=end_time)
    return meeting_id
