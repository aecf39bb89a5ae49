"""Schema versions: fresh databases from the models, Alembic upgrades (with a backup first) for older ones.

The Alembic environment lives in ``db/`` (``mdt_desktop/db`` inside the wheel) and is driven from here with
the program's own keyed engine handed in through ``config.attributes``: Alembic never opens the file by itself,
because SQLCipher needs the key on every connection. A database stamped with a revision this program does not know
was made by a newer program and is refused untouched; one stamped with an older revision is backed up, then
upgraded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from mdt_desktop import paths
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.storage import search_index, server_search
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import Base

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from mdt_desktop.storage.database import Database

log = get_logger("storage")

VERSION_TABLE = "alembic_version"
# The newest revision in db/versions, known without importing Alembic: opening an up-to-date database (every
# start of the program) then reads one row and never loads Alembic, which costs about a fifth of start-up.
# A test checks that it names Alembic's head; bump it with every new revision.
SCHEMA_HEAD = "0012"
SEARCH_INDEX_PREFIX = "search_fts"  # the FTS5 table and its shadow tables (search_fts_data, _idx, ...)


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config built in code (no alembic.ini): the script folder is found inside the installed package."""
    from alembic.config import Config

    location = paths.migrations_dir()
    config = Config()
    config.set_main_option("script_location", str(location))
    config.set_main_option("version_locations", str(location / "versions"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """For autogenerate: the search index is managed by ``search_index`` (``server_search`` on a server), not by
    the models, so it is not a difference to drop."""
    return not (
        type_ == "table"
        and name is not None
        and (name.startswith(SEARCH_INDEX_PREFIX) or name == server_search.TABLE)
    )


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:
        raise RuntimeError(f"no Alembic revisions in {paths.migrations_dir()}")
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def _has_version_table(connection: Connection) -> bool:
    return connection.dialect.has_table(connection, VERSION_TABLE)


def read_revision(connection: Connection) -> str | None:
    if not _has_version_table(connection):
        return None
    versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    # Several rows mean merged branches, which only a newer program writes: an unknown revision, so refused.
    return "+".join(sorted(versions)) if versions else None


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with; None when it has no version table (not one of ours)."""
    with engine.connect() as connection:
        return read_revision(connection)


def create_fresh(engine: Engine) -> None:
    """Tables straight from the models plus the search index, stamped as the newest revision."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        search_index.create(connection)
        from alembic import command

        command.stamp(alembic_config(connection), "head")


def upgrade_if_needed(database: Database) -> None:
    """Bring an older database to the head revision after backing it up; refuse one from a newer program.

    A database from a newer program, or a file without our version table, is only read, never written.
    """
    from mdt_desktop.storage import backups  # backups opens Database, which imports this module

    with database.engine.connect() as connection:
        has_table = _has_version_table(connection)
        revision = read_revision(connection) if has_table else None
    if not has_table or revision is None:
        raise StorageError(StorageProblem.NOT_OURS, database.path)
    if revision == SCHEMA_HEAD:
        return
    head = head_revision()
    if revision == head:
        return
    if revision not in known_revisions():
        raise StorageError(StorageProblem.NEWER_SCHEMA, database.path)
    log.info("upgrading schema from %s to %s", revision, head)
    backups.backup(database, "before-migration")
    _upgrade_without_cascades(database)


def _upgrade_without_cascades(database: Database) -> None:
    """Run the revisions with foreign-key enforcement off, then check the keys before committing.

    Most SQLite schema changes copy a table and drop the old one; with enforcement on, dropping a table deletes
    its rows first and ON DELETE CASCADE would empty the tables that point at it (every agenda item of every
    meeting). SQLite's documented procedure: enforcement off outside the transaction, foreign_key_check at the
    end, commit only if it is clean.
    """
    with database.engine.connect() as connection:
        driver = connection.connection.driver_connection  # the pragma is ignored inside a transaction
        driver.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                from alembic import command

                command.upgrade(alembic_config(connection), "head")
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    tables = sorted({str(row[0]) for row in dangling})
                    raise RuntimeError(
                        f"the schema upgrade left rows pointing nowhere in {', '.join(tables)}"
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
