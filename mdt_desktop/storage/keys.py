"""Key slots: the database's random 256-bit key, kept only wrapped by a passphrase and by a recovery code.

The slots live in a small JSON file beside the database (``<database>.keys``). It holds no usable key: each slot is
the database key encrypted with AES-256-GCM under a key derived by scrypt (memory-hard; parameters recorded per slot)
from the passphrase or the recovery code. Changing the passphrase rewrites one slot and never touches the database.

The file is checked in two layers so that what went wrong can be told apart:

- damage (a flipped byte, a cut-off copy, a hand edit) is found before any key derivation by a SHA-256 checksum
  over the canonical JSON of the header and of each slot; a damaged header refuses the file, a damaged slot is set
  aside and the other one still unlocks;
- tampering is found once a slot has unlocked: the header and every slot carry an HMAC-SHA256 keyed with a key
  derived from the database key, and each slot's AES-GCM associated data binds it to the database identifier, the
  format version, its kind and its scrypt parameters, so a slot cannot be moved or weakened undetected.

The header also records the first 16 bytes of the database file (SQLCipher's random salt, stable for the life of
the file, also across a re-key), so a key file of another database is told as such before any secret is asked.
scrypt parameters read from the file are bounded: a hostile file cannot make the program allocate gigabytes.
Files of version 1 (no checksums, no MACs) still open and are rewritten in this format at their first unlock.

The database keeps ``<database>.recovery`` beside it (``save_recovery_copy``): the same header with the recovery
slot alone. The recovery code opens the database with it when the ``.keys`` file is lost or damaged; setting the
new passphrase that follows writes a whole ``.keys`` file again.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mdt_desktop.storage import owner_only

KEY_BYTES = 32
FORMAT = "mdt-desktop key slots"
FORMAT_VERSION = 2
SLOT_KINDS = ("passphrase", "recovery")

# scrypt with N=2**17, r=8 uses 128 MiB and about half a second on a laptop: slow enough to make guessing a
# passphrase costly, fast enough to unlock at the start of a meeting.
DEFAULT_SCRYPT = {"n": 2**17, "r": 8, "p": 1}
# The most a key file may ask for: 128 * n * r * p bytes is at most 2 GiB of memory only at the extreme corner;
# ordinary files use 128 MiB. Beyond these the file is treated as damaged, never obeyed.
MAX_SCRYPT = {"n": 2**20, "r": 16, "p": 4}
_SALT_BYTES = 16
_NONCE_BYTES = 12
_WRAPPED_BYTES = KEY_BYTES + 16  # the key and the GCM tag
_DATABASE_SALT_BYTES = 16

# A slot of version 1 binds only the database identifier; a slot written since binds identifier, version, kind
# and scrypt parameters. The binding is recorded per slot because a version-1 slot can only be re-wrapped by
# someone who knows its secret.
_BINDING_ID_ONLY = 1
_BINDING_FULL = 2

RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: it is copied by hand from paper
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 4


class WrongSecretError(Exception):
    """The passphrase or recovery code does not unwrap the key."""


class KeySlotsFileError(Exception):
    """The key-slot file is missing or cannot be used; the subclasses say why."""


class KeyFileDamagedError(KeySlotsFileError):
    """The file (or the slot that was needed) is not what was written: cut off, a byte changed, edited."""


class KeyFileNewerError(KeySlotsFileError):
    """The file was written by a newer version of the program."""


class KeyFileForeignError(KeySlotsFileError):
    """The file is intact but belongs to another database."""


def normalise_passphrase(passphrase: str) -> bytes:
    """NFKC, so that Thai typed with different input methods (e.g. ำ versus ํ + า) gives the same bytes."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def normalise_recovery_code(code: str) -> bytes:
    """Upper-case letters and digits only; a digit in any script (Thai ๐-๙ included) is read as its value, so a
    code typed on a Thai keyboard layout is the code printed on paper."""
    cleaned = []
    for ch in unicodedata.normalize("NFKC", code).upper():
        if ch.isdecimal():
            cleaned.append(str(unicodedata.decimal(ch)))
        elif ch.isascii() and ch.isalnum():
            cleaned.append(ch)
    return "".join(cleaned).encode("ascii")


