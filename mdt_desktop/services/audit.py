"""The audit log: who viewed a restricted record, exported or sent what, when and to whom.

Entries hold ids and short event names only. Case text never goes into ``detail``: the log itself must be safe
to show to an auditor who is not on the case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AuditEntry


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


def add_entry(
    session: Session,
    actor: str,
    event: str,
    object_type: str,
    object_id: int | None,
    recipient: str = "",
    detail: str = "",
) -> None:
    """Log inside a unit of work that is already open, so the entry commits together with what it records."""
    session.add(
        AuditEntry(
            actor=actor,
            event=event,
            object_type=object_type,
            object_id=object_id,
            recipient=recipient,
            detail=detail,
        )
    )


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
