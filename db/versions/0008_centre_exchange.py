"""The centre's side of the exchange: districts it trusts by certificate, the packages it imported, the records
they carried (kept apart per district, read-only), its own decisions on escalations; and on the district's side,
whether a consent covers sending the identity record to the centre.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "case_consent",
        sa.Column("shares_with_centre", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.create_table(
        "centre_district",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_th", sa.String(length=400), nullable=False, unique=True),
        sa.Column("added_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    )
    op.create_table(
        "trusted_certificate",
        sa.Column("fingerprint", sa.String(length=64), primary_key=True),
        sa.Column(
            "district_id",
            sa.Integer(),
            sa.ForeignKey("centre_district.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=400), nullable=False),
        sa.Column("added_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
    )
    op.create_index("ix_trusted_certificate_district_id", "trusted_certificate", ["district_id"])
    op.create_table(
        "received_package",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "district_id",
            sa.Integer(),
            sa.ForeignKey("centre_district.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("file_sha256", sa.String(length=64), nullable=False, unique=True),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("office_name", sa.String(length=400), nullable=False),
        sa.Column("imported_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
    )
    op.create_index("ix_received_package_district_id", "received_package", ["district_id"])
    op.create_table(
        "received_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "district_id",
            sa.Integer(),
            sa.ForeignKey("centre_district.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.UniqueConstraint("district_id", "kind", "source_id", name="uq_received_record"),
    )
    op.create_index("ix_received_record_kind", "received_record", ["kind", "district_id"])
    op.create_table(
        "centre_decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "district_id",
            sa.Integer(),
            sa.ForeignKey("centre_district.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("referral_source_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
    )
    op.create_index("ix_centre_decision_district_id", "centre_decision", ["district_id"])


def downgrade() -> None:
    for table in (
        "centre_decision",
        "received_record",
        "received_package",
        "trusted_certificate",
        "centre_district",
    ):
        op.drop_table(table)
    with op.batch_alter_table("case_consent") as batch:
        batch.drop_column("shares_with_centre")
