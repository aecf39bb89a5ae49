"""Schema versions: the first revision builds what the models describe; older files are backed up then
upgraded; files from a newer program or without our version table are refused and left untouched."""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from mdt_desktop import paths
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


def _sqlite_objects(connection) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    rows = connection.execute(text("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    return {(row[0], row[1]) for row in rows}


def test_a_new_database_is_stamped_with_the_newest_revision(database: Database) -> None:
    assert migrations.current_revision(database.engine) == migrations.head_revision()


def test_the_first_revision_builds_exactly_what_the_models_describe(
    database: Database, tmp_path: Path
) -> None:
    engine = make_engine(tmp_path / "by-alembic.mdt", secrets.token_bytes(32))
    try:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "head")
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": migrations.include_name})
            differences = compare_metadata(context, Base.metadata)
            by_alembic = _sqlite_objects(connection)
        with database.engine.connect() as connection:
            fresh = _sqlite_objects(connection)
    finally:
        engine.dispose()
    assert differences == []
    # Same tables, indexes, search index and triggers whichever way the file was made.
    assert by_alembic == fresh
    assert ("table", "search_fts") in fresh


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
    raw = connect_raw(copy, upgraded.key)  # read as it is: opening it through Database would upgrade it too
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


def test_the_revision_known_without_alembic_is_alembics_head() -> None:
    """Opening an up-to-date database skips Alembic; if this constant lagged, upgrades would be skipped."""
    assert migrations.head_revision() == migrations.SCHEMA_HEAD
