"""The audit log: who viewed a restricted record, exported or sent what, when and to whom; and its hash chain.

Entries hold ids and short event names only. Case text never goes into ``detail``: the log itself must be safe
to show to an auditor who is not on the case.

The log is tamper-evident: each entry carries ``entry_hash``, the SHA-256 of the previous entry's hash and of
its own canonical content (``canonical_content``); the first entry chains from ``GENESIS_HASH``. The newest
entry's id and hash are also kept as the chain's head in the settings table, so that removing the last entries
shows too. Anyone able to write the file can recompute the whole chain (there is no secret in it): the chain
shows an edit or a deletion made with an SQL tool, it does not prevent one. Revision 0003 carries its own copy of
the hashing, frozen; a test checks that the two agree.

A database opened read-only (a file or folder that cannot be written) cannot take an entry. Reading and exporting
from it are what such an opening is for, so an export goes ahead unaudited (``log_export``): the program's log
notes the event without case data, and the GUI and the CLI tell the person with ``NOT_AUDITED_READ_ONLY``.
Everything else that audits writes too, and is refused with the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Message
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AuditEntry, Setting

_log = get_logger("services")

GENESIS_HASH = "0" * 64
# The settings row holding "<id> <hash>" of the newest entry.
CHAIN_HEAD_KEY = "audit_chain_head"

CHAIN_INTACT = Message(
    th="ประวัติการเข้าถึงครบถ้วน ไม่ถูกแก้ไข ({count} รายการ)",
    en="The audit log is intact ({count} entries)",
)
CHAIN_BROKEN = Message(
    th="ประวัติการเข้าถึงถูกแก้ไขหรือลบ ตั้งแต่รายการที่ {entry_id}",
    en="The audit log was changed or cut, from entry {entry_id}",
)

NOT_AUDITED_READ_ONLY = Message(
    th="การส่งออกนี้ไม่ได้บันทึกในประวัติการเข้าถึง เพราะเปิดฐานข้อมูลแบบอ่านอย่างเดียว (ไฟล์หรือโฟลเดอร์เขียนไม่ได้)",
    en="This export was not recorded in the audit log: the database is open read-only (the file or its folder "
    "cannot be written)",
)


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor: str
    event: str
    object_type: str
    object_id: int | None
    recipient: str
    detail: str


@dataclass(frozen=True)
class ChainResult:
    """What ``verify_chain`` found: ``first_broken`` is the id of the first entry that does not match its
    content or its predecessor (or the id the head names, when the last entries were removed)."""

    entries: int
    first_broken: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken is None

    def message(self, language: str = "th") -> str:
        if self.first_broken is None:
            return CHAIN_INTACT.text(language, count=self.entries)
        return CHAIN_BROKEN.text(language, entry_id=self.first_broken)


def canonical_content(
    entry_id: int,
    at: dt.datetime,
    actor: str,
    event: str,
    object_type: str,
    object_id: int | None,
    recipient: str,
    detail: str,
) -> bytes:
    """One entry as bytes that say the same thing only for the same entry.

    A JSON array (fixed order, no spaces, text as it is in UTF-8) so that no field can leak into its neighbour;
    ``at`` always with microseconds, as the database gives it back.
    """
    fields = [
        entry_id,
        at.isoformat(timespec="microseconds"),
        actor,
        event,
        object_type,
        object_id,
        recipient,
        detail,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_hash(previous_hash: str, content: bytes) -> str:
    return hashlib.sha256(previous_hash.encode("ascii") + b"\n" + content).hexdigest()


def _content_of(entry: AuditEntry) -> bytes:
    return canonical_content(
        entry.id,
        entry.at,
        entry.actor,
        entry.event,
        entry.object_type,
        entry.object_id,
        entry.recipient,
        entry.detail,
    )


def _read_head(session: Session) -> tuple[int, str] | None:
    head = session.get(Setting, CHAIN_HEAD_KEY)
    if head is None:
        return None
    entry_id, _, entry_hash = head.value.partition(" ")
    if not entry_id.isdecimal():
        return None  # an edited head is reported by verify_chain as a missing one
    return int(entry_id), entry_hash


def add_entry(
    session: Session,
    actor: str,
    event: str,
    object_type: str,
    object_id: int | None,
    recipient: str = "",
    detail: str = "",
) -> None:
    """Log inside a unit of work that is already open, so the entry commits together with what it records.

    The entry chains from the head kept in the settings, not from whatever row is last: an entry written after
    the last ones were removed still shows the gap.
    """
    head = _read_head(session)
    entry = AuditEntry(
        at=dt.datetime.now(dt.UTC).replace(tzinfo=None),  # UTC, as the column's server default
        actor=actor,
        event=event,
        object_type=object_type,
        object_id=object_id,
        recipient=recipient,
        detail=detail,
    )
    session.add(entry)
    session.flush()  # the id is part of what is hashed
    entry.entry_hash = chain_hash(head[1] if head is not None else GENESIS_HASH, _content_of(entry))
    row = session.get(Setting, CHAIN_HEAD_KEY)
    if row is None:
        session.add(Setting(key=CHAIN_HEAD_KEY, value=f"{entry.id} {entry.entry_hash}"))
    else:
        row.value = f"{entry.id} {entry.entry_hash}"


def log(
    db: Database,
    actor: str,
    event: str,
    object_type: str,
    object_id: int | None,
    recipient: str = "",
    detail: str = "",
) -> None:
    with db.session() as session:
        add_entry(session, actor, event, object_type, object_id, recipient, detail)


def log_export(
    db: Database,
    actor: str,
    event: str,
    object_type: str,
    object_id: int | None,
    recipient: str = "",
    detail: str = "",
) -> bool:
    """Log an export that was written; False when it could not be logged because the database is read-only
    (the caller tells the person ``NOT_AUDITED_READ_ONLY``; the program's log names the event and ids only)."""
    if db.read_only:
        _log.warning(
            "%s of %s %s not recorded in the audit log: the database is read-only",
            event,
            object_type,
            object_id,
        )
        return False
    log(db, actor, event, object_type, object_id, recipient, detail)
    return True


def export_notice(db: Database) -> Message | None:
    """What to tell the person after an export from ``db``: that it was not audited, or nothing."""
    return NOT_AUDITED_READ_ONLY if db.read_only else None


def list_entries(
    db: Database, object_type: str | None = None, object_id: int | None = None
) -> list[AuditRecord]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if object_type is not None:
        query = query.where(AuditEntry.object_type == object_type)
    if object_id is not None:
        query = query.where(AuditEntry.object_id == object_id)
    with db.read_session() as session:
        return [
            AuditRecord(e.id, e.at, e.actor, e.event, e.object_type, e.object_id, e.recipient, e.detail)
            for e in session.scalars(query)
        ]


def verify_chain(db: Database) -> ChainResult:
    """Recompute every entry's hash in id order; the first entry whose stored hash differs is where the log
    was changed (an edited entry, or the one after a removed entry). Then the head must name the last entry."""
    previous = GENESIS_HASH
    count = 0
    last_id: int | None = None
    with db.read_session() as session:
        # Closed on the early return too: on PostgreSQL yield_per reads through a server-side cursor.
        with contextlib.closing(
            session.scalars(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=500))
        ) as entries:
            for entry in entries:
                if entry.entry_hash != chain_hash(previous, _content_of(entry)):
                    return ChainResult(count, entry.id)
                previous, last_id = entry.entry_hash, entry.id
                count += 1
        head = _read_head(session)
    if head is None:
        return ChainResult(count, last_id)  # entries without a head: the head row itself was removed
    if head != (last_id, previous):
        return ChainResult(count, head[0])
    return ChainResult(count, None)
