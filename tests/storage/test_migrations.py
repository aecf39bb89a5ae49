"""Schema versions: the first revision builds forever what it built when released (a frozen copy in
tests/fixtures), and a file of that release upgrades to what the models declare; revisions can be undone; older
files are backed up then upgraded; files from a newer program or without our version table are refused untouched."""

from __future__ import annotations

import ast
import datetime as dt
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, text

from mdt_desktop import paths
from mdt_desktop.services import audit
from mdt_desktop.storage import backups, migrations
from mdt_desktop.storage.database import Database, connect_raw, make_engine
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import AgendaItem, Base, Body, Meeting
from tests.conftest import TEST_PASSPHRASE
from tests.storage.conftest import fingerprint

_NEXT_REVISION = '''"""Test-only second revision: a new meeting column, made the way SQLite needs for most changes:
by copying the table into a new one and dropping the old (which other tables reference with ON DELETE CASCADE)."""

import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", recreate="always") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meeting", recreate="always") as batch:
        batch.drop_column("note")
'''


FROZEN_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sql"
VERSIONS = Path(__file__).resolve().parents[2] / "db" / "versions"


def _statements(sql: str) -> list[str]:
    """The statements of a schema dump, whitespace made uniform (one per paragraph, as the fixture is written)."""
    paragraphs = "\n".join(line for line in sql.splitlines() if not line.startswith("--")).split("\n\n")
    return [" ".join(p.split()).removesuffix(";") for p in paragraphs if p.strip()]


def _dump(connection: Connection) -> list[str]:
    """What SQLite keeps of the schema, in the fixture's order; without the version table and the shadow tables
    SQLite makes by itself for the full-text table."""
    rows = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        " AND name != 'alembic_version' AND NOT (type = 'table' AND name LIKE 'search_fts_%')"
        " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
    )
    return [" ".join(str(row[0]).split()) for row in rows]


def _schema(connection: Connection) -> dict[str, object]:
    """The schema as SQLite sees it, whatever the order or spelling of the statements that made it: each table's
    columns, foreign keys and indexes, and the SQL of the full-text table and its triggers."""
    tables = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'search_fts%' AND name != 'alembic_version'"
    ).scalars()
    schema: dict[str, object] = {}
    for table in tables:
        columns = sorted(tuple(row[1:]) for row in connection.exec_driver_sql(f"PRAGMA table_info({table})"))
        keys = sorted(
            tuple(row[2:]) for row in connection.exec_driver_sql(f"PRAGMA foreign_key_list({table})")
        )
        indexes = sorted(
            (
                row[1],
                row[2],
                tuple(info[2] for info in connection.exec_driver_sql(f"PRAGMA index_info('{row[1]}')")),
            )
            for row in connection.exec_driver_sql(f"PRAGMA index_list({table})")
        )
        schema[table] = (columns, keys, indexes)
    search_index = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' OR name = 'search_fts'"
    ).scalars()
    schema["search index"] = sorted(" ".join(str(sql).split()) for sql in search_index)
    return schema


@contextmanager
def _engine(path: Path) -> Iterator[Engine]:
    engine = make_engine(path, secrets.token_bytes(32))
    try:
        yield engine
    finally:
        engine.dispose()


def test_a_new_database_is_stamped_with_the_newest_revision(database: Database) -> None:
    assert migrations.current_revision(database.engine) == migrations.head_revision()


def test_no_revision_imports_the_program() -> None:
    """A revision builds the same schema forever, so it copies what it needs instead of calling live code."""
    for revision in sorted(VERSIONS.glob("*.py")):
        imported: list[str] = []
        for node in ast.walk(ast.parse(revision.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                imported.append(node.module or "")
        assert [name for name in imported if name.split(".")[0] == "mdt_desktop"] == [], revision.name


def test_the_first_revision_builds_what_it_built_when_it_was_released(tmp_path: Path) -> None:
    with _engine(tmp_path / "at-0001.mdt") as engine:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "0001")
        with engine.connect() as connection:
            built = _dump(connection)
    assert built == _statements(FROZEN_0001.read_text(encoding="utf-8"))


def test_a_database_of_the_first_release_upgrades_to_what_the_models_declare(
    database: Database, tmp_path: Path
) -> None:
    """Made from the frozen schema of 0001, not by any code of today, then upgraded by the revisions after it;
    compared with a new database, which the program makes from the models and today's search index."""
    with _engine(tmp_path / "from-0001.mdt") as engine:
        with engine.begin() as connection:
            for statement in _statements(FROZEN_0001.read_text(encoding="utf-8")):
                connection.exec_driver_sql(statement)
            command.stamp(migrations.alembic_config(connection), "0001")
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "head")
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": migrations.include_name})
            differences = compare_metadata(context, Base.metadata)
            upgraded = _schema(connection)
    with database.engine.connect() as connection:
        fresh = _schema(connection)
    assert differences == []
    assert upgraded == fresh
    assert "signing_identity" in upgraded and "circulation_entry" in upgraded  # what 0002 adds
    audit_columns = upgraded["audit_entry"]
    assert isinstance(audit_columns, tuple) and "entry_hash" in {
        column[0] for column in audit_columns[0]
    }  # 0003
    search_index = upgraded["search index"]
    assert isinstance(search_index, list) and len(search_index) == 16  # the FTS table and its 15 triggers


