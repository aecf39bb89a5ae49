"""What the server itself enforces (storage.server_accounts), tried on the test server with people's own accounts:
through psql, as anyone holding the account could, and through the program opened as that account.

Two bodies (X, Y) and two agencies (A, B); four actions, one per body and agency; a case with its identity,
consent, assessment and safety plan in each body. The agency officer of A, the secretary of X and the centre
officer each sign in with an account of their own; the counts asserted are those of the rows inserted here."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import NoResultFound

from mdt_desktop.demo import build_demo
from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.roles import Role
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, cases, meetings, profiles, roles, server_accounts, statistics
from mdt_desktop.services.exports.minutes import build_minutes
from mdt_desktop.storage import server_accounts as server_accounts_storage
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    Base,
    Body,
    CaseConsent,
    CaseFile,
    CaseIdentity,
    Meeting,
    RiskAssessment,
    SafetyContact,
    SafetyPlan,
    UserProfile,
)
from mdt_desktop.storage.server import ServerDatabase
from tests.pg_server import PORT, PostgresServer

TODAY = dt.date(2026, 11, 2)


@dataclass
class Office:
    """The rows inserted, by what the tests call them, and the accounts made."""

    database: Database
    name: str  # the database's name on the server
    body_x: int
    body_y: int
    agency_a: int
    agency_b: int
    meeting_x: int
    meeting_y: int
    case_x: int
    case_y: int
    actions: dict[str, int]  # "XA": body X, agency A, ...
    officer_a: str  # accounts
    secretary_x: str
    centre: str


def _account_url(server: PostgresServer, name: str, account: str) -> str:
    return f"postgresql+psycopg://{account}@/{name}?host={server.socket_dir}&port={PORT}"


def _psql(
    server: PostgresServer, office: Office, account: str, statement: str
) -> subprocess.CompletedProcess[str]:
    """One statement through psql, signed in as ``account`` over the test server's socket."""
    return subprocess.run(
        [
            str(server.bindir / "psql"),  # the client of the server's own version, installed beside it
            "--no-psqlrc",
            "--host",
            str(server.socket_dir),
            "--port",
            str(PORT),
            "--username",
            account,
            "--dbname",
            office.name,
            "--tuples-only",
            "--no-align",
            "--set",
            "ON_ERROR_STOP=1",
            "--command",
            statement,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def _rows(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def _denied(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode != 0 and "permission denied" in result.stderr


def _insert_office(db: Database) -> dict[str, int]:
    with db.session() as session:
        agency_a = Agency(
            name_th="สำนักงานพัฒนาสังคมฯ", abbreviation="พมจ.", sector="government", level="province"
        )
        agency_b = Agency(
            name_th="สถานีตำรวจภูธรเมือง", abbreviation="สภ.", sector="government", level="district"
        )
        body_x = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเมือง", level="district")
        body_y = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอหาดใหญ่", level="district")
        session.add_all([agency_a, agency_b, body_x, body_y])
        session.flush()
        ids: dict[str, int] = {
            "agency_a": agency_a.id,
            "agency_b": agency_b.id,
            "body_x": body_x.id,
            "body_y": body_y.id,
        }
        for body_key, code in (("x", "X-0001"), ("y", "Y-0001")):
            body_id = ids[f"body_{body_key}"]
            meeting = Meeting(body_id=body_id, number=1, year_be=2569, date=TODAY)
            case = CaseFile(
                code=code, body_id=body_id, case_type="trafficking_labour", intake_date=TODAY, summary="สรุป"
            )
            session.add_all([meeting, case])
            session.flush()
            ids[f"meeting_{body_key}"], ids[f"case_{body_key}"] = meeting.id, case.id
            session.add(CaseIdentity(case_id=case.id, full_name="นางสาวทดสอบ ระบบ", phone="0812345678"))
            session.add(
                CaseConsent(
                    case_id=case.id, given_by="ผู้เสียหาย", recorded_by="เลขานุการ", given_on=TODAY, scope="ทีม"
                )
            )
            session.add(
                RiskAssessment(
                    case_id=case.id,
                    instrument_key="danger",
                    instrument_version=1,
                    assessed_on=TODAY,
                    assessor="นักสังคมสงเคราะห์",
                    computed_level="high",
                    level="high",
                )
            )
            plan = SafetyPlan(case_id=case.id, version=1, agreed_on=TODAY, main_concern="กลัวถูกตามตัว")
            session.add(plan)
            session.flush()
            session.add(SafetyContact(plan_id=plan.id, safe=False, name="ผู้ที่ไม่ปลอดภัย"))
            for agency_key in ("a", "b"):
                action = ActionPoint(
                    meeting_id=meeting.id,
                    body_id=body_id,
                    agency_id=ids[f"agency_{agency_key}"],
                    case_id=case.id if agency_key == "a" and body_key == "x" else None,
                    task=f"งานของหน่วยงาน {agency_key.upper()} ในคณะ {body_key.upper()}",
                    due_date=TODAY + dt.timedelta(days=14),
                )
                session.add(action)
                session.flush()
                ids[f"{body_key.upper()}{agency_key.upper()}"] = action.id
                session.add(
                    ActionProgress(
                        action_id=action.id, recorded_on=TODAY, note="เริ่มดำเนินการ", status="in_progress"
                    )
                )
    return ids


@pytest.fixture
def office(server_database: Database, pg_server: PostgresServer) -> Iterator[Office]:
    """The office's rows, three people with their roles and accounts, and the server's security applied; the
    database stays open as the owner (the test server's superuser)."""
    db = server_database
    ids = _insert_office(db)
    assert isinstance(db, ServerDatabase)
    name = str(db.url.database)
    administrator = profiles.add_profile(db, "ผู้ดูแล ระบบ", "")
    db.actor = administrator.name
    people = {
        "officer_a": (Role.AGENCY_OFFICER, {"agency_id": ids["agency_a"]}),
        "secretary_x": (Role.SECRETARY, {"body_id": ids["body_x"]}),
        "centre": (Role.CENTRE_OFFICER, {}),
    }
    accounts: dict[str, str] = {}
    for key, (role, place) in people.items():
        person = profiles.add_profile(db, f"บุคคล {key}", db.actor)
        roles.grant_role(db, person.id, role, **place)
        accounts[key] = f"{key}_{name}"
        server_accounts.set_account(db, person.id, accounts[key], certificate=True)
    server_accounts.secure(db)
    yield Office(
        db,
        name,
        ids["body_x"],
        ids["body_y"],
        ids["agency_a"],
        ids["agency_b"],
        ids["meeting_x"],
        ids["meeting_y"],
        ids["case_x"],
        ids["case_y"],
        {key: ids[key] for key in ("XA", "XB", "YA", "YB")},
        accounts["officer_a"],
        accounts["secretary_x"],
        accounts["centre"],
    )


@pytest.fixture
def signed_in_as(pg_server: PostgresServer, office: Office) -> Iterator[dict[str, ServerDatabase]]:
    """The program opened by each person with their own account (``signed_in_as[account]``), closed after."""
    opened: dict[str, ServerDatabase] = {}

    class Opener(dict[str, ServerDatabase]):
        def __missing__(self, account: str) -> ServerDatabase:
            database = ServerDatabase.open(_account_url(pg_server, office.name, account))
            server_accounts.act_as_signed_in(database)
            opened[account] = self[account] = database
            return database

    yield Opener()
    for database in opened.values():
        database.close()


# --- through psql -----------------------------------------------------------------------------------------------


def test_through_psql_an_agency_officer_reads_only_their_agencys_actions_and_no_identity(
    pg_server: PostgresServer, office: Office
) -> None:
    officer = office.officer_a
    assert sorted(
        map(int, _rows(_psql(pg_server, office, officer, "SELECT id FROM action_point")))
    ) == sorted([office.actions["XA"], office.actions["YA"]])
    progress = _rows(_psql(pg_server, office, officer, "SELECT action_id FROM action_progress"))
    assert sorted(map(int, progress)) == sorted([office.actions["XA"], office.actions["YA"]])
    for table in ("case_identity", "case_consent", "risk_assessment", "safety_plan", "safety_contact"):
        assert _denied(_psql(pg_server, office, officer, f"SELECT * FROM {table}")), table
    assert _denied(_psql(pg_server, office, officer, "SELECT summary FROM case_file"))
    # The code of the one case their actions name, and no other case.
    assert _rows(_psql(pg_server, office, officer, "SELECT code FROM case_file")) == ["X-0001"]
    # As the owner sees it, all four actions are there.
    with office.database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ActionPoint)) == 4


def test_through_psql_an_agency_officer_cannot_change_another_agencys_action_nor_the_task_of_their_own(
    pg_server: PostgresServer, office: Office
) -> None:
    officer, other = office.officer_a, office.actions["XB"]
    result = _psql(pg_server, office, officer, f"UPDATE action_point SET status = 'done' WHERE id = {other}")
    assert result.returncode == 0 and result.stdout.strip() == "UPDATE 0"
    result = _psql(
        pg_server,
        office,
        officer,
        f"INSERT INTO action_progress (action_id, recorded_on, note, status, recorded_by) "
        f"VALUES ({other}, '2026-11-03', 'แอบบันทึก', 'done', '')",
    )
    assert result.returncode != 0 and "row-level security" in result.stderr
    own = office.actions["XA"]
    assert _denied(_psql(pg_server, office, officer, f"UPDATE action_point SET task = 'อื่น' WHERE id = {own}"))
    result = _psql(
        pg_server, office, officer, f"UPDATE action_point SET status = 'in_progress' WHERE id = {own}"
    )
    assert result.stdout.strip() == "UPDATE 1"
    with office.database.read_session() as session:
        assert session.scalar(select(ActionPoint.status).where(ActionPoint.id == other)) == "open"
        assert session.scalar(select(func.count()).select_from(ActionProgress)) == 4


def test_through_psql_a_secretary_reads_and_writes_their_own_body_only(
    pg_server: PostgresServer, office: Office
) -> None:
    secretary = office.secretary_x
    assert _rows(_psql(pg_server, office, secretary, "SELECT count(*) FROM case_identity")) == ["1"]
    assert _rows(_psql(pg_server, office, secretary, "SELECT code FROM case_file")) == ["X-0001"]
    assert _rows(_psql(pg_server, office, secretary, "SELECT count(*) FROM safety_contact")) == ["1"]
    result = _psql(
        pg_server, office, secretary, f"UPDATE meeting SET venue = 'ห้องประชุม' WHERE id = {office.meeting_y}"
    )
    assert result.stdout.strip() == "UPDATE 0"
    result = _psql(
        pg_server,
        office,
        secretary,
        f"INSERT INTO meeting (body_id, number, year_be, kind, date, venue, recording_level, status, "
        f"empty_items, row_version) VALUES ({office.body_y}, 2, 2569, 'regular', '2026-12-01', '', "
        "'reasons_and_resolution', 'draft', 'print_none', 1)",
    )
    assert result.returncode != 0 and "row-level security" in result.stderr
    result = _psql(
        pg_server, office, secretary, f"UPDATE meeting SET venue = 'ห้องประชุม' WHERE id = {office.meeting_x}"
    )
    assert result.stdout.strip() == "UPDATE 1"
    with office.database.read_session() as session:
        venues = dict(session.execute(select(Meeting.id, Meeting.venue)).all())
    assert venues == {office.meeting_x: "ห้องประชุม", office.meeting_y: ""}


def test_through_psql_the_centre_officer_reads_the_general_records_and_no_identity(
    pg_server: PostgresServer, office: Office
) -> None:
    centre = office.centre
    assert _rows(_psql(pg_server, office, centre, "SELECT count(*) FROM action_point")) == ["4"]
    assert _rows(_psql(pg_server, office, centre, "SELECT count(*) FROM case_file")) == ["2"]
    assert _rows(_psql(pg_server, office, centre, "SELECT count(*) FROM case_identity")) == ["0"]
    assert _rows(_psql(pg_server, office, centre, "SELECT count(*) FROM safety_plan")) == ["0"]
    assert _denied(_psql(pg_server, office, centre, "SELECT * FROM safety_contact"))
    result = _psql(pg_server, office, centre, f"UPDATE meeting SET venue = 'x' WHERE id = {office.meeting_x}")
    assert _denied(result)


def test_nobody_but_the_owner_rewrites_the_audit_log(pg_server: PostgresServer, office: Office) -> None:
    for account in (office.officer_a, office.secretary_x, office.centre):
        result = _psql(pg_server, office, account, "UPDATE audit_entry SET actor = 'ไม่มีใคร'")
        assert _denied(result), account
        result = _psql(pg_server, office, account, "UPDATE audit_entry SET entry_hash = ''")
        assert result.stdout.strip() == "UPDATE 0", account  # every entry already hashed
        assert _denied(_psql(pg_server, office, account, "DELETE FROM audit_entry")), account
    assert audit.verify_chain(office.database).intact


def test_an_account_mapped_to_nobody_reads_nothing(pg_server: PostgresServer, office: Office) -> None:
    with pg_server.connect(office.name) as connection:
        connection.execute(f'CREATE ROLE "stranger_{office.name}" LOGIN')
    result = _psql(pg_server, office, f"stranger_{office.name}", "SELECT count(*) FROM action_point")
    assert result.returncode != 0 and "permission denied for database" in result.stderr


def test_through_psql_the_search_index_shows_each_person_the_texts_of_their_own_rows(
    pg_server: PostgresServer, office: Office
) -> None:
    """The server's search index (revision 0012: ``search_trgm``, its rows the texts of actions, agencies and case
    codes, their id ``source id * 8 + kind``), made here as the revision makes it when the schema has none yet."""
    with pg_server.connect(office.name) as connection:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS search_trgm (rid bigint PRIMARY KEY, kind smallint NOT NULL, "
            "ref_id integer NOT NULL, meeting_id integer, body text)"
        )
        for statement in (
            "SELECT id * 8 + 3, 3, id, meeting_id, task FROM action_point",
            "SELECT id * 8 + 4, 4, id, NULL, name_th FROM agency",
            "SELECT id * 8 + 5, 5, id, NULL, code FROM case_file",
        ):
            connection.execute(
                f"INSERT INTO search_trgm (rid, kind, ref_id, meeting_id, body) {statement} ON CONFLICT DO NOTHING"
            )
    server_accounts.secure(office.database)
    seen = "SELECT kind || ':' || ref_id FROM search_trgm WHERE kind IN (3, 5) ORDER BY kind, ref_id"
    actions = office.actions
    assert _rows(_psql(pg_server, office, office.secretary_x, seen)) == [
        *(f"3:{action}" for action in sorted([actions["XA"], actions["XB"]])),
        f"5:{office.case_x}",
    ]
    assert _rows(_psql(pg_server, office, office.officer_a, seen)) == [
        f"3:{action}" for action in sorted([actions["XA"], actions["YA"]])
    ]
    agencies = "SELECT count(*) FROM search_trgm WHERE kind = 4"
    assert _rows(_psql(pg_server, office, office.officer_a, agencies)) == ["2"]
    # Its triggers write it as the person who changed the source row.
    result = _psql(
        pg_server,
        office,
        office.secretary_x,
        f"UPDATE search_trgm SET body = 'งานใหม่' WHERE rid = {actions['XA']} * 8 + 3",
    )
    assert result.stdout.strip() == "UPDATE 1"


# --- through the program ----------------------------------------------------------------------------------------


def test_the_program_signed_in_as_the_agency_officer_names_them_and_shows_their_agencys_work(
    office: Office, signed_in_as: dict[str, ServerDatabase]
) -> None:
    officer = signed_in_as[office.officer_a]
    assert officer.actor == "บุคคล officer_a"
    work = meetings.my_agency_actions(officer, today=TODAY)
    assert sorted(action.action.id for action in work.actions) == sorted(
        [office.actions["XA"], office.actions["YA"]]
    )
    assert {action.action.case_code for action in work.actions} == {"X-0001", ""}
    line = meetings.record_agency_progress(
        officer, office.actions["XA"], ActionStatus.DONE, "ส่งตัวเข้าบ้านพักแล้ว"
    )
    with office.database.read_session() as session:
        recorded = session.get_one(ActionProgress, line)
        assert recorded.recorded_by == "บุคคล officer_a"
        assert (
            session.scalar(select(ActionPoint.status).where(ActionPoint.id == office.actions["XA"])) == "done"
        )
    assert audit.verify_chain(office.database).intact
    assert [
        entry.actor for entry in audit.list_entries(office.database, "action_point", office.actions["XA"])
    ] == ["บุคคล officer_a"]


def test_the_server_refuses_the_agency_officer_another_agencys_action_even_past_the_program(
    office: Office, signed_in_as: dict[str, ServerDatabase]
) -> None:
    officer = signed_in_as[office.officer_a]
    # Another agency's action is not there for them at all: the service does not find it.
    with pytest.raises(NoResultFound):
        meetings.record_agency_progress(officer, office.actions["XB"], ActionStatus.DONE, "ทำแทน")
    with officer.session() as session:  # what the program's check no longer stands in front of
        changed = session.execute(
            update(ActionPoint).where(ActionPoint.id == office.actions["XB"]).values(status="done")
        )
        assert changed.rowcount == 0
    with pytest.raises(Refusal) as denied, officer.session() as session:
        session.get(CaseIdentity, office.case_x)
    assert denied.value.reason == server_accounts_storage.SERVER_DENIED
    assert "permission denied" in str(denied.value.__cause__)
    with office.database.read_session() as session:
        assert (
            session.scalar(select(ActionPoint.status).where(ActionPoint.id == office.actions["XB"])) == "open"
        )


def test_the_program_signed_in_as_a_secretary_cannot_write_another_bodys_meeting(
    office: Office, signed_in_as: dict[str, ServerDatabase]
) -> None:
    secretary = signed_in_as[office.secretary_x]
    assert secretary.actor == "บุคคล secretary_x"
    with pytest.raises(Refusal) as refused, secretary.session() as session:
        session.execute(insert(Meeting).values(body_id=office.body_y, number=9, year_be=2569, date=TODAY))
    assert refused.value.message("en").startswith("The server does not let your account do this")
    assert "row-level security" in str(refused.value.__cause__)
    with secretary.session() as session:
        changed = session.execute(update(Meeting).where(Meeting.id == office.meeting_y).values(venue="ที่อื่น"))
        assert changed.rowcount == 0
        assert session.scalars(select(CaseFile.code)).all() == ["X-0001"]
    meetings.update_header(secretary, office.meeting_x, venue="ศาลากลาง")
    with office.database.read_session() as session:
        venues = dict(session.execute(select(Meeting.id, Meeting.venue)).all())
    assert venues == {office.meeting_x: "ศาลากลาง", office.meeting_y: ""}


def test_a_role_revoked_takes_the_account_out_of_its_group_at_once(
    pg_server: PostgresServer, office: Office
) -> None:
    officer = office.officer_a
    assert len(_rows(_psql(pg_server, office, officer, "SELECT id FROM action_point"))) == 2
    person = next(p for p in roles.list_people_with_roles(office.database) if p.name == "บุคคล officer_a")
    roles.revoke_role(office.database, person.grants[0].id)
    assert _denied(_psql(pg_server, office, officer, "SELECT id FROM action_point"))
    roles.grant_role(office.database, person.profile_id, Role.AGENCY_OFFICER, agency_id=office.agency_b)
    rows = _rows(_psql(pg_server, office, officer, "SELECT id FROM action_point"))
    assert sorted(map(int, rows)) == sorted([office.actions["XB"], office.actions["YB"]])


# --- setting it up ----------------------------------------------------------------------------------------------


def test_every_table_of_the_program_has_its_rule() -> None:
    assert set(Base.metadata.tables) - set(server_accounts_storage.TABLE_RULES) == set()


def test_applying_the_security_again_changes_nothing_and_keeps_it(
    pg_server: PostgresServer, office: Office
) -> None:
    again = server_accounts.secure(office.database)
    assert again.groups_created == [] and again.tables_without_rule == []
    assert again.memberships is not None and again.memberships.granted == again.memberships.revoked == []
    rows = _rows(_psql(pg_server, office, office.officer_a, "SELECT id FROM action_point"))
    assert sorted(map(int, rows)) == sorted([office.actions["XA"], office.actions["YA"]])


def test_setting_up_the_security_takes_the_owner(
    office: Office, signed_in_as: dict[str, ServerDatabase]
) -> None:
    with pytest.raises(Refusal) as refused:
        server_accounts.secure(signed_in_as[office.secretary_x])
    assert refused.value.reason == server_accounts.NOT_THE_OWNER


# --- the day's work of each role on the demo's office -----------------------------------------------------------


def test_on_the_demo_each_role_does_its_days_work_under_the_servers_rules(
    server_database: Database, pg_server: PostgresServer
) -> None:
    """Not what is refused but what must still work: each person's usual services, signed in with their own
    account, over the demo's data, see exactly the rows of their bodies or agencies (counted here as the owner)."""
    db = server_database
    assert isinstance(db, ServerDatabase)
    name = str(db.url.database)
    summary = build_demo(db, "small")
    with db.read_session() as session:
        body_id, meeting_id = session.execute(
            select(Meeting.body_id, Meeting.id).order_by(Meeting.date.desc(), Meeting.id).limit(1)
        ).one()
        agency_id = session.scalar(
            select(ActionPoint.agency_id)
            .where(ActionPoint.status.in_(["open", "in_progress"]))
            .group_by(ActionPoint.agency_id)
            .order_by(func.count().desc(), ActionPoint.agency_id)
            .limit(1)
        )
        body_cases = session.scalar(
            select(func.count()).select_from(CaseFile).where(CaseFile.body_id == body_id)
        )
        all_cases = session.scalar(select(func.count()).select_from(CaseFile))
        open_of_agency = session.scalar(
            select(func.count())
            .select_from(ActionPoint)
            .where(ActionPoint.agency_id == agency_id, ActionPoint.status.in_(["open", "in_progress"]))
        )
        actions_of_body = session.scalar(
            select(func.count()).select_from(ActionPoint).where(ActionPoint.body_id == body_id)
        )
        administrator = session.scalar(select(UserProfile.name).limit(1))
    assert body_cases and all_cases and open_of_agency and administrator
    db.actor = administrator
    people = {
        "secretary": (Role.SECRETARY, {"body_id": body_id}),
        "chair": (Role.CHAIR, {"body_id": body_id}),
        "officer": (Role.AGENCY_OFFICER, {"agency_id": agency_id}),
        "centre": (Role.CENTRE_OFFICER, {}),
    }
    for key, (role, place) in people.items():
        person = profiles.add_profile(db, f"บุคคล {key}", db.actor)
        roles.grant_role(db, person.id, role, **place)
        server_accounts.set_account(db, person.id, f"{key}_{name}", certificate=True)
    server_accounts.secure(db)

    def signed_in(key: str) -> ServerDatabase:
        database = ServerDatabase.open(_account_url(pg_server, name, f"{key}_{name}"))
        server_accounts.act_as_signed_in(database)
        return database

    secretary = signed_in("secretary")
    try:
        view = meetings.load_meeting(secretary, meeting_id)
        assert view.all_items()
        assert build_minutes(secretary, meeting_id).title
        assert len(cases.list_cases(secretary)) == body_cases
        meetings.update_header(secretary, meeting_id, venue="ห้องประชุมศาลากลาง")
        # An indexed text: on a server with the search index its trigger writes it as the secretary.
        meetings.update_item_text(secretary, view.all_items()[0].id, "discussion", "ที่ประชุมรับทราบ")
        register = meetings.query_register(secretary, meetings.RegisterFilter(limit=1000))
        assert register.total == actions_of_body
        assert {row.body_name for row in register.rows} == {view.header.body_name}
    finally:
        secretary.close()
    chair = signed_in("chair")
    try:
        assert meetings.chair_view(chair, meeting_id, None).items
    finally:
        chair.close()
    officer = signed_in("officer")
    try:
        work = meetings.my_agency_actions(officer, today=summary.end_date)
        assert work.total == open_of_agency
        first = work.actions[0].action.id
        meetings.record_agency_progress(officer, first, ActionStatus.IN_PROGRESS, "ติดตามแล้ว")
    finally:
        officer.close()
    centre = signed_in("centre")
    period = (summary.end_date - dt.timedelta(days=5 * 365), summary.end_date)
    try:
        seen = {table.key: table for table in statistics.report(centre, *period).tables}
    finally:
        centre.close()
    db.actor = "บุคคล centre"  # the same person's statistics over the owner's connection, which the server lets see all
    whole = {table.key: table for table in statistics.report(db, *period).tables}
    # Everything but what only identities tell (sex, age, nationality), which the centre officer does not read.
    identity_tables = {"cases_by_sex", "cases_by_age", "cases_by_nationality"}
    assert {key: table for key, table in seen.items() if key not in identity_tables} == {
        key: table for key, table in whole.items() if key not in identity_tables
    }
    assert seen["cases_by_nationality"] != whole["cases_by_nationality"]
    assert audit.verify_chain(db).intact
