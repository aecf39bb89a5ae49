"""The key file: files of version 1 still open, a damaged or altered slot is found, hostile scrypt costs refused."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mdt_desktop.storage import keys
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


def _created(path: Path) -> tuple[bytes, str]:
    database, code = Database.create(path, TEST_PASSPHRASE)
    key = database.key
    database.close()
    return key, code


def _version_1_slot(kind: str, secret: bytes, key: bytes, database_id: str) -> dict[str, object]:
    """A slot as version 1 wrote it: AES-GCM with only the database identifier as associated data."""
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapping = hashlib.scrypt(secret, salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **TEST_KDF)
    wrapped = AESGCM(wrapping).encrypt(nonce, key, database_id.encode("ascii"))
    return {
        "kind": kind,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(wrapped).decode(),
        "kdf": dict(TEST_KDF),
    }


def test_a_key_file_of_version_1_opens_and_is_rewritten_authenticated(tmp_path: Path) -> None:
    path = tmp_path / "old.mdt"
    key, code = _created(path)
    key_file = keys.KeySlots.path_for(path)
    database_id = json.loads(key_file.read_text(encoding="utf-8"))["database_id"]
    version_1 = {
        "format": keys.FORMAT,
        "version": 1,
        "database_id": database_id,
        "cipher": "AES-256-GCM",
        "kdf": "scrypt",
        "slots": [
            _version_1_slot("passphrase", keys.normalise_passphrase(TEST_PASSPHRASE), key, database_id),
            _version_1_slot("recovery", keys.normalise_recovery_code(code), key, database_id),
        ],
    }
    key_file.write_text(json.dumps(version_1, indent=2), encoding="utf-8")

    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert database.key_file_problems == []
    database.close()
    rewritten = json.loads(key_file.read_text(encoding="utf-8"))
    assert rewritten["version"] == keys.FORMAT_VERSION and rewritten["mac"]
    # Both slots still open, the recovery slot too although its code was not typed.
    Database.open_with_recovery_code(path, code).close()
    Database.open_with_passphrase(path, TEST_PASSPHRASE).close()


def test_a_damaged_recovery_slot_leaves_the_passphrase_working_and_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _key, code = _created(path)
    key_file = keys.KeySlots.path_for(path)
    data = json.loads(key_file.read_text(encoding="utf-8"))
    recovery = next(slot for slot in data["slots"] if slot["kind"] == "recovery")
    recovery["wrapped"] = recovery["wrapped"][:-4] + (
        "AAA=" if recovery["wrapped"][-4:] != "AAA=" else "BBB="
    )
    key_file.write_text(json.dumps(data, indent=2), encoding="utf-8")

    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert database.key_file_problems == ["recovery"]
    database.close()
    Database.open_with_recovery_code(path, code).close()  # from the recovery copy beside the key file
    keys.KeySlots.recovery_path_for(path).unlink()
    with pytest.raises(StorageError) as caught:
        Database.open_with_recovery_code(path, code)
    assert caught.value.problem is StorageProblem.KEY_FILE_DAMAGED
    assert "backup" in caught.value.message("en")


def test_a_slot_altered_with_its_checksum_made_again_is_found_by_its_mac(tmp_path: Path) -> None:
    """Someone who edits the file can recompute a checksum but not the MAC, which needs the database key."""
    path = tmp_path / "team.mdt"
    _created(path)
    key_file = keys.KeySlots.path_for(path)
    slots = keys.KeySlots.from_json(key_file.read_text(encoding="utf-8"))
    recovery = slots.slot("recovery")
    recovery.kdf = {"n": 2**4, "r": 1, "p": 1}  # a cheaper cost would make guessing the code easier
    key_file.write_text(slots.to_json(), encoding="utf-8")

    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert database.key_file_problems == ["recovery"]
    database.close()


def test_a_hostile_scrypt_cost_is_refused_as_damage_without_deriving(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _created(path)
    key_file = keys.KeySlots.path_for(path)
    slots = keys.KeySlots.from_json(key_file.read_text(encoding="utf-8"))
    text = slots.to_json()
    data = json.loads(text)
    for slot in data["slots"]:
        slot["kdf"] = {"n": 2**30, "r": 64, "p": 16}  # 128 GiB if it were obeyed
        body = {k: v for k, v in slot.items() if k not in ("checksum", "mac")}
        slot["checksum"] = keys._checksum({**body, "database_id": data["database_id"]})
    key_file.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert caught.value.problem is StorageProblem.KEY_FILE_DAMAGED
    assert caught.value.path == key_file


def test_thai_digits_in_a_typed_recovery_code_are_read_as_digits(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _key, code = _created(path)
    thai_digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    typed = code.lower().translate(thai_digits).replace("-", " ")
    assert keys.normalise_recovery_code(typed) == code.replace("-", "").encode("ascii")
    Database.open_with_recovery_code(path, typed).close()


def test_wrong_secrets_earn_a_growing_wait_per_file_that_a_success_clears(tmp_path: Path) -> None:
    now = [1000.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = keys.UnlockThrottle(clock=lambda: now[0], sleep=sleep)
    path, other = tmp_path / "team.mdt", tmp_path / "other.mdt"
    waits = []
    for _attempt in range(8):
        throttle.failed(path)
        waits.append(throttle.seconds_left(path))
        throttle.wait(path)
    assert waits == [1, 2, 4, 8, 16, 30, 30, 30]
    assert slept == waits
    assert throttle.seconds_left(other) == 0  # another database is not held up
    throttle.failed(path)
    throttle.succeeded(path)
    assert throttle.seconds_left(path) == 0


def test_opening_with_a_wrong_passphrase_counts_and_the_right_one_clears(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.mdt"
    _created(path)
    slept: list[float] = []
    monkeypatch.setattr(keys, "throttle", keys.UnlockThrottle(sleep=slept.append))
    for _attempt in range(2):
        with pytest.raises(StorageError):
            Database.open_with_passphrase(path, "not-the-passphrase-at-all")
    assert len(slept) == 1 and 0 < slept[0] <= 1  # the second try waited out the first one's second
    assert keys.throttle.seconds_left(path) > 1
    Database.open_with_passphrase(path, TEST_PASSPHRASE).close()
    assert keys.throttle.seconds_left(path) == 0


def test_the_command_line_waits_after_a_wrong_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from mdt_desktop import cli

    path = tmp_path / "team.mdt"
    _created(path)
    slept: list[float] = []
    monkeypatch.setattr(keys, "throttle", keys.UnlockThrottle(sleep=slept.append))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"not-the-passphrase-at-all\n")))
    assert cli.main(["meetings", str(path), "--passphrase-stdin"]) == 2
    assert "wrong" in capsys.readouterr().err
    assert len(slept) == 1 and 0 < slept[0] <= 1


@pytest.mark.parametrize("loss", ["deleted", "damaged"])
def test_the_recovery_code_opens_when_the_key_file_is_lost_and_a_new_passphrase_makes_it_whole(
    tmp_path: Path, loss: str
) -> None:
    from mdt_desktop.storage import backups

    path = tmp_path / "team.mdt"
    database, code = Database.create(path, TEST_PASSPHRASE)
    backup = backups.backup(database, "before the loss")
    database.close()
    key_file = keys.KeySlots.path_for(path)
    if loss == "deleted":
        key_file.unlink()
    else:
        key_file.write_text("{", encoding="utf-8")

    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert caught.value.problem in (StorageProblem.MISSING_KEY_SLOTS, StorageProblem.KEY_FILE_DAMAGED)
    assert "recovery" in caught.value.message("en") or loss == "damaged"
    with pytest.raises(StorageError) as caught:
        Database.open_with_recovery_code(path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert caught.value.problem is StorageProblem.WRONG_SECRET

    opened = Database.open_with_recovery_code(path, code)
    opened.change_passphrase("ทีม สหวิชาชีพ แม่สาย 2570")
    opened.close()
    Database.open_with_passphrase(path, "ทีม สหวิชาชีพ แม่สาย 2570").close()
    Database.open_with_recovery_code(path, code).close()
    Database.open_with_recovery_code(backup, code).close()  # the backup has its own key file


def test_a_missing_recovery_copy_is_written_again_at_unlock(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _key, code = _created(path)
    spare = keys.KeySlots.recovery_path_for(path)
    spare.unlink()
    Database.open_with_passphrase(path, TEST_PASSPHRASE).close()
    assert spare.is_file()
    keys.KeySlots.path_for(path).unlink()
    Database.open_with_recovery_code(path, code).close()