def new_recovery_code() -> str:
    groups = [
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    ]
    return "-".join(groups)  # 24 symbols of 32: 120 bits


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamagedError("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise KeyFileDamagedError("not base64") from error
    if len(data) != length:
        raise KeyFileDamagedError("wrong length")
    return data


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _checksum(value: object) -> str:
    return hashlib.sha256(_canonical(value)).hexdigest()


def _mac_key(key: bytes) -> bytes:
    # A key of its own for the MACs, so the database key itself is never used for two purposes.
    return hmac.new(key, b"mdt-desktop key file authentication", hashlib.sha256).digest()


def _mac(mac_key: bytes, label: bytes, value: object) -> str:
    return hmac.new(mac_key, label + _canonical(value), hashlib.sha256).hexdigest()


def checked_kdf(value: object) -> dict[str, int]:
    """scrypt parameters as read from a file or a row, within ``MAX_SCRYPT``; also used by ``field_crypto``."""
    if not isinstance(value, dict) or set(value) != {"n", "r", "p"}:
        raise KeyFileDamagedError("scrypt parameters")
    params: dict[str, int] = {}
    for name in ("n", "r", "p"):
        number = value[name]
        if type(number) is not int or not 1 <= number <= MAX_SCRYPT[name]:
            raise KeyFileDamagedError("scrypt parameter out of bounds")
        params[name] = number
    if params["n"] < 2 or params["n"] & (params["n"] - 1):
        raise KeyFileDamagedError("scrypt n is not a power of two")
    return params


def derive_wrapping_key(secret: bytes, salt: bytes, params: dict[str, int]) -> bytes:
    """The AES-256 key that wraps a key under ``secret`` (scrypt); also wraps the field key (``field_crypto``)."""
    n, r, p = params["n"], params["r"], params["p"]
    return hashlib.scrypt(
        secret, salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p + 1024 * 1024, dklen=32
    )


@dataclass
class Slot:
    kind: str  # "passphrase" or "recovery"
    salt: str
    nonce: str
    wrapped: str
    kdf: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_SCRYPT))
    binding: int = _BINDING_FULL
    mac: str | None = None  # None only for a slot read from a version-1 file, until the file is sealed again

    @classmethod
    def wrap(cls, kind: str, secret: bytes, key: bytes, database_id: str, kdf: dict[str, int]) -> Slot:
        salt = os.urandom(_SALT_BYTES)
        nonce = os.urandom(_NONCE_BYTES)
        slot = cls(kind=kind, salt=_b64(salt), nonce="", wrapped="", kdf=dict(kdf))
        wrapping_key = derive_wrapping_key(secret, salt, kdf)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, key, slot._associated_data(database_id))
        slot.nonce, slot.wrapped = _b64(nonce), _b64(wrapped)
        slot.mac = slot._mac(_mac_key(key), database_id)
        return slot

    def _associated_data(self, database_id: str) -> bytes:
        if self.binding == _BINDING_ID_ONLY:
            return database_id.encode("ascii")
        return _canonical(
            {"database_id": database_id, "version": FORMAT_VERSION, "kind": self.kind, "kdf": self.kdf}
        )

    def body(self, database_id: str) -> dict[str, Any]:
        """What the checksum and the MAC cover: every field but themselves, and the database it belongs to."""
        return {
            "database_id": database_id,
            "kind": self.kind,
            "salt": self.salt,
            "nonce": self.nonce,
            "wrapped": self.wrapped,
            "kdf": self.kdf,
            "binding": self.binding,
        }

    def _mac(self, mac_key: bytes, database_id: str) -> str:
        return _mac(mac_key, b"slot", self.body(database_id))

    def unwrap(self, secret: bytes, database_id: str) -> bytes:
        wrapping_key = derive_wrapping_key(secret, _unb64(self.salt, _SALT_BYTES), self.kdf)
        try:
            return AESGCM(wrapping_key).decrypt(
                _unb64(self.nonce, _NONCE_BYTES),
                _unb64(self.wrapped, _WRAPPED_BYTES),
                self._associated_data(database_id),
            )
        except InvalidTag as error:
            raise WrongSecretError(self.kind) from error

    def to_dict(self, database_id: str) -> dict[str, Any]:
        data = self.body(database_id)
        del data["database_id"]
        data["checksum"] = _checksum(self.body(database_id))
        data["mac"] = self.mac
        return data

    @classmethod
    def from_dict(cls, data: object, database_id: str, *, version: int) -> Slot:
        """A slot as read; raises KeyFileDamagedError when it is not exactly what was written."""
        if not isinstance(data, dict):
            raise KeyFileDamagedError("slot is not an object")
        expected = {"kind", "salt", "nonce", "wrapped", "kdf"}
        if version >= 2:
            expected |= {"binding", "checksum", "mac"}
        if set(data) != expected:
            raise KeyFileDamagedError("slot fields")
        binding = data.get("binding", _BINDING_ID_ONLY)
        if (
            data["kind"] not in SLOT_KINDS
            or type(binding) is not int
            or binding not in (_BINDING_ID_ONLY, _BINDING_FULL)
        ):
            raise KeyFileDamagedError("slot kind or binding")
        mac = data.get("mac")
        if version >= 2 and not isinstance(mac, str):
            raise KeyFileDamagedError("slot mac")
        slot = cls(
            kind=data["kind"],
            salt=data["salt"],
            nonce=data["nonce"],
            wrapped=data["wrapped"],
            kdf=checked_kdf(data["kdf"]),
            binding=binding,
            mac=mac,
        )
        if version >= 2 and data["checksum"] != _checksum(slot.body(database_id)):
            raise KeyFileDamagedError("slot checksum")
        _unb64(slot.salt, _SALT_BYTES)
        _unb64(slot.nonce, _NONCE_BYTES)
        _unb64(slot.wrapped, _WRAPPED_BYTES)
        return slot


