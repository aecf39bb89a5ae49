"""Restricted fields encrypted by the program (field_crypto): with field encryption on, a marker planted in every
restricted field (the fixture of ``test_tier_markers``) is in no raw row of the database, while the services give
the text back; a value copied into another column, a value altered, a key of another office or a locked key is a
typed refusal in Thai and English; the general fields stay plain and can be searched; and a database without a
field key, as every laptop file is today, keeps its rows exactly as typed."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import psycopg

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.services import cases
from mdt_desktop.services.cases import IdentityRecord
from mdt_desktop.services.exports.annex import build_annex
from mdt_desktop.storage import keys
from mdt_desktop.storage.database import Database, connect_raw
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.field_crypto import (
    FIELD_KEY_WRONG_SECRET,
    FIELD_UNREADABLE,
    FIELDS_LOCKED,
    EncryptedDate,
    EncryptedText,
    RestrictedFieldError,
)
from mdt_desktop.storage.models import Base, CaseFile, CaseIdentity, RiskAssessment
from tests.conftest import TEST_PASSPHRASE
from tests.unit.test_tier_markers import IN_ANNEX, MARKERS, Discussed, found, plant_restricted_case, strings

TODAY = dt.date(2026, 11, 25)
VERSIONS = Path(__file__).resolve().parents[2] / "db" / "versions"
BIRTHDAY = dt.date(1998, 3, 14)
# Every column the annex and the tier-marker test call restricted, by table: what must never reach a server plain.
RESTRICTED = {
    "case_file": {"summary"},
    "case_consent": {"given_by", "scope", "without_consent_reason"},
    "case_identity": {
        "full_name", "date_of_birth", "phone", "address", "nationality", "id_number", "language",
        "restricted_notes",
    },
    "risk_assessment": {"answers", "override_reason", "high_risk_note"},
    "safety_plan": {"responsible_worker", "main_concern", "strengths", "steps_before", "steps_during", "steps_after"},
    "safety_contact": {"name", "relation", "how_to_reach", "note"},
    "safety_plan_service": {"safety_checked_by", "safety_check_finding"},
    "referral": {"refusal_reason", "outcome", "without_consent_note", "decided_by"},
    # Not case fields, but as closed to a server's administrator: the office's signing key, and at the centre the
    # districts' records (with a case's identity when the consent covers the centre).
    "signing_identity": {"private_key_pem"},
    "received_record": {"data"},
}  # fmt: skip


@pytest.fixture
def sealed(tmp_path: Path) -> Iterator[tuple[Database, str]]:
    """A database with field encryption on, and its recovery code."""
    database, code = Database.create(tmp_path / "office.mdt", TEST_PASSPHRASE, field_encryption=True)
    yield database, code
    database.close()


def raw_rows(database: Database) -> dict[str, list[dict[str, object]]]:
    """Every row of every table as the file holds it, read with plain SQL (no column type in between)."""
    connection = connect_raw(database.path, database.key)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found_rows: dict[str, list[dict[str, object]]] = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [description[0] for description in cursor.description]
            found_rows[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        return found_rows
    finally:
        connection.close()


def raw_text(database: Database) -> str:
    return json.dumps(raw_rows(database), ensure_ascii=False, default=str)


def write_raw(database: Database, statement: str, *values: object) -> None:
    connection = connect_raw(database.path, database.key)
    try:
        connection.execute(statement, values)
        connection.commit()
    finally:
        connection.close()


def identity_of(database: Database, case_id: int) -> IdentityRecord | None:
    return cases.read_identity(
        database, case_id, actor="เลขานุการ", purpose=IdentityPurpose.VERIFY_DETAILS, today=TODAY
    )


def case_id_of(database: Database, code: str) -> int:
    with database.read_session() as session:
        return session.scalars(select(CaseFile.id).where(CaseFile.code == code)).one()


def with_birthday(database: Database, code: str) -> int:
    case_id = case_id_of(database, code)
    with database.session() as session:
        identity = session.get(CaseIdentity, case_id)
        assert identity is not None
        identity.date_of_birth = BIRTHDAY
    return case_id


def test_every_restricted_column_and_only_those_is_encrypted_and_named_for_its_own_column() -> None:
    typed: dict[str, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText | EncryptedDate):
                typed.setdefault(table.name, set()).add(column.name)
                assert column.type.field == f"{table.name}.{column.name}"
    assert typed == RESTRICTED


def test_no_planted_marker_is_in_any_raw_row_while_the_services_give_the_text_back(
    sealed: tuple[Database, str],
) -> None:
    database, _code = sealed
    discussed = plant_restricted_case(database)
    case_id = with_birthday(database, discussed.code)

    rows = raw_text(database)
    assert found(rows) == set()
    assert "1998-03-14" not in rows
    identity_row = raw_rows(database)["case_identity"][0]
    assert str(identity_row["full_name"]).startswith("f1:")
    assert str(identity_row["date_of_birth"]).startswith("f1:")

    annex = build_annex(database, discussed.meeting_id, "เลขานุการ", MinutesOptions(), today=TODAY)
    assert found(strings(annex)) == IN_ANNEX
    identity = identity_of(database, case_id)
    assert identity is not None
    assert MARKERS["identity_name"] in identity.full_name
    assert MARKERS["identity_id_number"] in identity.id_number
    assert identity.date_of_birth == BIRTHDAY


def test_the_general_fields_stay_plain_and_can_be_searched_on_the_server_side(
    sealed: tuple[Database, str],
) -> None:
    database, _code = sealed
    discussed = plant_restricted_case(database)
    connection = connect_raw(database.path, database.key)
    try:
        by_code = connection.execute("SELECT case_type FROM case_file WHERE code = ?", (discussed.code,))
        assert by_code.fetchall() == [("domestic_violence",)]
        by_level = connection.execute("SELECT count(*) FROM risk_assessment WHERE level = 'immediate_danger'")
        assert by_level.fetchall() == [(1,)]
        by_resolution = connection.execute(
            "SELECT count(*) FROM agenda_item WHERE resolution LIKE ?", ("%ที่พักปลอดภัย%",)
        )
        assert by_resolution.fetchall() == [(1,)]
        by_day = connection.execute("SELECT count(*) FROM meeting WHERE date = '2026-11-20'")
        assert by_day.fetchall() == [(1,)]
        titles = [row[0] for row in connection.execute("SELECT title FROM agenda_item")]
        assert "กรณีความรุนแรงในครอบครัว" in titles
    finally:
        connection.close()
    with database.read_session() as session:
        levels = session.scalars(select(RiskAssessment.level).where(RiskAssessment.score == 15)).all()
    assert levels == ["immediate_danger"]


def test_two_equal_texts_are_stored_differently(sealed: tuple[Database, str]) -> None:
    database, _code = sealed
    discussed = plant_restricted_case(database)
    case_id = case_id_of(database, discussed.code)
    with database.session() as session:
        identity = session.get(CaseIdentity, case_id)
        assert identity is not None
        identity.phone = identity.language = "081-234-5678"
    row = raw_rows(database)["case_identity"][0]
    assert row["phone"] != row["language"]
    identity = identity_of(database, case_id)
    assert identity is not None and identity.phone == identity.language == "081-234-5678"


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE case_identity SET phone = full_name", "case_identity.phone"),
        ("UPDATE safety_contact SET note = (SELECT full_name FROM case_identity)", "safety_contact.note"),
    ],
)
def test_a_value_copied_into_another_column_is_refused_not_shown(
    sealed: tuple[Database, str], statement: str, field: str
) -> None:
    database, _code = sealed
    discussed = plant_restricted_case(database)
    write_raw(database, statement)
    if field.startswith("case_identity"):
        with pytest.raises(RestrictedFieldError) as refused:
            identity_of(database, case_id_of(database, discussed.code))
    else:
        with pytest.raises(RestrictedFieldError) as refused:
            build_annex(database, discussed.meeting_id, "เลขานุการ", MinutesOptions(), today=TODAY)
    assert refused.value.reason is FIELD_UNREADABLE
    assert field in refused.value.message("th") and field in refused.value.message("en")
    assert "ถอดรหัส" in refused.value.message("th")
    assert MARKERS["identity_name"] not in refused.value.message("en")


def test_an_altered_value_is_refused(sealed: tuple[Database, str]) -> None:
    database, _code = sealed
    discussed = plant_restricted_case(database)
    stored = str(raw_rows(database)["case_file"][0]["summary"])
    flipped = stored[:-6] + ("A" if stored[-6] != "A" else "B") + stored[-5:]
    write_raw(database, "UPDATE case_file SET summary = ?", flipped)
    with database.read_session() as session, pytest.raises(RestrictedFieldError) as refused:
        session.scalars(select(CaseFile.summary)).one()
    assert refused.value.reason is FIELD_UNREADABLE
    # A plain text put in by someone at the server is not taken for the office's own.
    write_raw(database, "UPDATE case_file SET summary = ?", "ข้อความที่ผู้ดูแลเซิร์ฟเวอร์ใส่เอง")
    with database.read_session() as session, pytest.raises(RestrictedFieldError):
        session.scalars(select(CaseFile.summary)).one()
    with database.read_session() as session:  # the case's general facts still read
        assert session.scalars(select(CaseFile.code)).one() == discussed.code


def test_another_offices_key_reads_nothing(tmp_path: Path) -> None:
    """Two offices with the same passphrase: the field key of one does not open the other's fields."""
    ours, _code = Database.create(tmp_path / "ours.mdt", TEST_PASSPHRASE, field_encryption=True)
    theirs, _code = Database.create(tmp_path / "theirs.mdt", TEST_PASSPHRASE, field_encryption=True)
    discussed = plant_restricted_case(ours)
    their_slots = raw_rows(theirs)["field_key_slot"]
    theirs.close()
    write_raw(ours, "DELETE FROM field_key_slot")
    for slot in their_slots:
        write_raw(
            ours,
            "INSERT INTO field_key_slot (kind, kdf, wrapped_key) VALUES (?, ?, ?)",
            slot["kind"],
            slot["kdf"],
            slot["wrapped_key"],
        )
    ours.close()
    reopened = Database.open_with_passphrase(tmp_path / "ours.mdt", TEST_PASSPHRASE)
    try:
        with pytest.raises(RestrictedFieldError) as refused:
            identity_of(reopened, case_id_of(reopened, discussed.code))
        assert refused.value.reason is FIELD_UNREADABLE
    finally:
        reopened.close()


