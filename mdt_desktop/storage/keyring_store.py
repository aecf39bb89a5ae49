"""Remembering a database key in the operating system's keyring, and saying plainly when there is none.

The key is stored as hex under the service ``mdt-desktop`` with the database's identifier as user name, so each
database file has its own entry. When no usable keyring exists (a server, a desktop without Secret Service, a
locked or broken backend) every call raises ``StorageError(NO_KEYRING)``: the user types the passphrase at each
unlock. There is deliberately no fallback to a file: a key file beside the database would open it for anyone who
copies both (Vorta issues #385 and #1361 show what such fallbacks cost).
"""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keys import KEY_BYTES

log = get_logger("storage")

SERVICE = "mdt-desktop"
_PROBE_USER = (
    "mdt-desktop-probe"  # read, never written: asking for it shows whether the backend answers at all
)


def _unusable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not backend.backends
    return False


class KeyStore:
    """The keyring as the program uses it: remember, recall and forget one key per database."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        # None: whatever keyring.get_keyring() returns at each call, so a test's fake (or a backend the user
        # configures while the program runs) is honoured.
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def backend_name(self) -> str:
        backend = self._keyring()
        name = getattr(backend, "name", "") or type(backend).__name__
        return str(name)

    def _error(self) -> StorageError:
        return StorageError(StorageProblem.NO_KEYRING, Path(SERVICE))

    def _usable_backend(self) -> KeyringBackend:
        backend = self._keyring()
        if _unusable(backend):
            raise self._error()
        return backend

    def available(self) -> bool:
        try:
            self._usable_backend().get_password(SERVICE, _PROBE_USER)
        except (StorageError, KeyringError, RuntimeError):
            # RuntimeError: some backends (dbus, kwallet) fail that way when their service is not running.
            return False
        return True

    def remember(self, database_id: str, key: bytes) -> None:
        backend = self._usable_backend()
        try:
            backend.set_password(SERVICE, database_id, key.hex())
        except (KeyringError, RuntimeError) as error:
            log.warning("keyring %s refused to store a key: %s", self.backend_name(), type(error).__name__)
            raise self._error() from error

    def recall(self, database_id: str) -> bytes | None:
        """The remembered key, or None if this database's key was never remembered (or was forgotten)."""
        backend = self._usable_backend()
        try:
            stored = backend.get_password(SERVICE, database_id)
        except (KeyringError, RuntimeError) as error:
            log.warning("keyring %s could not be read: %s", self.backend_name(), type(error).__name__)
            raise self._error() from error
        if stored is None:
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            log.warning("ignoring a keyring entry that is not a key")
            return None
        return key if len(key) == KEY_BYTES else None

    def forget(self, database_id: str) -> None:
        backend = self._usable_backend()
        try:
            backend.delete_password(SERVICE, database_id)
        except PasswordDeleteError:
            return  # nothing was remembered: forgetting is already done
        except (KeyringError, RuntimeError) as error:
            raise self._error() from error
