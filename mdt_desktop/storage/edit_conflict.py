"""Another officer's change met on saving: the row versions of what two people may edit at once, and the refusal.

Meetings, agenda items, action points, cases, safety plans and referrals carry ``row_version`` (revision 0011),
raised by one at every saved change by SQLAlchemy's version counter (``version_id_col`` in ``models``): each
UPDATE or DELETE of such a row names the version it read, so a row someone else changed in the meantime is not
overwritten; the unit of work fails with ``StaleDataError``, which ``Database.session`` turns into an
``EditConflict``.

A save that carries the version the person's screen read (``require_version``) is checked against the version
now saved before anything is written; for a text, the refusal carries the text now saved, the text this person
typed and, when the audit log names it, who saved last, so the person chooses which to keep and nothing typed
is lost. A bulk ``update()`` of those tables raises the version itself (``next_version``).

On a laptop's file there is one writer and the versions only ever match: nothing visible changes there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage.models import AuditEntry

Result = TypeVar("Result")

# A save that met another at the very moment of writing is read and decided again this many times at most.
RACE_ATTEMPTS = 3

EDITED_ELSEWHERE = Message(
    th="มีผู้อื่นบันทึกการแก้ไขรายการนี้ไปก่อนแล้ว การบันทึกของคุณจึงยังไม่ถูกบันทึกทับ โปรดดูข้อความที่บันทึกไว้ล่าสุดแล้วเลือกว่าจะเก็บฉบับใด",
    en="Someone else saved a change to this record first, so your save has not overwritten it. Look at what is "
    "saved now and choose which to keep.",
)
EDITED_BY = Message(
    th="{who} บันทึกการแก้ไขรายการนี้ไปก่อนแล้ว การบันทึกของคุณจึงยังไม่ถูกบันทึกทับ "
    "โปรดดูข้อความที่บันทึกไว้ล่าสุดแล้วเลือกว่าจะเก็บฉบับใด",
    en="{who} saved a change to this record first, so your save has not overwritten it. Look at what is saved "
    "now and choose which to keep.",
)
SAVED_AT_ONCE = Message(
    th="มีผู้อื่นบันทึกรายการเดียวกันในเวลาเดียวกัน การบันทึกของคุณจึงยังไม่ถูกบันทึก โปรดลองอีกครั้ง",
    en="Someone else saved the same record at the same moment, so your save was not made. Please try again.",
)


@dataclass(frozen=True)
class ConflictingText:
    """One text two people changed: what is saved now (theirs) and what this person typed (mine)."""

    field: str
    theirs: str
    mine: str


class EditConflict(Refusal):
    """A save met a change someone else saved since this person read the record; nothing was written.

    ``version`` is the version now saved (a save that names it goes ahead, "keep mine"), None when the record
    could not be read again (a race at commit). The texts stay out of the exception's message and of any log."""

    def __init__(
        self,
        object_type: str = "",
        object_id: int | None = None,
        *,
        version: int | None = None,
        text: ConflictingText | None = None,
        saved_by: str = "",
    ) -> None:
        if object_id is None:
            super().__init__(SAVED_AT_ONCE)
        elif saved_by:
            super().__init__(EDITED_BY, who=saved_by)
        else:
            super().__init__(EDITED_ELSEWHERE)
        self.object_type = object_type
        self.object_id = object_id
        self.version = version
        self.text = text
        self.saved_by = saved_by


def require_version(
    session: Session,
    row: Any,
    read_version: int | None,
    *,
    text: ConflictingText | None = None,
) -> None:
    """Refuse the save when ``row`` (just read in ``session``) is no longer at ``read_version``, the version the
    person's screen showed; None checks nothing (a caller that read and writes in one unit of work)."""
    if read_version is None or row.row_version == read_version:
        return
    object_type = row.__tablename__
    raise EditConflict(
        object_type,
        row.id,
        version=row.row_version,
        text=text,
        saved_by=last_saved_by(session, object_type, row.id),
    )


def last_saved_by(session: Session, object_type: str, object_id: int) -> str:
    """Who the audit log last names for this record, or "" when it names nobody (most edits are not audited)."""
    actor = session.scalar(
        select(AuditEntry.actor)
        .where(AuditEntry.object_type == object_type, AuditEntry.object_id == object_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return actor or ""


def next_version(model: Any) -> dict[str, ColumnElement[int]]:
    """The value a bulk ``update(model)`` sets to raise the version of every row it changes, as a save does."""
    return {"row_version": model.row_version + 1}


def decided_again(unit_of_work: Callable[[], Result]) -> Result:
    """Run a save that checks versions (``require_version``) in its own unit of work; when another save of the
    same row came between its read and its write (a conflict without a record, raised at commit), read and decide
    again on what is saved now, a few times."""
    attempts = RACE_ATTEMPTS
    while True:
        try:
            return unit_of_work()
        except EditConflict as conflict:
            attempts -= 1
            if conflict.object_id is not None or not attempts:
                raise
