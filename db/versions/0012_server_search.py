"""The search index on a PostgreSQL server: pg_trgm, a table of the same rows as SQLite's FTS5 ``search_fts``,
kept current by triggers on the same tables and columns, with a GIN trigram index on the text in small letters;
filled at once from the rows already there. Nothing changes in SQLite, whose index is FTS5 since revision 0001.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The index as this revision makes it, copied here rather than read from mdt_desktop.storage.server_search: a
# revision must build the same schema forever, whatever the program becomes. The table and its rows come before
# the GIN indexes, made once over them (far faster than growing them row by row), then the triggers.
TABLE: tuple[str, ...] = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE IF NOT EXISTS search_trgm (rid bigint PRIMARY KEY, kind smallint NOT NULL, ref_id integer NOT NULL, meeting_id integer, body text, folded text GENERATED ALWAYS AS (lower(body)) STORED)",
)

FILL: tuple[str, ...] = (
    "INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) SELECT r.id * 8 + 1, 1, r.id, r.meeting_id, r.title || ' ' || r.discussion FROM agenda_item AS r",
    "INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) SELECT r.id * 8 + 2, 2, r.id, r.meeting_id, r.resolution FROM agenda_item AS r",
    "INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) SELECT r.id * 8 + 3, 3, r.id, r.meeting_id, r.task FROM action_point AS r",
    "INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) SELECT r.id * 8 + 4, 4, r.id, NULL, r.name_th || ' ' || r.abbreviation || ' ' || r.name_en || ' ' || r.aliases FROM agency AS r",
    "INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) SELECT r.id * 8 + 5, 5, r.id, NULL, r.code FROM case_file AS r",
)

INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS search_trgm_folded ON search_trgm USING gin (folded gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_trgm_case_code ON search_trgm USING gin (folded gin_trgm_ops) WHERE kind = 5",
)

TRIGGERS: tuple[str, ...] = (
    "CREATE OR REPLACE FUNCTION search_agenda_item_agenda_item() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_trgm WHERE rid = old.id * 8 + 1; ELSE INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 1, 1, new.id, new.meeting_id, new.title || ' ' || new.discussion) ON CONFLICT (rid) DO UPDATE SET meeting_id = excluded.meeting_id, body = excluded.body; END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_agenda_item_agenda_item_aid AFTER INSERT OR DELETE ON agenda_item FOR EACH ROW EXECUTE FUNCTION search_agenda_item_agenda_item()",
    "CREATE TRIGGER search_agenda_item_agenda_item_au AFTER UPDATE OF title, discussion ON agenda_item FOR EACH ROW EXECUTE FUNCTION search_agenda_item_agenda_item()",
    "CREATE OR REPLACE FUNCTION search_agenda_item_resolution() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_trgm WHERE rid = old.id * 8 + 2; ELSE INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 2, 2, new.id, new.meeting_id, new.resolution) ON CONFLICT (rid) DO UPDATE SET meeting_id = excluded.meeting_id, body = excluded.body; END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_agenda_item_resolution_aid AFTER INSERT OR DELETE ON agenda_item FOR EACH ROW EXECUTE FUNCTION search_agenda_item_resolution()",
    "CREATE TRIGGER search_agenda_item_resolution_au AFTER UPDATE OF resolution ON agenda_item FOR EACH ROW EXECUTE FUNCTION search_agenda_item_resolution()",
    "CREATE OR REPLACE FUNCTION search_action_point_action() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_trgm WHERE rid = old.id * 8 + 3; ELSE INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 3, 3, new.id, new.meeting_id, new.task) ON CONFLICT (rid) DO UPDATE SET meeting_id = excluded.meeting_id, body = excluded.body; END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_action_point_action_aid AFTER INSERT OR DELETE ON action_point FOR EACH ROW EXECUTE FUNCTION search_action_point_action()",
    "CREATE TRIGGER search_action_point_action_au AFTER UPDATE OF task ON action_point FOR EACH ROW EXECUTE FUNCTION search_action_point_action()",
    "CREATE OR REPLACE FUNCTION search_agency_agency() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_trgm WHERE rid = old.id * 8 + 4; ELSE INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 4, 4, new.id, NULL, new.name_th || ' ' || new.abbreviation || ' ' || new.name_en || ' ' || new.aliases) ON CONFLICT (rid) DO UPDATE SET meeting_id = excluded.meeting_id, body = excluded.body; END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_agency_agency_aid AFTER INSERT OR DELETE ON agency FOR EACH ROW EXECUTE FUNCTION search_agency_agency()",
    "CREATE TRIGGER search_agency_agency_au AFTER UPDATE OF name_th, abbreviation, name_en, aliases ON agency FOR EACH ROW EXECUTE FUNCTION search_agency_agency()",
    "CREATE OR REPLACE FUNCTION search_case_file_case() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM search_trgm WHERE rid = old.id * 8 + 5; ELSE INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) VALUES (new.id * 8 + 5, 5, new.id, NULL, new.code) ON CONFLICT (rid) DO UPDATE SET meeting_id = excluded.meeting_id, body = excluded.body; END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_case_file_case_aid AFTER INSERT OR DELETE ON case_file FOR EACH ROW EXECUTE FUNCTION search_case_file_case()",
    "CREATE TRIGGER search_case_file_case_au AFTER UPDATE OF code ON case_file FOR EACH ROW EXECUTE FUNCTION search_case_file_case()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (*TABLE, *FILL, *INDEXES, *TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # The triggers and their functions, then the table with its index; pg_trgm stays, as other tables may use it.
    for statement in TRIGGERS:
        if statement.startswith("CREATE TRIGGER "):
            words = statement.split()
            op.execute(f"DROP TRIGGER IF EXISTS {words[2]} ON {words[words.index('ON') + 1]}")
    for statement in TRIGGERS:
        if statement.startswith("CREATE OR REPLACE FUNCTION "):
            op.execute(f"DROP FUNCTION IF EXISTS {statement.split()[4]}")
    op.execute("DROP TABLE IF EXISTS search_trgm")
