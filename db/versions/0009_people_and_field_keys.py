"""People and roles, and the office's key for restricted fields: a person's roles per body or agency, who recorded
an action's progress line, and the wrapped field-key slots used when restricted fields are encrypted by the
program (on a database server).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "action_progress", sa.Column("recorded_by", sa.String(length=200), server_default="", nullable=False)
    )
    op.create_table(
        "user_role",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "profile_id", sa.Integer(), sa.ForeignKey("user_profile.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("body_id", sa.Integer(), sa.ForeignKey("body.id", ondelete="CASCADE"), nullable=True),
        sa.Column("agency_id", sa.Integer(), sa.ForeignKey("agency.id", ondelete="CASCADE"), nullable=True),
        sa.Column("granted_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.UniqueConstraint("profile_id", "role", "body_id", "agency_id", name="uq_user_role"),
    )
    op.create_index("ix_user_role_profile_id", "user_role", ["profile_id"])
    op.create_table(
        "field_key_slot",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=False),
        sa.Column("wrapped_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("field_key_slot")
    op.drop_table("user_role")
    with op.batch_alter_table("action_progress") as batch:
        batch.drop_column("recorded_by")
