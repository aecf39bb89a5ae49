"""Identifying words in the general minutes: moved into the case's restricted record (audited by ids), dismissed,
and the minutes export refused until they are dealt with or confirmed with a reason that the audit keeps
(once the file is written)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.typed_names import IdentifyingKind, find_identifying
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, cases, meetings
from mdt_desktop.services.cases import NewCase
from mdt_desktop.services.exports.minutes import export_minutes
from mdt_desktop.services.identifying import (
    IdentifyingInMinutes,
    TextField,
    dismiss,
    identifying_places,
    move_to_restricted,
)
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Body,
    CaseIdentity,
    Meeting,
)

TODAY = dt.date(2026, 11, 25)
NAME = "นายสมชาย ใจดี"
PHONE = "081-234-5678"
DISCUSSION = f"ที่ประชุมรับทราบว่า {NAME} ได้รับการช่วยเหลือแล้ว ติดต่อได้ที่ {PHONE}"


@dataclass(frozen=True)
class Setup:
    meeting_id: int
    item_id: int
    other_item_id: int
    action_id: int
    case_id: int
    code: str


@pytest.fixture
def setup(database: Database) -> Setup:
    """Item 4.1 (case with consent) names a person and a phone; item 4.2 has no case; an action task holds a
    phone number."""
    with database.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมืองลำปาง", level="district", code="LPG")
        agency = Agency(name_th="พัฒนาสังคมจังหวัด", abbreviation="พมจ.", sector="government", level="province")
        session.add_all([body, agency])
        session.flush()
        meeting = Meeting(body_id=body.id, number=3, year_be=2569, date=dt.date(2026, 11, 20))
        session.add(meeting)
        session.flush()
        body_id, agency_id, meeting_id = body.id, agency.id, meeting.id
    case_id, code = cases.create_case(database, NewCase("trafficking_labour", dt.date(2026, 10, 1), body_id))
    cases.record_consent(database, case_id, "ผู้เสียหาย", "นักสังคมสงเคราะห์", dt.date(2026, 10, 2), "ทีมสหวิชาชีพ")
    with database.session() as session:
        first = AgendaItem(
            meeting_id=meeting_id,
            number="4.1",
            title="กรณีค้ามนุษย์",
            kind="for_consideration",
            discussion=DISCUSSION,
        )
        second = AgendaItem(
            meeting_id=meeting_id,
            number="4.2",
            title="เรื่องอื่น",
            kind="for_consideration",
            resolution="ให้ติดต่อ ด.ญ.กานดา มีสุข",
        )
        session.add_all([first, second])
        session.flush()
        action = ActionPoint(
            meeting_id=meeting_id,
            agenda_item_id=first.id,
            body_id=body_id,
            case_id=case_id,
            agency_id=agency_id,
            task="โทรหาผู้ปกครองที่ 0912345678",
            due_date=dt.date(2026, 12, 5),
        )
        session.add_all([AgendaItemCase(agenda_item_id=first.id, case_id=case_id), action])
        session.flush()
        return Setup(meeting_id, first.id, second.id, action.id, case_id, code)


def places_text(database: Database, meeting_id: int) -> list[str]:
    return [place.describe("en") for place in identifying_places(database, meeting_id)]


def test_places_name_the_item_field_and_kind_never_the_words(database: Database, setup: Setup) -> None:
    assert places_text(database, setup.meeting_id) == [
        "item 4.1 discussion (a person's name, a phone number)",
        "item 4.1 action task (a phone number)",
        "item 4.2 resolution (a person's name)",
    ]


def test_move_puts_the_words_in_the_restricted_notes_and_the_code_in_the_minutes(
    database: Database, setup: Setup
) -> None:
    spans = find_identifying(DISCUSSION)
    new_text = move_to_restricted(
        database, setup.item_id, TextField.DISCUSSION, spans, "เลขานุการ", today=TODAY
    )

    assert new_text == f"ที่ประชุมรับทราบว่า {setup.code} ได้รับการช่วยเหลือแล้ว ติดต่อได้ที่ [ย้ายไปบันทึกลับ]"
    with database.read_session() as session:
        assert session.get_one(AgendaItem, setup.item_id).discussion == new_text
        notes = session.get_one(CaseIdentity, setup.case_id).restricted_notes
    assert NAME in notes and PHONE in notes and "วาระที่ 4.1" in notes
    entry = [e for e in audit.list_entries(database) if e.event == "move_to_restricted"][-1]
    assert (entry.object_type, entry.object_id) == ("agenda_item", setup.item_id)
    assert entry.detail == f"case={setup.case_id} field=discussion count=2"
    assert NAME not in entry.detail and PHONE not in entry.detail
    assert "4.1 discussion" not in " ".join(places_text(database, setup.meeting_id))


def test_move_is_refused_for_an_item_without_a_case(database: Database, setup: Setup) -> None:
    text = "ให้ติดต่อ ด.ญ.กานดา มีสุข"
    with pytest.raises(Refusal) as refused:
        move_to_restricted(
            database, setup.other_item_id, TextField.RESOLUTION, find_identifying(text), "เลขา"
        )
    assert "เชื่อมรหัสกรณี" in refused.value.message("th")
    with database.read_session() as session:
        assert session.get_one(AgendaItem, setup.other_item_id).resolution == text


def test_move_is_refused_without_consent(database: Database, setup: Setup) -> None:
    consent_id = cases.list_consents(database, setup.case_id)[0].id
    cases.withdraw_consent(database, consent_id, dt.date(2026, 11, 1), actor="นักสังคมสงเคราะห์")
    with pytest.raises(Refusal) as refused:
        spans = find_identifying(DISCUSSION)
        move_to_restricted(database, setup.item_id, TextField.DISCUSSION, spans, "เลขา", today=TODAY)
    assert "ความยินยอม" in refused.value.message("th")
    with database.read_session() as session:
        assert session.get_one(AgendaItem, setup.item_id).discussion == DISCUSSION
        assert session.get(CaseIdentity, setup.case_id) is None


def test_dismissed_text_is_not_flagged_until_it_changes(database: Database, setup: Setup) -> None:
    text = "ให้ติดต่อ ด.ญ.กานดา มีสุข"
    dismiss(database, setup.meeting_id, "item", setup.other_item_id, TextField.RESOLUTION, text, "เลขา")
    assert "item 4.2 resolution (a person's name)" not in places_text(database, setup.meeting_id)

    with database.session() as session:
        session.get_one(AgendaItem, setup.other_item_id).resolution = text + " และ นายมานพ ดีใจ"
    assert "item 4.2 resolution (a person's name)" in places_text(database, setup.meeting_id)


def test_export_is_refused_then_goes_with_a_reason_that_is_audited(
    database: Database, setup: Setup, tmp_path: Path
) -> None:
    target = tmp_path / "minutes.pdf"
    with pytest.raises(IdentifyingInMinutes) as refused:
        export_minutes(database, setup.meeting_id, "pdf", target, actor="เลขานุการ")
    message = refused.value.message("th")
    assert "วาระที่ 4.1 ผลการหารือ (ชื่อบุคคล, หมายเลขโทรศัพท์)" in message
    assert NAME not in message and PHONE not in message
    assert not target.exists()
    assert {kind for place in refused.value.places for kind in place.kinds} == {
        IdentifyingKind.PERSON_NAME,
        IdentifyingKind.PHONE,
    }

    reason = "ผู้รับเป็นพนักงานสอบสวนในคดี"
    export_minutes(database, setup.meeting_id, "pdf", target, actor="เลขานุการ", identifying_reason=reason)

    assert target.exists()
    entry = [e for e in audit.list_entries(database) if e.event == "export_identifying_confirmed"][-1]
    assert (entry.object_type, entry.object_id, entry.actor) == ("meeting", setup.meeting_id, "เลขานุการ")
    assert entry.detail == f"person_name=2 phone=2 reason={reason}"


def test_a_blank_reason_is_no_confirmation(database: Database, setup: Setup, tmp_path: Path) -> None:
    with pytest.raises(IdentifyingInMinutes):
        export_minutes(
            database, setup.meeting_id, "pdf", tmp_path / "m.pdf", actor="เลขา", identifying_reason="  "
        )


def test_a_confirmed_export_that_could_not_be_written_is_not_audited_as_confirmed(
    database: Database, setup: Setup, tmp_path: Path
) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"an older copy")
    with pytest.raises(Refusal):
        export_minutes(database, setup.meeting_id, "pdf", target, actor="เลขา", identifying_reason="ส่งศาล")
    assert "export_identifying_confirmed" not in [e.event for e in audit.list_entries(database)]
    assert target.read_bytes() == b"an older copy"


def test_a_progress_note_printed_under_matters_arising_is_a_place_and_a_later_one_is_not(
    database: Database, setup: Setup
) -> None:
    with database.session() as session:
        earlier = session.get_one(Meeting, setup.meeting_id)
        later = Meeting(body_id=earlier.body_id, number=4, year_be=2569, date=dt.date(2026, 12, 18))
        session.add(later)
        session.flush()
        session.add(AgendaItem(meeting_id=later.id, number="3", title="เรื่องสืบเนื่อง", kind="matters_arising"))
        later_id = later.id
    meetings.record_progress(
        database, None, setup.action_id, "ติดต่อนางสมศรีแล้ว", ActionStatus.IN_PROGRESS, dt.date(2026, 12, 1)
    )
    meetings.record_progress(
        database, None, setup.action_id, "โทร 0612345678", ActionStatus.IN_PROGRESS, dt.date(2026, 12, 20)
    )

    assert places_text(database, later_id) == [
        "item 3 action task (a phone number)",
        "item 3 progress note (a person's name)",
    ]
