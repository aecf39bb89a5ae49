"""Approved minutes stay approved: the meeting's services refuse to change them, a correction is an amendment with
its reason, kept with the old and new text and audited by ids; follow-up of actions stays open."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory, MeetingStatus
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, meetings, profiles
from mdt_desktop.services.meetings.amendments import AMENDED, APPROVED
from mdt_desktop.storage.models import MinutesAmendment
from tests.gui.meeting_fixtures import make_team

READ_ONLY = "รายงานการประชุมนี้รับรองแล้ว แก้ไขได้โดยบันทึกการแก้ไขพร้อมเหตุผลเท่านั้น"


def _entries(database, event):
    return [e for e in audit.list_entries(database) if e.event == event]


@pytest.fixture
def approved(database):
    """An approved meeting with an item, an action and an attendance row; the secretary is the person acting."""
    team = make_team(database)
    secretary = profiles.add_profile(database, "อรุณี ทดสอบ", actor="")
    profiles.start_session(database, secretary.id)
    meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 11, 20))
    item_id = meetings.add_item(database, meeting_id, "ผู้เสียหายรายใหม่")
    meetings.update_item_text(database, item_id, "resolution", "มอบ พมจ. ติดตามเยี่ยมบ้าน")
    action_id = meetings.add_action(
        database, meeting_id, item_id, team["pmj"], "เยี่ยมบ้าน", due_date=dt.date(2026, 12, 1)
    )
    assert _entries(database, AMENDED) == []  # a draft is written freely
    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    attendance_id = meetings.load_meeting(database, meeting_id).attendance[0].id
    return {
        "team": team,
        "meeting": meeting_id,
        "item": item_id,
        "action": action_id,
        "attendance": attendance_id,
    }


def test_approval_is_audited_by_the_person_acting(database, approved):
    approvals = _entries(database, APPROVED)
    assert [(e.actor, e.object_id) for e in approvals] == [("อรุณี ทดสอบ", approved["meeting"])]


def test_every_change_to_approved_minutes_is_refused_and_leaves_them_as_they_were(database, approved):
    meeting_id, item_id = approved["meeting"], approved["item"]
    attempts = [
        lambda: meetings.update_header(database, meeting_id, venue="ห้องประชุมใหม่"),
        lambda: meetings.set_status(database, meeting_id, MeetingStatus.HELD),  # no back door
        lambda: meetings.delete_meeting(database, meeting_id),
        lambda: meetings.add_item(database, meeting_id, "เรื่องเพิ่มภายหลัง"),
        lambda: meetings.update_item_text(database, item_id, "resolution", "มอบ สภ. แทน"),
        lambda: meetings.rename_item(database, item_id, "ชื่อใหม่"),
        lambda: meetings.move_item(database, item_id, 0),
        lambda: meetings.delete_item(database, item_id),
        lambda: meetings.set_item_measure(database, item_id, None),
        lambda: meetings.add_attendee(database, meeting_id, AttendanceCategory.ATTENDEE, "ล่าม ภาษาเมียนมา"),
        lambda: meetings.update_attendance(database, approved["attendance"], position="ตำแหน่งใหม่"),
        lambda: meetings.remove_attendee(database, approved["attendance"]),
        lambda: meetings.add_action(
            database, meeting_id, item_id, approved["team"]["police"], "สอบปากคำ", dt.date(2026, 12, 5)
        ),
        lambda: meetings.update_action(database, approved["action"], task="งานใหม่"),
        lambda: meetings.delete_action(database, approved["action"]),
    ]
    for attempt in attempts:
        with pytest.raises(Refusal) as refused:
            attempt()
        assert refused.value.message("th") == READ_ONLY
    view = meetings.load_meeting(database, meeting_id)
    assert view.header.status is MeetingStatus.APPROVED and view.header.venue == ""
    item = view.item(item_id)
    assert (item.title, item.resolution) == ("ผู้เสียหายรายใหม่", "มอบ พมจ. ติดตามเยี่ยมบ้าน")
    assert [a.task for a in item.actions] == ["เยี่ยมบ้าน"]
    assert [(row.full_name, row.position) for row in view.attendance][:1] == [
        ("นายสมชาย ใจดี", "นายอำเภอแม่สาย")
    ]
    assert len(view.attendance) == 4  # the roster, nobody added or removed
    assert _entries(database, AMENDED) == []


def test_follow_up_of_the_approved_meetings_actions_stays_open(database, approved):
    meetings.record_progress(
        database, None, approved["action"], "เยี่ยมบ้านแล้ว", ActionStatus.DONE, dt.date(2026, 11, 30)
    )
    meetings.update_due_date(database, approved["action"], dt.date(2026, 12, 15))
    action = meetings.get_action(database, approved["action"])
    assert action.status is ActionStatus.DONE and action.due_date == dt.date(2026, 12, 15)


def test_an_amendment_keeps_the_old_and_new_text_and_the_reason_and_is_audited_by_ids(database, approved):
    meeting_id, item_id = approved["meeting"], approved["item"]
    amendment_id = meetings.amend_minutes(
        database,
        meeting_id,
        item_id,
        "resolution",
        "มอบ พมจ. และ สภ. ติดตามเยี่ยมบ้าน",
        "ที่ประชุมมอบ สภ. ร่วมด้วย แต่ตกหล่นในรายงาน",
        "อรุณี ทดสอบ",
    )
    assert meetings.load_meeting(database, meeting_id).item(item_id).resolution == (
        "มอบ พมจ. และ สภ. ติดตามเยี่ยมบ้าน"
    )
    with database.read_session() as session:
        stored = session.scalars(select(MinutesAmendment)).one()
        assert (stored.id, stored.meeting_id, stored.agenda_item_id, stored.field) == (
            amendment_id,
            meeting_id,
            item_id,
            "resolution",
        )
        assert stored.old_text == "มอบ พมจ. ติดตามเยี่ยมบ้าน"
        assert stored.new_text == "มอบ พมจ. และ สภ. ติดตามเยี่ยมบ้าน"
        assert stored.reason == "ที่ประชุมมอบ สภ. ร่วมด้วย แต่ตกหล่นในรายงาน"
        assert stored.actor == "อรุณี ทดสอบ"
    [entry] = _entries(database, AMENDED)
    assert (entry.actor, entry.object_type, entry.object_id) == ("อรุณี ทดสอบ", "meeting", meeting_id)
    assert entry.detail == f"agenda_item {item_id}: resolution (amendment {amendment_id})"
    assert audit.verify_chain(database).intact
    [listed] = meetings.list_amendments(database, meeting_id)
    assert (listed.meeting_label, listed.item_number, listed.field) == ("1/2569", "6", "resolution")
    # the meeting stays approved: the amendment is the only way, every time
    with pytest.raises(Refusal):
        meetings.update_item_text(database, item_id, "resolution", "อีกครั้ง")


def test_an_amendment_without_a_reason_or_of_minutes_not_approved_is_refused(database, approved):
    with pytest.raises(Refusal) as refused:
        meetings.amend_minutes(
            database, approved["meeting"], approved["item"], "title", "ชื่อใหม่", "   ", "อรุณี ทดสอบ"
        )
    assert refused.value.message("th") == "โปรดระบุเหตุผลของการแก้ไขรายงานการประชุมที่รับรองแล้ว"
    with pytest.raises(Refusal):  # nothing to amend
        meetings.amend_minutes(
            database, approved["meeting"], approved["item"], "title", "ผู้เสียหายรายใหม่", "พิมพ์ผิด", "x"
        )
    draft = meetings.create_meeting(database, approved["team"]["body"], dt.date(2026, 12, 20))
    draft_item = meetings.add_item(database, draft, "เรื่องใหม่")
    with pytest.raises(Refusal) as refused:
        meetings.amend_minutes(database, draft, draft_item, "title", "ชื่อใหม่", "พิมพ์ผิด", "อรุณี ทดสอบ")
    assert "ยังไม่ได้รับรอง" in refused.value.message("th")
    view = meetings.load_meeting(database, approved["meeting"])
    assert view.item(approved["item"]).title == "ผู้เสียหายรายใหม่"
    assert meetings.list_amendments(database, approved["meeting"]) == []
    assert _entries(database, AMENDED) == []


def test_the_venue_of_approved_minutes_is_amended_without_an_item(database, approved):
    meetings.amend_minutes(
        database, approved["meeting"], None, "venue", "ห้องประชุมอำเภอ", "ลืมบันทึกสถานที่", "อรุณี ทดสอบ"
    )
    assert meetings.load_meeting(database, approved["meeting"]).header.venue == "ห้องประชุมอำเภอ"
    [listed] = meetings.list_amendments(database, approved["meeting"])
    assert (listed.item_id, listed.field, listed.old_text) == (None, "venue", "")


def test_the_previous_meeting_is_the_bodys_meeting_just_before(database, approved):
    body = approved["team"]["body"]
    later = meetings.create_meeting(database, body, dt.date(2026, 12, 18))
    assert meetings.previous_meeting(database, later) == approved["meeting"]
    assert meetings.previous_meeting(database, approved["meeting"]) is None
