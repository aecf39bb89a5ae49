"""Restricted fields encrypted by the program itself, before they reach the database: the office's field key, the
encryption of one value, the column types that apply it, and the wrapping of the key into ``FieldKeySlot`` rows.

On a database server the administrator can read every table; the survivor's identity, the safety plan's texts and
contacts, the assessment's answers and notes, the consent's and the referral's notes must stay unreadable to them.
Those columns (``models``: every column typed ``EncryptedText`` or ``EncryptedDate``) hold, when the database has a
field key, the text form ``f1:`` + base64(nonce, AES-256-GCM ciphertext and tag) of the value:

- a fresh random 96-bit nonce for every value written, so equal texts never look equal;
- associated data naming the table and column (``case_identity.full_name``), so a value copied into another
  column, of the same or another table, does not decrypt (it is refused, never shown as another field's text).
  The row is not bound: a column type sees the value, not its row, and a new row has no id until it is inserted;
  a value moved between two rows of the same column therefore still decrypts there;
- the text padded (ISO/IEC 7816-4) to a whole number of 16-byte blocks, so the stored length tells the length of
  the text only to within 16 bytes (about five Thai letters), and an empty field looks like a short one.

A value takes ``4 * ceil((12 + 16 * ceil((n + 1) / 16) + 16) / 3) + 3`` characters for n bytes of UTF-8 text
(a Thai letter is 3 bytes): 63 characters for up to 15 bytes, 191 for 100, 299 for a name of 60 Thai letters.
That no longer fits the ``String(200)`` columns, so on a server every restricted column is TEXT (revision 0010);
SQLite does not enforce the declared length, and there the schema stays as it was, so existing files and their
checks are unchanged.

What it does not do: someone who can write the server's tables can still delete a row or empty a field (an empty
value is read as empty, as a column added later with an empty default holds), and can move a value between two
rows of one column (above). Reading and altering are what it prevents.

The general fields (codes, dates, risk levels, titles, resolutions, actions) stay plain: the server can search,
sort and count them, and they are all the general minutes print.

Where the key is held: the ``Database`` object holds one ``RestrictedFields`` (off, locked or open with the key),
attached to its engine's dialect (``attach``). A column type's processors receive nothing but the value and the
dialect, and every ``create_engine`` makes its own dialect object, so the dialect is the one per-database object a
type can reach: not a global, and right for a row loaded by the ORM, by a Core select, or lazily after its session
ended (execution options and ``Session.info`` are not visible to a type's processors). A database without field
slots is off: values pass unchanged, as on the SQLCipher laptop, whose whole file is already encrypted. One with
field slots stays locked until the passphrase or recovery code unwraps the key: a restricted value read or written
then is a ``RestrictedFieldError`` (Thai and English), never the ciphertext shown as text and never a crash.

The field key is wrapped as the database key is in ``keys``: AES-256-GCM under a key derived by scrypt from the
passphrase or the recovery code, parameters bounded and bound into the associated data with the slot's kind.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import secrets
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import (
    Column,
    Connection,
    Date,
    Dialect,
    Engine,
    String,
    Table,
    Text,
    and_,
    bindparam,
    event,
    select,
    type_coerce,
    update,
)
from sqlalchemy.types import TypeDecorator, TypeEngine

from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage import keys

PREFIX = "f1:"
KINDS = ("passphrase", "recovery")
_NONCE_BYTES = 12
_TAG_BYTES = 16
_BLOCK = 16
_SALT_BYTES = 16
_SMALLEST = len(PREFIX) + 4 * ((_NONCE_BYTES + _BLOCK + _TAG_BYTES + 2) // 3)  # an empty text, padded
_SLOT_FORMAT = "mdt-desktop field key"
_SLOT_VERSION = 1
# The attribute of an engine's dialect that holds its database's RestrictedFields (see the module docstring).
_DIALECT_ATTRIBUTE = "mdt_restricted_fields"

FIELDS_LOCKED = Message(
    "ข้อมูลลับ (ข้อมูลระบุตัวตน แผนความปลอดภัย และบันทึกที่จำกัดการเข้าถึง) ของฐานข้อมูลนี้เข้ารหัสด้วยกุญแจของสำนักงาน "
    "ซึ่งยังไม่ได้ปลดล็อก โปรดปลดล็อกข้อมูลลับด้วยรหัสผ่านของสำนักงาน รหัสผ่านของท่านเอง หรือรหัสกู้คืน "
    "ไม่มีการแก้ไขข้อมูล",
    "The restricted fields of this database (identity, safety plans, restricted notes) are encrypted with the "
    "office's key, which is not unlocked. Unlock them with the office's passphrase, your own passphrase or the "
    "recovery code. Nothing was changed.",
)
FIELDS_OFF = Message(
    "ข้อมูลลับของฐานข้อมูลนี้ไม่ได้เข้ารหัสด้วยกุญแจของสำนักงาน จึงยังให้รหัสผ่านของแต่ละคนไม่ได้ "
    "โปรดเปิดการเข้ารหัสข้อมูลลับก่อน (mdt encrypt-fields) ไม่มีการแก้ไขข้อมูล",
    "The restricted fields of this database are not encrypted with an office's key, so nobody can be given a "
    "passphrase of their own for them yet. Turn their encryption on first (mdt encrypt-fields). Nothing was "
    "changed.",
)
FIELD_UNREADABLE = Message(
    "ถอดรหัสข้อมูลลับในช่อง {field} ไม่ได้ ข้อมูลถูกแก้ไข ถูกคัดลอกมาจากช่องอื่น หรือเข้ารหัสด้วยกุญแจของสำนักงานอื่น "
    "ไม่มีการแก้ไขข้อมูล โปรดแจ้งผู้ดูแลระบบให้ตรวจสอบฐานข้อมูลหรือกู้คืนจากสำรองข้อมูล",
    "A restricted field ({field}) cannot be decrypted: it was altered, copied from another field, or encrypted "
    "with another office's key. Nothing was changed. Ask the administrator to check the database or restore "
    "it from a backup.",
)
FIELD_KEY_WRONG_SECRET = Message(
    "รหัสผ่านหรือรหัสกู้คืนนี้ไม่สามารถปลดล็อกกุญแจข้อมูลลับของสำนักงานได้ โปรดตรวจสอบแล้วลองใหม่อีกครั้ง",
    "This passphrase or recovery code does not unlock the office's key for restricted fields. Check it and try "
    "again.",
)
FIELD_KEY_SLOTS_DAMAGED = Message(
    "ข้อมูลกุญแจข้อมูลลับของสำนักงานในฐานข้อมูลเสียหายหรือถูกแก้ไข จึงปลดล็อกไม่ได้ ไม่มีการแก้ไขข้อมูล โปรดกู้คืนจากสำรองข้อมูล",
    "The office's key for restricted fields is stored damaged or altered in the database and cannot be "
    "unlocked. Nothing was changed. Restore it from a backup.",
)


class RestrictedFieldError(Refusal):
    """A restricted field cannot be read or written: its key is locked, the value does not decrypt, or the
    secret does not unwrap the field key."""


class FieldState(StrEnum):
    OFF = "off"  # the database has no field key: values are stored as they are
    LOCKED = "locked"  # it has one, not unwrapped (or not known yet): restricted values are refused
    OPEN = "open"  # the key is unwrapped: values are encrypted and decrypted


def new_field_key() -> bytes:
    return secrets.token_bytes(keys.KEY_BYTES)


def _associated_data(field: str) -> bytes:
    return f"mdt-desktop restricted field {PREFIX}{field}".encode("ascii")


def _padded(data: bytes) -> bytes:
    return data + b"\x80" + b"\x00" * (-(len(data) + 1) % _BLOCK)


def _unpadded(data: bytes) -> bytes | None:
    body = data.rstrip(b"\x00")
    return body[:-1] if body.endswith(b"\x80") else None


def looks_encrypted(stored: str) -> bool:
    """Whether a stored text has the form of an encrypted value (for engines with no ``RestrictedFields``)."""
    if not stored.startswith(PREFIX) or len(stored) < _SMALLEST:
        return False
    try:
        base64.b64decode(stored[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


class FieldCipher:
    """AES-256-GCM over one text value with the office's field key; ``field`` is ``table.column``."""

    def __init__(self, key: bytes) -> None:
        if len(key) != keys.KEY_BYTES:
            raise ValueError("a field key is 32 bytes")
        # OpenSSL keeps its own copy of the key inside the AESGCM object for as long as this cipher lives.
        self._aead = AESGCM(key)

    def encrypt(self, value: str, field: str) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, _padded(value.encode("utf-8")), _associated_data(field))
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str, field: str) -> str:
        """The text of ``stored``; raises RestrictedFieldError when it is not a value of this key and field."""
        if not stored.startswith(PREFIX):
            raise RestrictedFieldError(FIELD_UNREADABLE, field=field)
        try:
            raw = base64.b64decode(stored[len(PREFIX) :], validate=True)
            text = _unpadded(
                self._aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _associated_data(field))
            )
            if text is None:
                raise RestrictedFieldError(FIELD_UNREADABLE, field=field)
            return text.decode("utf-8")
        except (binascii.Error, ValueError, InvalidTag, UnicodeDecodeError) as error:
            raise RestrictedFieldError(FIELD_UNREADABLE, field=field) from error


