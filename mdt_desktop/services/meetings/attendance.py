"""Who was at a meeting: the roster's rows (present, absent, stand-ins), the people outside the roster
(attendees, observers, interpreters with their language, stand-ins for someone the roster does not list), and who
chaired.

Removing a row returns a snapshot that ``restore_attendee`` puts back with the same id, for undo.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import AttendanceCategory
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services.meetings.amendments import guard_meeting_change
from mdt_desktop.services.meetings.snapshot import row_values
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Attendance

ATTENDANCE_FIELDS = (
    "category",
    "full_name",
    "position",
    "agency_id",
    "stands_in_for_id",
    "stands_in_for_text",
    "reason",
    "confidentiality_ack",
    "language",
    "chaired",
)
# Who sat in the room and so may chair: a member present or someone standing in for one.
PRESENT_CATEGORIES = (AttendanceCategory.PRESENT, AttendanceCategory.STAND_IN)

CHAIR_NOT_PRESENT = Message(
    th="ประธานในที่ประชุมต้องเป็นผู้มาประชุม (หรือผู้มาประชุมแทน)",
    en="The person who chaired must be listed as present (or standing in)",
)
STAND_IN_FOR_WHOM = Message(
    th="โปรดระบุว่ามาประชุมแทนผู้ใด (ชื่อหรือตำแหน่ง)", en="Give whom the person stands in for (name or post)"
)


def update_attendance(db: Database, attendance_id: int, **changes: Any) -> dict[str, Any]:
    """Change one attendance row (names in ATTENDANCE_FIELDS); returns the previous values, for undo.

    Absent: category ABSENT with a reason. A stand-in ("แทน"): category STAND_IN, the stand-in's own name and
    position in full_name/position, and whom they replace in stands_in_for_id/stands_in_for_text. ``chaired``
    True makes the row the only one chairing (refused for someone not present; ``set_chair`` also returns whom it
    replaced); a row that chaired and becomes absent no longer chairs, and its previous values say so.
    """
    unknown = set(changes) - set(ATTENDANCE_FIELDS)
    if unknown:
        raise TypeError(f"not attendance fields: {sorted(unknown)}")
    if "category" in changes:
        changes["category"] = AttendanceCategory(changes["category"]).value
    for name, value in changes.items():
        if isinstance(value, str) and name != "category":
            changes[name] = typed_text.checked(value, typed_text.NAME)
    with db.session() as session:
        row = session.get_one(Attendance, attendance_id)
        guard_meeting_change(session, db, row.meeting_id)
        previous = {name: getattr(row, name) for name in changes}
        for name, value in changes.items():
            setattr(row, name, value.strip() if isinstance(value, str) and name != "category" else value)
        if row.chaired and AttendanceCategory(row.category) not in PRESENT_CATEGORIES:
            if changes.get("chaired"):
                raise Refusal(CHAIR_NOT_PRESENT)
            previous["chaired"], row.chaired = True, False  # someone absent did not chair; undo gives it back
        if changes.get("chaired"):
            others = select(Attendance).where(
                Attendance.meeting_id == row.meeting_id, Attendance.id != row.id, Attendance.chaired.is_(True)
            )
            for other in session.scalars(others):
                other.chaired = False
    return previous


def add_attendee(
    db: Database,
    meeting_id: int,
    category: AttendanceCategory | str,
    full_name: str,
    position: str = "",
    agency_id: int | None = None,
    language: str = "",
    stands_in_for_text: str = "",
) -> int:
    """Someone outside the roster: an attending non-member, an observer, an interpreter (``language`` as typed,
    e.g. "พม่า"), or a stand-in for someone the roster does not list (``add_stand_in``)."""
    with db.session() as session:
        guard_meeting_change(session, db, meeting_id)
        last = session.scalar(
            select(func.max(Attendance.sort_order)).where(Attendance.meeting_id == meeting_id)
        )
        row = Attendance(
            meeting_id=meeting_id,
            category=AttendanceCategory(category).value,
            full_name=typed_text.checked(full_name, typed_text.NAME).strip(),
            position=typed_text.checked(position, typed_text.NAME).strip(),
            agency_id=agency_id,
            language=typed_text.checked(language, typed_text.NAME).strip(),
            stands_in_for_text=typed_text.checked(stands_in_for_text, typed_text.NAME).strip(),
            sort_order=(last if last is not None else -1) + 1,
        )
        session.add(row)
        session.flush()
        return row.id


def add_stand_in(
    db: Database,
    meeting_id: int,
    full_name: str,
    position: str,
    stands_in_for: str,
    agency_id: int | None = None,
) -> int:
    """Someone standing in for a member the roster does not list (a new head of office, a member whose term is
    not entered): their own name and post, and whom they stand in for as typed, printed after "แทน"."""
    if not stands_in_for.strip():
        raise Refusal(STAND_IN_FOR_WHOM)
    return add_attendee(
        db,
        meeting_id,
        AttendanceCategory.STAND_IN,
        full_name,
        position,
        agency_id,
        stands_in_for_text=stands_in_for,
    )


def set_chair(db: Database, meeting_id: int, attendance_id: int | None) -> int | None:
    """Record who chaired the meeting (``None``: not recorded, the minutes then name the body's chair or
    vice-chair who was present); returns the previous chair's row id, for undo. Refused for someone not listed as
    present or standing in."""
    with db.session() as session:
        guard_meeting_change(session, db, meeting_id)
        rows = session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()
        previous = next((row.id for row in rows if row.chaired), None)
        if attendance_id is not None:
            chosen = next(row for row in rows if row.id == attendance_id)
            if AttendanceCategory(chosen.category) not in PRESENT_CATEGORIES:
                raise Refusal(CHAIR_NOT_PRESENT)
        for row in rows:
            row.chaired = row.id == attendance_id
    return previous


def remove_attendee(db: Database, attendance_id: int) -> dict[str, Any]:
    """Remove an attendance row; returns its snapshot for ``restore_attendee``."""
    with db.session() as session:
        row = session.get_one(Attendance, attendance_id)
        guard_meeting_change(session, db, row.meeting_id)
        snapshot = row_values(row)
        session.delete(row)
    return snapshot


def restore_attendee(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        guard_meeting_change(session, db, snapshot["meeting_id"])
        session.execute(insert(Attendance).values(**snapshot))
