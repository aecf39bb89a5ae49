"""Initial schema: every table of the models and, in SQLite, the full-text search index with its triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The full-text search index and its triggers as this revision made them, copied here rather than read from
# mdt_desktop.storage.search_index: a revision must build the same schema forever, whatever the program becomes.
SEARCH_INDEX: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, meeting_id UNINDEXED, body, tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS search_agenda_item_agenda_item_ai AFTER INSERT ON agenda_item BEGIN INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 1, 1, new.id, new.meeting_id, new.title || ' ' || new.discussion); END",
    "CREATE TRIGGER IF NOT EXISTS search_agenda_item_agenda_item_ad AFTER DELETE ON agenda_item BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 1; END",
    "CREATE TRIGGER IF NOT EXISTS search_agenda_item_agenda_item_au AFTER UPDATE OF title, discussion ON agenda_item BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 1; INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 1, 1, new.id, new.meeting_id, new.title || ' ' || new.discussion); END",
    "CREATE TRIGGER IF NOT EXISTS search_agenda_item_resolution_ai AFTER INSERT ON agenda_item BEGIN INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 2, 2, new.id, new.meeting_id, new.resolution); END",
    "CREATE TRIGGER IF NOT EXISTS search_agenda_item_resolution_ad AFTER DELETE ON agenda_item BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 2; END",
    "CREATE TRIGGER IF NOT EXISTS search_agenda_item_resolution_au AFTER UPDATE OF resolution ON agenda_item BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 2; INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 2, 2, new.id, new.meeting_id, new.resolution); END",
    "CREATE TRIGGER IF NOT EXISTS search_action_point_action_ai AFTER INSERT ON action_point BEGIN INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 3, 3, new.id, new.meeting_id, new.task); END",
    "CREATE TRIGGER IF NOT EXISTS search_action_point_action_ad AFTER DELETE ON action_point BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 3; END",
    "CREATE TRIGGER IF NOT EXISTS search_action_point_action_au AFTER UPDATE OF task ON action_point BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 3; INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 3, 3, new.id, new.meeting_id, new.task); END",
    "CREATE TRIGGER IF NOT EXISTS search_agency_agency_ai AFTER INSERT ON agency BEGIN INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 4, 4, new.id, NULL, new.name_th || ' ' || new.abbreviation || ' ' || new.name_en || ' ' || new.aliases); END",
    "CREATE TRIGGER IF NOT EXISTS search_agency_agency_ad AFTER DELETE ON agency BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 4; END",
    "CREATE TRIGGER IF NOT EXISTS search_agency_agency_au AFTER UPDATE OF name_th, abbreviation, name_en, aliases ON agency BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 4; INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 4, 4, new.id, NULL, new.name_th || ' ' || new.abbreviation || ' ' || new.name_en || ' ' || new.aliases); END",
    "CREATE TRIGGER IF NOT EXISTS search_case_file_case_ai AFTER INSERT ON case_file BEGIN INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 5, 5, new.id, NULL, new.code); END",
    "CREATE TRIGGER IF NOT EXISTS search_case_file_case_ad AFTER DELETE ON case_file BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 5; END",
    "CREATE TRIGGER IF NOT EXISTS search_case_file_case_au AFTER UPDATE OF code ON case_file BEGIN DELETE FROM search_fts WHERE rowid = old.id * 8 + 5; INSERT INTO search_fts(rowid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 5, 5, new.id, NULL, new.code); END",
)


def upgrade() -> None:
    op.create_table(
        "area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["area.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "holiday",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_th", sa.String(length=300), nullable=False),
        sa.Column("abbreviation", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("sector", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name_th", sa.String(length=400), nullable=False),
        sa.Column("self_label", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=400), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("agenda_template", sa.Text(), nullable=False),
        sa.Column("confidentiality_statement", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("case_type", sa.String(length=40), nullable=False),
        sa.Column("is_child", sa.Boolean(), nullable=False),
        sa.Column("child_status", sa.String(length=16), nullable=True),
        sa.Column("stage", sa.String(length=24), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=True),
        sa.Column("intake_channel", sa.String(length=24), nullable=True),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_file_body_id"), ["body_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("year_be", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("venue", sa.String(length=400), nullable=False),
        sa.Column("recording_level", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("body_id", "year_be", "number", name="uq_meeting_number"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_body_date", ["body_id", "date"], unique=False)

    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("profession", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("term_from", sa.Date(), nullable=True),
        sa.Column("term_to", sa.Date(), nullable=True),
        sa.Column("may_decide", sa.Boolean(), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["successor_id"], ["member.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_body_id"), ["body_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["parent_id"], ["agenda_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("stands_in_for_id", sa.Integer(), nullable=True),
        sa.Column("stands_in_for_text", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("confidentiality_ack", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["stands_in_for_id"], ["member.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "case_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("given_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("without_consent_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_consent_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_identity",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("nationality", sa.String(length=100), nullable=False),
        sa.Column("id_status", sa.String(length=24), nullable=False),
        sa.Column("id_number", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=100), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "action_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("responsible_member_id", sa.Integer(), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("measure", sa.String(length=16), nullable=True),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["responsible_member_id"], ["member.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_agency_status_due", ["agency_id", "status", "due_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_point_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_point_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index("ix_action_status_due", ["status", "due_date"], unique=False)

    op.create_table(
        "agenda_item_case",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agenda_item_id", "case_id"),
    )
    with op.batch_alter_table("agenda_item_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_case_case_id"), ["case_id"], unique=False)

    op.create_table(
        "action_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["action_point.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_progress_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_progress_meeting_id"), ["meeting_id"], unique=False)
    if _on_sqlite():
        for statement in SEARCH_INDEX:
            op.execute(statement)


def _on_sqlite() -> bool:
    """FTS5 and its triggers exist in SQLite only; a PostgreSQL database gets its own search index later."""
    return op.get_bind().dialect.name == "sqlite"


def downgrade() -> None:
    if _on_sqlite():
        # The triggers first: with them still on the tables, SQLite cannot drop a table once search_fts is gone.
        for statement in SEARCH_INDEX:
            if statement.startswith("CREATE TRIGGER IF NOT EXISTS "):
                op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[5]}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table("action_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_progress_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_progress_action_id"))

    op.drop_table("action_progress")
    with op.batch_alter_table("agenda_item_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_case_case_id"))

    op.drop_table("agenda_item_case")
    with op.batch_alter_table("action_point", schema=None) as batch_op:
        batch_op.drop_index("ix_action_status_due")
        batch_op.drop_index(batch_op.f("ix_action_point_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_case_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_body_id"))
        batch_op.drop_index(batch_op.f("ix_action_point_agenda_item_id"))
        batch_op.drop_index("ix_action_agency_status_due")

    op.drop_table("action_point")
    op.drop_table("case_identity")
    with op.batch_alter_table("case_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_consent_case_id"))

    op.drop_table("case_consent")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_parent_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_body_id"))

    op.drop_table("member")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_body_date")

    op.drop_table("meeting")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_file_body_id"))

    op.drop_table("case_file")
    op.drop_table("body")
    op.drop_table("agency")
    op.drop_table("setting")
    op.drop_table("holiday")
    op.drop_table("audit_entry")
    op.drop_table("area")