class RestrictedFields:
    """Whether one open database encrypts its restricted fields, and its field key when unwrapped.

    It starts locked: nothing restricted is read or written until the database has said whether it has a field
    key (``turn_off``) or its key was unwrapped (``open``)."""

    def __init__(self) -> None:
        self.state = FieldState.LOCKED
        self._cipher: FieldCipher | None = None
        # Kept to wrap it again when the passphrase or recovery code changes; overwritten when let go of (the
        # copies Python makes on the way cannot be, as for the database key).
        self._key = bytearray()

    @property
    def key(self) -> bytes | None:
        """The field key while it is open, else None."""
        return bytes(self._key) if self.state is FieldState.OPEN else None

    def _forget(self, state: FieldState) -> None:
        self._key[:] = bytes(len(self._key))
        self.state, self._cipher, self._key = state, None, bytearray()

    def turn_off(self) -> None:
        self._forget(FieldState.OFF)

    def lock(self) -> None:
        self._forget(FieldState.LOCKED)

    def open(self, key: bytes) -> None:
        self._cipher = FieldCipher(key)
        self.state, self._key = FieldState.OPEN, bytearray(key)

    def _open_cipher(self) -> FieldCipher:
        if self._cipher is None:
            raise RestrictedFieldError(FIELDS_LOCKED)
        return self._cipher

    def stored(self, value: str | None, field: str) -> str | None:
        """What goes into the column for ``value``."""
        if value is None or self.state is FieldState.OFF:
            return value
        return self._open_cipher().encrypt(value, field)

    def loaded(self, stored: str | None, field: str) -> str | None:
        """The text of what the column holds. An empty value is empty in every state: a column added later
        with an empty server default holds it until written."""
        if stored is None or stored == "" or self.state is FieldState.OFF:
            return stored
        return self._open_cipher().decrypt(stored, field)


