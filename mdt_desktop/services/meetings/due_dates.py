"""The due date proposed for an action assigned at a meeting: before the body's next meeting, where it is reported.

An action is followed up under ระเบียบวาระที่ 3 of the next regular meeting, so the natural deadline is that
meeting's day. When the next regular meeting is already created its date is the proposal; otherwise it is this
meeting's date plus the body's usual interval between regular meetings (the median of its recent gaps, 30 days
for a body with too few meetings to tell), moved to the next working day. The quick choices the dialogs offer
(7, 15 and 30 days) are counted from the meeting's date and moved to a working day in the same way, so that no
deadline falls on a weekend or a public holiday the program knows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.codes import MeetingKind
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Holiday, Meeting

DEFAULT_INTERVAL_DAYS = 30  # regular meetings are monthly in practice (DOMAIN.md)
RECENT_GAPS = 6  # the body's habit now, not over its whole history
QUICK_DAYS = (7, 15, 30)


@dataclass(frozen=True)
class DueProposal:
    """What the action dialog proposes as a due date, and the quick choices beside it.

    ``next_meeting`` is the proposal: the next regular meeting's date when that meeting exists
    (``meeting_exists``), else the date expected from ``interval_days``. ``quick`` holds (days, date) for each
    quick choice, each date a working day."""

    next_meeting: dt.date
    meeting_exists: bool
    interval_days: int
    quick: tuple[tuple[int, dt.date], ...]


def propose_due_date(db: Database, meeting_id: int) -> DueProposal:
    """The due date to propose for an action assigned at this meeting (see the module's docstring)."""
    with db.read_session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        regular = MeetingKind.REGULAR.value
        later = session.scalar(
            select(Meeting.date)
            .where(Meeting.body_id == meeting.body_id, Meeting.kind == regular, Meeting.date > meeting.date)
            .order_by(Meeting.date)
            .limit(1)
        )
        earlier_dates = session.scalars(
            select(Meeting.date)
            .where(Meeting.body_id == meeting.body_id, Meeting.kind == regular, Meeting.date <= meeting.date)
            .order_by(Meeting.date.desc())
            .limit(RECENT_GAPS + 1)
        ).all()
        holidays = set(session.scalars(select(Holiday.day)))
        day = meeting.date
    interval = usual_interval(earlier_dates)
    quick = tuple((days, next_working_day(day + dt.timedelta(days=days), holidays)) for days in QUICK_DAYS)
    if later is not None:
        return DueProposal(later, True, interval, quick)
    expected = next_working_day(day + dt.timedelta(days=interval), holidays)
    return DueProposal(expected, False, interval, quick)


def usual_interval(dates: Collection[dt.date]) -> int:
    """The median gap in days between the given meeting dates; DEFAULT_INTERVAL_DAYS without two distinct dates."""
    ordered = sorted(set(dates))
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(ordered)]
    if not gaps:
        return DEFAULT_INTERVAL_DAYS
    return round(statistics.median(gaps))


def next_working_day(day: dt.date, holidays: Collection[dt.date]) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not deadlines.is_working_day(day, holidays):
        day += dt.timedelta(days=1)
    return day
