"""Minutes once approved (รับรองรายงานแล้ว) stay as approved: every other service of a meeting refuses to change
them, and a correction is an explicit amendment with its reason, kept with the text before and after.

``guard_meeting_change`` is the guard the meeting services call inside their unit of work before changing the
header, the agenda, the attendance, an item's texts or the meeting's actions; it also refuses a person without the
role the change needs for the meeting's body (``services.roles``). Following up actions after the
meeting (status, progress, a due date agreed later) is what the action register is for and stays open. Taking a
meeting back from approved is refused too: a mistake in approved minutes is corrected by ``amend_minutes``.

``amend_minutes`` stores a ``MinutesAmendment`` (old text, new text, reason, the person acting), applies the
change and audits it in one unit of work. The audit entry names the part by ids and field
(``agenda_item 12: resolution``), never its text, so the log stays safe to show an auditor. The next meeting of
the same body shows the amendments under its ระเบียบวาระที่ 2 (รับรองรายงานการประชุม): ``previous_meeting`` finds
the meeting that item approves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import MeetingStatus
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AgendaItem, Meeting, MinutesAmendment

AMENDED = "amend_approved_minutes"
APPROVED = "minutes_approved"

APPROVED_READ_ONLY = Message(
    th="รายงานการประชุมนี้รับรองแล้ว แก้ไขได้โดยบันทึกการแก้ไขพร้อมเหตุผลเท่านั้น",
    en="These minutes are approved: they can be changed only by recording an amendment with its reason",
)
NOT_APPROVED = Message(
    th="รายงานการประชุมนี้ยังไม่ได้รับรอง แก้ไขข้อความได้โดยตรง ไม่ต้องบันทึกการแก้ไข",
    en="These minutes are not approved yet: change the text directly, no amendment is needed",
)
AMENDMENT_REASON_REQUIRED = Message(
    th="โปรดระบุเหตุผลของการแก้ไขรายงานการประชุมที่รับรองแล้ว",
    en="Give the reason for amending the approved minutes",
)
AMENDMENT_UNCHANGED = Message(
    th="ข้อความใหม่เหมือนข้อความเดิม ไม่มีสิ่งที่ต้องแก้ไข",
    en="The new text is the same as the old one: there is nothing to amend",
)

# What an amendment can correct: an item's texts, or (no item) the meeting's venue.
AMENDABLE_ITEM_FIELDS: dict[str, typed_text.TypedField] = {
    "title": typed_text.TITLE,
    "discussion": typed_text.DISCUSSION,
    "resolution": typed_text.RESOLUTION,
}
AMENDABLE_MEETING_FIELDS: dict[str, typed_text.TypedField] = {"venue": typed_text.LINE}
_REASON = typed_text.TypedField(Message("เหตุผลของการแก้ไข", "reason for the amendment"), typed_text.TASK_TEXT)


@dataclass(frozen=True)
class Amendment:
    """One amendment as shown to people: ``item_number`` is the item's number today ("4.1"), empty for the
    header or an item removed since."""

    id: int
    meeting_id: int
    meeting_label: str  # "5/2569"
    item_id: int | None
    item_number: str
    field: str
    old_text: str
    new_text: str
    reason: str
    actor: str
    at: dt.datetime


def guard_meeting_change(
    session: Session, db: Database, meeting_id: int, permission: Permission = Permission.WRITE_MINUTES
) -> None:
    """Refuse (a ``Refusal``) to change a meeting when the person acting lacks ``permission`` for its body (the
    secretary's, unless said otherwise: ``services.roles``), or when its minutes are approved; called inside the
    change's unit of work, before anything is changed."""
    with session.no_autoflush:
        row = session.execute(select(Meeting.status, Meeting.body_id).where(Meeting.id == meeting_id)).first()
    if row is None:
        return  # the caller's own lookup says the meeting is gone
    status, body_id = row
    roles.require(session, db, permission, body_id=body_id)
    if status == MeetingStatus.APPROVED.value:
        raise Refusal(APPROVED_READ_ONLY)


def guard_item_change(session: Session, db: Database, item_id: int) -> None:
    with session.no_autoflush:
        meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
    if meeting_id is not None:
        guard_meeting_change(session, db, meeting_id)


def note_approval(session: Session, db: Database, meeting_id: int) -> None:
    """Audit the approval: the moment from which the minutes change only by amendment."""
    audit.add_entry(session, db.actor or "?", APPROVED, "meeting", meeting_id)


def amend_minutes(
    db: Database,
    meeting_id: int,
    item_id: int | None,
    field: str,
    new_text: str,
    reason: str,
    actor: str,
) -> int:
    """Correct approved minutes: ``field`` of item ``item_id`` (title, discussion, resolution) or, with no item,
    of the meeting (venue) becomes ``new_text``, for ``reason``. Stored with the old text, applied and audited in
    one unit of work; returns the amendment's id.

    Refused (a ``Refusal``) without a reason, when the text does not change, and for minutes not approved (those
    are edited directly)."""
    kinds = AMENDABLE_ITEM_FIELDS if item_id is not None else AMENDABLE_MEETING_FIELDS
    if field not in kinds:
        raise ValueError(f"not an amendable field: {field}")
    new_text = typed_text.checked(new_text, kinds[field])
    if field in ("title", "venue"):
        new_text = new_text.strip()
    reason = typed_text.checked(reason, _REASON).strip()
    if not reason:
        raise Refusal(AMENDMENT_REASON_REQUIRED)
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        roles.require(session, db, Permission.WRITE_MINUTES, body_id=meeting.body_id)
        if meeting.status != MeetingStatus.APPROVED.value:
            raise Refusal(NOT_APPROVED)
        target: Meeting | AgendaItem = meeting
        if item_id is not None:
            target = session.get_one(AgendaItem, item_id)
            if target.meeting_id != meeting_id:
                raise ValueError(f"agenda item {item_id} is not in meeting {meeting_id}")
        old_text: str = getattr(target, field)
        if old_text == new_text:
            raise Refusal(AMENDMENT_UNCHANGED)
        amendment = MinutesAmendment(
            meeting_id=meeting_id,
            agenda_item_id=item_id,
            field=field,
            old_text=old_text,
            new_text=new_text,
            reason=reason,
            actor=actor or db.actor or "?",
        )
        session.add(amendment)
        setattr(target, field, new_text)
        session.flush()
        part = f"agenda_item {item_id}" if item_id is not None else f"meeting {meeting_id}"
        audit.add_entry(
            session,
            amendment.actor,
            AMENDED,
            "meeting",
            meeting_id,
            detail=f"{part}: {field} (amendment {amendment.id})",
        )
        return amendment.id


def list_amendments(db: Database, meeting_id: int) -> list[Amendment]:
    """The amendments of a meeting's approved minutes, oldest first."""
    query = (
        select(MinutesAmendment, AgendaItem.number, Meeting.number, Meeting.year_be)
        .join(Meeting, Meeting.id == MinutesAmendment.meeting_id)
        .outerjoin(AgendaItem, AgendaItem.id == MinutesAmendment.agenda_item_id)
        .where(MinutesAmendment.meeting_id == meeting_id)
        .order_by(MinutesAmendment.at, MinutesAmendment.id)
    )
    with db.read_session() as session:
        return [
            Amendment(
                id=row.id,
                meeting_id=row.meeting_id,
                meeting_label=meeting_number_label(number, year_be),
                item_id=row.agenda_item_id,
                item_number=item_number or "",
                field=row.field,
                old_text=row.old_text,
                new_text=row.new_text,
                reason=row.reason,
                actor=row.actor,
                at=row.at,
            )
            for row, item_number, number, year_be in session.execute(query)
        ]


def previous_meeting(db: Database, meeting_id: int) -> int | None:
    """The body's meeting just before this one (by date, then by creation): the one whose minutes this
    meeting's ระเบียบวาระที่ 2 approves; None for a body's first meeting."""
    with db.read_session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        earlier = or_(
            Meeting.date < meeting.date, and_(Meeting.date == meeting.date, Meeting.id < meeting.id)
        )
        return session.scalar(
            select(Meeting.id)
            .where(Meeting.body_id == meeting.body_id, Meeting.id != meeting.id, earlier)
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(1)
        )
