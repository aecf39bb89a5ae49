"""Bodies, members, areas, and handing a leaving member's open actions to their successor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from mdt_desktop.domain.agenda_template import parse_template
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import bodies
from mdt_desktop.services.bodies import AreaRecord, BodyRecord, MemberRecord
from mdt_desktop.services.meetings import RegisterFilter, progress_history, query_register
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Attendance
from tests.register_fixtures import TODAY, Sample, build_sample


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def test_body_keeps_template_and_confidentiality_statement(database: Database) -> None:
    area_id = bodies.create_area(database, AreaRecord(level="district", name_th="อำเภออัมพวา", code="AMP"))
    body_id = bodies.create_body(
        database,
        BodyRecord(
            name_th="ทีมสหสาขาวิชาชีพอำเภออัมพวา",
            self_label="ทีมสหสาขาวิชาชีพ",
            area_id=area_id,
            code="AMP",
            agenda_template='[{"kind": "other", "title": "เรื่องอื่น ๆ"}]',
            confidentiality_statement="ข้อมูลในที่ประชุมนี้เป็นความลับ",
        ),
    )
    body = bodies.get_body(database, body_id)
    assert (body.area_name, body.self_label) == ("อำเภออัมพวา", "ทีมสหสาขาวิชาชีพ")
    assert body.confidentiality_statement == "ข้อมูลในที่ประชุมนี้เป็นความลับ"
    bodies.update_body(database, replace(body, name_th="ทีมสหวิชาชีพอำเภออัมพวา"))
    assert [b.name_th for b in bodies.list_bodies(database)] == ["ทีมสหวิชาชีพอำเภออัมพวา"]
    with pytest.raises(Refusal) as refused:
        bodies.create_body(database, BodyRecord(name_th=""))
    assert "ชื่อคณะ" in refused.value.message("th")


def test_areas_can_be_listed_by_level_and_edited(database: Database) -> None:
    province = bodies.create_area(database, AreaRecord(level="province", name_th="สมุทรสงคราม"))
    district = bodies.create_area(
        database, AreaRecord(level="district", name_th="อำเภอแม่กลอง", parent_id=province)
    )
    assert [a.name_th for a in bodies.list_areas(database, "district")] == ["อำเภอแม่กลอง"]
    bodies.update_area(
        database,
        AreaRecord(
            level="district", name_th="อำเภอเมืองสมุทรสงคราม", code="MKL", parent_id=province, id=district
        ),
    )
    assert bodies.list_areas(database, "district")[0].code == "MKL"
    bodies.delete_area(database, district)
    assert [a.id for a in bodies.list_areas(database)] == [province]


def test_an_area_in_use_is_not_deleted_and_the_message_says_why(database: Database, sample: Sample) -> None:
    district = bodies.get_body(database, sample.body_id).area_id
    assert district is not None
    sub = bodies.create_area(
        database, AreaRecord(level="subdistrict", name_th="ตำบลแม่กลอง", parent_id=district)
    )
    with pytest.raises(bodies.AreaInUse) as refused:
        bodies.delete_area(database, district)
    assert "คณะ/ทีม 1 คณะ และ พื้นที่ย่อย 1 แห่ง" in refused.value.message("th")
    assert "bodies (1) and smaller areas (1)" in refused.value.message("en")
    assert refused.value.usage == bodies.AreaUsage(bodies=1, agencies=0, sub_areas=1)
    assert {a.id for a in bodies.list_areas(database)} == {district, sub}
    assert bodies.get_body(database, sample.body_id).area_name == "อำเภอแม่กลอง"
    bodies.delete_area(database, sub)  # nothing refers to the sub-district
    assert [a.id for a in bodies.list_areas(database)] == [district]


def test_the_level_above_an_area() -> None:
    assert bodies.parent_level("subdistrict") == "district"
    assert bodies.parent_level("district") == "province"
    assert bodies.parent_level("national") is None


def test_members_list_current_first_with_open_action_counts(database: Database, sample: Sample) -> None:
    members = bodies.list_members(database, sample.body_id, today=TODAY)
    assert [(m.full_name, m.open_actions, m.agency_abbreviation) for m in members] == [
        ("นายสมชาย ใจดี", 2, "พมจ."),
        ("ร.ต.อ.หญิง สุดา กล้าหาญ", 2, "สภ.เมือง"),
    ]
    bodies.update_member(database, replace(members[0], term_to=dt.date(2026, 1, 1)))
    current = bodies.list_members(database, sample.body_id, include_past=False, today=TODAY)
    assert [m.full_name for m in current] == ["ร.ต.อ.หญิง สุดา กล้าหาญ"]


def test_end_of_term_hands_open_actions_to_a_new_successor(database: Database, sample: Sample) -> None:
    with database.session() as s:  # a past meeting's attendance keeps the name as it was
        s.add(
            Attendance(
                meeting_id=sample.meeting1,
                member_id=sample.somchai,
                category="present",
                full_name="นายสมชาย ใจดี",
                position="นักสังคมสงเคราะห์",
            )
        )
    successor_id, moved = bodies.end_term(
        database,
        sample.somchai,
        TODAY,
        new_successor=MemberRecord(
            body_id=sample.body_id,
            full_name="นางสาวมาลี ศรีสุข",
            agency_id=sample.pmj,
            position="นักพัฒนาสังคม",
            term_from=TODAY,
        ),
    )
    assert moved == 2  # the two open actions; the closed one stays with the one who did it
    rows = query_register(
        database, RegisterFilter(agency_id=sample.pmj, body_id=sample.body_id, today=TODAY)
    ).rows
    people = {row.task: row.responsible_person for row in rows}
    assert people == {
        "งาน visit": "นางสาวมาลี ศรีสุข",
        "งาน shelter": "นางสาวมาลี ศรีสุข",
        "งาน report": "นายสมชาย ใจดี",
    }
    note = progress_history(database, sample.actions["visit"])[-1].note
    assert note == "ส่งมอบงานจาก นายสมชาย ใจดี ให้ นางสาวมาลี ศรีสุข"
    members = {
        m.id: m for m in bodies.list_members(database, sample.body_id, today=TODAY + dt.timedelta(days=1))
    }
    assert members[sample.somchai].successor_name == "นางสาวมาลี ศรีสุข"
    assert members[successor_id].open_actions == 2
    with database.read_session() as s:
        assert s.scalars(select(Attendance.full_name)).all() == ["นายสมชาย ใจดี"]


def test_hand_over_to_an_existing_member_keeps_statuses(database: Database, sample: Sample) -> None:
    moved = bodies.hand_over_actions(database, sample.suda, sample.somchai, on=TODAY)
    assert moved == 2
    rows = query_register(database, RegisterFilter(agency_id=sample.police, today=TODAY)).rows
    assert {(row.responsible_person, row.status.value) for row in rows} == {
        ("นายสมชาย ใจดี", "open"),
        ("นายสมชาย ใจดี", "in_progress"),
    }
    with pytest.raises(Refusal) as refused:
        bodies.hand_over_actions(database, sample.suda, sample.suda)
    assert "คนละคน" in refused.value.message("th")


def test_agenda_template_is_edited_as_one_title_a_line() -> None:
    assert bodies.template_to_text("").splitlines()[2] == "เรื่องสืบเนื่อง"
    assert bodies.text_to_template(bodies.template_to_text("")) == ""  # the standard agenda stays implicit
    stored = bodies.text_to_template("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\nเรื่องสืบเนื่อง\nเรื่องเพื่อทราบ\nกรณีเด็ก\n")
    kinds = [item.kind.value for item in parse_template(stored)]
    assert kinds == ["announcements", "matters_arising", "for_information", "for_consideration"]
    assert bodies.template_to_text(stored).splitlines()[-1] == "กรณีเด็ก"
