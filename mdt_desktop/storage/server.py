"""The same program over a PostgreSQL server: opening a database given as a connection URL, creating its schema
with the Alembic revisions, and refusing the operations that only a database file has.

``ServerDatabase`` is a ``Database`` to the services: the same engine, ``session()``, ``read_session()``, ``actor``,
``read_only``, ``database_id``, ``checkpoint()`` and ``close()``. What belongs to the encrypted file alone (its
path, key slots, passphrase and recovery code, file backups and restores) is a ``Refusal`` in Thai and English that
points to the server's own tools: the server's accounts and TLS guard the data, and ``pg_dump`` backs it up.

The URL is SQLAlchemy's, ``postgresql+psycopg://user:password@host:port/database`` (``postgresql://`` and
``postgres://`` are taken to mean the psycopg 3 driver). TLS is libpq's, through the URL's query:

- ``sslmode=verify-full`` checks the server's certificate and its host name (``require`` only encrypts);
- ``sslrootcert=/path/ca.crt`` is the certificate authority that signed the server's certificate;
- ``sslcert=/path/client.crt`` and ``sslkey=/path/client.key`` sign the user in with a client certificate.

For example ``postgresql+psycopg://secretary@mdt.province.go.th/mdt?sslmode=verify-full&sslrootcert=ca.crt``.
A password in the URL is never shown: messages and logs name only the host, port and database.

The database is made empty by the server's administrator, with the C collation so that lists sort by code point
as they do in SQLite on a laptop (a Thai locale would order them differently), and a UTF-8 character type so that
the search index (pg_trgm) reads Thai letters as letters and case folds beyond ASCII as in the laptop's search:
``CREATE DATABASE mdt TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'``; ``create_schema``
then fills it. A database made with ``LOCALE 'C'`` works too, its Thai searched without the index's help.

A database created here gets every revision from the first, in one transaction: PostgreSQL changes its schema
transactionally, so an upgrade cut short leaves the database as it was, which is what the backup before a file's
migration guarantees on a laptop. The search index is pg_trgm's there (``server_search``, revision 0012).

The server's administrator can read every table, so the restricted fields (identity, safety plans, restricted
notes: ``field_crypto``) are encrypted by the program with the office's field key. ``create_encrypted_schema`` makes
the key with the schema, wrapped under the office's passphrase and a recovery code (shown once), and leaves it open
for that session; ``ServerDatabase.open`` finds the fields locked until ``unlock_fields_with_passphrase`` (the
office's passphrase or the acting person's own, ``add_person_field_slot``) or the recovery code unwraps the key.
A database made plain (``create_schema``, or by an older program) is turned over with ``encrypt_fields``: the key
is made and every restricted value encrypted where it is, in one transaction, while nobody else is connected.
Wrong secrets are slowed per database (``keys.throttle``, under ``throttle_key``), as at a laptop's unlock.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, inspect, or_, select, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.sql.elements import ColumnElement

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage import field_crypto, keys, migrations, server_accounts
from mdt_desktop.storage.database import WRITE_RACES, Database, Progress
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.field_crypto import FieldState, RestrictedFieldError, RestrictedFields
from mdt_desktop.storage.keys import KeySlots, normalise_passphrase, normalise_recovery_code
from mdt_desktop.storage.models import Base, FieldKeySlot, Setting, UserProfile

log = get_logger("storage")

DRIVER = "postgresql+psycopg"
_SCHEMES = {"postgresql", "postgres", DRIVER}
# The server's own identity of this database, made when its schema is created: what a file's key slots carry as
# its database id (the keyring remembers keys by it; exchange packages name their source by it).
DATABASE_ID_KEY = "server_database_id"

NOT_A_SERVER_URL = Message(
    "ที่อยู่ฐานข้อมูลนี้ไม่ใช่ที่อยู่ของเซิร์ฟเวอร์ PostgreSQL โปรดใช้รูปแบบ postgresql://ผู้ใช้@เครื่อง/ชื่อฐานข้อมูล",
    "This is not the address of a PostgreSQL server. Use the form postgresql://user@host/database.",
)
NO_FILE_ON_SERVER = Message(
    "ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ PostgreSQL {location} ไม่ใช่ไฟล์ในเครื่องนี้ จึงสำรองหรือกู้คืนเป็นไฟล์จากโปรแกรมไม่ได้ "
    "ผู้ดูแลเซิร์ฟเวอร์สำรองข้อมูลด้วย pg_dump และกู้คืนด้วย pg_restore",
    "This database is on the PostgreSQL server {location}, not a file on this computer, so the program cannot "
    "back it up or restore it as a file. The server's administrator backs it up with pg_dump and restores it "
    "with pg_restore.",
)
OTHERS_CONNECTED = Message(
    "ยังมีผู้อื่นเชื่อมต่อกับฐานข้อมูล {location} อยู่ {count} การเชื่อมต่อ การเข้ารหัสข้อมูลลับต้องทำขณะที่ไม่มีผู้ใดใช้งาน "
    "(โปรแกรมที่เปิดอยู่จะยังเขียนข้อมูลลับแบบไม่เข้ารหัส) โปรดให้ทุกคนปิดโปรแกรมแล้วลองใหม่ ไม่มีการแก้ไขข้อมูล",
    "{count} other connections to the database {location} are open. The restricted fields are encrypted only "
    "while nobody else uses it (a program left open would go on writing them plain). Ask everyone to close the "
    "program, then try again. Nothing was changed.",
)
NO_KEY_SLOTS_ON_SERVER = Message(
    "ฐานข้อมูลบนเซิร์ฟเวอร์ PostgreSQL {location} ไม่มีรหัสผ่านหรือรหัสกู้คืนของไฟล์ "
    "ผู้ใช้แต่ละคนเข้าด้วยบัญชีของตนบนเซิร์ฟเวอร์ โปรดเปลี่ยนรหัสผ่านกับผู้ดูแลเซิร์ฟเวอร์ "
    "และให้ผู้ดูแลสำรองข้อมูลด้วย pg_dump",
    "A database on the PostgreSQL server {location} has no file passphrase or recovery code: everyone signs in "
    "with their own server account. Ask the server's administrator to change your password, and to back the "
    "database up with pg_dump.",
)


def server_url(url: str | URL) -> URL:
    """The URL with the psycopg 3 driver named; anything but a PostgreSQL URL is a ``Refusal``."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise Refusal(NOT_A_SERVER_URL) from error
    if parsed.drivername not in _SCHEMES or not parsed.database:
        raise Refusal(NOT_A_SERVER_URL)
    return parsed.set(drivername=DRIVER)


