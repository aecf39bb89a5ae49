"""A database on a PostgreSQL server: the migrations build what the models declare, open refuses what is not
ours or is newer, what only a file has is refused with its message, an unreachable server is a problem of the
environment, and the CLI's demo and check work there (search on a server: test_on_server_search.py)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

from mdt_desktop.demo import build_demo
from mdt_desktop.demo.build import _insert_parents_first
from mdt_desktop.domain.codes import Sector
from mdt_desktop.domain.roles import Role
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import agencies, backups, settings
from mdt_desktop.storage import integrity, migrations, server_accounts
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import Agency, Base, Member, RiskAssessment, Setting
from mdt_desktop.storage.server import (
    NO_FILE_ON_SERVER,
    NO_KEY_SLOTS_ON_SERVER,
    NOT_A_SERVER_URL,
    ServerDatabase,
    create_schema,
)
from tests.conftest import TEST_PASSPHRASE
from tests.pg_server import SUPERUSER, PostgresServer


def _columns(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        return {
            table: {c["name"] for c in inspector.get_columns(table)} for table in inspector.get_table_names()
        }
    finally:
        engine.dispose()


def test_the_migrations_build_on_the_server_what_the_models_declare(pg_url: str) -> None:
    database = create_schema(pg_url)
    try:
        with database.engine.connect() as connection:
            assert migrations.read_revision(connection) == "0012"
            context = MigrationContext.configure(connection, opts={"include_name": migrations.include_name})
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    assert differences == []
    built = _columns(pg_url)
    declared = {
        table.name: {column.name for column in table.columns} for table in Base.metadata.sorted_tables
    }
    assert built.pop("alembic_version") == {"version_num"}
    assert built.pop("search_trgm") == {"rid", "kind", "ref_id", "meeting_id", "body", "folded"}  # 0012
    assert built == declared
    assert "field_key_slot" in built and "recorded_by" in built["action_progress"]  # revision 0009


def test_every_revision_can_be_undone_on_the_server(pg_url: str) -> None:
    create_schema(pg_url).close()
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "head")
            assert migrations.read_revision(connection) == migrations.head_revision()
    finally:
        engine.dispose()


def test_an_older_server_database_is_upgraded_at_open_and_keeps_its_rows(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "0008")
            connection.execute(
                text(
                    "INSERT INTO agency (name_th, abbreviation, name_en, sector, level, aliases, active) VALUES "
                    "('สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด', 'พมจ.', '', 'government', 'province', '', true)"
                )
            )
    finally:
        engine.dispose()
    database = ServerDatabase.open(pg_url)
    try:
        with database.read_session() as session:
            assert session.scalars(select(Agency.abbreviation)).all() == ["พมจ."]
            assert session.get(Setting, "server_database_id") is not None
        assert database.database_id
        with database.engine.connect() as connection:
            assert migrations.read_revision(connection) == migrations.head_revision()
    finally:
        database.close()


def test_open_refuses_an_empty_database_and_one_of_a_newer_program(pg_url: str) -> None:
    with pytest.raises(StorageError) as empty:
        ServerDatabase.open(pg_url)
    assert empty.value.problem is StorageProblem.NOT_OURS
    create_schema(pg_url).close()
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(StorageError) as newer:
        ServerDatabase.open(pg_url)
    assert newer.value.problem is StorageProblem.NEWER_SCHEMA
    assert _columns(pg_url)["agency"]  # left as it was


def test_a_database_the_server_only_lets_read_opens_read_only_and_refuses_an_edit(
    pg_server: PostgresServer, pg_url: str
) -> None:
    create_schema(pg_url).close()
    name = pg_url.split("?")[0].rsplit("/", 1)[1]
    with pg_server.connect() as connection:  # what a standby of the server is: every transaction read-only
        connection.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    database = ServerDatabase.open(pg_url)
    try:
        assert database.read_only
        assert agencies.list_agencies(database) == []
        with pytest.raises(StorageError) as refused:
            agencies.create_agency(database, agencies.AgencyRecord(name_th="ตำรวจภูธรจังหวัด"))
    finally:
        database.close()
    assert refused.value.problem is StorageProblem.SERVER_READ_ONLY
    assert "standby" in refused.value.message("en") and "อ่านอย่างเดียว" in refused.value.message("th")


def test_the_schema_is_not_made_over_a_database_that_holds_tables(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE someone_elses (id integer)"))
    finally:
        engine.dispose()
    with pytest.raises(StorageError) as refused:
        create_schema(pg_url)
    assert refused.value.problem is StorageProblem.SERVER_DATABASE_NOT_EMPTY
    assert "administrator" in refused.value.message("en") and "ผู้ดูแลเซิร์ฟเวอร์" in refused.value.message("th")
    assert set(_columns(pg_url)) == {"someone_elses"}


def test_backups_and_passphrases_are_refused_on_the_server_pointing_to_pg_dump(
    plain_server_database: Database, tmp_path: Path
) -> None:
    with pytest.raises(Refusal) as backup:
        backups.back_up_now(plain_server_database, tmp_path)
    assert backup.value.reason is NO_FILE_ON_SERVER
    with pytest.raises(Refusal) as passphrase:
        settings.change_passphrase(
            plain_server_database, "secretary", TEST_PASSPHRASE, "ใหม่-" + TEST_PASSPHRASE
        )
    assert passphrase.value.reason is NO_KEY_SLOTS_ON_SERVER
    with pytest.raises(Refusal):
        settings.new_recovery_code(plain_server_database, "secretary")
    for refused in (backup.value, passphrase.value):
        assert "pg_dump" in refused.message("th") and "pg_dump" in refused.message("en")
        assert plain_server_database.location in refused.message("en")
    assert not backups.scheduled_backup_due(plain_server_database, at_close=True)
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_server_is_a_problem_of_the_environment_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql://secretary:hunter2-secret@/mdt?host={tmp_path}"
    with pytest.raises(StorageError) as unreachable:
        ServerDatabase.open(url)
    assert unreachable.value.problem is StorageProblem.SERVER_UNAVAILABLE
    for language in ("th", "en"):
        assert f"{tmp_path}:5432/mdt" in unreachable.value.message(language)
        assert "hunter2" not in unreachable.value.message(language)


@pytest.mark.parametrize("url", ["sqlite:///minutes.mdt", "mysql://someone@host/mdt", "postgresql://host"])
def test_only_a_postgresql_url_with_a_database_is_taken(url: str) -> None:
    with pytest.raises(Refusal) as refused:
        ServerDatabase(url)
    assert refused.value.reason is NOT_A_SERVER_URL


def test_the_demo_builds_on_the_server_with_the_same_rows_as_in_a_file(
    server_database: Database, database: Database
) -> None:
    on_server = build_demo(server_database, "small")
    in_file = build_demo(database, "small")
    assert on_server.counts == in_file.counts
    assert on_server.counts["meeting"] == 30 and on_server.counts["action_point"] == 216
    # The ids the demo gave are behind the sequences: the program's own next row takes a new id.
    added = agencies.create_agency(
        server_database, agencies.AgencyRecord(name_th="หน่วยงานใหม่", sector=Sector.NGO.value)
    )
    assert added == on_server.counts["agency"] + 1
    report = integrity.check(server_database)
    assert report.ok, report.lines


def test_a_demo_member_named_as_successor_before_the_successor_exists_goes_in_on_the_server(
    server_database: Database,
) -> None:
    """The province's twenty years hand posts on: a member's row names its successor, which comes after it.
    PostgreSQL checks the key at once, so the reference is set once both rows are in."""
    summary = build_demo(server_database, "small")
    first = summary.counts["member"] + 1
    rows = [
        {"id": first, "body_id": 1, "full_name": "นางสาวก่อน", "role": "secretary", "successor_id": first + 1},
        {"id": first + 1, "body_id": 1, "full_name": "นายถัดไป", "role": "secretary", "successor_id": None},
    ]
    with server_database.engine.begin() as connection:
        _insert_parents_first(connection, Member, rows)
    with server_database.read_session() as session:
        handed_on = session.execute(
            select(Member.full_name, Member.successor_id).where(Member.id >= first).order_by(Member.id)
        ).all()
    assert [tuple(row) for row in handed_on] == [("นางสาวก่อน", first + 1), ("นายถัดไป", None)]


def _mdt(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mdt_desktop", *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_mdt_demo_and_check_with_a_url(pg_server: PostgresServer, pg_url: str) -> None:
    plain_url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    demo = _mdt("demo", "--url", plain_url)
    assert demo.returncode == 0, demo.stderr
    assert "meeting\t30" in demo.stdout
    check = _mdt("check", "--url", plain_url)
    assert check.returncode == 0, check.stderr
    assert "foreign keys: all" in check.stdout and "present and validated" in check.stdout
    assert f"tables: all {len(Base.metadata.sorted_tables)} with their columns" in check.stdout
    assert "schema revision: 0012 (current)" in check.stdout
    assert "text: collation C, character type C.UTF-8\n" in check.stdout  # as advised: no advice
    assert "meetings=30 actions=216 cases=48" in check.stdout
    # A key the server stopped enforcing for the rows already there is found.
    with pg_server.connect(pg_url.split("?")[0].rsplit("/", 1)[1]) as connection:
        connection.execute("ALTER TABLE action_point DROP CONSTRAINT action_point_meeting_id_fkey")
        connection.execute(
            "ALTER TABLE action_point ADD CONSTRAINT action_point_meeting_id_fkey FOREIGN KEY (meeting_id) "
            "REFERENCES meeting (id) ON DELETE CASCADE NOT VALID"
        )
        connection.execute("ALTER TABLE meeting DROP COLUMN empty_items")
    failed = _mdt("check", "--url", plain_url)
    assert failed.returncode == 1
    assert "foreign keys: 1 not validated, in action_point" in failed.stdout
    assert "columns: 1 missing: meeting.empty_items" in failed.stdout
    again = _mdt("demo", "--url", plain_url)
    assert again.returncode == 2 and "already holds tables" in again.stderr


def test_mdt_refuses_a_password_in_the_url() -> None:
    refused = _mdt("check", "--url", "postgresql://secretary:hunter2@db.example/mdt")
    assert refused.returncode == 2
    assert "~/.pgpass" in refused.stderr and "hunter2" not in refused.stderr


def test_the_benchmark_measures_reads_and_edits_on_the_server(plain_server_database: ServerDatabase) -> None:
    from mdt_desktop import bench

    build_demo(plain_server_database, "small")
    info = bench.run_on_server(
        plain_server_database.url.render_as_string(hide_password=False), runs=1, writers_seconds=3
    )
    measured = {result["name"]: result for result in info["results"]}
    writers = f"{bench.WRITERS} writers on one meeting, 3 s"
    assert measured[f"{writers}: acknowledged saves"]["value"] > 0
    assert measured[f"{writers}: edits lost"]["value"] == 0
    assert measured[f"{writers}: errors but the conflict notice"]["value"] == 0
    assert measured["open the largest meeting (load_meeting)"]["value"] is not None
    assert measured["register: overdue actions of one agency"]["value"] is not None
    assert measured["commit one edit (update_item_text)"]["value"] is not None
    assert measured["assess a case: compute and store (24 questions)"]["value"] is not None
    assert measured[f"search '{bench.SEARCH_TEXT}'"]["value"] is not None
    assert info["counts"]["meeting"] == 30
    with plain_server_database.read_session() as session:  # the benchmark's own assessments are gone again
        assert session.scalar(select(func.count()).select_from(RiskAssessment)) == 53


def test_an_older_secured_database_is_upgraded_by_its_owner_only_and_its_new_tables_are_secured(
    pg_server: PostgresServer,
) -> None:
    """Another account meets a clear refusal and changes nothing; the owner's upgrade gives the tables a revision
    adds (0012's search index) their row-level policies in the same step."""
    with pg_server.database() as name:
        url = pg_server.url(name)
        engine = create_engine(url)
        try:
            with engine.begin() as connection:
                command.upgrade(migrations.alembic_config(connection), "0011")
                server_accounts.apply_security(connection)
                connection.execute(text(f"CREATE ROLE clerk_{name} LOGIN"))
                connection.execute(
                    text(f"GRANT {server_accounts.group_name(name, Role.SECRETARY)} TO clerk_{name}")
                )
        finally:
            engine.dispose()
        clerk_url = url.replace(f"{SUPERUSER}@", f"clerk_{name}@")
        with pytest.raises(StorageError) as refused:
            ServerDatabase.open(clerk_url)
        assert refused.value.problem is StorageProblem.SERVER_UPGRADE_BY_OWNER
        assert "mdt check --url" in refused.value.message("en")
        with pg_server.connect(name) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0011",)

        ServerDatabase.open(url).close()
        with pg_server.connect(name) as connection:
            secured = connection.execute(
                "SELECT relrowsecurity FROM pg_class WHERE relname = 'search_trgm'"
            ).fetchone()
            policies = connection.execute(
                "SELECT count(*) FROM pg_policies WHERE tablename = 'search_trgm'"
            ).fetchone()
            connection.execute(f"DROP ROLE clerk_{name}")
        assert secured == (True,)
        assert policies is not None and policies[0] > 0


def test_the_check_advises_on_a_database_whose_character_type_hides_thai_from_the_search_index(
    pg_server: PostgresServer,
) -> None:
    name = f"plain_c_{uuid.uuid4().hex[:8]}"
    with pg_server.connect() as connection:
        connection.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
    try:
        database = create_schema(pg_server.url(name))
        try:
            report = integrity.check(database)
        finally:
            database.close()
        assert report.ok  # advice, not a problem
        (line,) = [line for line in report.lines if line.startswith("text:")]
        assert "character type C;" in line and "LC_CTYPE 'C.UTF-8'" in line
        assert "LC_COLLATE" not in line
    finally:
        with pg_server.connect() as connection:
            connection.execute(f"DROP DATABASE {name}")
