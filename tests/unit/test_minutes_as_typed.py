"""Nothing the secretary typed is changed in the minutes (issue 10 §1): case codes of every shape and quoted words
keep their digits in either digit choice, while the rest of the typed text follows the choice; who chaired, an
interpreter's language, a stand-in for someone not in the roster and empty standard items are printed as a
district office writes them. Checked on the document model and on the text of the Word and PDF files."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from mdt_desktop import demo
from mdt_desktop.domain.codes import AgendaKind, AttendanceCategory, MeetingKind, MeetingStatus, MemberRole
from mdt_desktop.exports.minutes_model import MinutesDocument, MinutesOptions
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import cases, meetings
from mdt_desktop.services.cases import NewCase
from mdt_desktop.services.exports.minutes import build_minutes, render_minutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AgendaItem, Meeting, Member

# Codes of an office's existing register, registered by hand: three running digits, letters and digits mixed,
# Thai digits. Each is typed in the discussion with the digits it was registered with.
HAND_CODES = ("MKL-2569-042", "ตก12/2569", "ทส-๒๕๖๙-๐๐๗")
QUOTED = ("“ห้องพัก 204”", "“ค่าจ้าง ๓๐๐ บาท”")


@pytest.fixture
def meeting_id(database: Database) -> int:
    """The regular meeting of the small demo with the most agenda items whose minutes are not approved yet."""
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


def _first_item(database: Database, meeting_id: int, kind: AgendaKind) -> meetings.ItemView:
    view = meetings.load_meeting(database, meeting_id)
    return next(item for item in view.items if item.kind is kind)


@pytest.fixture
def typed_meeting(database: Database, meeting_id: int) -> int:
    """The meeting with the hand codes registered and typed in item 1, among numbers typed with either digits."""
    for code in HAND_CODES:
        cases.create_case(database, NewCase("neglect", dt.date(2026, 3, 1), code=code))
    lines = [
        *(f"ติดตามกรณี {code}" for code in HAND_CODES),
        "ผู้เสียหาย ๑๒ คน",
        "ตรวจแรงงาน 15 แห่ง",
        *(f"ผู้เสียหายแจ้งว่า {quote}" for quote in QUOTED),
    ]
    item = _first_item(database, meeting_id, AgendaKind.ANNOUNCEMENTS)
    meetings.update_item_text(database, item.id, "discussion", "\n".join(lines))
    return meeting_id


def _docx_text(document: MinutesDocument) -> str:
    word = Document(io.BytesIO(render_minutes(document, "docx")))
    cells = [
        p.text for table in word.tables for row in table.rows for cell in row.cells for p in cell.paragraphs
    ]
    return "\n".join([p.text for p in word.paragraphs] + cells)


def _pdf_text(document: MinutesDocument, tmp_path: Path) -> str:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(render_minutes(document, "pdf"))
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _texts(document: MinutesDocument, tmp_path: Path) -> dict[str, str]:
    return {"docx": _docx_text(document), "pdf": _pdf_text(document, tmp_path)}


def test_thai_digit_minutes_keep_codes_and_quotes_and_write_typed_arabic_in_thai(
    database: Database, typed_meeting: int, tmp_path: Path
) -> None:
    document = build_minutes(database, typed_meeting, MinutesOptions(digits="thai"))
    for name, text in _texts(document, tmp_path).items():
        for code in HAND_CODES:
            assert f"ติดตามกรณี {code}" in text, (name, code)
        for quote in QUOTED:
            assert quote in text, (name, quote)
        assert "ผู้เสียหาย ๑๒ คน" in text, name
        assert "ตรวจแรงงาน ๑๕ แห่ง" in text, name
        assert "MKL-๒๕๖๙-๐๔๒" not in text and "ตก๑๒/๒๕๖๙" not in text, name


def test_arabic_digit_minutes_keep_codes_and_quotes_and_write_typed_thai_in_arabic(
    database: Database, typed_meeting: int, tmp_path: Path
) -> None:
    document = build_minutes(database, typed_meeting, MinutesOptions(digits="arabic"))
    for name, text in _texts(document, tmp_path).items():
        for code in HAND_CODES:
            assert f"ติดตามกรณี {code}" in text, (name, code)
        for quote in QUOTED:
            assert quote in text, (name, quote)
        assert "ผู้เสียหาย 12 คน" in text, name
        assert "ตรวจแรงงาน 15 แห่ง" in text, name
        assert "ทส-2569-007" not in text, name


def test_a_code_of_the_database_is_found_even_typed_with_the_other_digits(
    database: Database, typed_meeting: int
) -> None:
    item = _first_item(database, typed_meeting, AgendaKind.ANNOUNCEMENTS)
    meetings.update_item_text(database, item.id, "discussion", "กรณี ตก๑๒/๒๕๖๙ และเลขที่ 12/2569")
    document = build_minutes(database, typed_meeting, MinutesOptions(digits="arabic"))
    assert document.items[0].paragraphs == ["กรณี ตก๑๒/๒๕๖๙ และเลขที่ 12/2569"]
    document = build_minutes(database, typed_meeting, MinutesOptions(digits="thai"))
    assert document.items[0].paragraphs == ["กรณี ตก๑๒/๒๕๖๙ และเลขที่ ๑๒/๒๕๖๙"]


def test_a_hand_code_is_kept_as_typed_and_refused_when_taken_in_either_digits(database: Database) -> None:
    _, code = cases.create_case(database, NewCase("neglect", dt.date(2026, 3, 1), code="  MKL-2569-042 "))
    assert code == "MKL-2569-042"
    with pytest.raises(Refusal) as refused:
        cases.create_case(database, NewCase("neglect", dt.date(2026, 3, 1), code="MKL-๒๕๖๙-๐๔๒"))
    assert "มีอยู่แล้ว" in refused.value.message("th")
    assert [row.code for row in cases.list_cases(database)] == ["MKL-2569-042"]
    _, next_code = cases.create_case(database, NewCase("neglect", dt.date(2026, 3, 2)))
    assert next_code == "MDT-2569-0001"  # the register's own codes do not disturb the running numbers


def _roster_row(database: Database, meeting_id: int, role: MemberRole) -> meetings.AttendanceRow:
    view = meetings.load_meeting(database, meeting_id)
    with database.read_session() as session:
        roles = {member_id: role for member_id, role in session.execute(select(Member.id, Member.role))}
    return next(row for row in view.attendance if row.member_id and roles[row.member_id] == role.value)


def test_the_chair_present_is_named_ประธาน_and_checks_the_minutes(
    database: Database, meeting_id: int
) -> None:
    chair = _roster_row(database, meeting_id, MemberRole.CHAIR)
    document = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    assert [(a.name, a.chair) for a in document.present if a.chair] == [(chair.full_name, "ประธาน")]
    assert document.signatures[1].name == chair.full_name


def test_someone_else_who_chaired_is_named_ประธานในที่ประชุม_in_both_files(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    chair = _roster_row(database, meeting_id, MemberRole.CHAIR)
    meetings.update_attendance(database, chair.id, category=AttendanceCategory.ABSENT, reason="ติดราชการ")
    member = _roster_row(database, meeting_id, MemberRole.MEMBER)
    assert meetings.set_chair(database, meeting_id, member.id) is None
    document = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    assert [(a.name, a.chair) for a in document.present if a.chair] == [(member.full_name, "ประธานในที่ประชุม")]
    assert document.signatures[1].name == member.full_name
    for name, text in _texts(document, tmp_path).items():
        assert "ประธานในที่ประชุม" in text, name


def test_only_someone_present_can_chair_and_marking_the_chair_absent_undoes_it(
    database: Database, meeting_id: int
) -> None:
    member = _roster_row(database, meeting_id, MemberRole.MEMBER)
    meetings.set_chair(database, meeting_id, member.id)
    previous = meetings.update_attendance(database, member.id, category=AttendanceCategory.ABSENT)
    assert previous == {"category": "present", "chaired": True}
    assert not any(row.chaired for row in meetings.load_meeting(database, meeting_id).attendance)
    with pytest.raises(Refusal) as refused:
        meetings.set_chair(database, meeting_id, member.id)
    assert "ประธานในที่ประชุม" in refused.value.message("th")
    with pytest.raises(Refusal):
        meetings.update_attendance(database, member.id, chaired=True)
    meetings.update_attendance(database, member.id, **previous)  # undo: present and chairing again
    chairing = [row.id for row in meetings.load_meeting(database, meeting_id).attendance if row.chaired]
    assert chairing == [member.id]
    other = _roster_row(database, meeting_id, MemberRole.SECRETARY)
    meetings.update_attendance(database, other.id, chaired=True)
    chairing = [row.id for row in meetings.load_meeting(database, meeting_id).attendance if row.chaired]
    assert chairing == [other.id]  # one chair at a time


def test_an_interpreter_with_the_language_and_a_stand_in_outside_the_roster(
    database: Database, meeting_id: int
) -> None:
    meetings.add_attendee(
        database, meeting_id, AttendanceCategory.INTERPRETER, "Mr. Aung Min", "ล่ามอิสระ", language="พม่า"
    )
    meetings.add_attendee(
        database, meeting_id, AttendanceCategory.INTERPRETER, "นางสาวมาลี", language="ภาษากัมพูชา"
    )
    meetings.add_attendee(
        database, meeting_id, AttendanceCategory.INTERPRETER, "นายเอ", "ล่ามภาษาลาว", language="ลาว"
    )
    meetings.add_stand_in(
        database, meeting_id, "นายสมชาย ทองสมบูรณ์", "ปลัดอำเภอ", stands_in_for="นายอำเภอแม่กลางเหนือ"
    )
    with pytest.raises(Refusal):
        meetings.add_stand_in(database, meeting_id, "นายก", "ปลัด", stands_in_for="  ")
    document = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    notes = {a.name: (a.position, a.note) for a in document.attending + document.present}
    assert notes["Mr. Aung Min"] == ("ล่ามอิสระ", "ล่ามภาษาพม่า")
    assert notes["นางสาวมาลี"] == ("", "ล่ามภาษากัมพูชา")
    assert notes["นายเอ"] == ("ล่ามภาษาลาว", "")  # the position says it already: not twice
    assert notes["นายสมชาย ทองสมบูรณ์"] == ("ปลัดอำเภอ", "แทน นายอำเภอแม่กลางเหนือ")


def _clear_item(database: Database, meeting_id: int, kind: AgendaKind) -> meetings.ItemView:
    item = _first_item(database, meeting_id, kind)
    meetings.update_item_text(database, item.id, "discussion", "")
    meetings.update_item_text(database, item.id, "resolution", "")
    for action in item.actions:
        meetings.delete_action(database, action.id)
    for case in item.cases:
        meetings.unlink_case(database, item.id, case.id)
    return item


def test_an_empty_standard_item_says_ไม่มี_or_is_left_out_with_the_others_keeping_their_numbers(
    database: Database, meeting_id: int
) -> None:
    empty = _clear_item(database, meeting_id, AgendaKind.OTHER)
    announcements = _clear_item(database, meeting_id, AgendaKind.ANNOUNCEMENTS)
    printed = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    by_number = {item.number: item for item in printed.items}
    assert by_number[empty.number].paragraphs == ["ไม่มี"]
    assert by_number[announcements.number].paragraphs == ["ไม่มี"]
    assert all(i.paragraphs or i.resolution or i.actions or i.carried or i.cases for i in printed.items)

    meetings.update_header(database, meeting_id, empty_items=meetings.EmptyItems.OMIT)
    left_out = build_minutes(database, meeting_id, MinutesOptions(digits="arabic"))
    numbers = [item.number for item in left_out.items]
    assert numbers == [n for n in (item.number for item in printed.items) if n not in ("1", empty.number)]
    assert "2" in numbers and left_out.items[0].heading.startswith("ระเบียบวาระที่ 2 ")