def location_of(url: URL) -> str:
    """Host, port and database, for messages and logs: never the user's password, nor the TLS file paths."""
    host = url.host or str(url.query.get("host", "")) or "localhost"
    port = url.port or url.query.get("port") or 5432
    return f"{host}:{port}/{url.database}"


def classify_server(error: BaseException, location: str) -> StorageError | None:
    """A problem of the server's environment (unreachable, connection lost, disk full, read-only standby) as a
    ``StorageError`` naming the server, or None for a bug."""
    if isinstance(error, StorageError):
        return error
    import psycopg  # here, not with the module: a laptop that never opens a server never loads the driver

    cause = getattr(error, "orig", None) or error
    if isinstance(cause, psycopg.errors.DiskFull):
        return StorageError(StorageProblem.DISK_FULL, location)
    if isinstance(cause, psycopg.errors.ReadOnlySqlTransaction):
        return StorageError(StorageProblem.SERVER_READ_ONLY, location)
    if getattr(cause, "sqlstate", None) in WRITE_RACES:
        return (
            None  # not the environment: two saves met on the same rows (Database.session makes it a conflict)
        )
    if isinstance(cause, psycopg.OperationalError):
        # The connection could not be made or was cut: the server down, the network gone, the account refused.
        return StorageError(StorageProblem.SERVER_UNAVAILABLE, location)
    return None


def make_server_engine(url: URL, *, pool_size: int = 4) -> Engine:
    location = location_of(url)
    engine = create_engine(url, pool_size=pool_size, max_overflow=4, pool_pre_ping=True)

    @event.listens_for(engine, "handle_error")
    def _environment_errors(context: ExceptionContext) -> None:
        if isinstance(context.original_exception, RestrictedFieldError):
            raise context.original_exception  # a restricted value that cannot be written: the refusal itself
        refused = server_accounts.denied(context.original_exception)
        if refused is not None:  # the server's grants or row-level security (storage.server_accounts)
            raise refused from context.original_exception
        problem = classify_server(context.original_exception, location)
        if problem is not None:
            raise problem from context.original_exception

    return engine


