"""The next meeting's ระเบียบวาระที่ 2 (รับรองรายงานการประชุม) shows the amendments made to the approved minutes it
follows, in the DOCX and the PDF alike."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document

from mdt_desktop.domain.codes import AgendaKind, MeetingStatus
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.services import meetings
from mdt_desktop.services.exports.minutes import build_minutes, export_minutes
from tests.gui.meeting_fixtures import make_team

AMENDED_LINE = (
    "แก้ไขรายงานการประชุมครั้งที่ 1/2569 ระเบียบวาระที่ 4.1 มติที่ประชุม "
    "จาก “มอบ พมจ. ติดตามเยี่ยมบ้าน” เป็น “มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน” "
    "เหตุผล: ที่ประชุมมอบ สภ.แม่สาย ร่วมด้วย แต่ตกหล่นในรายงาน"
)


@pytest.fixture
def next_meeting(database) -> int:
    """Meeting 1/2569 approved, then its item 4.1's resolution amended; meeting 2/2569 follows it."""
    team = make_team(database)
    first = meetings.create_meeting(database, team["body"], dt.date(2026, 10, 16))
    item_4 = next(i for i in meetings.load_meeting(database, first).items if i.number == "4")
    sub_item = meetings.add_item(database, first, "ผู้เสียหายรายใหม่ MSI-2569-0001", parent_id=item_4.id)
    meetings.update_item_text(database, sub_item, "resolution", "มอบ พมจ. ติดตามเยี่ยมบ้าน")
    meetings.set_status(database, first, MeetingStatus.APPROVED)
    meetings.amend_minutes(
        database,
        first,
        sub_item,
        "resolution",
        "มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน",
        "ที่ประชุมมอบ สภ.แม่สาย ร่วมด้วย แต่ตกหล่นในรายงาน",
        "อรุณี ทดสอบ",
    )
    return meetings.create_meeting(database, team["body"], dt.date(2026, 11, 20))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_item_2_of_the_next_meeting_lists_the_amendment_and_no_other_item_does(database, next_meeting):
    doc = build_minutes(database, next_meeting, MinutesOptions(digits="arabic"))
    by_number = {item.number: item for item in doc.items}
    assert by_number["2"].amendments == [AMENDED_LINE]
    assert [n for n, item in by_number.items() if item.amendments] == ["2"]
    # the amended meeting's own minutes carry the corrected text, not an amendment list
    first = meetings.previous_meeting(database, next_meeting)
    assert first is not None
    own = build_minutes(database, first, MinutesOptions(digits="arabic"))
    assert not any(item.amendments for item in own.items)
    assert "มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน" in [item.resolution for item in own.items]


def test_the_docx_shows_the_amendment_under_item_2(database, next_meeting, tmp_path: Path):
    path = export_minutes(
        database, next_meeting, "docx", tmp_path / "m.docx", MinutesOptions(digits="arabic"), actor="x"
    )
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    item_2 = next(i for i, text in enumerate(paragraphs) if text.startswith("ระเบียบวาระที่ 2"))
    item_3 = next(i for i, text in enumerate(paragraphs) if text.startswith("ระเบียบวาระที่ 3"))
    assert paragraphs[item_2 + 1 : item_3] == ["การแก้ไขรายงานการประชุมที่รับรองแล้ว", AMENDED_LINE]


def test_the_pdf_shows_the_amendment_under_item_2_in_thai_digits(database, next_meeting, tmp_path: Path):
    path = export_minutes(database, next_meeting, "pdf", tmp_path / "m.pdf", MinutesOptions(), actor="x")
    text = _squash(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    )
    thai = AMENDED_LINE.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    item_2, item_3 = text.index(_squash("ระเบียบวาระที่ ๒")), text.index(_squash("ระเบียบวาระที่ ๓"))
    assert item_2 < text.index(_squash(thai)) < item_3


def test_an_ad_hoc_meeting_has_no_item_2_to_show_amendments_in(database, next_meeting):
    body = meetings.get_meeting_summary(database, next_meeting).body_id
    urgent = meetings.create_meeting(database, body, dt.date(2026, 11, 21), kind="urgent_case")
    doc = build_minutes(database, urgent, MinutesOptions(digits="arabic"))
    kinds = [item.kind for item in meetings.load_meeting(database, urgent).items]
    assert AgendaKind.APPROVE_MINUTES not in kinds
    assert not any(item.amendments for item in doc.items)


def test_english_minutes_say_the_amendment_in_english(database, next_meeting):
    doc = build_minutes(database, next_meeting, MinutesOptions(digits="arabic", language="en"))
    [line] = next(item for item in doc.items if item.number == "2").amendments
    assert line == (
        "Amended in the minutes of meeting 1/2569, agenda item 4.1, resolution: "
        "from “มอบ พมจ. ติดตามเยี่ยมบ้าน” to “มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน”; "
        "reason: ที่ประชุมมอบ สภ.แม่สาย ร่วมด้วย แต่ตกหล่นในรายงาน"
    )
    assert doc.labels["amendments"] == "Amendments to approved minutes"