def test_every_revision_can_be_undone_down_to_an_empty_file(tmp_path: Path) -> None:
    with _engine(tmp_path / "down.mdt") as engine:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "head")
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "base")
        with engine.connect() as connection:
            left = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            assert left.scalars().all() == ["alembic_version"]
            assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar_one() == 0
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "head")
        with engine.connect() as connection:
            assert migrations.read_revision(connection) == migrations.head_revision()


def test_an_older_database_is_backed_up_then_upgraded_and_keeps_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมือง", level="district")
        session.add(body)
        session.flush()
        meeting = Meeting(body_id=body.id, number=1, year_be=2569, date=dt.date(2026, 1, 15))
        session.add(meeting)
        session.flush()
        session.add(AgendaItem(meeting_id=meeting.id, number="1", title="เรื่องที่ประธานแจ้ง", kind="other"))
    old_head = migrations.head_revision()
    db.close()

    # The program is "updated": its migrations gain a revision this file does not have yet.
    newer = tmp_path / "program-db"
    shutil.copytree(paths.migrations_dir(), newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "0002_test.py").write_text(_NEXT_REVISION.format(head=old_head), encoding="utf-8")
    monkeypatch.setattr(paths, "migrations_dir", lambda: newer)
    monkeypatch.setattr(migrations, "SCHEMA_HEAD", "0002_test")
    assert migrations.head_revision() == "0002_test"

    upgraded = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    key = upgraded.key  # close() wipes the database's own copy
    try:
        assert migrations.current_revision(upgraded.engine) == "0002_test"
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT number, note FROM meeting")).all() == [(1, "")]
            # Copying the meeting table must not have cascaded into its agenda items.
            assert connection.execute(text("SELECT title FROM agenda_item")).all() == [("เรื่องที่ประธานแจ้ง",)]
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        upgraded.close()

    [copy] = backups.list_backups(path)
    assert "before-migration" in copy.name
    raw = connect_raw(copy, key)  # read as it is: opening it through Database would upgrade it too
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        assert raw.execute("SELECT count(*) FROM agenda_item").fetchone() == (1,)
    finally:
        raw.close()


def test_a_database_from_a_newer_program_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    db.close()
    before = fingerprint(path)

    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert caught.value.problem is StorageProblem.NEWER_SCHEMA
    assert path.name in caught.value.message("en")
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_database_without_our_version_table_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    db.close()
    before = fingerprint(path)

    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert caught.value.problem is StorageProblem.NOT_OURS
    assert fingerprint(path) == before


def test_a_database_of_0002_with_an_audit_log_gets_its_chain_and_can_go_back(tmp_path: Path) -> None:
    """0003 chains the entries already in the file with its own frozen copy of the hashing: the program's
    verification must find that chain intact, and the next entry must chain on from it."""
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0002")
    with db.engine.begin() as connection:
        # As 0002 wrote them: the time from the column's default (no fraction of a second) or from the program.
        connection.execute(
            text(
                "INSERT INTO audit_entry (actor, event, object_type, object_id, recipient, detail) VALUES "
                "('ประธาน', 'view_restricted', 'case_identity', 1, '', ''),"
                "('เลขานุการ', 'export_annex', 'meeting', 2, 'ศูนย์ช่วยเหลือสังคม \"1300\"', 'pdf')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO audit_entry (at, actor, event, object_type, object_id, recipient, detail) VALUES "
                "('2026-11-29 08:30:15.250000', 'ประธาน', 'send', 'minutes', NULL, 'อำเภอ', '')"
            )
        )
    db.close()

    upgraded = Database.open_with_passphrase(path, TEST_PASSPHRASE)  # backed up, then upgraded
    try:
        assert migrations.current_revision(upgraded.engine) == migrations.SCHEMA_HEAD
        assert audit.verify_chain(upgraded) == audit.ChainResult(3, None)
        audit.log(upgraded, "ประธาน", "view_restricted", "case_identity", 1)
        assert audit.verify_chain(upgraded) == audit.ChainResult(4, None)
        with upgraded.engine.begin() as connection:
            connection.execute(text("UPDATE audit_entry SET recipient = 'อื่น' WHERE id = 2"))
        assert audit.verify_chain(upgraded).first_broken == 2

        with upgraded.engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0002")
        with upgraded.engine.connect() as connection:
            columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(audit_entry)")}
            assert "entry_hash" not in columns
            assert connection.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() == 4
            head = text("SELECT count(*) FROM setting WHERE key = :key")
            assert connection.execute(head, {"key": audit.CHAIN_HEAD_KEY}).scalar_one() == 0
    finally:
        upgraded.close()


def test_the_revision_known_without_alembic_is_alembics_head() -> None:
    """Opening an up-to-date database skips Alembic; if this constant lagged, upgrades would be skipped."""
    assert migrations.head_revision() == migrations.SCHEMA_HEAD
