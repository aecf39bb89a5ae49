"""Remembering the key in the system keyring, and refusing plainly (never falling back to a file) without one."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keyring_store import SERVICE, KeyStore
from mdt_desktop.storage.models import Setting
from tests.fakes import MemoryKeyring, NoKeyring
from tests.storage.conftest import all_files


def test_a_remembered_key_unlocks_the_database_without_the_passphrase(
    database: Database, memory_keyring: MemoryKeyring
) -> None:
    with database.session() as session:
        session.add(Setting(key="office", value="พมจ."))
    store = KeyStore()
    assert store.available()
    store.remember(database.database_id, database.key)
    assert memory_keyring.secrets[(SERVICE, database.database_id)] == database.key.hex()
    original = database.key
    database.close()
    assert database.key == bytes(32)  # the program's own copy is wiped on close

    key = store.recall(database.database_id)
    assert key == original
    reopened = Database.open_with_key(database.path, key)
    with reopened.read_session() as session:
        assert session.get(Setting, "office").value == "พมจ."  # type: ignore[union-attr]
    reopened.close()


def test_forgetting_removes_the_key_and_forgetting_twice_is_harmless(database: Database) -> None:
    store = KeyStore()
    store.remember(database.database_id, database.key)
    store.forget(database.database_id)
    assert store.recall(database.database_id) is None
    store.forget(database.database_id)


def test_each_database_has_its_own_entry(tmp_path: Path, database: Database) -> None:
    other, _code = Database.create(tmp_path / "other.mdt", "อีกฐานข้อมูลหนึ่ง")
    store = KeyStore()
    store.remember(database.database_id, database.key)
    assert store.recall(other.database_id) is None
    other.close()


def test_a_garbled_entry_is_not_taken_for_a_key(database: Database, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(SERVICE, database.database_id, "not hex at all")
    assert KeyStore().recall(database.database_id) is None


@pytest.mark.parametrize(
    "backend",
    [NoKeyring(), fail.Keyring(), null.Keyring(), chainer.ChainerBackend()],
    ids=["raises-no-keyring", "fail-backend", "null-backend", "empty-chainer"],
)
def test_without_a_usable_keyring_nothing_is_remembered_anywhere(
    backend: keyring.backend.KeyringBackend,
    database: Database,
    tmp_path: Path,
    private_user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend)
    before = {p: p.stat().st_mtime_ns for p in all_files(tmp_path, private_user_dirs)}
    store = KeyStore()

    assert store.available() is False
    for attempt in (
        lambda: store.remember(database.database_id, database.key),
        lambda: store.recall(database.database_id),
        lambda: store.forget(database.database_id),
    ):
        with pytest.raises(StorageError) as caught:
            attempt()
        assert caught.value.problem is StorageProblem.NO_KEYRING
    assert "keyring" in caught.value.message("en") and "passphrase" in caught.value.message("en")
    assert "รหัสผ่าน" in caught.value.message("th")
    assert {p: p.stat().st_mtime_ns for p in all_files(tmp_path, private_user_dirs)} == before
