"""The field key's slots and the text form of an encrypted value (field_crypto): a slot opens with its own secret
only, a slot altered or asking for an unbounded cost is refused before any derivation, a change of passphrase cut
short leaves the old one working, an engine that no Database made refuses ciphertext instead of showing it, and the
stored length tells little of the text."""

from __future__ import annotations

import datetime as dt
import errno
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.services import cases
from mdt_desktop.services.cases import IdentityRecord, NewCase
from mdt_desktop.storage import keys
from mdt_desktop.storage.database import Database, connect_raw, make_engine
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.field_crypto import (
    FIELD_KEY_SLOTS_DAMAGED,
    FIELDS_LOCKED,
    FieldCipher,
    RestrictedFieldError,
    WrappedFieldKey,
    new_field_key,
    unwrap_field_key,
    wrap_field_key,
)
from mdt_desktop.storage.instance_lock import lock_path_for
from mdt_desktop.storage.keys import normalise_passphrase, normalise_recovery_code
from mdt_desktop.storage.models import Body, CaseFile
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

SECRET = normalise_passphrase(TEST_PASSPHRASE)
INTAKE_DAY = dt.date(2026, 10, 1)
TODAY = dt.date(2026, 11, 25)


def test_a_slot_opens_with_its_own_secret_only() -> None:
    key = new_field_key()
    slot = wrap_field_key(key, "passphrase", SECRET, TEST_KDF)
    assert unwrap_field_key(slot, SECRET) == key
    with pytest.raises(keys.WrongSecretError):
        unwrap_field_key(slot, normalise_passphrase("รหัสผ่านอื่น"))
    # The same wrapped key presented as the other kind does not open: the kind is bound into the slot.
    with pytest.raises(keys.WrongSecretError):
        unwrap_field_key(slot._replace(kind="recovery"), SECRET)
    code = keys.new_recovery_code()
    recovery = wrap_field_key(key, "recovery", normalise_recovery_code(code), TEST_KDF)
    assert unwrap_field_key(recovery, normalise_recovery_code(code.lower().replace("-", " "))) == key


