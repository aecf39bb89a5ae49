"""The content of the minutes (services.exports.minutes.build_minutes): form 11's words, levels, digits, language,
privacy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from mdt_desktop import demo
from mdt_desktop.domain.case_codes import CODE_IN_TEXT
from mdt_desktop.domain.codes import AttendanceCategory, MeetingKind, MeetingStatus
from mdt_desktop.exports.minutes_model import MinutesDocument, MinutesOptions
from mdt_desktop.services import meetings
from mdt_desktop.services.exports.minutes import build_minutes, thai_long_date
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AgendaItem, Meeting


@pytest.fixture
def meeting_id(database: Database) -> int:
    """The regular meeting of the small demo with the most agenda items whose minutes are not approved yet (the
    tests change it)."""
    demo.build_demo(database, "small")
    with database.read_session() as session:
        return session.execute(
            select(Meeting.id)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.kind == MeetingKind.REGULAR.value, Meeting.status != MeetingStatus.APPROVED.value)
            .group_by(Meeting.id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    return []


def test_full_thai_date_with_weekday_and_buddhist_era() -> None:
    assert thai_long_date(dt.date(2026, 11, 20)) == "วันศุกร์ที่ 20 พฤศจิกายน พ.ศ. 2569"


def test_header_lines_use_the_words_of_form_11(database: Database, meeting_id: int) -> None:
    meetings.update_header(
        database, meeting_id, date=dt.date(2026, 11, 20), start_time=dt.time(9, 30), end_time=dt.time(12, 0)
    )
    doc = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    view = meetings.load_meeting(database, meeting_id)
    assert doc.title == "รายงานการประชุม" + view.header.body_name
    assert doc.number_line == f"ครั้งที่ {view.header.number}/{view.header.year_be}"
    assert doc.date_line == "เมื่อวันศุกร์ที่ 20 พฤศจิกายน พ.ศ. 2569"
    assert doc.venue_line == "ณ " + view.header.venue
    assert doc.start_line == "เริ่มประชุมเวลา 09.30 น."
    assert doc.end_line == "เลิกประชุมเวลา 12.00 น."
    assert not any("เปิดประชุม" in s for s in _strings(doc))
    assert [s.role_label for s in doc.signatures] == ["ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม"]
    assert all(s.name and s.position for s in doc.signatures)


def test_attendance_lists_stand_ins_absences_and_non_members(database: Database, meeting_id: int) -> None:
    rows = meetings.load_meeting(database, meeting_id).attendance
    meetings.update_attendance(
        database, rows[1].id, category=AttendanceCategory.STAND_IN, stands_in_for_text="ผู้อำนวยการโรงพยาบาล"
    )
    meetings.update_attendance(database, rows[2].id, category=AttendanceCategory.ABSENT, reason="ติดราชการ")
    meetings.update_attendance(database, rows[3].id, category=AttendanceCategory.INTERPRETER)
    doc = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    assert rows[1].full_name in [a.name for a in doc.present]
    assert next(a for a in doc.present if a.name == rows[1].full_name).note == "แทน ผู้อำนวยการโรงพยาบาล"
    assert next(a for a in doc.absent if a.name == rows[2].full_name).note == "ติดราชการ"
    assert rows[3].full_name in [a.name for a in doc.attending]
    assert rows[2].full_name not in [a.name for a in doc.present]


def test_recording_level_decides_how_much_discussion_is_written(database: Database, meeting_id: int) -> None:
    full = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    assert any(item.paragraphs for item in full.items)
    meetings.update_header(database, meeting_id, recording_level="resolution_only")
    brief = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    assert all(not item.paragraphs for item in brief.items)
    assert [i.resolution for i in brief.items] == [i.resolution for i in full.items]


def test_matters_arising_carry_earlier_actions_with_progress_up_to_the_meeting(
    database: Database, meeting_id: int
) -> None:
    doc = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    item3 = next(i for i in doc.items if i.heading == "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง")
    assert item3.carried and all(line.status for line in item3.carried)
    assert all(not i.carried for i in doc.items if i is not item3)
    meeting_day = meetings.load_meeting(database, meeting_id).header.date
    later = [
        m
        for m in meetings.list_meetings(database, meetings.get_meeting_summary(database, meeting_id).body_id)
        if m.date > meeting_day
    ]
    for summary in later:  # progress reported at later meetings is not part of these minutes
        assert not any(f"(ครั้งที่ {summary.label})" in p for line in item3.carried for p in line.progress)


def test_thai_digits_leave_no_arabic_digit(database: Database, meeting_id: int) -> None:
    doc = build_minutes(database, meeting_id, MinutesOptions(digits="thai"))
    assert isinstance(doc, MinutesDocument)
    assert not [s for s in _strings(doc) if re.search(r"[0-9]", CODE_IN_TEXT.sub("", s))]
    assert "๒๕" in doc.date_line
    codes = [line.case_code for item in doc.items for line in item.actions + item.carried if line.case_code]
    assert codes and all(re.fullmatch(r"[A-Z]+-\d{4}-\d{4}", code) for code in codes)  # identifiers kept


def test_english_translates_the_fixed_words(database: Database, meeting_id: int) -> None:
    doc = build_minutes(database, meeting_id, MinutesOptions(language="en", digits="arabic"))
    assert doc.labels["present"] == "Present" and doc.labels["resolution"] == "Resolution"
    assert doc.items[0].heading == "Agenda item 1: Announcements by the chair"
    assert doc.start_line.startswith("The meeting began at ")
    assert doc.date_line.startswith("on ") and "B.E." in doc.date_line