class _Unguarded:
    """For an engine that no ``Database`` made (a benchmark's plain copy, a test's bare engine): values are stored
    as given, and a value in encrypted form is refused rather than shown as text."""

    def stored(self, value: str | None, field: str) -> str | None:
        return value

    def loaded(self, stored: str | None, field: str) -> str | None:
        if stored is not None and looks_encrypted(stored):
            raise RestrictedFieldError(FIELDS_LOCKED)
        return stored


_UNGUARDED = _Unguarded()


def attach(engine: Engine, fields: RestrictedFields) -> None:
    """Let the restricted columns of every statement on ``engine`` use ``fields`` (one database's state)."""
    setattr(engine.dialect, _DIALECT_ATTRIBUTE, fields)


def _fields_of(dialect: Dialect) -> RestrictedFields | _Unguarded:
    found = getattr(dialect, _DIALECT_ATTRIBUTE, None)
    return found if isinstance(found, RestrictedFields) else _UNGUARDED


class EncryptedText(TypeDecorator[str]):
    """A restricted text column: encrypted on the way in and decrypted on the way out when its database has a
    field key open (``RestrictedFields``). ``length`` is the declared length of the column on SQLite, where the
    schema stays as it was; on a server the column is TEXT, because a ciphertext is longer than its text."""

    impl = Text
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__()
        self.length = length
        self.field = ""  # "table.column", named when the column joins its table (below)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        # The generic types, not the dialect's adaptation of them: the PostgreSQL driver adapts Text to its
        # String, which would make the column VARCHAR rather than the TEXT revision 0010 makes.
        if dialect.name == "sqlite" and self.length is not None:
            return String(self.length)
        return Text()

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return _fields_of(dialect).stored(value, self.field)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return _fields_of(dialect).loaded(value, self.field)


