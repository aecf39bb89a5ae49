"""Who was at a meeting: the roster's rows (present, absent, stand-ins) and the people outside the roster.

Removing a row returns a snapshot that ``restore_attendee`` puts back with the same id, for undo.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import AttendanceCategory
from mdt_desktop.services.meetings.amendments import refuse_if_approved
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
)


def update_attendance(db: Database, attendance_id: int, **changes: Any) -> dict[str, Any]:
    """Change one attendance row (names in ATTENDANCE_FIELDS); returns the previous values, for undo.

    Absent: category ABSENT with a reason. A stand-in ("แทน"): category STAND_IN, the stand-in's own name and
    position in full_name/position, and whom they replace in stands_in_for_id/stands_in_for_text.
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
        refuse_if_approved(session, row.meeting_id)
        previous = {name: getattr(row, name) for name in changes}
        for name, value in changes.items():
            setattr(row, name, value.strip() if isinstance(value, str) and name != "category" else value)
    return previous


def add_attendee(
    db: Database,
    meeting_id: int,
    category: AttendanceCategory | str,
    full_name: str,
    position: str = "",
    agency_id: int | None = None,
) -> int:
    """Someone outside the roster: an attending non-member, an observer or an interpreter."""
    with db.session() as session:
        refuse_if_approved(session, meeting_id)
        last = session.scalar(
            select(func.max(Attendance.sort_order)).where(Attendance.meeting_id == meeting_id)
        )
        row = Attendance(
            meeting_id=meeting_id,
            category=AttendanceCategory(category).value,
            full_name=typed_text.checked(full_name, typed_text.NAME).strip(),
            position=typed_text.checked(position, typed_text.NAME).strip(),
            agency_id=agency_id,
            sort_order=(last if last is not None else -1) + 1,
        )
        session.add(row)
        session.flush()
        return row.id


def remove_attendee(db: Database, attendance_id: int) -> dict[str, Any]:
    """Remove an attendance row; returns its snapshot for ``restore_attendee``."""
    with db.session() as session:
        row = session.get_one(Attendance, attendance_id)
        refuse_if_approved(session, row.meeting_id)
        snapshot = row_values(row)
        session.delete(row)
    return snapshot


def restore_attendee(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        refuse_if_approved(session, snapshot["meeting_id"])
        session.execute(insert(Attendance).values(**snapshot))
