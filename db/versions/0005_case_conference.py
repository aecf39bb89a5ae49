"""The case conference: risk instruments an office imported, risk assessments, safety plans with their contacts and
services, and referrals (escalations to the provincial centre among them).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "risk_instrument",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", "version", name="uq_instrument_version"),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("from_agency_id", sa.Integer(), nullable=True),
        sa.Column("to_agency_id", sa.Integer(), nullable=True),
        sa.Column("service", sa.String(length=40), nullable=True),
        sa.Column("is_escalation", sa.Boolean(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("answer_due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("refusal_reason", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("shares_identity", sa.Boolean(), nullable=False),
        sa.Column("without_consent_ground", sa.String(length=40), nullable=False),
        sa.Column("without_consent_note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["consent_id"], ["case_consent.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["from_agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["to_agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index("ix_referral_status_due", ["status", "answer_due_on"], unique=False)

    op.create_table(
        "risk_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("instrument_key", sa.String(length=64), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("assessor_agency_id", sa.Integer(), nullable=True),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("computed_level", sa.String(length=24), nullable=False),
        sa.Column("level", sa.String(length=24), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("high_risk_response", sa.String(length=24), nullable=True),
        sa.Column("high_risk_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["assessor_agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_case_date", ["case_id", "assessed_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_risk_assessment_agenda_item_id"), ["agenda_item_id"], unique=False
        )

    op.create_table(
        "safety_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("responsible_worker", sa.String(length=200), nullable=False),
        sa.Column("responsible_agency_id", sa.Integer(), nullable=True),
        sa.Column("signed_off_on", sa.Date(), nullable=True),
        sa.Column("main_concern", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("steps_before", sa.Text(), nullable=False),
        sa.Column("steps_during", sa.Text(), nullable=False),
        sa.Column("steps_after", sa.Text(), nullable=False),
        sa.Column("wants_court", sa.Boolean(), nullable=True),
        sa.Column("return_choice", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["responsible_agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "version", name="uq_safety_plan_version"),
    )
    with op.batch_alter_table("safety_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safety_plan_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_safety_plan_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "safety_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("safe", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=200), nullable=False),
        sa.Column("how_to_reach", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["safety_plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("safety_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safety_contact_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "safety_plan_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("chosen_by_survivor", sa.Boolean(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("safety_checked_by", sa.String(length=200), nullable=False),
        sa.Column("safety_checked_on", sa.Date(), nullable=True),
        sa.Column("safety_check_finding", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["action_point.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["safety_plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("safety_plan_service", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safety_plan_service_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_safety_plan_service_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("safety_plan_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_plan_service_plan_id"))
        batch_op.drop_index(batch_op.f("ix_safety_plan_service_action_id"))

    op.drop_table("safety_plan_service")
    with op.batch_alter_table("safety_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_contact_plan_id"))

    op.drop_table("safety_contact")
    with op.batch_alter_table("safety_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_plan_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_safety_plan_case_id"))

    op.drop_table("safety_plan")
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_assessment_agenda_item_id"))
        batch_op.drop_index("ix_assessment_case_date")

    op.drop_table("risk_assessment")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_status_due")
        batch_op.drop_index(batch_op.f("ix_referral_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_referral_case_id"))

    op.drop_table("referral")
    op.drop_table("risk_instrument")