class EncryptedDate(TypeDecorator[dt.date]):
    """A restricted date column (a date of birth): its ISO text encrypted as ``EncryptedText`` is. SQLite keeps
    dates as text in any case, and there the declared type stays DATE; on a server the column is TEXT."""

    impl = Date
    cache_ok = True

    def __init__(self) -> None:
        super().__init__()
        self.field = ""

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return Date() if dialect.name == "sqlite" else Text()

    # The date is turned into text here and stored as it is: Date's own processors (which expect a date object
    # on the way in) are bypassed by overriding the processors whole.
    def bind_processor(self, dialect: Dialect) -> Any:
        fields_of, field = _fields_of, self

        def process(value: dt.date | None) -> str | None:
            return fields_of(dialect).stored(None if value is None else value.isoformat(), field.field)

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        fields_of, field = _fields_of, self

        def process(value: object) -> dt.date | None:
            if value is None:
                return None
            text = fields_of(dialect).loaded(str(value), field.field)
            return dt.date.fromisoformat(text) if text else None

        return process


@event.listens_for(Column, "after_parent_attach")
def _name_restricted_field(column: Column[Any], table: object) -> None:
    """Each restricted column's type learns its ``table.column``, which its values' associated data names."""
    if isinstance(column.type, EncryptedText | EncryptedDate) and isinstance(table, Table):
        column.type.field = f"{table.name}.{column.name}"


# --- the field key wrapped in FieldKeySlot rows ----------------------------------------------------------------


class WrappedFieldKey(NamedTuple):
    """The columns of one ``FieldKeySlot`` row: ``kdf`` is JSON (scrypt, its salt and cost), ``wrapped_key`` the
    base64 of nonce, wrapped key and tag."""

    kind: str
    kdf: str
    wrapped_key: str


def _slot_associated_data(kind: str, kdf: dict[str, Any]) -> bytes:
    binding = {"format": _SLOT_FORMAT, "version": _SLOT_VERSION, "kind": kind, "kdf": kdf}
    return json.dumps(binding, sort_keys=True, separators=(",", ":")).encode("ascii")


def wrap_field_key(
    key: bytes, kind: str, secret: bytes, kdf: dict[str, int] | None = None
) -> WrappedFieldKey:
    """``key`` wrapped under ``secret`` (a normalised passphrase or recovery code: ``keys.normalise_*``)."""
    if kind not in KINDS:
        raise ValueError(f"unknown field key slot kind {kind!r}")
    params = dict(kdf or keys.DEFAULT_SCRYPT)
    salt = os.urandom(_SALT_BYTES)
    described = {"name": "scrypt", "salt": base64.b64encode(salt).decode("ascii"), **params}
    nonce = os.urandom(_NONCE_BYTES)
    wrapping_key = keys.derive_wrapping_key(secret, salt, params)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, key, _slot_associated_data(kind, described))
    return WrappedFieldKey(
        kind, json.dumps(described, sort_keys=True), base64.b64encode(nonce + wrapped).decode("ascii")
    )


