"""The live meeting: items the chair closed, corrections of approved minutes with their reason, and words moved
out of the general minutes into a case's restricted record.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "minutes_amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("new_text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_minutes_amendment_meeting_id", "minutes_amendment", ["meeting_id"], unique=False)
    # Plain ADD COLUMN (no table copy) keeps the search index's triggers on agenda_item in place.
    op.add_column(
        "agenda_item", sa.Column("concluded", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column(
        "case_identity", sa.Column("restricted_notes", sa.Text(), server_default="", nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("case_identity") as batch:
        batch.drop_column("restricted_notes")
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("concluded")
    op.drop_index("ix_minutes_amendment_meeting_id", table_name="minutes_amendment")
    op.drop_table("minutes_amendment")
