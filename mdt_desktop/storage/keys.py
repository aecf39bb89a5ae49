"""Key slots: the database's random 256-bit key, kept only wrapped by a passphrase and by a recovery code.

The slots live in a small JSON file beside the database (``<database>.keys``). It holds no usable key: each slot is
the database key encrypted with AES-256-GCM under a key derived by scrypt (memory-hard; parameters recorded per slot)
from the passphrase or the recovery code. Changing the passphrase rewrites one slot and never touches the database.
The database's own identifier is bound into each slot as associated data, so a slot copied from another database
does not open this one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mdt_desktop.storage import owner_only

KEY_BYTES = 32
FORMAT = "mdt-desktop key slots"
FORMAT_VERSION = 1

# scrypt with N=2**17, r=8 uses 128 MiB and about half a second on a laptop: slow enough to make guessing a
# passphrase costly, fast enough to unlock at the start of a meeting.
DEFAULT_SCRYPT = {"n": 2**17, "r": 8, "p": 1}

RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: it is copied by hand from paper
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 4


class WrongSecretError(Exception):
    """The passphrase or recovery code does not unwrap the key."""


class KeySlotsFileError(Exception):
    """The key-slot file is missing, unreadable or not ours."""


def normalise_passphrase(passphrase: str) -> bytes:
    """NFKC, so that Thai typed with different input methods (e.g. ำ versus ํ + า) gives the same bytes."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def normalise_recovery_code(code: str) -> bytes:
    cleaned = "".join(ch for ch in unicodedata.normalize("NFKC", code).upper() if ch.isalnum())
    return cleaned.encode("ascii", errors="ignore")


def new_recovery_code() -> str:
    groups = [
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    ]
    return "-".join(groups)  # 24 symbols of 32: 120 bits


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: bytes, salt: bytes, params: dict[str, int]) -> bytes:
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

    @classmethod
    def wrap(cls, kind: str, secret: bytes, key: bytes, database_id: str, kdf: dict[str, int]) -> Slot:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        wrapping_key = _derive(secret, salt, kdf)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, key, database_id.encode("ascii"))
        return cls(kind=kind, salt=_b64(salt), nonce=_b64(nonce), wrapped=_b64(wrapped), kdf=dict(kdf))

    def unwrap(self, secret: bytes, database_id: str) -> bytes:
        wrapping_key = _derive(secret, _unb64(self.salt), self.kdf)
        try:
            key = AESGCM(wrapping_key).decrypt(
                _unb64(self.nonce), _unb64(self.wrapped), database_id.encode("ascii")
            )
        except InvalidTag as error:
            raise WrongSecretError(self.kind) from error
        if len(key) != KEY_BYTES:
            raise KeySlotsFileError("bad key length")
        return key


@dataclass
class KeySlots:
    database_id: str
    slots: list[Slot]

    @staticmethod
    def path_for(database: Path) -> Path:
        return database.with_name(database.name + ".keys")

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
        return slots, key, recovery_code

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise KeySlotsFileError(f"no {kind} slot")

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        return self.slot("passphrase").unwrap(normalise_passphrase(passphrase), self.database_id)

    def unlock_with_recovery_code(self, code: str) -> bytes:
        return self.slot("recovery").unwrap(normalise_recovery_code(code), self.database_id)

    def with_new_passphrase(self, key: bytes, passphrase: str, kdf: dict[str, int] | None = None) -> KeySlots:
        params = dict(kdf or self.slot("passphrase").kdf)
        new_slot = Slot.wrap("passphrase", normalise_passphrase(passphrase), key, self.database_id, params)
        return KeySlots(self.database_id, [new_slot if s.kind == "passphrase" else s for s in self.slots])

    def with_new_recovery_code(self, key: bytes) -> tuple[KeySlots, str]:
        code = new_recovery_code()
        params = self.slot("recovery").kdf
        new_slot = Slot.wrap("recovery", normalise_recovery_code(code), key, self.database_id, params)
        return KeySlots(self.database_id, [new_slot if s.kind == "recovery" else s for s in self.slots]), code

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "database_id": self.database_id,
                "cipher": "AES-256-GCM",
                "kdf": "scrypt",
                "slots": [slot.__dict__ for slot in self.slots],
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeySlots:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise KeySlotsFileError("not a key-slot file")
            if int(data["version"]) > FORMAT_VERSION:
                raise KeySlotsFileError("key-slot file from a newer version")
            slots = [Slot(**slot) for slot in data["slots"]]
            return cls(database_id=str(data["database_id"]), slots=slots)
        except (ValueError, KeyError, TypeError) as error:
            raise KeySlotsFileError("unreadable key-slot file") from error

    @classmethod
    def load(cls, database: Path) -> KeySlots:
        path = cls.path_for(database)
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise KeySlotsFileError("missing key-slot file") from error
        except UnicodeDecodeError as error:
            raise KeySlotsFileError("unreadable key-slot file") from error

    def save(self, database: Path) -> None:
        """Write atomically: a power cut leaves either the old or the new slots, never half a file."""
        path = self.path_for(database)
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


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
