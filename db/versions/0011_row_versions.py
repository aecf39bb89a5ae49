"""Row versions on what two officers may edit at once: a meeting's details, its agenda items (title, discussion,
resolution), its action points, a case, a safety plan and a referral. Each saved change raises ``row_version`` by
one; a save that finds a version other than the one it read has met someone else's change (issue 12: on a server
several officers minute and follow up at once, and a conflicting edit is shown, never silently overwritten).

Existing rows start at version 1. On a laptop's file nothing else changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = ("meeting", "agenda_item", "action_point", "case_file", "safety_plan", "referral")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
