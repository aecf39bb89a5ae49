"""Restricted fields on a real PostgreSQL server: a marker planted in every restricted field (the fixture of
``test_tier_markers``) is nowhere in ``pg_dump``'s output nor in what the server's superuser reads with ``psql``,
while the program reads it back with the office's key; opened again, the fields are locked until the passphrase,
the recovery code or a person's own passphrase unlocks them; a database made plain is encrypted in place, once;
and ``mdt demo --url`` and ``mdt encrypt-fields`` leave no survivor's name plain on the server."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import cases, profiles
from mdt_desktop.services.cases import IdentityRecord
from mdt_desktop.services.exports.annex import build_annex
from mdt_desktop.storage import keys
from mdt_desktop.storage.database import FILE_ENCRYPTED_WHOLE, Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.field_crypto import (
    FIELD_KEY_WRONG_SECRET,
    FIELDS_LOCKED,
    FIELDS_OFF,
    FieldState,
    RestrictedFieldError,
)
from mdt_desktop.storage.models import CaseFile, CaseIdentity, UserProfile
from mdt_desktop.storage.server import OTHERS_CONNECTED, ServerDatabase, create_encrypted_schema
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.pg_server import SUPERUSER, PostgresServer
from tests.unit.test_tier_markers import IN_ANNEX, MARKERS, found, plant_restricted_case, strings

TODAY = dt.date(2026, 11, 25)
BIRTHDAY = dt.date(1998, 3, 14)
PERSON_PASSPHRASE = "สมหญิง-ใช้-รหัสของตนเอง-2569"
OFFICE_PASSPHRASE = "ลำปาง-น้ำใจ-2569"  # one the command takes as strong enough for a new key
# Tables whose rows hold restricted fields, read whole by the server's superuser.
RESTRICTED_TABLES = (
    "case_file", "case_consent", "case_identity", "risk_assessment", "safety_plan", "safety_contact",
    "safety_plan_service", "referral", "signing_identity", "received_record",
)  # fmt: skip


def database_name(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


@pytest.fixture
def sealed_server(pg_url: str) -> Iterator[tuple[ServerDatabase, str]]:
    """A database on the test server made with its restricted fields encrypted, and its recovery code."""
    database, code = create_encrypted_schema(pg_url, TEST_PASSPHRASE, kdf=TEST_KDF)
    yield database, code
    database.close()


def pg_dump(server: PostgresServer, url: str) -> str:
    """What the server's administrator backs up: the whole database as SQL."""
    result = subprocess.run(
        [
            str(server.bindir / "pg_dump"), "--host", str(server.socket_dir), "--port", str(server.port),
            "--username", SUPERUSER, "--no-owner", database_name(url),
        ],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout


def psql_rows(server: PostgresServer, url: str, table: str) -> str:
    """Every row of ``table`` as the server's superuser reads it with psql, one JSON object a line."""
    result = subprocess.run(
        [
            "psql", "--host", str(server.socket_dir), "--port", str(server.port), "--username", SUPERUSER,
            "--dbname", database_name(url), "--no-psqlrc", "--tuples-only", "--no-align",
            "--command", f"SELECT row_to_json(t) FROM {table} t ORDER BY 1::text",
        ],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout


def everything_psql_reads(server: PostgresServer, url: str) -> str:
    return "\n".join(psql_rows(server, url, table) for table in RESTRICTED_TABLES)


def with_birthday(database: Database, code: str) -> int:
    with database.session() as session:
        case_id = session.scalars(select(CaseFile.id).where(CaseFile.code == code)).one()
        identity = session.get(CaseIdentity, case_id)
        assert identity is not None
        identity.date_of_birth = BIRTHDAY
    return case_id


def identity_of(database: Database, case_id: int) -> IdentityRecord | None:
    return cases.read_identity(
        database, case_id, actor="เลขานุการ", purpose=IdentityPurpose.VERIFY_DETAILS, today=TODAY
    )


def name_read_back(database: Database, case_id: int) -> bool:
    identity = identity_of(database, case_id)
    return identity is not None and MARKERS["identity_name"] in identity.full_name


def test_the_server_keeps_no_planted_marker_plain_while_the_program_reads_them_with_the_key(
    pg_server: PostgresServer, pg_url: str, sealed_server: tuple[ServerDatabase, str]
) -> None:
    database, _code = sealed_server
    assert database.restricted_fields.state is FieldState.OPEN  # open for the session that made it
    discussed = plant_restricted_case(database)
    case_id = with_birthday(database, discussed.code)

    dump = pg_dump(pg_server, pg_url)
    assert found(dump) == set()
    assert "1998-03-14" not in dump
    assert discussed.code in dump  # the general fields are there, plain
    read_by_superuser = everything_psql_reads(pg_server, pg_url)
    assert found(read_by_superuser) == set()
    assert discussed.code in read_by_superuser and '"full_name":"f1:' in read_by_superuser

    annex = build_annex(database, discussed.meeting_id, "เลขานุการ", MinutesOptions(), today=TODAY)
    assert found(strings(annex)) == IN_ANNEX
    identity = identity_of(database, case_id)
    assert identity is not None and identity.date_of_birth == BIRTHDAY
    assert MARKERS["identity_id_number"] in identity.id_number


def test_opened_again_the_fields_are_locked_until_the_passphrase_or_the_recovery_code(
    pg_url: str, sealed_server: tuple[ServerDatabase, str]
) -> None:
    database, code = sealed_server
    discussed = plant_restricted_case(database)
    case_id = with_birthday(database, discussed.code)
    database.close()

    opened = ServerDatabase.open(pg_url)
    try:
        assert opened.restricted_fields.state is FieldState.LOCKED
        with opened.read_session() as session:  # the general fields read
            assert session.scalars(select(CaseFile.code)).all() == [discussed.code]
        with pytest.raises(RestrictedFieldError) as locked:
            identity_of(opened, case_id)
        assert locked.value.reason is FIELDS_LOCKED
        assert "ปลดล็อก" in locked.value.message("th") and "not unlocked" in locked.value.message("en")
        with pytest.raises(RestrictedFieldError) as locked:  # nothing plain is written meanwhile
            cases.save_identity(
                opened, case_id, IdentityRecord(full_name="ชื่อใหม่"), actor="เลขานุการ", today=TODAY
            )
        assert locked.value.reason is FIELDS_LOCKED

        with pytest.raises(RestrictedFieldError) as wrong:
            opened.unlock_fields_with_passphrase("ไม่ใช่รหัสผ่านของสำนักงาน")
        assert wrong.value.reason is FIELD_KEY_WRONG_SECRET
        assert "รหัสผ่าน" in wrong.value.message("th") and "does not unlock" in wrong.value.message("en")
        assert opened.restricted_fields.state is FieldState.LOCKED
        # Counted for this database (not a file's path, which a server has not): the next guess waits.
        assert keys.throttle.seconds_left(opened.throttle_key) > 0
        opened.unlock_fields_with_passphrase(TEST_PASSPHRASE)
        assert keys.throttle.seconds_left(opened.throttle_key) == 0
        assert name_read_back(opened, case_id)
    finally:
        opened.close()

    by_code = ServerDatabase.open(pg_url)
    try:
        by_code.unlock_fields_with_recovery_code(code)
        assert name_read_back(by_code, case_id)
        new_code = by_code.new_recovery_code()
    finally:
        by_code.close()
    by_new_code = ServerDatabase.open(pg_url)
    try:
        with pytest.raises(RestrictedFieldError):
            by_new_code.unlock_fields_with_recovery_code(code)  # the old code stopped working
        by_new_code.unlock_fields_with_recovery_code(new_code)
        assert name_read_back(by_new_code, case_id)
    finally:
        by_new_code.close()


def add_person(database: Database, name: str, server_account: str | None = None) -> int:
    profile = profiles.add_profile(database, name, "ผู้ดูแลระบบ")
    if server_account is not None:
        with database.session() as session:
            row = session.get(UserProfile, profile.id)
            assert row is not None
            row.server_account = server_account
    return profile.id


def test_a_persons_own_passphrase_unlocks_for_them_alone_until_their_slot_is_removed(
    pg_url: str, sealed_server: tuple[ServerDatabase, str]
) -> None:
    database, _code = sealed_server
    discussed = plant_restricted_case(database)
    case_id = with_birthday(database, discussed.code)
    somying = add_person(database, "สมหญิง ใจดี")
    add_person(database, "สมชาย รักงาน")
    database.add_person_field_slot(somying, PERSON_PASSPHRASE, kdf=TEST_KDF)
    assert database.profiles_with_field_slots() == {somying}
    database.close()

    def opened_as(actor: str) -> ServerDatabase:
        opened = ServerDatabase.open(pg_url)
        opened.actor = actor
        return opened

    as_somying = opened_as("สมหญิง ใจดี")
    try:
        as_somying.unlock_fields_with_passphrase(PERSON_PASSPHRASE)
        assert name_read_back(as_somying, case_id)
    finally:
        as_somying.close()
    as_somchai = opened_as("สมชาย รักงาน")  # her passphrase is hers: it does not open for another person
    try:
        with pytest.raises(RestrictedFieldError) as refused:
            as_somchai.unlock_fields_with_passphrase(PERSON_PASSPHRASE)
        assert refused.value.reason is FIELD_KEY_WRONG_SECRET
        as_somchai.unlock_fields_with_passphrase(TEST_PASSPHRASE)  # the office's passphrase opens for anyone
        # A new office passphrase re-wraps the office's slot and leaves the people's own.
        as_somchai.check_field_passphrase(TEST_PASSPHRASE)
        as_somchai.change_passphrase("รหัสผ่านใหม่-ของสำนักงาน-2570")
        assert as_somchai.remove_person_field_slot(somying)
        assert not as_somchai.remove_person_field_slot(somying)
        assert as_somchai.profiles_with_field_slots() == frozenset()
    finally:
        as_somchai.close()

    as_somying = opened_as("สมหญิง ใจดี")
    try:
        with pytest.raises(RestrictedFieldError) as removed:
            as_somying.unlock_fields_with_passphrase(PERSON_PASSPHRASE)
        assert removed.value.reason is FIELD_KEY_WRONG_SECRET
        with pytest.raises(RestrictedFieldError):
            as_somying.unlock_fields_with_passphrase(TEST_PASSPHRASE)  # the old office passphrase is gone
        as_somying.unlock_fields_with_passphrase("รหัสผ่านใหม่-ของสำนักงาน-2570")
        assert name_read_back(as_somying, case_id)
    finally:
        as_somying.close()


def test_a_person_signed_in_with_their_server_account_is_known_by_it_at_unlock(
    pg_url: str, sealed_server: tuple[ServerDatabase, str]
) -> None:
    database, _code = sealed_server
    discussed = plant_restricted_case(database)
    case_id = with_birthday(database, discussed.code)
    # The test server's one account is its superuser: the person whose server account it is.
    somying = add_person(database, "สมหญิง ใจดี", server_account=SUPERUSER)
    database.add_person_field_slot(somying, PERSON_PASSPHRASE, kdf=TEST_KDF)
    database.close()
    opened = ServerDatabase.open(pg_url)  # no profile chosen: the connection says who it is
    try:
        opened.unlock_fields_with_passphrase(PERSON_PASSPHRASE)
        assert name_read_back(opened, case_id)
    finally:
        opened.close()


def test_a_persons_slot_needs_the_key_open_and_a_database_with_field_key(
    pg_url: str, sealed_server: tuple[ServerDatabase, str], plain_server_database: ServerDatabase
) -> None:
    database, _code = sealed_server
    person = add_person(database, "สมหญิง ใจดี")
    database.close()
    locked = ServerDatabase.open(pg_url)
    try:
        with pytest.raises(RestrictedFieldError) as refused:
            locked.add_person_field_slot(person, PERSON_PASSPHRASE, kdf=TEST_KDF)
        assert refused.value.reason is FIELDS_LOCKED
        assert locked.profiles_with_field_slots() == frozenset()
    finally:
        locked.close()
    plain_person = add_person(plain_server_database, "สมชาย รักงาน")
    with pytest.raises(RestrictedFieldError) as off:
        plain_server_database.add_person_field_slot(plain_person, PERSON_PASSPHRASE, kdf=TEST_KDF)
    assert off.value.reason is FIELDS_OFF
    assert "mdt encrypt-fields" in off.value.message("th") and "mdt encrypt-fields" in off.value.message("en")
    with pytest.raises(RestrictedFieldError) as no_passphrase:
        plain_server_database.check_field_passphrase(TEST_PASSPHRASE)
    assert no_passphrase.value.reason is FIELDS_OFF


def test_a_plain_plain_server_database_is_encrypted_in_place_once(
    pg_server: PostgresServer, pg_url: str, plain_server_database: ServerDatabase
) -> None:
    url = plain_server_database.url.render_as_string(hide_password=False)
    assert plain_server_database.restricted_fields.state is FieldState.OFF
    discussed = plant_restricted_case(plain_server_database)
    case_id = with_birthday(plain_server_database, discussed.code)
    assert found(everything_psql_reads(pg_server, url)) == set(MARKERS)  # plain before: the test can fail

    steps: list[tuple[int, str]] = []
    code = plain_server_database.encrypt_fields(
        TEST_PASSPHRASE, kdf=TEST_KDF, progress=lambda percent, what: steps.append((percent, what))
    )
    assert code is not None and len(code) > 20
    assert steps[0][0] == 0 and steps[-1][0] == 100 and ("case_identity.full_name" in {w for _p, w in steps})
    assert found(pg_dump(pg_server, url)) == set()
    sealed_rows = everything_psql_reads(pg_server, url)
    assert found(sealed_rows) == set() and "1998-03-14" not in sealed_rows
    assert name_read_back(plain_server_database, case_id)  # the key is open for the session that turned it on
    identity = identity_of(plain_server_database, case_id)
    assert identity is not None and identity.date_of_birth == BIRTHDAY

    # Again: nothing encrypted twice, no new recovery code; a value written plain past the program meanwhile is.
    with pg_server.connect(database_name(url)) as connection:
        connection.execute(
            "UPDATE case_identity SET language = 'ลับQZPLAINMARK' WHERE case_id = %s", (case_id,)
        )
    plain_server_database.close()
    reopened = ServerDatabase.open(url)
    try:
        assert reopened.encrypt_fields(TEST_PASSPHRASE) is None
        again = everything_psql_reads(pg_server, url)
        assert "QZPLAINMARK" not in again
        unchanged = [line for line in sealed_rows.splitlines() if '"case_id"' not in line]
        assert unchanged and all(line in again for line in unchanged)
        identity = identity_of(reopened, case_id)
        assert identity is not None and identity.language == "ลับQZPLAINMARK"
        with pytest.raises(RestrictedFieldError) as wrong:  # again, with another passphrase: refused
            reopened.encrypt_fields("ไม่ใช่รหัสผ่านของสำนักงาน")
        assert wrong.value.reason is FIELD_KEY_WRONG_SECRET
    finally:
        reopened.close()


def test_encrypting_in_place_is_refused_while_someone_else_is_connected_and_on_a_read_only_server(
    pg_server: PostgresServer, plain_server_database: ServerDatabase
) -> None:
    url = plain_server_database.url.render_as_string(hide_password=False)
    discussed = plant_restricted_case(plain_server_database)
    other = ServerDatabase.open(url)
    try:
        # Someone else's program, connected.
        with other.engine.connect(), pytest.raises(Refusal) as refused:
            plain_server_database.encrypt_fields(TEST_PASSPHRASE, kdf=TEST_KDF)
    finally:
        other.close()
    assert refused.value.reason is OTHERS_CONNECTED
    assert "ปิดโปรแกรม" in refused.value.message("th") and "close the program" in refused.value.message("en")
    assert found(everything_psql_reads(pg_server, url)) == set(MARKERS)  # nothing changed
    assert plain_server_database.restricted_fields.state is FieldState.OFF

    with pg_server.connect() as connection:
        connection.execute(f"ALTER DATABASE {database_name(url)} SET default_transaction_read_only = on")
    plain_server_database.close()
    read_only = ServerDatabase.open(url)
    try:
        with pytest.raises(StorageError) as refused_read_only:
            read_only.encrypt_fields(TEST_PASSPHRASE, kdf=TEST_KDF)
        assert refused_read_only.value.problem is StorageProblem.SERVER_READ_ONLY
    finally:
        read_only.close()
    assert discussed.code in psql_rows(pg_server, url, "case_file")


def test_a_database_file_is_not_encrypted_field_by_field(database: Database) -> None:
    with pytest.raises(Refusal) as refused:
        database.encrypt_fields(TEST_PASSPHRASE)
    assert refused.value.reason is FILE_ENCRYPTED_WHOLE
    assert "SQLCipher" in refused.value.message("th") and "SQLCipher" in refused.value.message("en")


def _mdt(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mdt_desktop", *arguments],
        capture_output=True, text=True, timeout=600, check=False, input=stdin,
    )  # fmt: skip


def test_mdt_demo_on_a_server_leaves_no_identity_plain_and_is_measured_unlocked(
    pg_server: PostgresServer, pg_url: str
) -> None:
    from mdt_desktop import bench
    from mdt_desktop.demo import DEMO_PASSPHRASE

    plain_url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    demo = _mdt("demo", "--url", plain_url)
    assert demo.returncode == 0, demo.stderr
    assert f"Demo passphrase of the restricted fields: {DEMO_PASSPHRASE}" in demo.stdout
    assert "Recovery code:" in demo.stdout
    identities = psql_rows(pg_server, pg_url, "case_identity").splitlines()
    assert len(identities) > 10
    assert all('"full_name":"f1:' in line for line in identities)
    opened = ServerDatabase.open(pg_url)
    try:
        assert opened.restricted_fields.state is FieldState.LOCKED
        opened.unlock_fields_with_passphrase(DEMO_PASSPHRASE)
        with opened.read_session() as session:
            names = session.scalars(select(CaseIdentity.full_name)).all()
        assert names and not any(name.startswith("f1:") for name in names)
    finally:
        opened.close()
    check = _mdt("check", "--url", plain_url)  # the checks read no restricted field
    assert check.returncode == 0, check.stderr
    measured = bench.run_on_server(pg_url, runs=1)  # the assessment it stores has restricted answers
    assert all(
        result["value"] is not None for result in measured["results"] if "search" not in result["name"]
    )


def test_mdt_encrypt_fields_turns_a_plain_plain_server_database_over_and_refuses_a_file(
    pg_server: PostgresServer, plain_server_database: ServerDatabase, tmp_path: Path
) -> None:
    url = plain_server_database.url.render_as_string(hide_password=False)
    plant_restricted_case(plain_server_database)
    plain_server_database.close()
    typed = OFFICE_PASSPHRASE + "\n"
    weak = _mdt("encrypt-fields", "--url", url, "--passphrase-stdin", stdin="1234\n")
    assert weak.returncode == 2 and "cannot be used" in weak.stderr  # a new key's passphrase must be strong
    assert found(pg_dump(pg_server, url)) == set(MARKERS)
    turned = _mdt("encrypt-fields", "--url", url, "--passphrase-stdin", stdin=typed)
    assert turned.returncode == 0, turned.stderr
    assert "Recovery code:" in turned.stdout and "100%" in turned.stderr
    assert found(pg_dump(pg_server, url)) == set()
    again = _mdt("encrypt-fields", "--url", url, "--passphrase-stdin", stdin=typed)
    assert again.returncode == 0, again.stderr
    assert "Recovery code:" not in again.stdout
    wrong = _mdt("encrypt-fields", "--url", url, "--passphrase-stdin", stdin="ไม่ใช่รหัสผ่าน\n")
    assert wrong.returncode == 2 and "does not unlock" in wrong.stderr
    audited = psql_rows(pg_server, url, "audit_entry")
    assert '"event":"encrypt_fields"' in audited and '"event":"encrypt_fields_again"' in audited

    a_file = _mdt("encrypt-fields", str(tmp_path / "office.mdt"), "--passphrase-stdin", stdin=typed)
    assert a_file.returncode == 2 and "SQLCipher" in a_file.stderr


def test_the_office_changes_the_passphrase_of_its_restricted_fields_on_a_server(
    server_database: ServerDatabase,
) -> None:
    """Settings' passphrase change on a server checks the office's passphrase of the field key (a wrong one is
    refused, nothing changed) and rewraps the key: the new one unlocks on the next sign-in, the old one no more."""
    from mdt_desktop.services import settings

    new = "ลำพูน-ใบไม้-2570-สำนักงาน"
    with pytest.raises(RestrictedFieldError):
        settings.change_passphrase(server_database, "ผู้ดูแล", "ไม่ใช่รหัสนี้-2569", new)
    settings.change_passphrase(server_database, "ผู้ดูแล", TEST_PASSPHRASE, new)
    url = server_database.url.render_as_string(hide_password=False)
    reopened = ServerDatabase.open(url)
    try:
        with pytest.raises(RestrictedFieldError):
            reopened.unlock_fields_with_passphrase(TEST_PASSPHRASE)
        reopened.unlock_fields_with_passphrase(new)
        assert reopened.restricted_fields.state is FieldState.OPEN
    finally:
        reopened.close()
