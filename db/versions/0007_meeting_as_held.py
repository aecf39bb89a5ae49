"""The meeting as it was held: who chaired, an interpreter's language, and whether an empty item of the standard
agenda is printed with "ไม่มี" or left out of the minutes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy) keeps the search index's triggers and the foreign keys in place.
    op.add_column("attendance", sa.Column("chaired", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column(
        "attendance", sa.Column("language", sa.String(length=100), server_default="", nullable=False)
    )
    op.add_column(
        "meeting",
        sa.Column("empty_items", sa.String(length=16), server_default="print_none", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("empty_items")
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("language")
        batch.drop_column("chaired")