def test_opened_with_the_key_alone_the_fields_are_locked_until_the_passphrase_unlocks_them(
    sealed: tuple[Database, str],
) -> None:
    database, _code = sealed
    discussed = plant_restricted_case(database)
    path, key = database.path, database.key
    database.close()
    opened = Database.open_with_key(path, key)  # as from the keyring
    try:
        case_id = case_id_of(opened, discussed.code)  # the general fields read
        with pytest.raises(RestrictedFieldError) as refused:
            identity_of(opened, case_id)
        assert refused.value.reason is FIELDS_LOCKED
        assert "ปลดล็อก" in refused.value.message("th") and "unlock" in refused.value.message("en")
        with pytest.raises(RestrictedFieldError) as refused:  # nothing plain is written meanwhile
            cases.save_identity(
                opened, case_id, IdentityRecord(full_name="ชื่อใหม่"), actor="เลขานุการ", today=TODAY
            )
        assert refused.value.reason is FIELDS_LOCKED
        assert "ชื่อใหม่" not in raw_text(opened)
        with pytest.raises(RestrictedFieldError):  # a new passphrase would not open the fields
            opened.change_passphrase("รหัสผ่านใหม่-2570")
        with pytest.raises(RestrictedFieldError) as refused:
            opened.unlock_fields_with_passphrase("ไม่ใช่รหัสผ่าน")
        assert refused.value.reason is FIELD_KEY_WRONG_SECRET
        assert keys.throttle.seconds_left(path) > 0  # the next guess waits, as at the unlock window

        opened.unlock_fields_with_passphrase(TEST_PASSPHRASE)
        assert keys.throttle.seconds_left(path) == 0
        identity = identity_of(opened, case_id)
        assert identity is not None and MARKERS["identity_name"] in identity.full_name
    finally:
        opened.close()


