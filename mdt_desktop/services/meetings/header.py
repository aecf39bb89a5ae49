"""A meeting as a whole: creating and deleting it, its header and status, and the lists that lead to it.

A new meeting is numbered, given its agenda from the body's template and its attendance from the roster in one
unit of work. Header changes return the previous values, which is what undo needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.agenda_template import STANDARD_AGENDA, TemplateItem, parse_template
from mdt_desktop.domain.codes import AttendanceCategory, MeetingKind, MeetingStatus, RecordingLevel
from mdt_desktop.domain.numbering import meeting_number_label, next_meeting_number
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.meetings.amendments import (
    APPROVED_READ_ONLY,
    guard_meeting_change,
    note_approval,
)
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.edit_conflict import require_version
from mdt_desktop.storage.models import Agency, AgendaItem, Attendance, Body, Meeting, Member
from mdt_desktop.thai.dates import to_be

NUMBER_TAKEN = Message(
    th="เลขครั้งที่ประชุมนี้ของปีนี้มีอยู่แล้ว โปรดใช้เลขอื่น",
    en="This meeting number is already used this year: choose another number",
)

HEADER_FIELDS = (
    "number",
    "year_be",
    "kind",
    "date",
    "start_time",
    "end_time",
    "venue",
    "recording_level",
    "status",
    "empty_items",
)


class EmptyItems(StrEnum):
    """What the minutes do with an item of the standard agenda that has nothing recorded (a meeting's choice):
    never a bare heading."""

    PRINT_NONE = "print_none"  # "ไม่มี" under its heading
    OMIT = "omit"  # left out; the other items keep their standard numbers


# Ad-hoc meetings (urgent case, review, lessons, planning) are called for one matter: no minutes to approve
# and no matters arising of their own, so they start with the chair's announcements, the matter and other
# business.
AD_HOC_AGENDA: tuple[TemplateItem, ...] = (STANDARD_AGENDA[0], STANDARD_AGENDA[3], STANDARD_AGENDA[4])


@dataclass(frozen=True)
class BodySummary:
    id: int
    name_th: str
    kind: str
    level: str
    meeting_count: int
    last_meeting_date: dt.date | None


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body_id: int
    number: int
    year_be: int
    label: str  # "3/2569"
    kind: MeetingKind
    date: dt.date
    venue: str
    status: MeetingStatus


@dataclass(frozen=True)
class AgencyChoice:
    id: int
    abbreviation: str
    name_th: str
    name_en: str
    aliases: str


def list_bodies_with_meetings(db: Database) -> list[BodySummary]:
    """Every active body, and any inactive one that has meetings, with its meeting count and latest date."""
    counts = (
        select(Meeting.body_id, func.count().label("n"), func.max(Meeting.date).label("last"))
        .group_by(Meeting.body_id)
        .subquery()
    )
    query = (
        select(Body.id, Body.name_th, Body.kind, Body.level, counts.c.n, counts.c.last)
        .outerjoin(counts, counts.c.body_id == Body.id)
        .where(or_(Body.active.is_(True), counts.c.n > 0))
        .order_by(Body.name_th)
    )
    with db.read_session() as session:
        return [
            BodySummary(id_, name, kind, level, n or 0, last)
            for id_, name, kind, level, n, last in session.execute(query)
        ]


def list_meetings(db: Database, body_id: int, offset: int = 0, limit: int = 100) -> list[MeetingSummary]:
    """A body's meetings, newest first (on ix_meeting_body_date)."""
    query = (
        select(Meeting)
        .where(Meeting.body_id == body_id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.read_session() as session:
        return [_summary(meeting) for meeting in session.scalars(query)]


def get_meeting_summary(db: Database, meeting_id: int) -> MeetingSummary:
    with db.read_session() as session:
        return _summary(session.get_one(Meeting, meeting_id))


def list_agency_choices(db: Database) -> list[AgencyChoice]:
    """Active agencies for the AgencyPicker, by abbreviation then name."""
    query = select(Agency).where(Agency.active.is_(True)).order_by(Agency.abbreviation, Agency.name_th)
    with db.read_session() as session:
        return [
            AgencyChoice(a.id, a.abbreviation, a.name_th, a.name_en, a.aliases)
            for a in session.scalars(query)
        ]


def _summary(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(
        id=meeting.id,
        body_id=meeting.body_id,
        number=meeting.number,
        year_be=meeting.year_be,
        label=meeting_number_label(meeting.number, meeting.year_be),
        kind=MeetingKind(meeting.kind),
        date=meeting.date,
        venue=meeting.venue,
        status=MeetingStatus(meeting.status),
    )


def create_meeting(
    db: Database,
    body_id: int,
    date: dt.date,
    kind: MeetingKind | str = MeetingKind.REGULAR,
    venue: str = "",
    start_time: dt.time | None = None,
    recording_level: RecordingLevel | str = RecordingLevel.REASONS_AND_RESOLUTION,
) -> int:
    """A new meeting numbered after the body's others of the same พ.ศ. year, with its agenda and attendance.

    A regular meeting gets the body's agenda template (the standard five items when it has none); the members
    whose term covers the date are listed as present, their names and positions copied as they are today.
    """
    kind = MeetingKind(kind)
    year_be = to_be(date.year)
    with db.session() as session:
        body = session.get_one(Body, body_id)
        roles.require(session, db, Permission.WRITE_MINUTES, body_id=body_id)
        used = session.scalars(
            select(Meeting.number).where(Meeting.body_id == body_id, Meeting.year_be == year_be)
        ).all()
        meeting = Meeting(
            body_id=body_id,
            number=next_meeting_number(used),
            year_be=year_be,
            kind=kind.value,
            date=date,
            start_time=start_time,
            venue=typed_text.checked(venue, typed_text.LINE).strip(),
            recording_level=RecordingLevel(recording_level).value,
            status=MeetingStatus.DRAFT.value,
        )
        session.add(meeting)
        session.flush()
        template = parse_template(body.agenda_template) if kind is MeetingKind.REGULAR else AD_HOC_AGENDA
        for index, entry in enumerate(template):
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    number=str(index + 1),
                    title=entry.title,
                    kind=entry.kind.value,
                    sort_order=index,
                )
            )
        members = session.scalars(
            select(Member)
            .where(
                Member.body_id == body_id,
                or_(Member.term_from.is_(None), Member.term_from <= date),
                or_(Member.term_to.is_(None), Member.term_to >= date),
            )
            .order_by(Member.sort_order, Member.id)
        )
        for index, member in enumerate(members):
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    member_id=member.id,
                    category=AttendanceCategory.PRESENT.value,
                    full_name=member.full_name,
                    position=member.position,
                    agency_id=member.agency_id,
                    sort_order=index,
                )
            )
        return meeting.id


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Remove a meeting with everything recorded in it (its number is not given again: see numbering); approved
    minutes are a record and are refused."""
    with db.session() as session:
        guard_meeting_change(session, db, meeting_id)
        session.delete(session.get_one(Meeting, meeting_id))


def update_header(
    db: Database,
    meeting_id: int,
    *,
    read_version: int | None = None,
    read_values: Mapping[str, Any] | None = None,
    **changes: Any,
) -> dict[str, Any]:
    """Change header fields (names in HEADER_FIELDS); returns their previous values, for undo.

    Refused when the number is already used by the body that year, and for approved minutes: those change only
    by amendment (``amendments.amend_minutes``), and going back from approved is refused too.

    ``read_version`` and ``read_values`` are the meeting's version and the changed fields' values as the editor
    read them (None: no check): a field someone else changed since is an ``EditConflict``, nothing written.
    """
    unknown = set(changes) - set(HEADER_FIELDS)
    if unknown:
        raise TypeError(f"not header fields: {sorted(unknown)}")
    enums = (
        ("kind", MeetingKind),
        ("recording_level", RecordingLevel),
        ("status", MeetingStatus),
        ("empty_items", EmptyItems),
    )
    for name, enum in enums:
        if name in changes:
            changes[name] = enum(changes[name]).value
    if "venue" in changes:
        changes["venue"] = typed_text.checked(changes["venue"], typed_text.LINE).strip()
    try:
        with db.session() as session:
            meeting = session.get_one(Meeting, meeting_id)
            approving = changes.get("status") == MeetingStatus.APPROVED.value
            if approving:
                roles.require(session, db, Permission.APPROVE_MINUTES, body_id=meeting.body_id)
            if not approving or len(changes) > 1:
                roles.require(session, db, Permission.WRITE_MINUTES, body_id=meeting.body_id)
            if meeting.status == MeetingStatus.APPROVED.value:
                if changes != {"status": MeetingStatus.APPROVED.value}:  # approving again changes nothing
                    raise Refusal(APPROVED_READ_ONLY)
            elif changes.get("status") == MeetingStatus.APPROVED.value:
                note_approval(session, db, meeting_id)
            previous = {name: getattr(meeting, name) for name in changes}
            if read_values is None or any(previous[name] != read_values.get(name) for name in changes):
                require_version(session, meeting, read_version)
            for name, value in changes.items():
                setattr(meeting, name, value)
            meeting.updated_at = dt.datetime.now()
    except IntegrityError as error:
        raise Refusal(NUMBER_TAKEN) from error
    return previous


def set_status(db: Database, meeting_id: int, status: MeetingStatus | str) -> MeetingStatus:
    """Move the meeting to draft, held or approved; returns the previous status."""
    previous = update_header(db, meeting_id, status=MeetingStatus(status))
    return MeetingStatus(previous["status"])