@pytest.mark.parametrize(
    "change",
    [
        {"n": 2**30},  # beyond keys.MAX_SCRYPT: never obeyed, however the row came to ask for it
        {"n": 1000},  # not a power of two
        {"name": "pbkdf2"},
        {"salt": "not base64!"},
        {"extra": 1},
    ],
)
def test_an_altered_slot_is_refused_as_damaged_before_any_derivation(
    change: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    slot = wrap_field_key(new_field_key(), "passphrase", SECRET, TEST_KDF)
    described = {**json.loads(slot.kdf), **change}
    derived: list[object] = []
    monkeypatch.setattr(keys, "derive_wrapping_key", lambda *args: derived.append(args) or b"\0" * 32)
    with pytest.raises(RestrictedFieldError) as refused:
        unwrap_field_key(WrappedFieldKey(slot.kind, json.dumps(described), slot.wrapped_key), SECRET)
    assert refused.value.reason is FIELD_KEY_SLOTS_DAMAGED
    assert "เสียหาย" in refused.value.message("th") and "damaged" in refused.value.message("en")
    assert derived == []


def test_the_stored_length_tells_the_text_only_to_within_a_block() -> None:
    cipher = FieldCipher(new_field_key())
    short = {len(cipher.encrypt(text, "case_identity.full_name")) for text in ("", "ก", "abcdefghijklmno")}
    assert short == {63}
    sixty_thai_letters = "ก" * 60
    stored = cipher.encrypt(sixty_thai_letters, "case_identity.full_name")
    assert stored.startswith("f1:") and len(stored) == 299
    assert cipher.decrypt(stored, "case_identity.full_name") == sixty_thai_letters


def test_an_engine_no_database_made_refuses_ciphertext_rather_than_showing_it(tmp_path: Path) -> None:
    database, _code = Database.create(tmp_path / "office.mdt", TEST_PASSPHRASE, field_encryption=True)
    with database.session() as session:
        body = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
        session.add(body)
        session.flush()
        body_id = body.id
    cases.create_case(database, NewCase("domestic_violence", INTAKE_DAY, body_id, summary="สรุปลับ"))
    path, key = database.path, database.key
    database.close()
    bare = make_engine(path, key)  # as a tool or a benchmark copy would open it, with no field key attached
    try:
        with Session(bare) as session:
            assert session.scalars(select(CaseFile.case_type)).one() == "domestic_violence"
            with pytest.raises(RestrictedFieldError) as refused:
                session.scalars(select(CaseFile.summary)).one()
        assert refused.value.reason is FIELDS_LOCKED
    finally:
        bare.dispose()


def test_a_passphrase_change_that_cannot_write_the_key_file_leaves_the_old_passphrase_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _code = Database.create(tmp_path / "office.mdt", TEST_PASSPHRASE, field_encryption=True)
    with database.session() as session:
        body = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
        session.add(body)
        session.flush()
        body_id = body.id
    case_id, _case_code = cases.create_case(database, NewCase("domestic_violence", INTAKE_DAY, body_id))
    cases.record_consent(database, case_id, "ผู้เสียหาย", "นักสังคมสงเคราะห์", INTAKE_DAY, "ทีมสหวิชาชีพ")
    cases.save_identity(
        database, case_id, IdentityRecord(full_name="นางสาวทดสอบ"), actor="เลขานุการ", today=TODAY
    )

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(StorageError) as refused:
        patched.setattr(keys.KeySlots, "save", disk_full)
        database.change_passphrase("รหัสผ่านที่ไม่ได้บันทึก-2570")
    assert refused.value.problem is StorageProblem.DISK_FULL
    path = database.path
    connection = connect_raw(path, database.key)
    try:
        kinds = sorted(row[0] for row in connection.execute("SELECT kind FROM field_key_slot"))
    finally:
        connection.close()
    assert kinds == ["passphrase", "recovery"]  # the new slot went with the failed change
    database.close()

    reopened = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        identity = cases.read_identity(
            reopened, case_id, actor="เลขานุการ", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
        )
        assert identity is not None and identity.full_name == "นางสาวทดสอบ"
    finally:
        reopened.close()


def test_a_damaged_field_key_slot_is_told_and_the_database_is_left_closed(tmp_path: Path) -> None:
    database, code = Database.create(tmp_path / "office.mdt", TEST_PASSPHRASE, field_encryption=True)
    path = database.path
    connection = connect_raw(path, database.key)
    try:
        connection.execute("UPDATE field_key_slot SET kdf = '{}' WHERE kind = 'passphrase'")
        connection.commit()
    finally:
        connection.close()
    database.close()
    with pytest.raises(RestrictedFieldError) as refused:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert refused.value.reason is FIELD_KEY_SLOTS_DAMAGED
    # Closed again (its lock let go of): the recovery code, whose slot is intact, opens it at once.
    by_code = Database.open_with_recovery_code(path, code)
    by_code.close()


def test_a_database_made_directly_from_its_key_knows_whether_its_fields_are_encrypted(tmp_path: Path) -> None:
    """As a read-only opening or a salvage makes it: plain fields read as before, encrypted ones stay locked."""
    plain, _code = Database.create(tmp_path / "plain.mdt", TEST_PASSPHRASE)
    sealed, _code = Database.create(tmp_path / "sealed.mdt", TEST_PASSPHRASE, field_encryption=True)
    for database in (plain, sealed):
        with database.session() as session:
            body = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
            session.add(body)
            session.flush()
            body_id = body.id
        cases.create_case(database, NewCase("domestic_violence", INTAKE_DAY, body_id, summary="สรุปสถานการณ์"))
    opened = []
    for database in (plain, sealed):
        path, key, slots = database.path, database.key, database.slots
        database.close()
        opened.append(Database(path, key, slots, read_only=True))
    try:
        with opened[0].read_session() as session:
            assert session.scalars(select(CaseFile.summary)).one() == "สรุปสถานการณ์"
        with opened[1].read_session() as session, pytest.raises(RestrictedFieldError) as refused:
            session.scalars(select(CaseFile.summary)).one()
        assert refused.value.reason is FIELDS_LOCKED
    finally:
        for database in opened:
            database.close()


def test_a_wrong_key_met_while_looking_for_the_field_key_leaves_the_file_free_to_open(tmp_path: Path) -> None:
    database, _code = Database.create(tmp_path / "office.mdt", TEST_PASSPHRASE, field_encryption=True)
    path, key = database.path, database.key
    database.close()
    with pytest.raises(StorageError) as refused:
        Database.open_with_key(path, bytes(32))
    assert refused.value.problem is StorageProblem.NOT_OURS
    assert not lock_path_for(path).exists()  # another copy of the program is not told the file is in use
    reopened = Database.open_with_key(path, key)
    reopened.close()
