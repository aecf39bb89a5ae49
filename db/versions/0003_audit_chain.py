"""A tamper-evident audit log: every entry carries the hash chaining it to the one before.

The entries already in the file get their chain here, with this revision's own copy of the hashing (frozen: the
program's ``services.audit`` may change, what this revision computes may not; a test checks that both agree).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS_HASH = "0" * 64
CHAIN_HEAD_KEY = "audit_chain_head"

audit_entry = sa.table(
    "audit_entry",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("event", sa.String()),
    sa.column("object_type", sa.String()),
    sa.column("object_id", sa.Integer()),
    sa.column("recipient", sa.String()),
    sa.column("detail", sa.Text()),
    sa.column("entry_hash", sa.String()),
)
setting = sa.table("setting", sa.column("key", sa.String()), sa.column("value", sa.Text()))


def _entry_hash(previous_hash: str, row: Any) -> str:
    """SHA-256 of the previous hash, a line break, and the entry as a JSON array (fixed field order, no
    spaces, UTF-8, ``at`` in ISO form with microseconds)."""
    fields = [
        row.id,
        row.at.isoformat(timespec="microseconds"),
        row.actor,
        row.event,
        row.object_type,
        row.object_id,
        row.recipient,
        row.detail,
    ]
    content = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(previous_hash.encode("ascii") + b"\n" + content).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), server_default="", nullable=False))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            audit_entry.c.id,
            audit_entry.c.at,
            audit_entry.c.actor,
            audit_entry.c.event,
            audit_entry.c.object_type,
            audit_entry.c.object_id,
            audit_entry.c.recipient,
            audit_entry.c.detail,
        ).order_by(audit_entry.c.id)
    ).all()
    previous = GENESIS_HASH
    for row in rows:
        previous = _entry_hash(previous, row)
        connection.execute(audit_entry.update().where(audit_entry.c.id == row.id).values(entry_hash=previous))
    connection.execute(setting.delete().where(setting.c.key == CHAIN_HEAD_KEY))
    if rows:
        connection.execute(setting.insert().values(key=CHAIN_HEAD_KEY, value=f"{rows[-1].id} {previous}"))


def downgrade() -> None:
    op.get_bind().execute(setting.delete().where(setting.c.key == CHAIN_HEAD_KEY))
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("entry_hash")