def test_a_wrong_passphrase_opens_neither_the_file_nor_its_fields(sealed: tuple[Database, str]) -> None:
    database, _code = sealed
    path = database.path
    database.close()
    with pytest.raises(StorageError) as refused:
        Database.open_with_passphrase(path, "ไม่ใช่รหัสผ่าน")
    assert refused.value.problem is StorageProblem.WRONG_SECRET


def test_the_passphrase_and_the_recovery_code_open_the_fields_and_a_new_passphrase_rewraps_the_key(
    sealed: tuple[Database, str],
) -> None:
    database, code = sealed
    discussed = plant_restricted_case(database)
    path = database.path
    stored_name = raw_rows(database)["case_identity"][0]["full_name"]
    database.close()

    by_code = Database.open_with_recovery_code(path, code)
    new_passphrase = "รหัสผ่านใหม่-ของสำนักงาน-2570"
    by_code.change_passphrase(new_passphrase)
    slots = raw_rows(by_code)["field_key_slot"]
    assert sorted(slot["kind"] for slot in slots) == ["passphrase", "recovery"]
    by_code.close()

    with pytest.raises(StorageError):
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    reopened = Database.open_with_passphrase(path, new_passphrase)
    try:
        identity = identity_of(reopened, case_id_of(reopened, discussed.code))
        assert identity is not None and MARKERS["identity_name"] in identity.full_name
        # The field key is the same: the values were not rewritten.
        assert raw_rows(reopened)["case_identity"][0]["full_name"] == stored_name
    finally:
        reopened.close()