class ServerDatabase(Database):
    """An open database on a PostgreSQL server; made by ``create_schema`` or ``ServerDatabase.open``."""

    on_server = True

    def __init__(self, url: str | URL, *, pool_size: int = 4) -> None:
        # The file's parts of Database (the instance lock, the key, the key slots) do not exist here: the server
        # serialises writers itself, and its accounts stand in for the passphrase.
        self.url = server_url(url)
        self._location = location_of(self.url)
        self.read_only = False
        self.actor = ""
        self.key_file_problems: list[str] = []
        self._database_id = ""
        # Locked until the schema has been looked at (``find_field_key`` after it is current).
        self.restricted_fields = RestrictedFields()
        self._bind(make_server_engine(self.url, pool_size=pool_size))

    @classmethod
    def open(cls, url: str | URL) -> ServerDatabase:
        """An existing database of the program: upgraded to the head revision when older; one of a newer program
        or without our version table is refused untouched. One the server only lets read (a standby, or a
        database set read-only) opens ``read_only``, for reading and exporting, when its schema is current."""
        database = cls(url)
        try:
            with database.engine.begin() as connection:
                revision = migrations.read_revision(connection)
                if revision is None:
                    raise StorageError(StorageProblem.NOT_OURS, database.location)
                read_only = connection.execute(text("SHOW transaction_read_only")).scalar_one() == "on"
                if revision != migrations.head_revision():
                    if revision not in migrations.known_revisions():
                        raise StorageError(StorageProblem.NEWER_SCHEMA, database.location)
                    if read_only:  # an older schema needs an upgrade it cannot have
                        raise StorageError(StorageProblem.SERVER_READ_ONLY, database.location)
                    if not _owns_schema(connection):  # nobody else may alter the tables
                        raise StorageError(StorageProblem.SERVER_UPGRADE_BY_OWNER, database.location)
                    log.info("upgrading the server's schema from %s", revision)
                    _upgrade(connection)
                    if server_accounts.is_secured(connection):
                        # New tables and columns get their grants and policies in the same transaction, so an
                        # upgrade never leaves a table open to every account.
                        server_accounts.apply_security(connection)
                database.read_only = read_only
                database._database_id = _database_id(connection, database.location, writable=not read_only)
            database.find_field_key()
        except BaseException:
            database.close()
            raise
        return database

    @property
    def location(self) -> str:
        return self._location

    @property
    def database_id(self) -> str:
        return self._database_id

    def environment_problem(self, error: BaseException) -> StorageError | None:
        return classify_server(error, self._location)

    @property
    def throttle_key(self) -> str:
        # By the database's own id: the same database reached under two host names is one to a guesser.
        return f"server database {self._database_id or self._location}"

    def _acting_profile(self) -> ColumnElement[bool]:
        # Whoever signs in with their own server account is known by it before any profile is chosen.
        return or_(super()._acting_profile(), UserProfile.server_account == func.current_user())

    def checkpoint(self) -> None:
        """Nothing to fold: the server manages its own write-ahead log."""

    def close(self) -> None:
        self.engine.dispose()

    # --- what only a file has ------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        raise Refusal(NO_FILE_ON_SERVER, location=self._location)

    @property
    def slots(self) -> KeySlots:
        raise Refusal(NO_KEY_SLOTS_ON_SERVER, location=self._location)

    @property
    def key(self) -> bytes:
        raise Refusal(NO_KEY_SLOTS_ON_SERVER, location=self._location)

    def change_passphrase(self, new_passphrase: str) -> None:
        """The office's passphrase of the field key, re-wrapped (check the current one with
        ``check_field_passphrase`` first); without field key there is no passphrase of the program's here."""
        self._require_office_key()
        with self._field_slots_replaced([("passphrase", normalise_passphrase(new_passphrase))]):
            pass

    def new_recovery_code(self) -> str:
        """A new recovery code of the field key (the old one stops working), to be shown once."""
        self._require_office_key()
        code = keys.new_recovery_code()
        with self._field_slots_replaced([("recovery", normalise_recovery_code(code))]):
            pass
        return code

    def _require_office_key(self) -> None:
        if self.restricted_fields.state is FieldState.OFF:
            raise Refusal(NO_KEY_SLOTS_ON_SERVER, location=self._location)
        self._require_field_key()

    # --- encrypting the restricted fields of a database made plain -------------------------------------------

    def encrypt_fields(
        self, passphrase: str, *, kdf: dict[str, int] | None = None, progress: Progress | None = None
    ) -> str | None:
        """Encrypt every restricted value with the office's field key, in one transaction, and leave the key
        open. Without a key yet, one is made and wrapped under ``passphrase`` and a new recovery code, which is
        returned to be shown once. With one already, ``passphrase`` must unwrap it; the values still plain (none,
        unless something wrote past the program) are encrypted, those encrypted are left, and None is returned.

        Refused on a database the server only lets read (``SERVER_READ_ONLY``) and while anyone else is connected
        (``OTHERS_CONNECTED``): a program left open with the fields off would go on writing them plain."""
        if self.read_only:
            raise StorageError(StorageProblem.SERVER_READ_ONLY, self._location)
        self.engine.dispose()  # this program's own idle connections are not someone else's
        with self.engine.begin() as connection:
            field_key, code = self._sealed(connection, passphrase, kdf, progress)
        self.restricted_fields.open(field_key)
        log.info("restricted fields encrypted on a server database")
        return code

    def _sealed(
        self,
        connection: Connection,
        passphrase: str,
        kdf: dict[str, int] | None,
        progress: Progress | None,
    ) -> tuple[bytes, str | None]:
        """In ``connection``'s transaction: the field key (unwrapped, or made with the office's slots and the
        recovery code), every restricted value encrypted with it."""
        # Who opens the database meanwhile waits at the slots (and then finds them); who writes waits at the
        # tables; whoever was connected before is refused below.
        connection.execute(text("LOCK TABLE field_key_slot IN ACCESS EXCLUSIVE MODE"))
        columns = field_crypto.restricted_columns(Base.metadata.sorted_tables)
        for table in dict.fromkeys(column.table.name for column in columns):
            connection.execute(text(f'LOCK TABLE "{table}" IN EXCLUSIVE MODE'))
        others = connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
        )
        if others:
            raise Refusal(OTHERS_CONNECTED, location=self._location, count=others)
        code: str | None = None
        if connection.scalar(select(FieldKeySlot.id).limit(1)) is None:
            field_key, code = field_crypto.new_field_key(), keys.new_recovery_code()
            for kind, secret in (
                ("passphrase", normalise_passphrase(passphrase)),
                ("recovery", normalise_recovery_code(code)),
            ):
                wrapped = field_crypto.wrap_field_key(field_key, kind, secret, kdf)
                connection.execute(
                    insert(FieldKeySlot).values(kind=kind, kdf=wrapped.kdf, wrapped_key=wrapped.wrapped_key)
                )
        else:
            field_key = self._field_key_from(
                connection, "passphrase", normalise_passphrase(passphrase), person=False
            )
        count = field_crypto.encrypt_in_place(
            connection, columns, field_crypto.FieldCipher(field_key), progress
        )
        log.info("restricted values encrypted in place: %d", count)
        return field_key, code

    def rekey(self, new_passphrase: str) -> str:
        raise Refusal(NO_KEY_SLOTS_ON_SERVER, location=self._location)


