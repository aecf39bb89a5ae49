"""Opening and creating the encrypted database: SQLCipher keying, connection pragmas, sessions.

``Database`` is the one handle the services get. It is opened with a passphrase, a recovery code or a key
remembered in the keyring; the raw 256-bit key is applied to every new connection (SQLCipher needs it each
time). Errors of the environment (wrong key, file not ours, corrupt, read-only, disk full) surface from every
statement as ``StorageError`` naming the file; a wrong passphrase is found from the key-slot file alone, so the
database file is not even opened.

A database may also encrypt its restricted fields with a field key of its own (``field_crypto``; created with
``field_encryption``, for a database server): the key is kept in ``FieldKeySlot`` rows wrapped under the same
passphrase and recovery code as the database key, unwrapped when the database is opened with either, re-wrapped
when they change, and held by the ``Database`` in ``restricted_fields``. A person may have a slot of their own
(``add_person_field_slot``, their passphrase; on a server, where each signs in with their own account), tried with
the office's when the acting person unlocks; a change of the office's passphrase leaves the people's slots as they
are.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, delete, event, inspect, or_, select, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool
from sqlalchemy.sql.elements import ColumnElement

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage import field_crypto, keys, migrations, owner_only
from mdt_desktop.storage.backups import backup_folder
from mdt_desktop.storage.edit_conflict import EditConflict
from mdt_desktop.storage.errors import StorageError, StorageProblem, classify
from mdt_desktop.storage.field_crypto import (
    FIELD_KEY_WRONG_SECRET,
    FIELDS_LOCKED,
    FIELDS_OFF,
    FieldState,
    RestrictedFieldError,
    RestrictedFields,
    WrappedFieldKey,
)
from mdt_desktop.storage.instance_lock import InstanceLock
from mdt_desktop.storage.keys import (
    KEY_BYTES,
    KeyFileDamagedError,
    KeyFileForeignError,
    KeyFileNewerError,
    KeySlots,
    KeySlotsFileError,
    WrongSecretError,
    normalise_passphrase,
    normalise_recovery_code,
)
from mdt_desktop.storage.models import FieldKeySlot, UserProfile

log = get_logger("storage")

# Set on the engine behind ``Database.session()``: its transactions begin with BEGIN IMMEDIATE.
WRITE_OPTION = "mdt_writes"
# PostgreSQL's serialization failure and deadlock: two units of work met on the same rows and the server ended
# one; like a stale row version, someone else's save came first (SQLite serialises writers and never reports them).
WRITE_RACES = frozenset({"40001", "40P01"})
_MIN_PAGE = 512  # the smallest SQLite page; every database file is a whole number of pages
# A long task's report of how far it is: percent done, and what it does now (no case data).
Progress = Callable[[int, str], None]

FILE_ENCRYPTED_WHOLE = Message(
    "ฐานข้อมูล {location} เป็นไฟล์ในเครื่องนี้ ซึ่ง SQLCipher เข้ารหัสทั้งไฟล์อยู่แล้ว การเข้ารหัสข้อมูลลับแยกทีละช่องใช้กับฐานข้อมูลบนเซิร์ฟเวอร์ "
    "PostgreSQL เท่านั้น ไม่มีการแก้ไขข้อมูล",
    "The database {location} is a file on this computer, which SQLCipher already encrypts whole. Encrypting the "
    "restricted fields one by one is for a database on a PostgreSQL server. Nothing was changed.",
)

# Pragmas for a laptop that may lose power mid-meeting:
# - WAL: a commit appends to the log and never rewrites pages in place, so a crash cannot tear the main file,
#   and readers (search, lists) do not block the writer.
# - synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss; FULL syncs the log at every
#   commit, so an edit the user saw committed survives.
# - foreign_keys=ON: SQLite leaves them off by default.
# - temp_store=MEMORY: sorts and temporary tables never reach the disk, not even encrypted.
# - busy_timeout: a writer waits this long for another connection's write to end (the worker's, a backup's, a
#   tool's such as the sqlcipher shell) instead of failing; writers take the lock up front (see WRITE_OPTION).
# - cache_size 64 MiB: SQLCipher decrypts every page it reads; pages kept in the cache are decrypted once,
#   which makes reopening a large meeting about three times faster.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -65536",
)


def _key_pragma(key: bytes) -> str:
    # A raw key in x'..' form skips SQLCipher's own PBKDF2: our key is already random, so unlocking stays fast.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes, *, read_only: bool = False) -> Any:
    """A bare keyed DB-API connection (for backups, checks and salvage); the program's own work goes through the
    engine. ``read_only`` opens the file so that SQLite never writes it, whatever the statements."""
    if read_only:
        # mode=ro needs the -shm file beside a WAL database (or a folder to create it in); a file in a read-only
        # folder without one can still be read as immutable, since nothing can change it there either.
        uri = f"{path.absolute().as_uri()}?mode=ro"
        if not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK):
            uri = f"{path.absolute().as_uri()}?immutable=1"
        connection = sqlcipher.connect(uri, uri=True, check_same_thread=False, detect_types=0)
    else:
        connection = sqlcipher.connect(str(path), check_same_thread=False, detect_types=0)
    # SQLCipher prints its own diagnostics (e.g. a failed page check) to stderr; the program reports the same
    # problem as a StorageError with what to do, so the raw lines would only clutter the terminal.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(_key_pragma(key))
    return connection


# A read-only database keeps the journal mode it has and cannot sync; query_only refuses any write at once.
READ_ONLY_PRAGMAS = (
    "PRAGMA query_only = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -65536",
)


def make_engine(path: Path, key: bytes, *, pool_size: int = 4, read_only: bool = False) -> Engine:
    pragmas = READ_ONLY_PRAGMAS if read_only else CONNECTION_PRAGMAS

    def connect() -> Any:
        connection = connect_raw(path, key, read_only=read_only)
        for pragma in pragmas:
            connection.execute(pragma)
        return connection

    return engine_over(connect, path, module=sqlcipher, pool_size=pool_size)


def engine_over(connect: Callable[[], Any], path: Path, *, module: Any, pool_size: int = 4) -> Engine:
    """An engine over the DB-API connections ``connect`` makes, with the program's transaction handling and its
    mapping of environment errors; the benchmark uses it for an unencrypted copy read the same way."""
    engine = create_engine(
        "sqlite://",
        module=module,
        creator=connect,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
    )

    @event.listens_for(engine, "handle_error")
    def _environment_errors(context: ExceptionContext) -> None:
        # Whichever statement meets a full disk, a damaged page or a read-only folder (a service's query, a
        # read session, a migration), the caller gets the same StorageError naming the file.
        if isinstance(context.original_exception, RestrictedFieldError):
            raise context.original_exception  # a restricted value that cannot be written: the refusal itself
        problem = classify(context.original_exception, path)
        if problem is not None:
            raise problem from context.original_exception

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver's own transaction handling is off (isolation_level None below) because it does not begin
        # before SELECTs; SQLAlchemy's documented recipe is to emit BEGIN ourselves. A unit of work takes the
        # write lock at once (IMMEDIATE): SQLite then waits out busy_timeout for another writer. A deferred
        # transaction that read first and must upgrade to write is refused at once (SQLITE_BUSY, no waiting),
        # because its snapshot may be stale; read sessions never write, so they stay deferred and never block.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "connect")
    def _driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    return engine


class Database:
    """An open encrypted database: its path, engine and key (kept to remember it in the keyring on request).

    While it is open this process holds the lock beside the file (``instance_lock``): another copy of the
    program is refused at open with a ``Refusal`` naming this one; ``close()`` lets go of it.

    ``read_only`` is a file or folder that cannot be written, opened with ``allow_read_only`` for reading and
    exporting: SQLite opens it read-only and every write is refused as ``READ_ONLY``."""

    # A database on a PostgreSQL server (``storage.server.ServerDatabase``) has no file, key slots or file backups.
    on_server = False

    def __init__(self, path: Path, key: bytes, slots: KeySlots, *, read_only: bool = False) -> None:
        self._instance_lock = InstanceLock.acquire(path)
        self._path = path
        # Held in a bytearray so close() can overwrite it. Copies Python makes on the way (the bytes handed to
        # SQLCipher in the key pragma, the hex string of that pragma, the keyring's copy) are immutable objects
        # the program cannot wipe; they are freed with the objects that hold them.
        self._key = bytearray(key)
        self._slots = slots
        # Parts of the key file found damaged or altered at unlock ("header", "passphrase", "recovery"): the
        # database opened with another slot; the user is told to make a new recovery code or passphrase.
        self.key_file_problems: list[str] = []
        self.read_only = read_only
        # Who acts in this open database: the profile chosen at unlock (services.profiles), for audit entries
        # the services write on their own (an amendment of approved minutes). Empty until a profile is chosen.
        self.actor = ""
        # Whether the restricted fields are encrypted, with the field key once unwrapped (field_crypto): known
        # from the field-key slots now when the schema has them, else locked until ``create`` or ``_open`` (after
        # an upgrade) has looked, so nothing restricted passes before.
        self.restricted_fields = RestrictedFields()
        self._bind(make_engine(path, key, read_only=read_only))
        try:
            self.find_field_key()  # the first statement: a wrong key or a damaged file is met here
        except BaseException:
            self.close()  # lets go of the lock, which no caller could without the object
            raise

    def _bind(self, engine: Engine) -> None:
        """Sessions over ``engine`` (read sessions, and units of work marked to take the write lock at once), its
        restricted columns served by this database's field key."""
        field_crypto.attach(engine, self.restricted_fields)
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def location(self) -> str:
        """Where the data is, for messages and titles: the file's path (a server names its host and database)."""
        return str(self._path)

    @property
    def slots(self) -> KeySlots:
        """The wrapped copies of the file's key beside it."""
        return self._slots

    @property
    def key(self) -> bytes:
        return bytes(self._key)

    @property
    def database_id(self) -> str:
        return self.slots.database_id

    # --- creating and opening -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: dict[str, int] | None = None,
        field_encryption: bool = False,
    ) -> tuple[Database, str]:
        """A new empty database; returns it and the recovery code, to be shown once. With ``field_encryption``
        its restricted fields are encrypted with a new field key, wrapped under the same passphrase and
        recovery code (one code on paper opens both)."""
        path = Path(path)
        try:
            owner_only.make_folder(path.parent)
        except OSError as error:
            raise classify(error, path) or error from error
        # Held from before the look for an existing file, so a copy that has it open is named in the refusal.
        with InstanceLock.held(path):
            if path.exists() or KeySlots.path_for(path).exists():
                raise StorageError(StorageProblem.ALREADY_EXISTS, path)
            slots, key, recovery_code = KeySlots.create(passphrase, kdf)
            database: Database | None = None
            try:
                owner_only.create_empty_file(path)  # SQLite takes it as a new database and keeps its mode
                slots.save(path)
                database = cls(path, key, slots)
                migrations.create_fresh(database.engine)
                if field_encryption:
                    database.create_field_key(passphrase, recovery_code, kdf)
                else:
                    database.restricted_fields.turn_off()
                slots.save(path)  # again, now that the file has its salt: the key file names its database
                slots.save_recovery_copy(path)
            except Exception as error:
                if database is not None:
                    database.close()  # its connections and its hold on the lock go with the partial files
                _remove_partial(path)
                problem = classify(error, path)
                if problem is None:
                    raise
                raise problem from error
        return database, recovery_code

    @classmethod
    def open_with_passphrase(cls, path: Path, passphrase: str, *, allow_read_only: bool = False) -> Database:
        path = Path(path)

        def open_one(slots: KeySlots) -> Database:
            key = _unwrapped(path, lambda: slots.unlock_with_passphrase(passphrase))
            database = cls.open_with_key(path, key, slots, allow_read_only=allow_read_only)
            return database._with_fields_unlocked(lambda: database.unlock_fields_with_passphrase(passphrase))

        return cls._open_either(path, open_one)

    @classmethod
    def unlock_with_passphrase(cls, path: Path, passphrase: str) -> tuple[bytes, KeySlots]:
        """The key and key slots of the file at ``path``, without opening it (a damaged file is salvaged, not
        opened)."""
        slots = cls._load_slots(path)
        try:
            return slots.unlock_with_passphrase(passphrase), slots
        except WrongSecretError as error:
            raise StorageError(StorageProblem.WRONG_SECRET, path) from error
        except KeyFileDamagedError as error:
            raise StorageError(StorageProblem.KEY_FILE_DAMAGED, KeySlots.path_for(path)) from error

    @classmethod
    def open_with_recovery_code(cls, path: Path, code: str) -> Database:
        """Opens with the key file, or, when it is lost or damaged, with the recovery copy beside it
        (``<db>.recovery``); the new passphrase set next writes a whole key file again."""
        path = Path(path)

        def open_one(slots: KeySlots) -> Database:
            key = _unwrapped(path, lambda: slots.unlock_with_recovery_code(code))
            database = cls.open_with_key(path, key, slots)
            return database._with_fields_unlocked(lambda: database.unlock_fields_with_recovery_code(code))

        try:
            return cls._open_either(path, open_one)
        except StorageError as error:
            spare = KeySlots.recovery_path_for(path)
            lost = error.problem in (StorageProblem.MISSING_KEY_SLOTS, StorageProblem.KEY_FILE_DAMAGED)
            if not lost or not spare.exists():
                raise
            database = open_one(cls._load_slots(path, spare))
            log.info("opened with the recovery copy of the key file")
            return database

    @classmethod
    def _open_either(cls, path: Path, open_one: Callable[[KeySlots], Database]) -> Database:
        """``open_one`` with the slots beside the file; after a re-key cut short (``<db>.keys.next`` still
        there) with whichever of the two fits the file, the pending one then taking the place of the other."""
        pending = _pending_keys_path(path)
        if not pending.exists():
            return open_one(cls._load_slots(path))
        try:
            database = open_one(cls._load_slots(path))
        except StorageError as error:
            try:
                database = open_one(cls._load_slots(path, pending))
            except StorageError:
                raise error from None
            os.replace(pending, KeySlots.path_for(path))
            log.info("a re-key cut short was completed at unlock")
            return database
        pending.unlink(missing_ok=True)  # the re-key never reached the file
        return database

    @classmethod
    def open_with_key(
        cls, path: Path, key: bytes, slots: KeySlots | None = None, *, allow_read_only: bool = False
    ) -> Database:
        """Open for reading and writing; a file or folder that cannot be written is refused as ``READ_ONLY``,
        or, with ``allow_read_only`` (reading and exporting), opened read-only. Restricted fields encrypted with
        a field key stay locked (``unlock_fields_with_passphrase``): the key alone does not unwrap it."""
        path = Path(path)
        slots = slots or cls._load_slots(path)
        try:
            return cls._open(path, key, slots, read_only=False)
        except StorageError as error:
            if error.problem is not StorageProblem.READ_ONLY or not allow_read_only:
                raise
        return cls._open(path, key, slots, read_only=True)

    @classmethod
    def _open(cls, path: Path, key: bytes, slots: KeySlots, *, read_only: bool) -> Database:
        database: Database | None = None
        try:
            database = cls(path, key, slots, read_only=read_only)
            with database.engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
                revision = migrations.read_revision(connection)
            if read_only:
                if revision is None:
                    raise StorageError(StorageProblem.NOT_OURS, path)
                if revision != migrations.head_revision():  # an older schema needs an upgrade it cannot have
                    newer = revision not in migrations.known_revisions()
                    raise StorageError(
                        StorageProblem.NEWER_SCHEMA if newer else StorageProblem.READ_ONLY, path
                    )
            else:
                migrations.upgrade_if_needed(database)
                database._check_writable()
                database._tighten_modes()
            database._check_key_file()
            database.find_field_key()
        except Exception as error:
            if database is not None:
                database.close()
            problem = classify(error, path)
            if problem is None:
                raise
            raise problem from error
        return database

    def _check_key_file(self) -> None:
        """With the key known: every slot's MAC; a version-1 file is rewritten in the current format."""
        self.key_file_problems = self.slots.problems(self.key)
        if self.key_file_problems:
            log.warning("key file: damaged or altered parts: %s", ", ".join(self.key_file_problems))
        elif self.read_only:
            return
        elif self.slots.needs_sealing():
            self._save_slots(self.slots.sealed(self.key))
            log.info("key file rewritten in the current format")
        elif not self.slots.recovery_copy_is_current(self.path):
            # Missing (made by an earlier version), or left from before a restore: written from the key file.
            try:
                self.slots.save_recovery_copy(self.path)
            except OSError as error:
                log.warning("recovery copy of the key file not written (%s)", type(error).__name__)

    def _tighten_modes(self) -> None:
        """Files and folders beside the database that an older version made readable by other accounts become
        the owner's only (``owner_only.tighten``); one that cannot be changed is logged, the open goes on."""
        beside = (
            (self.path, "database"),
            (Path(f"{self.path}-wal"), "write-ahead log"),
            (Path(f"{self.path}-shm"), "shared-memory file"),
            (KeySlots.path_for(self.path), "key file"),
            (KeySlots.recovery_path_for(self.path), "recovery copy of the key file"),
        )
        for path, what in beside:
            owner_only.tighten(path, what)
        folder = backup_folder(self.path)
        owner_only.tighten(folder, "backups folder")
        if folder.is_dir():
            for backup_file in folder.iterdir():
                owner_only.tighten(backup_file, "backup")

    def _check_writable(self) -> None:
        """Refuse a read-only file or folder now, not at the first edit: that would lose what was typed.

        SQLite only notices a read-only file when a page is about to change, so the probe changes the schema
        inside a transaction it rolls back; the change stays in memory and nothing reaches the file.
        """
        record = self.engine.raw_connection()
        try:
            cursor = record.driver_connection.cursor()  # type: ignore[union-attr]
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute("CREATE TABLE mdt_write_probe (x)")
            finally:
                cursor.execute("ROLLBACK")
        finally:
            record.close()

    @staticmethod
    def _load_slots(path: Path, keys_path: Path | None = None) -> KeySlots:
        """The key slots of a file that could be ours; only reads, so a refused file is left as it was."""
        _check_file(path)
        keys_path = keys_path or KeySlots.path_for(path)
        try:
            return KeySlots.load(path, keys_path)
        except KeyFileNewerError as error:
            raise StorageError(StorageProblem.KEY_FILE_NEWER, keys_path) from error
        except KeyFileForeignError as error:
            raise StorageError(StorageProblem.KEY_FILE_FOREIGN, keys_path) from error
        except KeyFileDamagedError as error:
            raise StorageError(StorageProblem.KEY_FILE_DAMAGED, keys_path) from error
        except KeySlotsFileError as error:
            raise StorageError(StorageProblem.MISSING_KEY_SLOTS, path) from error
        except OSError as error:
            raise classify(error, keys_path) or StorageError(
                StorageProblem.KEY_FILE_DAMAGED, keys_path
            ) from error

    # --- keys ----------------------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the key (and the field key, when the restricted fields are encrypted); the database file itself
        is not rewritten."""
        self._require_field_key()
        slots = self.slots.with_new_passphrase(self.key, new_passphrase)
        with self._field_slots_replaced([("passphrase", normalise_passphrase(new_passphrase))]):
            self._save_slots(slots)

    def new_recovery_code(self) -> str:
        self._require_field_key()
        slots, code = self.slots.with_new_recovery_code(self.key)
        with self._field_slots_replaced([("recovery", normalise_recovery_code(code))]):
            self._save_slots(slots)
        return code

    def rekey(self, new_passphrase: str) -> str:
        """Give the file a new random key (SQLCipher ``PRAGMA rekey`` rewrites every page) and new slots for
        ``new_passphrase`` and a new recovery code, which is returned to be shown once. Old key files, old
        passphrases, old recovery codes and keys remembered in a keyring no longer open this file; backups made
        before keep their own key files and still open with the old ones.

        Crash-safe in three steps: the new slots are written beside the old as ``<db>.keys.next``; the re-key is
        one SQLite transaction; then the new slots replace the old. Opening after a crash in between finds
        whichever slots fit the file (``_open_either``). The field key, when there is one, stays the same (the
        restricted values are not rewritten); its slots are re-wrapped for the new passphrase and code."""
        self._require_field_key()
        new_key = secrets.token_bytes(KEY_BYTES)
        slots = KeySlots(self.slots.database_id, [], database_salt=self.slots.database_salt)
        slots = slots.with_new_passphrase(new_key, new_passphrase)
        slots, code = slots.with_new_recovery_code(new_key)
        field_secrets = [
            ("passphrase", normalise_passphrase(new_passphrase)),
            ("recovery", normalise_recovery_code(code)),
        ]
        with self._field_slots_replaced(field_secrets):
            self._rekey_to(new_key, slots)
        return code

    def _rekey_to(self, new_key: bytes, slots: KeySlots) -> None:
        pending = _pending_keys_path(self.path)
        try:
            slots.save_as(self.path, pending)
            self.checkpoint()
            self.engine.dispose()  # the pooled connections hold the old key
            connection = connect_raw(self.path, self.key)
            try:
                connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
            os.replace(pending, KeySlots.path_for(self.path))
            slots.save_recovery_copy(self.path)
        except Exception as error:
            problem = classify(error, self.path)
            if problem is None:
                raise
            raise problem from error
        self._key[:] = new_key
        self._slots = slots
        self.key_file_problems = []
        self._bind(make_engine(self.path, new_key, read_only=self.read_only))

    def _save_slots(self, slots: KeySlots) -> None:
        # The old slots stay in force until the new file is in place (the save is atomic).
        try:
            slots.save(self.path)
            slots.save_recovery_copy(self.path)
        except OSError as error:
            problem = classify(error, KeySlots.path_for(self.path))
            if problem is None:
                raise
            raise problem from error
        self._slots = slots
        # A whole new file was written: what was damaged in the old one is gone.
        self.key_file_problems = slots.problems(self.key)

    # --- the field key of restricted fields (field_crypto) --------------------------------------------------------

    def create_field_key(
        self, passphrase: str, recovery_code: str, kdf: dict[str, int] | None = None
    ) -> None:
        """Turn field encryption on for a database just made, before any restricted value is in it: a new field
        key, wrapped under ``passphrase`` and ``recovery_code``, kept open in ``restricted_fields``."""
        field_key = field_crypto.new_field_key()
        with self.session() as session:
            if session.scalar(select(FieldKeySlot.id).limit(1)) is not None:
                raise RuntimeError("this database has a field key already; a second would lock out the first")
            for kind, secret in (
                ("passphrase", normalise_passphrase(passphrase)),
                ("recovery", normalise_recovery_code(recovery_code)),
            ):
                wrapped = field_crypto.wrap_field_key(field_key, kind, secret, kdf)
                session.add(FieldKeySlot(kind=kind, kdf=wrapped.kdf, wrapped_key=wrapped.wrapped_key))
        self.restricted_fields.open(field_key)

    def find_field_key(self) -> None:
        """Off when the database has no field-key slots; locked, until a secret unwraps the key, when it has; and
        locked while its schema has no place for them yet (new, or older than revision 0009)."""
        with self.engine.connect() as connection:
            has_table = inspect(connection).has_table(FieldKeySlot.__tablename__)
            has_slots = has_table and connection.scalar(select(FieldKeySlot.id).limit(1)) is not None
        if has_slots or not has_table:
            self.restricted_fields.lock()
        else:
            self.restricted_fields.turn_off()

    @property
    def throttle_key(self) -> Path | str:
        """What ``keys.throttle`` counts wrong secrets under for this database (the unlock window's countdown)."""
        return self.path

    def unlock_fields_with_passphrase(self, passphrase: str) -> None:
        """Unwrap the field key with the passphrase: the acting person's own (``add_person_field_slot``) or the
        office's; nothing to do when the fields are not encrypted or already open. Raises RestrictedFieldError
        (``FIELD_KEY_WRONG_SECRET``) when it does not unwrap it."""
        self._unlock_fields("passphrase", normalise_passphrase(passphrase))

    def unlock_fields_with_recovery_code(self, code: str) -> None:
        self._unlock_fields("recovery", normalise_recovery_code(code))

    def check_field_passphrase(self, passphrase: str) -> None:
        """That ``passphrase`` is the office's passphrase of the field key, whatever the fields' state (before a
        change of it, so that an unattended open program is not enough); RestrictedFieldError when not
        (``FIELDS_OFF`` on a database without field key)."""
        if self.restricted_fields.state is FieldState.OFF:
            raise RestrictedFieldError(FIELDS_OFF)
        with self.read_session() as session:
            self._field_key_from(session, "passphrase", normalise_passphrase(passphrase), person=False)

    def _unlock_fields(self, kind: str, secret: bytes) -> None:
        if self.restricted_fields.state is not FieldState.LOCKED:
            return
        with self.read_session() as session:
            field_key = self._field_key_from(session, kind, secret, person=kind == "passphrase")
        self.restricted_fields.open(field_key)

    def _acting_profile(self) -> ColumnElement[bool]:
        """Which user profile is the person acting here, in SQL: the one chosen at sign-in (``actor``)."""
        return UserProfile.name == self.actor

    def _field_key_from(
        self, session: Session | Connection, kind: str, secret: bytes, *, person: bool
    ) -> bytes:
        """The field key unwrapped by ``secret`` from a slot of ``kind``: the office's, and with ``person`` also the
        acting person's own. Raises RestrictedFieldError (``FIELD_KEY_WRONG_SECRET``) when none opens."""
        owners: ColumnElement[bool] = FieldKeySlot.profile_id.is_(None)
        if person:
            acting = select(UserProfile.id).where(self._acting_profile(), UserProfile.retired.is_(False))
            owners = or_(owners, FieldKeySlot.profile_id.in_(acting.scalar_subquery()))
        # The person's own slot first; then newest first: a change cut short leaves the old slot beside the new
        # one (``_field_slots_replaced``).
        rows = session.execute(
            select(FieldKeySlot.kind, FieldKeySlot.kdf, FieldKeySlot.wrapped_key)
            .where(FieldKeySlot.kind == kind, owners)
            .order_by(FieldKeySlot.profile_id.is_(None), FieldKeySlot.id.desc())
        ).all()
        # Guessing at the field key is slowed as guessing at the database key is (``keys.UnlockThrottle``):
        # opened from a remembered key, or on a server, this is the only secret asked.
        keys.throttle.wait(self.throttle_key)
        for row in rows:
            try:
                field_key = field_crypto.unwrap_field_key(WrappedFieldKey(*row), secret)
            except WrongSecretError:
                continue
            keys.throttle.succeeded(self.throttle_key)
            return field_key
        keys.throttle.failed(self.throttle_key)
        raise RestrictedFieldError(FIELD_KEY_WRONG_SECRET)

    # --- a person's own slot of the field key ---------------------------------------------------------------------

    def add_person_field_slot(
        self, profile_id: int, passphrase: str, kdf: dict[str, int] | None = None
    ) -> None:
        """Wrap the open field key under one person's own passphrase (replacing the one they had), so that they
        unlock the restricted fields without the office's. Needs the key open (an administrator who unlocked it):
        RestrictedFieldError (``FIELDS_LOCKED``) otherwise, and ``FIELDS_OFF`` on a database without field key."""
        field_key = self._open_field_key()
        wrapped = field_crypto.wrap_field_key(field_key, "passphrase", normalise_passphrase(passphrase), kdf)
        with self.session() as session:
            profile = session.get(UserProfile, profile_id)
            if profile is None or profile.retired:
                raise ValueError(f"no user profile {profile_id} in use")
            session.execute(delete(FieldKeySlot).where(FieldKeySlot.profile_id == profile_id))
            session.add(
                FieldKeySlot(
                    kind="passphrase", profile_id=profile_id, kdf=wrapped.kdf, wrapped_key=wrapped.wrapped_key
                )
            )

    def remove_person_field_slot(self, profile_id: int) -> bool:
        """The person's own slot removed (their passphrase no longer unlocks the fields); whether there was one.
        It does not take back a key they already unwrapped: only a new field key would (not made yet)."""
        with self.session() as session:
            removed = session.execute(delete(FieldKeySlot).where(FieldKeySlot.profile_id == profile_id))
        return bool(getattr(removed, "rowcount", 0))

    def profiles_with_field_slots(self) -> frozenset[int]:
        """The user profiles that have a slot of their own."""
        with self.read_session() as session:
            found = session.scalars(
                select(FieldKeySlot.profile_id).where(FieldKeySlot.profile_id.is_not(None))
            )
            return frozenset(profile_id for profile_id in found if profile_id is not None)

    def _open_field_key(self) -> bytes:
        field_key = self.restricted_fields.key
        if field_key is not None:
            return field_key
        if self.restricted_fields.state is FieldState.OFF:
            raise RestrictedFieldError(FIELDS_OFF)
        raise RestrictedFieldError(FIELDS_LOCKED)

    # --- turning field encryption on for a database that has values already ---------------------------------------

    def encrypt_fields(
        self, passphrase: str, *, kdf: dict[str, int] | None = None, progress: Progress | None = None
    ) -> str | None:
        """Encrypt the restricted fields of a database on a server that holds them plain (``ServerDatabase``). A
        database file is refused: SQLCipher encrypts the whole file already."""
        raise Refusal(FILE_ENCRYPTED_WHOLE, location=self.location)

    def _with_fields_unlocked(self, unlock: Callable[[], None]) -> Database:
        """This database once ``unlock`` has unwrapped its field key; closed when it cannot."""
        try:
            unlock()
        except BaseException:
            self.close()
            raise
        return self

    def _require_field_key(self) -> None:
        """A passphrase or recovery code cannot be changed while the field key is locked: the new one would open
        the database but not its restricted fields."""
        if self.restricted_fields.state is FieldState.LOCKED:
            raise RestrictedFieldError(FIELDS_LOCKED)

    @contextlib.contextmanager
    def _field_slots_replaced(self, new_secrets: Sequence[tuple[str, bytes]]) -> Iterator[None]:
        """Around a change of the key file: the field key wrapped under the new secrets is added first, the old
        slots of those kinds are removed once the block has succeeded, and the new ones when it failed. Cut short
        in between, both stay, and whichever secret the key file holds still unwraps the field key."""
        field_key = self.restricted_fields.key
        if field_key is None:
            yield
            return
        with self.session() as session:
            added: list[FieldKeySlot] = []
            for kind, secret in new_secrets:
                wrapped = field_crypto.wrap_field_key(field_key, kind, secret)
                added.append(FieldKeySlot(kind=kind, kdf=wrapped.kdf, wrapped_key=wrapped.wrapped_key))
            session.add_all(added)
            session.flush()
            added_ids = [slot.id for slot in added]
        try:
            yield
        except BaseException:
            with contextlib.suppress(StorageError), self.session() as session:
                session.execute(delete(FieldKeySlot).where(FieldKeySlot.id.in_(added_ids)))
            raise
        kinds = [kind for kind, _secret in new_secrets]
        with self.session() as session:
            session.execute(
                delete(FieldKeySlot).where(
                    FieldKeySlot.kind.in_(kinds),
                    FieldKeySlot.profile_id.is_(None),  # the people's own slots stay
                    FieldKeySlot.id.not_in(added_ids),
                )
            )

    # --- sessions ------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error. It holds the write lock from its
        first statement, waiting up to the busy timeout for another writer to finish. On a server, a row someone
        else changed meanwhile ends it as an ``EditConflict``, nothing written."""
        with self._write_sessions() as session:
            try:
                yield session
                session.commit()
            except StaleDataError as error:
                # A versioned row (edit_conflict) was changed by someone else between this unit's read and write.
                session.rollback()
                raise EditConflict() from error
            except (DBAPIError, StorageError) as error:
                session.rollback()
                if _lost_write_race(error):
                    raise EditConflict() from error
                if isinstance(error, StorageError):
                    raise
                problem = self.environment_problem(error)
                if problem is None:
                    raise
                raise problem from error
            except BaseException:
                session.rollback()
                raise

    def read_session(self) -> Session:
        return self._sessions()

    def environment_problem(self, error: BaseException) -> StorageError | None:
        """The problem of the environment ``error`` shows (naming where the data is), or None for a bug."""
        return classify(error, self.path)

    def checkpoint(self) -> None:
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()
        self._instance_lock.release()
        self._key[:] = bytes(len(self._key))
        self.restricted_fields.lock()


def _lost_write_race(error: BaseException) -> bool:
    """Whether the server ended this unit of work for meeting another on the same rows (``WRITE_RACES``), reported
    as the driver's error (storage.server never takes it for a problem of the server)."""
    for cause in (error, getattr(error, "orig", None), error.__cause__):
        if getattr(cause, "sqlstate", None) in WRITE_RACES:
            return True
    return False


def _check_file(path: Path) -> None:
    """Refuse, before any key work, a file that cannot be one of ours; reads 16 bytes and the size."""
    if not path.is_file():
        raise StorageError(StorageProblem.NOT_FOUND, path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise classify(error, path) or StorageError(StorageProblem.NOT_OURS, path) from error
    # An SQLCipher file is whole pages of ciphertext starting with random salt; a plain SQLite file starts with
    # its well-known header, and a text or office file is rarely a whole number of pages.
    if header == b"SQLite format 3\x00" or size < _MIN_PAGE or size % _MIN_PAGE:
        raise StorageError(StorageProblem.NOT_OURS, path)


def _unwrapped(path: Path, unwrap: Callable[[], bytes]) -> bytes:
    """The key from a typed secret, after the wait that earlier wrong ones earned (``keys.UnlockThrottle``)."""
    keys.throttle.wait(path)
    try:
        key = unwrap()
    except WrongSecretError as error:
        keys.throttle.failed(path)
        raise StorageError(StorageProblem.WRONG_SECRET, path) from error
    except KeyFileDamagedError as error:
        raise StorageError(StorageProblem.KEY_FILE_DAMAGED, KeySlots.path_for(path)) from error
    keys.throttle.succeeded(path)
    return key


def _pending_keys_path(path: Path) -> Path:
    return path.with_name(path.name + ".keys.next")


def _remove_partial(path: Path) -> None:
    for leftover in (
        path,
        KeySlots.path_for(path),
        KeySlots.recovery_path_for(path),
        Path(f"{path}-wal"),
        Path(f"{path}-shm"),
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