def test_a_new_recovery_code_and_a_rekey_keep_the_fields_readable(sealed: tuple[Database, str]) -> None:
    database, _old_code = sealed
    discussed = plant_restricted_case(database)
    path = database.path
    new_code = database.new_recovery_code()
    database.close()
    by_new_code = Database.open_with_recovery_code(path, new_code)
    after_rekey = "รหัสผ่านหลังเปลี่ยนกุญแจ-2570"
    rekey_code = by_new_code.rekey(after_rekey)
    assert sorted(slot["kind"] for slot in raw_rows(by_new_code)["field_key_slot"]) == [
        "passphrase",
        "recovery",
    ]
    by_new_code.close()
    for opened in (
        lambda: Database.open_with_passphrase(path, after_rekey),
        lambda: Database.open_with_recovery_code(path, rekey_code),
    ):
        database = opened()
        try:
            identity = identity_of(database, case_id_of(database, discussed.code))
            assert identity is not None and MARKERS["identity_phone"] in identity.phone
        finally:
            database.close()


def test_without_field_encryption_the_rows_are_exactly_as_typed(database: Database) -> None:
    """Today's laptop files: no field key, every restricted value stored as typed (the file itself is
    encrypted), nothing in encrypted form."""
    discussed: Discussed = plant_restricted_case(database)
    with_birthday(database, discussed.code)
    rows = raw_rows(database)
    assert rows["field_key_slot"] == []
    assert found(raw_text(database)) == set(MARKERS)
    identity_row = rows["case_identity"][0]
    assert identity_row["full_name"] == f"ลับ{MARKERS['identity_name']}"
    assert identity_row["date_of_birth"] == "1998-03-14"
    assert not re.search(r"\bf1:", raw_text(database))


def test_a_plain_value_that_looks_like_a_ciphertext_stays_text_on_a_database_without_field_key(
    database: Database,
) -> None:
    discussed = plant_restricted_case(database)
    lookalike = "f1:" + "A" * 80
    with database.session() as session:
        session.execute(text("UPDATE case_file SET summary = :value"), {"value": lookalike})
    with database.read_session() as session:
        assert (
            session.scalars(select(CaseFile.summary).where(CaseFile.code == discussed.code)).one()
            == lookalike
        )


def test_on_a_server_every_restricted_column_is_text_and_revision_0010_widens_exactly_those_declared_shorter() -> (
    None
):
    """A ciphertext is longer than its text: PostgreSQL, which enforces VARCHAR lengths and DATE, gets TEXT for
    every restricted column (from the models for a new database, from revision 0010 for one made by the earlier
    revisions); SQLite keeps the declared types, as the migration test checks against the frozen schema."""
    server, laptop = psycopg.dialect(), sqlite.dialect()  # the driver the server uses
    widened: set[tuple[str, str, str]] = set()
    for table_name, columns in RESTRICTED.items():
        table = Base.metadata.tables[table_name]
        for column_name in columns:
            column_type = table.c[column_name].type
            assert column_type.compile(dialect=server) == "TEXT"
            declared = column_type.compile(dialect=laptop)
            if declared != "TEXT":
                widened.add((table_name, column_name, declared))
    revision = importlib.util.spec_from_file_location(
        "revision_0010", VERSIONS / "0010_restricted_columns_as_text.py"
    )
    assert revision is not None and revision.loader is not None
    module = importlib.util.module_from_spec(revision)
    revision.loader.exec_module(module)
    in_revision = {(table, column, f"VARCHAR({length})") for table, column, length in module._LIMITED}
    assert widened == in_revision | {("case_identity", "date_of_birth", "DATE")}