def create_schema(url: str | URL) -> ServerDatabase:
    """The program's schema in an empty database on the server (every revision, in one transaction), its
    restricted fields plain (``encrypt_fields`` turns them over; ``create_encrypted_schema`` does both at once); a
    database that already holds tables is refused untouched (``SERVER_DATABASE_NOT_EMPTY``)."""
    database, _code = _create(url, None, None)
    return database


def create_encrypted_schema(
    url: str | URL, passphrase: str, *, kdf: dict[str, int] | None = None
) -> tuple[ServerDatabase, str]:
    """As ``create_schema``, with the office's field key made in the same transaction, wrapped under
    ``passphrase`` and a new recovery code, and open: returns the database and the code, to be shown once."""
    database, code = _create(url, passphrase, kdf)
    assert code is not None  # a new key has a new recovery code
    return database, code


def _create(
    url: str | URL, passphrase: str | None, kdf: dict[str, int] | None
) -> tuple[ServerDatabase, str | None]:
    database = ServerDatabase(url)
    code: str | None = None
    try:
        with database.engine.begin() as connection:
            if inspect(connection).get_table_names():
                raise StorageError(StorageProblem.SERVER_DATABASE_NOT_EMPTY, database.location)
            _upgrade(connection)
            database._database_id = _database_id(connection, database.location)
            field_key = None
            if passphrase is not None:
                field_key, code = database._sealed(connection, passphrase, kdf, None)
        if field_key is None:
            database.find_field_key()
        else:
            database.restricted_fields.open(field_key)
    except BaseException:
        database.close()
        raise
    log.info("created the schema on a server database")
    return database, code


def _owns_schema(connection: Connection) -> bool:
    """Whether the signed-in account owns the program's tables (the version table stands for them all)."""
    owner = connection.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'alembic_version'")
    ).scalar_one_or_none()
    return bool(owner == connection.execute(text("SELECT current_user")).scalar_one())


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(migrations.alembic_config(connection), "head")


def _database_id(connection: Connection, location: str, *, writable: bool = True) -> str:
    """The database's id, made at its first opening by this program (at the schema's creation, or at the upgrade
    of a database made before the id existed)."""
    value = connection.execute(
        select(Setting.value).where(Setting.key == DATABASE_ID_KEY)
    ).scalar_one_or_none()
    if value is None and not writable:
        raise StorageError(StorageProblem.SERVER_READ_ONLY, location)
    if value is None:
        value = uuid.uuid4().hex
        connection.execute(insert(Setting).values(key=DATABASE_ID_KEY, value=value))
    return value
