"""Restricted columns wide enough for their ciphertext on a database server: when the program encrypts restricted
fields (storage.field_crypto), a value is stored as ``f1:`` and base64, longer than the text it holds, and a date
of birth as text. PostgreSQL enforces VARCHAR lengths and DATE, so there these columns become TEXT. SQLite enforces
neither and keeps dates as text anyway: there nothing changes, and the laptop's file is left exactly as it was.

Going back on a server works only while no value is encrypted (a ciphertext fits neither the lengths nor DATE).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, declared length) of the restricted VARCHAR columns; the restricted TEXT columns need nothing.
_LIMITED = (
    ("case_consent", "given_by", 200),
    ("case_identity", "full_name", 200),
    ("case_identity", "phone", 100),
    ("case_identity", "nationality", 100),
    ("case_identity", "id_number", 40),
    ("case_identity", "language", 100),
    ("safety_plan", "responsible_worker", 200),
    ("safety_contact", "name", 200),
    ("safety_contact", "relation", 200),
    ("safety_plan_service", "safety_checked_by", 200),
    ("referral", "decided_by", 200),
)


def _on_server() -> bool:
    return op.get_bind().dialect.name != "sqlite"


def upgrade() -> None:
    if not _on_server():
        return
    for table, column, length in _LIMITED:
        op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length=length))
    op.alter_column(
        "case_identity",
        "date_of_birth",
        type_=sa.Text(),
        existing_type=sa.Date(),
        postgresql_using="to_char(date_of_birth, 'YYYY-MM-DD')",
    )


def downgrade() -> None:
    if not _on_server():
        return
    op.alter_column(
        "case_identity",
        "date_of_birth",
        type_=sa.Date(),
        existing_type=sa.Text(),
        postgresql_using="date_of_birth::date",
    )
    for table, column, length in _LIMITED:
        op.alter_column(table, column, type_=sa.String(length=length), existing_type=sa.Text())
