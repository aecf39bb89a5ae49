"""Changes to minutes already approved are amendments: each is audited with who made it and which part changed.

An entry names the part by table, id and field (``agenda_item 12: resolution``), never by its text, so the log
stays safe to show an auditor. The actor is the person acting in the open database (``Database.actor``, the
profile chosen at unlock). Following up actions after the meeting (status, progress, a due date agreed later) is
what the register is for and is not an amendment; approving the minutes is audited too, as the moment from which
changes count.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import MeetingStatus
from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AgendaItem, Meeting

AMENDED = "amend_approved_minutes"
APPROVED = "minutes_approved"


def note_amendment(session: Session, db: Database, meeting_id: int, part: str) -> None:
    """Audit ``part`` as an amendment when the meeting's minutes are approved; called before the change is made,
    inside its unit of work, so the entry commits (or not) with it."""
    with session.no_autoflush:
        status = session.scalar(select(Meeting.status).where(Meeting.id == meeting_id))
    if status == MeetingStatus.APPROVED.value:
        audit.add_entry(session, db.actor or "?", AMENDED, "meeting", meeting_id, detail=part)


def note_item_amendment(session: Session, db: Database, item_id: int, part: str) -> None:
    with session.no_autoflush:
        meeting_id = session.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
    if meeting_id is not None:
        note_amendment(session, db, meeting_id, part)


def note_approval(session: Session, db: Database, meeting_id: int) -> None:
    audit.add_entry(session, db.actor or "?", APPROVED, "meeting", meeting_id)