def unwrap_field_key(slot: WrappedFieldKey, secret: bytes) -> bytes:
    """The field key; raises ``keys.WrongSecretError`` for another secret and RestrictedFieldError
    (``FIELD_KEY_SLOTS_DAMAGED``) for a row that is not what was written (cost out of bounds included)."""
    try:
        described = json.loads(slot.kdf)
        if not isinstance(described, dict) or described.get("name") != "scrypt" or slot.kind not in KINDS:
            raise ValueError("not a scrypt slot")
        params = keys.checked_kdf({name: described.get(name) for name in ("n", "r", "p")})
        if set(described) != {"name", "salt", "n", "r", "p"}:
            raise ValueError("slot fields")
        salt = base64.b64decode(str(described["salt"]), validate=True)
        raw = base64.b64decode(slot.wrapped_key, validate=True)
        if len(salt) != _SALT_BYTES or len(raw) != _NONCE_BYTES + keys.KEY_BYTES + _TAG_BYTES:
            raise ValueError("lengths")
    except (ValueError, keys.KeyFileDamagedError) as error:
        raise RestrictedFieldError(FIELD_KEY_SLOTS_DAMAGED) from error
    wrapping_key = keys.derive_wrapping_key(secret, salt, params)
    try:
        return AESGCM(wrapping_key).decrypt(
            raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _slot_associated_data(slot.kind, described)
        )
    except InvalidTag as error:
        raise keys.WrongSecretError(slot.kind) from error


# --- restricted values that are stored plain, encrypted where they are ---------------------------------------


def restricted_columns(tables: Iterable[Table]) -> list[Column[Any]]:
    """The restricted columns of ``tables`` (typed ``EncryptedText`` or ``EncryptedDate``), in their order."""
    return [
        column
        for table in tables
        for column in table.columns
        if isinstance(column.type, EncryptedText | EncryptedDate)
    ]


def encrypt_in_place(
    connection: Connection,
    columns: Iterable[Column[Any]],
    cipher: FieldCipher,
    progress: Callable[[int, str], None] | None = None,
) -> int:
    """Encrypt, in the transaction of ``connection``, every value of ``columns`` that is not already a value of
    ``cipher``'s key for its column; returns how many were. Read and written as the raw text the column holds,
    past the column types, so that the database's ``RestrictedFields`` state plays no part. A value that only
    looks encrypted (``f1:`` and base64 typed by someone) does not decrypt, and is encrypted as the text it is."""
    columns = list(columns)
    done = 0
    for index, column in enumerate(columns):
        table = column.table
        assert isinstance(table, Table)  # a restricted column is a table's (``_name_restricted_field``)
        field = f"{table.name}.{column.name}"
        if progress is not None:
            progress(index * 100 // max(len(columns), 1), field)
        keys_of_row = list(table.primary_key.columns)
        raw = type_coerce(column, Text())
        rows = connection.execute(select(*keys_of_row, raw).where(column.is_not(None))).all()
        changes = [
            {
                **{f"row_{n}": row[n] for n in range(len(keys_of_row))},
                "sealed": cipher.encrypt(row[-1], field),
            }
            for row in rows
            if not _is_value_of(cipher, row[-1], field)
        ]
        if changes:
            connection.execute(
                update(table)
                .where(and_(*(key == bindparam(f"row_{n}") for n, key in enumerate(keys_of_row))))
                .values({column.name: type_coerce(bindparam("sealed"), Text())}),
                changes,
            )
        done += len(changes)
    if progress is not None:
        progress(100, "")
    return done


def _is_value_of(cipher: FieldCipher, stored: str, field: str) -> bool:
    if not looks_encrypted(stored):
        return False
    try:
        cipher.decrypt(stored, field)
    except RestrictedFieldError:
        return False
    return True
