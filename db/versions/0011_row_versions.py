"""Row versions, server accounts and personal field-key slots.

Row versions on what two officers may edit at once: a meeting's details, its agenda items (title, discussion,
resolution), its action points, a case, a safety plan and a referral. Each saved change raises ``row_version`` by
one; a save that finds a version other than the one it read has met someone else's change (issue 12: on a server
several officers minute and follow up at once, and a conflicting edit is shown, never silently overwritten).

Existing rows start at version 1.

Two more places for people working on a server: ``user_profile.server_account`` names the server account (the
PostgreSQL role) a person signs in with, so that the program knows who is acting from the connection itself; and
``field_key_slot.profile_id`` lets the restricted fields' key be wrapped under one person's own passphrase (empty:
the office's slot, as before).

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
    with op.batch_alter_table("user_profile") as batch:
        batch.add_column(sa.Column("server_account", sa.String(length=63), nullable=True))
        batch.create_unique_constraint("uq_user_profile_server_account", ["server_account"])
    with op.batch_alter_table("field_key_slot") as batch:
        batch.add_column(sa.Column("profile_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_field_key_slot_profile", "user_profile", ["profile_id"], ["id"], ondelete="CASCADE"
        )


def downgrade() -> None:
    # Dropping a column drops its constraints with it (on SQLite the batch copy leaves them out; SQLite does not
    # keep a foreign key's name to drop it by).
    with op.batch_alter_table("field_key_slot") as batch:
        batch.drop_column("profile_id")
    with op.batch_alter_table("user_profile") as batch:
        batch.drop_column("server_account")
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
