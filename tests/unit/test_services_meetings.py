"""Meetings service: numbering, agenda template, roster attendance, items, actions, matters arising."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.agenda_template import TemplateItem, dump_template
from mdt_desktop.domain.codes import ActionStatus, AgendaKind, AttendanceCategory, MeetingKind, MeetingStatus
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.storage.models import Agency, Body, Member

D = dt.date


@pytest.fixture
def body(database):
    """A district team: a chair, a member whose term ended, one whose term starts later; two agencies."""
    with database.session() as s:
        team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
        pmj = Agency(
            name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
            abbreviation="พมจ.",
            sector="government",
            level="province",
        )
        police = Agency(
            name_th="สถานีตำรวจภูธรแม่สาย", abbreviation="สภ.แม่สาย", sector="government", level="district"
        )
        s.add_all([team, pmj, police])
        s.flush()
        roster = [
            ("นายอำเภอ ใจดี", "นายอำเภอแม่สาย", None, D(2024, 1, 1), None),
            ("นางสาวพัฒนา สังคม", "นักพัฒนาสังคม", pmj.id, D(2024, 1, 1), D(2026, 3, 31)),
            ("ร.ต.อ. ใหม่ มาแทน", "พนักงานสอบสวน", police.id, D(2026, 4, 1), None),
        ]
        for order, (name, position, agency_id, term_from, term_to) in enumerate(roster):
            s.add(
                Member(
                    body_id=team.id,
                    full_name=name,
                    position=position,
                    agency_id=agency_id,
                    sort_order=order,
                    term_from=term_from,
                    term_to=term_to,
                )
            )
    return {"body": team.id, "pmj": pmj.id, "police": police.id}


def test_meetings_are_numbered_per_body_per_buddhist_year_and_gaps_are_not_refilled(database, body):
    first = meetings.create_meeting(database, body["body"], D(2026, 1, 15))
    second = meetings.create_meeting(database, body["body"], D(2026, 2, 15))
    next_year = meetings.create_meeting(database, body["body"], D(2027, 1, 10))
    labels = {m.id: m.label for m in meetings.list_meetings(database, body["body"])}
    assert labels[first] == "1/2569"
    assert labels[second] == "2/2569"
    assert labels[next_year] == "1/2570"
    meetings.update_header(database, second, number=5)
    third = meetings.create_meeting(database, body["body"], D(2026, 3, 15))
    assert meetings.get_meeting_summary(database, third).label == "6/2569"
    with pytest.raises(Refusal) as refused:
        meetings.update_header(database, third, number=1)
    assert "มีอยู่แล้ว" in refused.value.message("th")


def test_meeting_list_is_newest_first(database, body):
    for month in (1, 3, 2):
        meetings.create_meeting(database, body["body"], D(2026, month, 1))
    dates = [m.date for m in meetings.list_meetings(database, body["body"])]
    assert dates == [D(2026, 3, 1), D(2026, 2, 1), D(2026, 1, 1)]
    summary = next(b for b in meetings.list_bodies_with_meetings(database) if b.id == body["body"])
    assert summary.meeting_count == 3
    assert summary.last_meeting_date == D(2026, 3, 1)


def test_regular_meeting_gets_standard_agenda_and_body_template_is_used(database, body):
    view = meetings.load_meeting(database, meetings.create_meeting(database, body["body"], D(2026, 1, 15)))
    assert [i.heading for i in view.items][:3] == [
        "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
    ]
    assert len(view.items) == 5
    with database.session() as s:
        s.get(Body, body["body"]).agenda_template = dump_template(
            [
                TemplateItem(AgendaKind.ANNOUNCEMENTS, "แจ้งเพื่อทราบ"),
                TemplateItem(AgendaKind.CASE, "พิจารณากรณีเด็ก"),
            ]
        )
    view = meetings.load_meeting(database, meetings.create_meeting(database, body["body"], D(2026, 2, 15)))
    assert [i.heading for i in view.items] == ["ระเบียบวาระที่ 1 แจ้งเพื่อทราบ", "ระเบียบวาระที่ 2 พิจารณากรณีเด็ก"]


def test_attendance_prefilled_from_members_whose_term_covers_the_date(database, body):
    march = meetings.load_meeting(database, meetings.create_meeting(database, body["body"], D(2026, 3, 10)))
    april = meetings.load_meeting(database, meetings.create_meeting(database, body["body"], D(2026, 4, 10)))
    assert [(a.full_name, a.category) for a in march.attendance] == [
        ("นายอำเภอ ใจดี", AttendanceCategory.PRESENT),
        ("นางสาวพัฒนา สังคม", AttendanceCategory.PRESENT),
    ]
    assert [a.full_name for a in april.attendance] == ["นายอำเภอ ใจดี", "ร.ต.อ. ใหม่ มาแทน"]
    assert april.attendance[1].position == "พนักงานสอบสวน"
    assert april.attendance[1].agency_label == "สภ.แม่สาย"


def test_attendance_absent_stand_in_and_non_members(database, body):
    meeting_id = meetings.create_meeting(database, body["body"], D(2026, 3, 10))
    chair, member = meetings.load_meeting(database, meeting_id).attendance
    meetings.update_attendance(database, chair.id, category="absent", reason="ติดราชการ")
    meetings.update_attendance(
        database,
        member.id,
        category="stand_in",
        full_name="นายแทน ชั่วคราว",
        stands_in_for_text="นางสาวพัฒนา สังคม",
    )
    meetings.add_attendee(database, meeting_id, "interpreter", "นางล่าม พม่า", "ล่ามภาษาพม่า")
    meetings.update_attendance(database, member.id, confidentiality_ack=True)
    rows = meetings.load_meeting(database, meeting_id).attendance
    assert (rows[0].category, rows[0].reason) == (AttendanceCategory.ABSENT, "ติดราชการ")
    assert (rows[1].full_name, rows[1].stands_in_for_text) == ("นายแทน ชั่วคราว", "นางสาวพัฒนา สังคม")
    assert rows[1].confidentiality_ack
    assert (rows[2].category, rows[2].full_name) == (AttendanceCategory.INTERPRETER, "นางล่าม พม่า")


def test_sub_items_are_numbered_and_renumbered_after_move_and_delete(database, body):
    meeting_id = meetings.create_meeting(database, body["body"], D(2026, 3, 10))
    item4 = meetings.load_meeting(database, meeting_id).items[3].id
    a = meetings.add_item(database, meeting_id, "กรณีแรงงานประมง", parent_id=item4)
    b = meetings.add_item(database, meeting_id, "กรณีเด็กขอทาน", parent_id=item4)
    c = meetings.add_item(database, meeting_id, "แผนรณรงค์", parent_id=item4)
    numbers = {i.id: i.number for i in meetings.load_meeting(database, meeting_id).all_items()}
    assert (numbers[a], numbers[b], numbers[c]) == ("4.1", "4.2", "4.3")
    meetings.move_item(database, c, 0)
    numbers = {i.id: i.number for i in meetings.load_meeting(database, meeting_id).all_items()}
    assert (numbers[c], numbers[a], numbers[b]) == ("4.1", "4.2", "4.3")
    snapshot = meetings.delete_item(database, a)
    view = meetings.load_meeting(database, meeting_id)
    assert [(i.number, i.title) for i in view.item(item4).children] == [
        ("4.1", "แผนรณรงค์"),
        ("4.2", "กรณีเด็กขอทาน"),
    ]
    meetings.restore_item(database, snapshot)
    view = meetings.load_meeting(database, meeting_id)
    assert [i.title for i in view.item(item4).children] == ["แผนรณรงค์", "กรณีแรงงานประมง", "กรณีเด็กขอทาน"]


def test_item_text_and_actions_are_stored(database, body):
    meeting_id = meetings.create_meeting(database, body["body"], D(2026, 3, 10))
    item4 = meetings.load_meeting(database, meeting_id).items[3].id
    meetings.update_item_text(database, item4, "discussion", "ที่ประชุมหารือกรณีแรงงานประมง")
    meetings.update_item_text(database, item4, "resolution", "มอบ พมจ. ติดตาม")
    with pytest.raises(Refusal) as refused:
        meetings.add_action(database, meeting_id, item4, None, "ติดตามเยี่ยมบ้าน", D(2026, 3, 31))
    assert "หน่วยงาน" in refused.value.message("th")
    action_id = meetings.add_action(database, meeting_id, item4, body["pmj"], "ติดตามเยี่ยมบ้าน", D(2026, 3, 31))
    item = meetings.load_meeting(database, meeting_id).item(item4)
    assert item.resolution == "มอบ พมจ. ติดตาม"
    assert [(a.id, a.agency_label, a.due_date) for a in item.actions] == [(action_id, "พมจ.", D(2026, 3, 31))]
    snapshot = meetings.delete_action(database, action_id)
    assert meetings.load_meeting(database, meeting_id).item(item4).actions == []
    meetings.restore_action(database, snapshot)
    assert [a.id for a in meetings.load_meeting(database, meeting_id).item(item4).actions] == [action_id]


def test_carry_over_shows_open_actions_of_earlier_meetings_not_those_closed_before(database, body):
    first = meetings.create_meeting(database, body["body"], D(2026, 1, 15))
    item = meetings.load_meeting(database, first).items[3].id
    still_open = meetings.add_action(database, first, item, body["pmj"], "จัดหาล่าม", D(2026, 1, 31))
    closed_early = meetings.add_action(database, first, item, body["police"], "สอบปากคำ", D(2026, 1, 20))
    closed_at_meeting = meetings.add_action(database, first, item, body["police"], "ส่งตัวกลับ", D(2026, 2, 13))
    meetings.record_progress(database, first, closed_early, "ดำเนินการแล้ว", ActionStatus.DONE, D(2026, 1, 25))
    second = meetings.create_meeting(database, body["body"], D(2026, 2, 15))
    meetings.record_progress(database, second, closed_at_meeting, "ส่งกลับเรียบร้อย", ActionStatus.DONE)
    carried = meetings.load_meeting(database, second).carried_over
    assert [c.action.id for c in carried] == [still_open, closed_at_meeting]
    assert carried[0].overdue and carried[0].days_overdue == 15
    assert carried[0].meeting_label == "1/2569"
    assert [(h.note, h.meeting_label) for h in carried[1].history] == [("ส่งกลับเรียบร้อย", "2/2569")]
    # Nothing carries over into the first meeting: actions never come back in the meeting that made them.
    assert meetings.load_meeting(database, first).carried_over == []


def test_progress_recorded_at_meeting_2_is_in_history_and_can_be_undone(database, body):
    first = meetings.create_meeting(database, body["body"], D(2026, 1, 15))
    item = meetings.load_meeting(database, first).items[3].id
    action_id = meetings.add_action(database, first, item, body["pmj"], "จัดหาที่พักปลอดภัย", D(2026, 2, 13))
    second = meetings.create_meeting(database, body["body"], D(2026, 2, 15))
    line = meetings.record_progress(database, second, action_id, "อยู่ระหว่างประสานบ้านพัก", "in_progress")
    carried = meetings.load_meeting(database, second).carried_over[0]
    assert carried.action.status is ActionStatus.IN_PROGRESS
    assert [(h.recorded_on, h.note) for h in carried.history] == [(D(2026, 2, 15), "อยู่ระหว่างประสานบ้านพัก")]
    snapshot = meetings.remove_progress(database, line)
    carried = meetings.load_meeting(database, second).carried_over[0]
    assert carried.action.status is ActionStatus.OPEN and carried.history == []
    meetings.restore_progress(database, snapshot)
    assert meetings.load_meeting(database, second).carried_over[0].action.status is ActionStatus.IN_PROGRESS


def test_status_moves_from_draft_to_held_to_approved(database, body):
    meeting_id = meetings.create_meeting(database, body["body"], D(2026, 1, 15))
    assert meetings.set_status(database, meeting_id, MeetingStatus.HELD) is MeetingStatus.DRAFT
    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    assert meetings.load_meeting(database, meeting_id).header.status is MeetingStatus.APPROVED


def test_urgent_case_meeting_starts_without_approval_and_matters_arising(database, body):
    meeting_id = meetings.create_meeting(database, body["body"], D(2026, 1, 15), MeetingKind.URGENT_CASE)
    kinds = [i.kind for i in meetings.load_meeting(database, meeting_id).items]
    assert AgendaKind.MATTERS_ARISING not in kinds and AgendaKind.APPROVE_MINUTES not in kinds
