"""``mdt roles``: list, grant and revoke people's roles on a laptop file and on a server, and on a server map people
to their own accounts and set up what the server enforces (``mdt roles secure``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert

from mdt_desktop import cli
from mdt_desktop.services import audit, roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, Body
from mdt_desktop.storage.server import ServerDatabase, create_schema
from tests.cli_support import run_mdt
from tests.conftest import TEST_PASSPHRASE
from tests.pg_server import SUPERUSER, PostgresServer

ADMINISTRATOR = "สมชาย ใจดี"
SECRETARY = "สมหญิง รักงาน"
OFFICER = "วิภา ตั้งใจ"


def _fill(database: Database) -> None:
    with database.session() as session:
        session.execute(
            insert(Agency).values(
                name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
                abbreviation="พมจ.",
                sector="government",
                level="province",
            )
        )
        session.execute(insert(Body).values(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเมือง", level="district"))


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.mdt"
    database, _code = Database.create(path, TEST_PASSPHRASE)
    try:
        _fill(database)
    finally:
        database.close()
    return path


def test_on_a_file_the_first_person_becomes_the_administrator_and_gives_the_roles(
    office_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, stdin = str(office_file), TEST_PASSPHRASE + "\n"
    status, out, err = run_mdt(
        monkeypatch,
        capsys,
        "roles",
        "grant",
        db,
        "--new-person",
        "--person",
        ADMINISTRATOR,
        "--role",
        "administrator",
        "--passphrase-stdin",
        stdin=stdin,
    )
    assert status == cli.EXIT_OK, err
    assert f"Added the person {ADMINISTRATOR}" in out
    as_administrator = ("--user", ADMINISTRATOR, "roles", "grant", db, "--passphrase-stdin", "--new-person")
    status, _out, err = run_mdt(
        monkeypatch,
        capsys,
        *as_administrator,
        "--person",
        SECRETARY,
        "--role",
        "secretary",
        "--body",
        "1",
        stdin=stdin,
    )
    assert status == cli.EXIT_OK, err
    status, _out, err = run_mdt(
        monkeypatch,
        capsys,
        *as_administrator,
        "--person",
        OFFICER,
        "--role",
        "agency_officer",
        "--agency",
        "พมจ.",
        stdin=stdin,
    )
    assert status == cli.EXIT_OK, err
    status, out, err = run_mdt(
        monkeypatch, capsys, "--user", OFFICER, "roles", "list", db, "--passphrase-stdin", stdin=stdin
    )
    assert status == cli.EXIT_OK, err
    assert out.splitlines() == [
        f"{OFFICER}\tเจ้าหน้าที่หน่วยงาน / agency officer\tพมจ.\t",
        f"{ADMINISTRATOR}\tผู้ดูแลระบบ / administrator\t\t",
        f"{SECRETARY}\tเลขานุการ / secretary\tทีมสหวิชาชีพอำเภอเมือง\t",
    ]


def test_on_a_file_a_revoked_role_is_gone_and_only_the_administrator_revokes(
    office_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, stdin = str(office_file), TEST_PASSPHRASE + "\n"
    grant = ("roles", "grant", db, "--passphrase-stdin", "--new-person")
    assert (
        run_mdt(
            monkeypatch, capsys, *grant, "--person", ADMINISTRATOR, "--role", "administrator", stdin=stdin
        )[0]
        == 0
    )
    assert (
        run_mdt(
            monkeypatch,
            capsys,
            "--user",
            ADMINISTRATOR,
            *grant,
            "--person",
            SECRETARY,
            "--role",
            "secretary",
            "--body",
            "1",
            stdin=stdin,
        )[0]
        == 0
    )
    revoke = (
        "roles",
        "revoke",
        db,
        "--passphrase-stdin",
        "--person",
        SECRETARY,
        "--role",
        "secretary",
        "--body",
        "1",
    )
    status, _out, err = run_mdt(monkeypatch, capsys, "--user", SECRETARY, *revoke, stdin=stdin)
    assert status == cli.EXIT_ERROR
    assert "ผู้ดูแลระบบ" in err and "administrator" in err
    status, out, err = run_mdt(monkeypatch, capsys, "--user", ADMINISTRATOR, *revoke, stdin=stdin)
    assert status == cli.EXIT_OK, err
    assert f"Revoked {SECRETARY}'s role of secretary" in out
    status, _out, err = run_mdt(monkeypatch, capsys, "--user", ADMINISTRATOR, *revoke, stdin=stdin)
    assert status == cli.EXIT_ERROR
    assert f"{SECRETARY} does not hold the role of secretary (1)" in err
    database = Database.open_with_passphrase(office_file, TEST_PASSPHRASE)
    try:
        people = {person.name: person for person in roles.list_people_with_roles(database)}
        assert people[SECRETARY].grants == ()
        events = [entry.event for entry in audit.list_entries(database, "user_role")]
    finally:
        database.close()
    assert events == [roles.GRANTED, roles.GRANTED, roles.REVOKED]


def test_on_a_file_an_unknown_agency_or_an_account_is_refused_with_what_there_is(
    office_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, stdin = str(office_file), TEST_PASSPHRASE + "\n"
    grant = ("roles", "grant", db, "--passphrase-stdin", "--new-person", "--person", OFFICER, "--role")
    status, _out, err = run_mdt(monkeypatch, capsys, *grant, "agency_officer", "--agency", "สภ.", stdin=stdin)
    assert status == cli.EXIT_ERROR
    assert (
        err.strip()
        == "mdt: ไม่พบหน่วยงาน สภ. ในฐานข้อมูลนี้ ที่มี: พมจ. / This database has no agency สภ.. It has: พมจ."
    )
    status, _out, err = run_mdt(
        monkeypatch, capsys, *grant, "administrator", "--account", "wipa", stdin=stdin
    )
    assert status == cli.EXIT_ERROR
    assert "--account is for a database on a server (--url) only" in err


# --- on a server ------------------------------------------------------------------------------------------------


@pytest.fixture
def office_url(pg_server: PostgresServer, pg_schema_template: str) -> Iterator[str]:
    with pg_server.database(template=pg_schema_template) as name:
        database = ServerDatabase.open(pg_server.url(name))
        try:
            _fill(database)
        finally:
            database.close()
        yield name


def test_on_a_server_the_owner_sets_up_the_security_and_the_accounts(
    pg_server: PostgresServer,
    office_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name, url = office_url, pg_server.url(office_url)
    status, out, err = run_mdt(monkeypatch, capsys, "roles", "secure", "--url", url)
    assert status == cli.EXIT_OK, err
    assert f"Created the group {name}_agency_officer" in out
    administrator_account, officer_account = f"admin_{name}", f"officer_{name}"
    status, out, err = run_mdt(
        monkeypatch,
        capsys,
        "roles",
        "grant",
        "--url",
        url,
        "--new-person",
        "--person",
        ADMINISTRATOR,
        "--role",
        "administrator",
        "--account",
        administrator_account,
        "--password-stdin",
        stdin="รหัส-ผ่าน-ของ-สมชาย\n",
    )
    assert status == cli.EXIT_OK, err
    assert f"Created the server account {administrator_account}" in out
    assert f"{administrator_account}: {name}_admin" in out
    # The administrator, signed in with their own account, gives the officer a role and an account.
    own_url = url.replace("mdt_test@", f"{administrator_account}@")
    status, out, err = run_mdt(
        monkeypatch,
        capsys,
        "roles",
        "grant",
        "--url",
        own_url,
        "--new-person",
        "--person",
        OFFICER,
        "--role",
        "agency_officer",
        "--agency",
        "พมจ.",
        "--account",
        officer_account,
        "--certificate",
    )
    assert status == cli.EXIT_ERROR  # creating an account takes the owner's right to create roles
    assert "CREATEROLE" in err
    status, out, err = run_mdt(
        monkeypatch,
        capsys,
        "--user",
        ADMINISTRATOR,
        "roles",
        "grant",
        "--url",
        url,
        "--person",
        OFFICER,
        "--role",
        "agency_officer",
        "--agency",
        "พมจ.",
        "--account",
        officer_account,
        "--certificate",
    )
    assert status == cli.EXIT_OK, err
    assert f"{officer_account}: {name}_agency_officer" in out
    with pg_server.connect(name) as connection:
        password = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (administrator_account,)
        ).fetchone()
        officer_password = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (officer_account,)
        ).fetchone()
    assert password is not None and str(password[0]).startswith("SCRAM-SHA-256$4096:")
    assert "รหัส" not in str(password[0])
    assert officer_password == (None,)  # signs in with a certificate
    officer_url = url.replace("mdt_test@", f"{officer_account}@")
    status, out, err = run_mdt(monkeypatch, capsys, "roles", "list", "--url", officer_url)
    assert status == cli.EXIT_OK, err
    assert out.splitlines() == [
        f"{OFFICER}\tเจ้าหน้าที่หน่วยงาน / agency officer\tพมจ.\t{officer_account}",
        f"{ADMINISTRATOR}\tผู้ดูแลระบบ / administrator\t\t{administrator_account}",
    ]
    # The administrator revokes with their own account: the officer's account leaves the group at once.
    status, out, err = run_mdt(
        monkeypatch,
        capsys,
        "roles",
        "revoke",
        "--url",
        own_url,
        "--person",
        OFFICER,
        "--role",
        "agency_officer",
        "--agency",
        "พมจ.",
    )
    assert status == cli.EXIT_OK, err
    with pg_server.connect(name) as connection:
        member = connection.execute(
            "SELECT pg_has_role(%s, %s, 'MEMBER')", (officer_account, f"{name}_agency_officer")
        ).fetchone()
    assert member == (False,)


def test_the_centres_setup_steps_work_with_an_owner_who_is_not_a_superuser(
    pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The steps the README gives a centre's IT: an owner account that may create roles, a database of its own
    with the C collation, the schema, ``mdt roles secure``, then the administrator's account."""
    name = f"centre_{uuid.uuid4().hex[:12]}"  # roles are the cluster's: names of their own in every test
    owner, administrator_account = f"owner_{name}", f"admin_{name}"
    with pg_server.connect() as connection:
        connection.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
        connection.execute(
            f"CREATE DATABASE \"{name}\" OWNER \"{owner}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"
        )
    try:
        owner_url = pg_server.url(name).replace(f"{SUPERUSER}@", f"{owner}@")
        create_schema(owner_url).close()
        status, out, err = run_mdt(monkeypatch, capsys, "roles", "secure", "--url", owner_url)
        assert status == cli.EXIT_OK, err
        status, out, err = run_mdt(
            monkeypatch,
            capsys,
            "roles",
            "grant",
            "--url",
            owner_url,
            "--new-person",
            "--person",
            ADMINISTRATOR,
            "--role",
            "administrator",
            "--account",
            administrator_account,
            "--password-stdin",
            stdin="รหัส-ผ่าน-ของ-สมชาย\n",
        )
        assert status == cli.EXIT_OK, err
        assert f"{administrator_account}: {name}_admin" in out
        # Again after an upgrade: nothing to create, nothing to change.
        status, out, err = run_mdt(monkeypatch, capsys, "roles", "secure", "--url", owner_url)
        assert status == cli.EXIT_OK, err
        assert "Created the group" not in out and " + " not in out
        administrator_url = pg_server.url(name).replace(f"{SUPERUSER}@", f"{administrator_account}@")
        status, out, err = run_mdt(monkeypatch, capsys, "roles", "list", "--url", administrator_url)
        assert status == cli.EXIT_OK, err
        assert out.splitlines() == [f"{ADMINISTRATOR}\tผู้ดูแลระบบ / administrator\t\t{administrator_account}"]
    finally:
        pg_server.drop_database(name)
