"""Hostile input is a message, never a crash: characters XML cannot carry and enormous fields (hostile search text:
test_services_search)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.domain.typed_text import CUT_MARK, LONG_TEXT, TASK_TEXT, checked, clean, cut_for_print
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.exports.pdf_minutes import _story
from mdt_desktop.exports.thai_typesetting import ThaiParagraph
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import agencies, bodies, cases, meetings, settings
from mdt_desktop.services.exports.minutes import build_minutes, export_minutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, Body, CaseFile

D = dt.date
NOT_XML = [
    chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xD800, 0xDFFF, 0xFFFE, 0xFFFF)
]


# --- the cleaning itself ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", NOT_XML, ids=[f"U+{ord(c):04X}" for c in NOT_XML])
def test_every_character_xml_cannot_carry_is_gone(bad: str) -> None:
    assert bad not in clean(f"ติดตาม{bad}บ้าน")
    assert clean(f"ติดตาม{bad}บ้าน") in ("ติดตามบ้าน", "ติดตาม\nบ้าน")


def test_vertical_tab_and_form_feed_become_line_breaks_and_thai_tab_and_newline_stay() -> None:
    assert clean("ข้อ ๑\vข้อ ๒\fข้อ ๓") == "ข้อ ๑\nข้อ ๒\nข้อ ๓"
    typed = "น้ำ ที่ ปู่\tก.ค.\r\nมติ: รับทราบ ✓ 😀 \u200b"
    assert clean(typed) == typed


def test_a_text_too_long_for_its_field_is_refused_naming_the_field_and_the_limit_in_both_languages() -> None:
    with pytest.raises(Refusal) as refused:
        checked("ก" * (TASK_TEXT + 1), typed_text.TASK)
    assert "งานที่มอบหมาย" in refused.value.message("th") and "5,000" in refused.value.message("th")
    assert "task" in refused.value.message("en") and "5,000" in refused.value.message("en")
    assert checked("ก" * TASK_TEXT, typed_text.TASK) == "ก" * TASK_TEXT


def test_cutting_for_print_marks_the_cut_and_cutting_again_changes_nothing() -> None:
    cut = cut_for_print("ติดตาม " * 20_000)
    assert len(cut) <= LONG_TEXT and cut.endswith(CUT_MARK)
    assert cut_for_print(cut) == cut
    assert cut_for_print("สั้น\x0b") == "สั้น\n"


# --- at the service boundary ---------------------------------------------------------------------------------------


@pytest.fixture
def two_meetings(database: Database) -> dict[str, int]:
    with database.session() as session:
        team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district")
        agency = Agency(name_th="สำนักงานพัฒนาสังคม", abbreviation="พมจ.", sector="government", level="province")
        session.add_all([team, agency])
        session.flush()
        team_id, agency_id = team.id, agency.id
    first = meetings.create_meeting(database, team_id, D(2026, 1, 15))
    item = meetings.load_meeting(database, first).items[3].id
    action = meetings.add_action(database, first, item, agency_id, "ติดตามเยี่ยมบ้าน", D(2026, 2, 13))
    later = meetings.create_meeting(database, team_id, D(2026, 2, 15))
    return {"first": first, "item": item, "action": action, "later": later, "agency": agency_id}


def test_pasted_control_characters_and_a_lone_surrogate_are_cleaned_where_they_are_stored(
    database: Database, two_meetings: dict[str, int]
) -> None:
    item = two_meetings["item"]
    meetings.update_item_text(database, item, "discussion", "หารือ\vกรณี\x00ที่หนึ่ง\ud800")
    meetings.update_action(database, two_meetings["action"], task="ติดตาม\x1fเยี่ยม\x0cบ้าน")
    view = meetings.load_meeting(database, two_meetings["first"])
    assert view.items[3].discussion == "หารือ\nกรณีที่หนึ่ง"
    assert view.items[3].actions[0].task == "ติดตามเยี่ยม\nบ้าน"


def test_an_enormous_field_is_refused_at_the_service_and_nothing_is_stored(
    database: Database, two_meetings: dict[str, int]
) -> None:
    with pytest.raises(Refusal) as refused:
        meetings.update_item_text(database, two_meetings["item"], "resolution", "มติ" * LONG_TEXT)
    assert "มติ" in refused.value.message("th") and "50,000" in refused.value.message("en")
    with pytest.raises(Refusal):
        meetings.add_action(
            database,
            two_meetings["first"],
            two_meetings["item"],
            two_meetings["agency"],
            "ก" * 1_000_000,
            D(2026, 2, 13),
        )
    view = meetings.load_meeting(database, two_meetings["first"])
    assert view.items[3].resolution == ""
    assert [a.task for a in view.items[3].actions] == ["ติดตามเยี่ยมบ้าน"]


# --- what an older database already holds ---------------------------------------------------------------------


def _store_raw(database: Database, action_id: int, task: str) -> None:
    """Write as an older version of the program could have: past the services and their cleaning."""
    with database.session() as session:
        session.get_one(ActionPoint, action_id).task = task


def _docx_text(path: Path) -> str:
    return "\n".join(paragraph.text for paragraph in Document(str(path)).paragraphs)


def test_a_control_character_already_stored_in_an_open_action_does_not_break_later_minutes(
    database: Database, two_meetings: dict[str, int], tmp_path: Path
) -> None:
    _store_raw(database, two_meetings["action"], "ติดตาม\x0bเยี่ยม\x00บ้าน\x1fนาย ก")
    docx = export_minutes(database, two_meetings["later"], "docx", tmp_path / "later.docx", actor="เลขานุการ")
    pdf = export_minutes(database, two_meetings["later"], "pdf", tmp_path / "later.pdf", actor="เลขานุการ")
    assert "ติดตาม\nเยี่ยมบ้านนาย ก" in _docx_text(docx)  # carried over as matters arising
    pdf_text = "".join("".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "ติดตามเยี่ยมบ้านนายก" in pdf_text
    assert "\x00" not in pdf_text and "\x1f" not in pdf_text


def test_an_enormous_field_already_stored_is_cut_in_the_pdf_with_a_visible_mark(
    database: Database, two_meetings: dict[str, int], tmp_path: Path
) -> None:
    enormous = "ติดตามผู้เสียหายรายที่หนึ่ง " * 40_000  # 1.1 million characters
    _store_raw(database, two_meetings["action"], enormous)
    paragraphs = [
        flowable.text
        for flowable in _story(build_minutes(database, two_meetings["later"], MinutesOptions()))
        if isinstance(flowable, ThaiParagraph) and "ติดตามผู้เสียหาย" in flowable.text
    ]
    assert len(paragraphs) == 1
    assert len(paragraphs[0]) <= LONG_TEXT and paragraphs[0].endswith(CUT_MARK)
    pdf = export_minutes(database, two_meetings["later"], "pdf", tmp_path / "later.pdf", actor="เลขานุการ")
    last_pages = PdfReader(pdf).pages[-3:]
    assert "ตัดความยาว" in "".join("".join(page.extract_text().split()) for page in last_pages)


def test_every_service_that_stores_typed_text_cleans_it_and_holds_it_to_a_limit(database: Database) -> None:
    pasted = "ทีม\vสหวิชาชีพ\x00"
    agency_id = agencies.create_agency(database, agencies.AgencyRecord(name_th=f"พมจ.{pasted}"))
    body_id = bodies.create_body(
        database, bodies.BodyRecord(name_th=pasted, confidentiality_statement=pasted)
    )
    bodies.create_member(database, bodies.MemberRecord(body_id, full_name=pasted, position=pasted))
    case_id, _code = cases.create_case(database, cases.NewCase("neglect", D(2026, 1, 3), summary=pasted))
    cases.record_consent(database, case_id, pasted, pasted, D(2026, 1, 3), pasted)
    cases.save_identity(database, case_id, cases.IdentityRecord(full_name=pasted), actor="ผู้บันทึก")
    settings.put_holiday(database, D(2026, 4, 13), f"สงกรานต์{pasted}")
    stored = "ทีม\nสหวิชาชีพ"
    assert agencies.get_agency(database, agency_id).name_th == f"พมจ.{stored}"
    body = bodies.get_body(database, body_id)
    assert (body.name_th, body.confidentiality_statement) == (stored, stored)
    assert [(m.full_name, m.position) for m in bodies.list_members(database, body_id)] == [(stored, stored)]
    with database.read_session() as session:
        assert session.get_one(CaseFile, case_id).summary == stored
    assert [(c.given_by, c.scope) for c in cases.list_consents(database, case_id)] == [(stored, stored)]
    identity = cases.read_identity(database, case_id, actor="ผู้บันทึก", purpose=IdentityPurpose.VERIFY_DETAILS)
    assert identity is not None and identity.full_name == stored
    assert settings.load_team_settings(database).holidays == ((D(2026, 4, 13), f"สงกรานต์{stored}"),)
    for too_long in (
        lambda: agencies.create_agency(database, agencies.AgencyRecord(name_th="ก" * 501)),
        lambda: bodies.create_member(database, bodies.MemberRecord(body_id, full_name="ก" * 501)),
        lambda: cases.create_case(database, cases.NewCase("neglect", D(2026, 1, 3), summary="ก" * 50_001)),
    ):
        with pytest.raises(Refusal):
            too_long()
