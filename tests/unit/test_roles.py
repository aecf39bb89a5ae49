"""People's roles: the rule (domain.roles), granting and revoking (services.roles), and the services refusing what a
person's roles do not allow, while a database without roles works as before."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from mdt_desktop.domain.codes import ActionStatus, MeetingStatus
from mdt_desktop.domain.roles import Grant, Permission, Permissions, Role
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, meetings, profiles, roles
from mdt_desktop.services.exports.minutes import build_minutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionProgress, AgendaItem, UserRole
from tests.register_fixtures import Sample, build_sample

# --- the rule ---------------------------------------------------------------------------------------------------


def test_a_secretary_writes_the_minutes_of_their_own_body_only() -> None:
    permissions = Permissions.of([Grant(Role.SECRETARY, body_id=1)], roles_in_force=True)
    assert permissions.allows(Permission.WRITE_MINUTES, body_id=1)
    assert not permissions.allows(Permission.WRITE_MINUTES, body_id=2)
    assert not permissions.allows(Permission.APPROVE_MINUTES, body_id=1)
    assert permissions.allows(Permission.SHOW_CHAIR_SCREEN, body_id=1)
    assert not permissions.anywhere(Permission.MANAGE_USERS)


def test_an_agency_officer_records_progress_for_their_agency_only() -> None:
    permissions = Permissions.of([Grant(Role.AGENCY_OFFICER, agency_id=7)], roles_in_force=True)
    assert permissions.allows(Permission.RECORD_AGENCY_PROGRESS, agency_id=7)
    assert not permissions.allows(Permission.RECORD_AGENCY_PROGRESS, agency_id=8)
    assert not permissions.anywhere(Permission.WRITE_MINUTES)
    assert permissions.agencies(Permission.RECORD_AGENCY_PROGRESS) == frozenset({7})


def test_without_any_role_granted_everyone_may_do_everything() -> None:
    permissions = Permissions.of([], roles_in_force=False)
    assert all(permissions.allows(p, body_id=3, agency_id=4) for p in Permission)
    assert permissions.bodies(Permission.WRITE_MINUTES) is None


def test_once_roles_are_in_force_a_person_without_one_may_do_nothing() -> None:
    permissions = Permissions.of([], roles_in_force=True)
    assert not any(permissions.anywhere(p) for p in Permission)


def test_a_role_is_held_where_its_scope_says() -> None:
    with pytest.raises(ValueError):
        Grant(Role.SECRETARY)  # a secretary serves a body
    with pytest.raises(ValueError):
        Grant(Role.ADMINISTRATOR, body_id=1)


def test_roles_have_thai_and_english_labels() -> None:
    assert Role.AGENCY_OFFICER.label("th") == "เจ้าหน้าที่หน่วยงาน"
    assert Role.CHAIR.label("en") == "chair"


# --- the services -------------------------------------------------------------------------------------------------


def _person(db: Database, name: str) -> int:
    return profiles.add_profile(db, name, actor=name).id


def _act_as(db: Database, profile_id: int) -> None:
    profiles.start_session(db, profile_id)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def _office(database: Database, sample: Sample) -> dict[str, int]:
    """An administrator, a secretary and a chair of the district team, and an officer of the police station."""
    people = {
        name: _person(database, label)
        for name, label in (
            ("admin", "นางผู้ดูแล ระบบดี"),
            ("secretary", "นางสาวเลขา ประชุมดี"),
            ("chair", "นายประธาน ที่ประชุม"),
            ("officer", "ร.ต.ท.ตำรวจ รายงานเอง"),
        )
    }
    _act_as(database, people["admin"])
    roles.grant_role(database, people["secretary"], Role.SECRETARY, body_id=sample.body_id)
    roles.grant_role(database, people["chair"], Role.CHAIR, body_id=sample.body_id)
    roles.grant_role(database, people["officer"], Role.AGENCY_OFFICER, agency_id=sample.police)
    return people


def test_a_database_without_roles_behaves_as_before(database: Database, sample: Sample) -> None:
    assert database.actor == ""
    meeting_id = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    meetings.add_item(database, meeting_id, "เรื่องใหม่")
    meetings.record_progress(
        database, None, sample.actions["visit"], "โทรติดตามแล้ว", "in_progress", dt.date(2026, 11, 2)
    )
    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    assert meetings.get_meeting_summary(database, meeting_id).status is MeetingStatus.APPROVED


def test_the_first_grant_makes_the_granter_administrator_and_is_audited_by_ids(
    database: Database, sample: Sample
) -> None:
    admin = _person(database, "นางผู้ดูแล ระบบดี")
    secretary = _person(database, "นางสาวเลขา ประชุมดี")
    _act_as(database, admin)
    roles.grant_role(database, secretary, Role.SECRETARY, body_id=sample.body_id)
    people = {person.name: person for person in roles.list_people_with_roles(database)}
    assert [g.role for g in people["นางผู้ดูแล ระบบดี"].grants] == [Role.ADMINISTRATOR]
    assert [(g.role, g.place) for g in people["นางสาวเลขา ประชุมดี"].grants] == [
        (Role.SECRETARY, "ทีมสหวิชาชีพอำเภอแม่กลอง")
    ]
    granted = [e for e in audit.list_entries(database, "user_role") if e.event == roles.GRANTED]
    assert len(granted) == 2
    assert all(e.actor == "นางผู้ดูแล ระบบดี" for e in granted)
    # Ids only: neither the person's name nor the body's appears in what the entry says.
    assert all("เลขา" not in e.detail and "ทีม" not in e.detail for e in granted)
    assert f"profile {secretary}" in granted[1].detail


def test_only_the_administrator_grants_and_revokes(database: Database, sample: Sample) -> None:
    people = _office(database, sample)
    _act_as(database, people["secretary"])
    with pytest.raises(Refusal) as refused:
        roles.grant_role(database, people["secretary"], Role.CHAIR, body_id=sample.body_id)
    assert "ผู้ดูแลระบบ" in refused.value.message("th")
    assert "administrator" in refused.value.message("en")
    secretary_grants = [
        g
        for p in roles.list_people_with_roles(database)
        if p.profile_id == people["secretary"]
        for g in p.grants
    ]
    assert [g.role for g in secretary_grants] == [Role.SECRETARY]

    _act_as(database, people["admin"])
    roles.revoke_role(database, secretary_grants[0].id)
    assert not roles.permissions_of(database, people["secretary"]).anywhere(Permission.WRITE_MINUTES)
    revoked = [e for e in audit.list_entries(database, "user_role") if e.event == roles.REVOKED]
    assert [e.object_id for e in revoked] == [secretary_grants[0].id]


def test_the_last_administrator_cannot_be_revoked(database: Database, sample: Sample) -> None:
    people = _office(database, sample)
    admin_grant = next(
        g for p in roles.list_people_with_roles(database) for g in p.grants if g.role is Role.ADMINISTRATOR
    )
    with pytest.raises(Refusal) as refused:
        roles.revoke_role(database, admin_grant.id)
    assert refused.value.reason == roles.LAST_ADMINISTRATOR
    roles.grant_role(database, people["chair"], Role.ADMINISTRATOR)
    roles.revoke_role(database, admin_grant.id)  # another administrator remains now
    assert roles.permissions_of(database, people["chair"]).anywhere(Permission.MANAGE_USERS)


def test_a_role_for_a_body_needs_the_body(database: Database, sample: Sample) -> None:
    people = _office(database, sample)
    with pytest.raises(Refusal) as refused:
        roles.grant_role(database, people["officer"], Role.SECRETARY)
    assert refused.value.reason == roles.BODY_REQUIRED
    with pytest.raises(Refusal) as again:
        roles.grant_role(database, people["officer"], Role.AGENCY_OFFICER, agency_id=sample.police)
    assert again.value.reason == roles.ROLE_ALREADY_HELD


def test_a_secretary_is_refused_another_bodys_minutes_and_nothing_is_written(
    database: Database, sample: Sample
) -> None:
    people = _office(database, sample)
    _act_as(database, people["secretary"])
    own = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    meetings.add_item(database, own, "เรื่องของทีม")
    with database.read_session() as session:
        before = session.scalar(select(func.count()).select_from(AgendaItem))
    with pytest.raises(Refusal) as refused:
        meetings.create_meeting(database, sample.other_body_id, dt.date(2026, 11, 26))
    assert "เลขานุการ" in refused.value.message("th")
    assert "คณะกรรมการคุ้มครองเด็กจังหวัด" in refused.value.message("th")
    assert "secretary" in refused.value.message("en")
    other_meeting = meetings.list_meetings(database, sample.other_body_id)[0].id
    with pytest.raises(Refusal):
        meetings.add_item(database, other_meeting, "เรื่องที่ไม่ใช่ของตน")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == before


def test_the_chair_approves_and_the_secretary_may_not(database: Database, sample: Sample) -> None:
    people = _office(database, sample)
    _act_as(database, people["secretary"])
    meeting_id = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    with pytest.raises(Refusal) as refused:
        meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    assert "ประธาน" in refused.value.message("th")
    assert meetings.get_meeting_summary(database, meeting_id).status is MeetingStatus.DRAFT
    _act_as(database, people["chair"])
    with pytest.raises(Refusal):
        meetings.add_item(database, meeting_id, "ประธานไม่ได้เขียนรายงาน")
    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    assert meetings.get_meeting_summary(database, meeting_id).status is MeetingStatus.APPROVED


def test_a_person_with_no_role_is_refused_once_roles_are_in_force(database: Database, sample: Sample) -> None:
    _office(database, sample)
    _act_as(database, _person(database, "นายมาใหม่ ยังไม่มีบทบาท"))
    with pytest.raises(Refusal) as refused:
        meetings.record_progress(
            database, None, sample.actions["visit"], "", "in_progress", dt.date(2026, 11, 2)
        )
    assert refused.value.reason == roles.MISSING_ROLE


# --- agency officers between meetings ----------------------------------------------------------------------------


def test_an_agency_officer_records_progress_on_their_own_agencys_action(
    database: Database, sample: Sample
) -> None:
    people = _office(database, sample)
    _act_as(database, people["officer"])
    line_id = meetings.record_agency_progress(
        database,
        sample.actions["statement"],
        ActionStatus.IN_PROGRESS,
        "นัดสอบปากคำแล้ว",
        dt.date(2026, 11, 20),
    )
    history = meetings.progress_history(database, sample.actions["statement"])
    assert [(h.id, h.note, h.recorded_by) for h in history] == [
        (line_id, "นัดสอบปากคำแล้ว", "ร.ต.ท.ตำรวจ รายงานเอง")
    ]
    assert meetings.get_action(database, sample.actions["statement"]).status is ActionStatus.IN_PROGRESS
    reported = [
        e for e in audit.list_entries(database, "action_point") if e.event == meetings.AGENCY_PROGRESS
    ]
    assert [(e.actor, e.object_id, e.detail) for e in reported] == [
        ("ร.ต.ท.ตำรวจ รายงานเอง", sample.actions["statement"], f"line {line_id}")
    ]  # ids only: the note stays out of the log


def test_an_agency_officer_cannot_report_on_another_agencys_action(
    database: Database, sample: Sample
) -> None:
    people = _office(database, sample)
    _act_as(database, people["officer"])
    with pytest.raises(Refusal) as refused:
        meetings.record_agency_progress(database, sample.actions["visit"], ActionStatus.DONE, "เสร็จแล้ว")
    assert "เจ้าหน้าที่หน่วยงาน" in refused.value.message("th")
    assert "พมจ." in refused.value.message("th")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ActionProgress)) == 0
    assert meetings.get_action(database, sample.actions["visit"]).status is ActionStatus.OPEN
    with pytest.raises(Refusal):  # nor through the secretary's road
        meetings.record_progress(
            database, None, sample.actions["statement"], "", "done", dt.date(2026, 11, 2)
        )


def test_an_agency_officer_sees_only_their_agencys_open_actions(database: Database, sample: Sample) -> None:
    people = _office(database, sample)
    _act_as(database, people["officer"])
    work = meetings.my_agency_actions(database, today=dt.date(2026, 11, 21))
    # The police station's two open actions, soonest deadline first; the others' are not there.
    assert [a.action.task for a in work.actions] == ["งาน statement", "งาน school"]
    assert work.total == 2
    assert work.agency_ids == frozenset({sample.police})
    assert work.agency_names == ("สภ.เมือง",)


def test_a_closed_action_takes_no_more_reports(database: Database, sample: Sample) -> None:
    people = _office(database, sample)
    roles.grant_role(database, people["officer"], Role.AGENCY_OFFICER, agency_id=sample.pmj)
    _act_as(database, people["officer"])
    with pytest.raises(Refusal) as refused:
        meetings.record_agency_progress(
            database, sample.actions["report"], ActionStatus.IN_PROGRESS, "ยังทำต่อ"
        )
    assert refused.value.reason == meetings.ACTION_CLOSED


def test_the_secretary_sees_the_officers_line_under_item_3_with_their_name(
    database: Database, sample: Sample
) -> None:
    people = _office(database, sample)
    _act_as(database, people["officer"])
    meetings.record_agency_progress(
        database,
        sample.actions["statement"],
        ActionStatus.IN_PROGRESS,
        "นัดสอบปากคำแล้ว",
        dt.date(2026, 11, 20),
    )
    _act_as(database, people["secretary"])
    meeting_id = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    carried = {c.action.id: c for c in meetings.load_meeting(database, meeting_id).carried_over}
    line = carried[sample.actions["statement"]].history[-1]
    assert (line.note, line.recorded_by) == ("นัดสอบปากคำแล้ว", "ร.ต.ท.ตำรวจ รายงานเอง")
    minutes = build_minutes(database, meeting_id)
    arising = next(item for item in minutes.items if item.carried)
    statement = next(a for a in arising.carried if a.task == "งาน statement")
    assert statement.progress == [
        "๒๐ พฤศจิกายน พ.ศ. ๒๕๖๙: นัดสอบปากคำแล้ว [อยู่ระหว่างดำเนินการ] (รายงานโดย ร.ต.ท.ตำรวจ รายงานเอง)"
    ]


def test_the_officer_may_undo_their_own_line_but_not_the_secretarys(
    database: Database, sample: Sample
) -> None:
    people = _office(database, sample)
    _act_as(database, people["secretary"])
    secretary_line = meetings.record_progress(
        database, None, sample.actions["school"], "ติดตามทางโทรศัพท์", "in_progress", dt.date(2026, 11, 10)
    )
    _act_as(database, people["officer"])
    own_line = meetings.record_agency_progress(
        database, sample.actions["school"], ActionStatus.DONE, "ครบแล้ว"
    )
    snapshot = meetings.remove_progress(database, own_line)
    assert meetings.get_action(database, sample.actions["school"]).status is ActionStatus.IN_PROGRESS
    meetings.restore_progress(database, snapshot)
    with pytest.raises(Refusal):
        meetings.remove_progress(database, secretary_line)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ActionProgress)) == 2
        assert session.scalar(select(func.count()).select_from(UserRole)) == 4


def test_with_roles_in_force_only_the_administrator_retires_people_and_never_the_last_administrator(
    database: Database, sample: Sample
) -> None:
    people = _office(database, sample)
    _act_as(database, people["secretary"])
    with pytest.raises(Refusal) as refused:
        profiles.retire_profile(database, people["officer"], "นางสาวเลขา ประชุมดี")
    assert refused.value.reason == roles.MISSING_ROLE
    _act_as(database, people["admin"])  # makes the chair an administrator too, then retires themselves
    roles.grant_role(database, people["chair"], Role.ADMINISTRATOR)
    profiles.retire_profile(database, people["admin"], "นางผู้ดูแล ระบบดี")
    _act_as(database, people["chair"])
    with pytest.raises(Refusal) as last:
        profiles.retire_profile(database, people["chair"], "นายประธาน ที่ประชุม")
    assert last.value.reason == roles.LAST_ADMINISTRATOR
    assert "นายประธาน ที่ประชุม" in [p.name for p in profiles.list_profiles(database)]