@dataclass
class KeySlots:
    database_id: str
    slots: list[Slot]
    header_mac: str | None = None
    database_salt: str = ""  # hex of the database file's first 16 bytes, as found when the file was read
    damaged_slots: int = 0  # slots that failed their checksum when read; they are dropped at the next save
    version_read: int = FORMAT_VERSION

    @staticmethod
    def path_for(database: Path) -> Path:
        return database.with_name(database.name + ".keys")

    @staticmethod
    def recovery_path_for(database: Path) -> Path:
        return database.with_name(database.name + ".recovery")

    @classmethod
    def create(cls, passphrase: str, kdf: dict[str, int] | None = None) -> tuple[KeySlots, bytes, str]:
        """A new random database key wrapped twice; returns the slots, the key and the recovery code."""
        params = dict(kdf or DEFAULT_SCRYPT)
        key = secrets.token_bytes(KEY_BYTES)
        database_id = uuid.uuid4().hex
        recovery_code = new_recovery_code()
        slots = cls(
            database_id=database_id,
            slots=[
                Slot.wrap("passphrase", normalise_passphrase(passphrase), key, database_id, params),
                Slot.wrap("recovery", normalise_recovery_code(recovery_code), key, database_id, params),
            ],
        )
        return slots.sealed(key), key, recovery_code

    def _header(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database_id": self.database_id,
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
        }

    def sealed(self, key: bytes) -> KeySlots:
        """The same slots with every MAC made under ``key`` (which must be the key they wrap)."""
        mac_key = _mac_key(key)
        slots = [
            Slot(
                s.kind, s.salt, s.nonce, s.wrapped, dict(s.kdf), s.binding, s._mac(mac_key, self.database_id)
            )
            for s in self.slots
        ]
        return KeySlots(self.database_id, slots, _mac(mac_key, b"header", self._header()), self.database_salt)

    def needs_sealing(self) -> bool:
        """True for a file of version 1: it is rewritten in the current format once the key is known."""
        return self.header_mac is None or self.version_read < FORMAT_VERSION

    def problems(self, key: bytes) -> list[str]:
        """What is wrong with the file, found with the database key: names of damaged, altered or missing parts
        (``header``, ``passphrase``, ``recovery``); empty when every slot is intact."""
        found: list[str] = []
        if self.header_mac is None:
            return found  # a version-1 file has nothing to check against until it is sealed
        mac_key = _mac_key(key)
        if not hmac.compare_digest(self.header_mac, _mac(mac_key, b"header", self._header())):
            found.append("header")
        kinds_seen: list[str] = []
        for slot in self.slots:
            kinds_seen.append(slot.kind)
            if slot.mac is None or not hmac.compare_digest(slot.mac, slot._mac(mac_key, self.database_id)):
                found.append(slot.kind)
        found.extend(kind for kind in SLOT_KINDS if kind not in kinds_seen)
        return sorted(set(found))

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise KeyFileDamagedError(f"no usable {kind} slot")

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        return self.slot("passphrase").unwrap(normalise_passphrase(passphrase), self.database_id)

    def unlock_with_recovery_code(self, code: str) -> bytes:
        return self.slot("recovery").unwrap(normalise_recovery_code(code), self.database_id)

    def _replacing(self, kind: str, new_slot: Slot, key: bytes) -> KeySlots:
        others = [s for s in self.slots if s.kind != kind]
        replaced = KeySlots(self.database_id, [*others, new_slot], database_salt=self.database_salt)
        replaced.slots.sort(key=lambda s: SLOT_KINDS.index(s.kind))
        return replaced.sealed(key)

    def with_new_passphrase(self, key: bytes, passphrase: str, kdf: dict[str, int] | None = None) -> KeySlots:
        params = dict(kdf or DEFAULT_SCRYPT)
        new_slot = Slot.wrap("passphrase", normalise_passphrase(passphrase), key, self.database_id, params)
        return self._replacing("passphrase", new_slot, key)

    def with_new_recovery_code(self, key: bytes) -> tuple[KeySlots, str]:
        code = new_recovery_code()
        new_slot = Slot.wrap("recovery", normalise_recovery_code(code), key, self.database_id, DEFAULT_SCRYPT)
        return self._replacing("recovery", new_slot, key), code

    def to_json(self) -> str:
        header = {**self._header(), "database_salt": self.database_salt}
        return json.dumps(
            {
                **header,
                "checksum": _checksum(header),
                "mac": self.header_mac,
                "slots": [slot.to_dict(self.database_id) for slot in self.slots],
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeySlots:
        """The slots as read, checked for damage and version but not yet for tampering (that needs the key)."""
        try:
            data = json.loads(text)
        except ValueError as error:
            raise KeyFileDamagedError("not JSON") from error
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileDamagedError("not a key-slot file")
        version = data.get("version")
        if version == 1 and "checksum" not in data:
            return cls._from_version_1(data)
        header = {k: v for k, v in data.items() if k not in ("checksum", "mac", "slots")}
        # The checksum comes first, and covers the version: a changed digit is damage, not a newer file.
        if data.get("checksum") != _checksum(header):
            raise KeyFileDamagedError("header checksum")
        if type(version) is not int or version < 2:
            raise KeyFileDamagedError("version")
        if version > FORMAT_VERSION:
            raise KeyFileNewerError(str(version))
        database_id = _checked_database_id(data.get("database_id"))
        database_salt = header.get("database_salt")
        if header != {**cls(database_id, [])._header(), "database_salt": database_salt}:
            raise KeyFileDamagedError("header fields")
        if not isinstance(database_salt, str) or database_salt not in ("", _hex_or_empty(database_salt)):
            raise KeyFileDamagedError("database salt")
        if not isinstance(data.get("mac"), str) or not isinstance(data.get("slots"), list):
            raise KeyFileDamagedError("header mac or slots")
        slots: list[Slot] = []
        damaged = 0
        for raw in data["slots"]:
            try:
                slots.append(Slot.from_dict(raw, database_id, version=version))
            except KeyFileDamagedError:
                damaged += 1
        if len({slot.kind for slot in slots}) != len(slots):
            raise KeyFileDamagedError("two slots of one kind")
        return cls(database_id, slots, data["mac"], database_salt, damaged, version)

    @classmethod
    def _from_version_1(cls, data: dict[str, Any]) -> KeySlots:
        if not isinstance(data.get("slots"), list):
            raise KeyFileDamagedError("slots")
        database_id = _checked_database_id(data.get("database_id"))
        slots = [Slot.from_dict(raw, database_id, version=1) for raw in data["slots"]]
        return cls(database_id, slots, None, "", 0, 1)

    @classmethod
    def load(cls, database: Path, path: Path | None = None) -> KeySlots:
        """The slots beside ``database`` (or in ``path``); a file that names another database file raises
        KeyFileForeignError."""
        path = path or cls.path_for(database)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as error:
            raise KeySlotsFileError("missing key-slot file") from error
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise KeyFileDamagedError("not UTF-8") from error
        slots = cls.from_json(text)
        found = _database_salt(database)
        if slots.database_salt and found and found != slots.database_salt:
            raise KeyFileForeignError("database salt differs")
        return slots

    def save(self, database: Path) -> None:
        """Write atomically: a power cut leaves either the old or the new slots, never half a file. The database
        file's salt is recorded as found now, so a backup's key file names the backup."""
        self.save_as(database, self.path_for(database))

    def _recovery_copy(self) -> KeySlots | None:
        recovery = [slot for slot in self.slots if slot.kind == "recovery"]
        if not recovery:
            return None
        return KeySlots(self.database_id, recovery, self.header_mac, self.database_salt)

    def save_recovery_copy(self, database: Path) -> None:
        """``<database>.recovery``: the recovery slot alone, for when the key file is lost."""
        copy = self._recovery_copy()
        if copy is not None:  # a damaged recovery slot leaves the last good copy in place
            copy.save_as(database, self.recovery_path_for(database))

    def recovery_copy_is_current(self, database: Path) -> bool:
        """Whether ``<database>.recovery`` holds this file's recovery slot (not missing, older or another's)."""
        copy = self._recovery_copy()
        try:
            found = self.recovery_path_for(database).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return copy is None
        return copy is None or found == copy.to_json()

    def save_as(self, database: Path, path: Path) -> None:
        """``save`` to another file name (the pending slots of a re-key)."""
        self.database_salt = _database_salt(database)
        temporary = path.with_name(path.name + ".tmp")
        try:
            with os.fdopen(owner_only.open_for_writing(temporary), "w", encoding="utf-8") as handle:
                handle.write(self.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except OSError:
            # e.g. a full disk: the old file is still in force; leave no half-written copy beside it.
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        _fsync_directory(path.parent)


class UnlockThrottle:
    """A growing wait after wrong passphrases or recovery codes, per database, for the life of the program: a
    database file is named by its path, a database on a server by a text (``Database.throttle_key``).

    After n failures in a row the next try waits 2**(n-1) seconds (1, 2, 4, 8, 16), at most ``MAX_DELAY``; a
    success clears it. It slows guessing at the keyboard of an unlocked laptop; it cannot slow someone who copied
    the files, which is what scrypt's cost is for."""

    MAX_DELAY = 30.0

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock, self._sleep = clock, sleep
        # database -> (failures in a row, time of the last)
        self._failures: dict[Path | str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(database: Path | str) -> Path | str:
        return database if isinstance(database, str) else Path(database).absolute()

    def delay_after(self, failures: int) -> float:
        return 0.0 if failures <= 0 else min(2.0 ** (failures - 1), self.MAX_DELAY)

    def seconds_left(self, database: Path | str) -> float:
        with self._lock:
            failures, last = self._failures.get(self._key(database), (0, 0.0))
        return max(0.0, last + self.delay_after(failures) - self._clock()) if failures else 0.0

    def wait(self, database: Path | str) -> None:
        """Sleep out what is left of the wait (the unlock window counts it down first, so this is then 0)."""
        left = self.seconds_left(database)
        if left > 0:
            self._sleep(left)

    def failed(self, database: Path | str) -> None:
        with self._lock:
            failures, _last = self._failures.get(self._key(database), (0, 0.0))
            self._failures[self._key(database)] = (failures + 1, self._clock())

    def succeeded(self, database: Path | str) -> None:
        with self._lock:
            self._failures.pop(self._key(database), None)


throttle = UnlockThrottle()


def _checked_database_id(value: object) -> str:
    if not isinstance(value, str) or len(value) != 32 or _hex_or_empty(value) != value:
        raise KeyFileDamagedError("database id")
    return value


def _hex_or_empty(text: str) -> str:
    try:
        return bytes.fromhex(text).hex() if text.isascii() else ""
    except ValueError:
        return ""


def _database_salt(database: Path) -> str:
    """SQLCipher's salt at the head of the database file, or "" while the file has none yet (or is missing)."""
    try:
        with open(database, "rb") as handle:
            head = handle.read(_DATABASE_SALT_BYTES)
    except OSError:
        return ""
    return head.hex() if len(head) == _DATABASE_SALT_BYTES else ""


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
