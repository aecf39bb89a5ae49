"""Changing minutes already approved is an amendment: audited with the person acting and the part changed, never
the text; follow-up of actions and changes before approval are not."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import AttendanceCategory, MeetingStatus
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, meetings, profiles
from mdt_desktop.services.meetings.amendments import AMENDED, APPROVED
from tests.gui.meeting_fixtures import make_team


def _entries(database, event):
    return [e for e in audit.list_entries(database) if e.event == event]


def test_changes_after_approval_are_audited_as_amendments_by_the_person_acting(database):
    team = make_team(database)
    secretary = profiles.add_profile(database, "อรุณี ทดสอบ", actor="")
    profiles.start_session(database, secretary.id)
    meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 11, 20))
    item_id = meetings.add_item(database, meeting_id, "ผู้เสียหายรายใหม่")
    meetings.update_item_text(database, item_id, "resolution", "มอบ พมจ. ติดตามเยี่ยมบ้าน")
    assert _entries(database, AMENDED) == []  # a draft is written freely

    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    approvals = _entries(database, APPROVED)
    assert [(e.actor, e.object_id) for e in approvals] == [("อรุณี ทดสอบ", meeting_id)]

    meetings.update_item_text(database, item_id, "resolution", "มอบ พมจ. และ สภ. ติดตามเยี่ยมบ้าน")
    meetings.add_attendee(database, meeting_id, AttendanceCategory.ATTENDEE, "ล่าม ภาษาเมียนมา")
    amended = _entries(database, AMENDED)
    assert [(e.actor, e.object_type, e.object_id) for e in amended] == [
        ("อรุณี ทดสอบ", "meeting", meeting_id),
        ("อรุณี ทดสอบ", "meeting", meeting_id),
    ]
    assert amended[0].detail == f"agenda_item {item_id}: resolution"
    assert amended[1].detail == "attendance: added"
    for entry in amended:
        assert "พมจ" not in entry.detail and "ล่าม" not in entry.detail  # the part, never the text
    assert audit.verify_chain(database).intact


def test_reopening_approved_minutes_is_an_amendment_and_a_refused_change_leaves_no_entry(database):
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 11, 21))
    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    meetings.set_status(database, meeting_id, MeetingStatus.HELD)
    assert [e.detail for e in _entries(database, AMENDED)] == [f"meeting {meeting_id}: status"]
    assert _entries(database, AMENDED)[0].actor == "?"  # nobody chose a profile in this test's database

    other_id = meetings.create_meeting(database, team["body"], dt.date(2026, 11, 28))
    meetings.set_status(database, other_id, MeetingStatus.APPROVED)
    taken = meetings.get_meeting_summary(database, meeting_id).number
    with pytest.raises(Refusal):
        meetings.update_header(database, other_id, number=taken)  # the number is the other meeting's
    assert len(_entries(database, AMENDED)) == 1  # the refused change took its entry with it
    assert audit.verify_chain(database).intact
