"""What the chair's screen may show: exactly the fields on the safe-to-show list, a case as its code and risk level,
and nothing of the markers planted in every restricted field; closing an item is kept and audited by ids."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib

import pytest

from mdt_desktop.domain.codes import ActionStatus, AgendaKind, MeetingStatus, RiskLevel
from mdt_desktop.domain.typed_names import MASK
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, meetings
from mdt_desktop.storage.database import Database
from tests.chair_fixtures import (
    ARISING_DUE,
    ARISING_TASK,
    CASE_CODE,
    CASE_RESOLUTION,
    CASE_TASK,
    CASE_TITLE,
    PlantedMeeting,
    build_planted_meeting,
    leaks,
)

# The module, not the function of the same name that the package exports.
chair = importlib.import_module("mdt_desktop.services.meetings.chair_view")
CHAIR_CLASSES = (chair.ChairView, chair.ChairItem, chair.ChairAction, chair.ChairArising, chair.ChairCase)
RESTRICTED_NAMES = (
    "full_name", "name", "date_of_birth", "phone", "address", "id_number", "nationality", "language", "summary",
    "answers", "discussion", "responsible_person", "resources", "status_reason", "note", "how_to_reach", "venue",
)  # fmt: skip


@pytest.fixture
def planted(database: Database) -> PlantedMeeting:
    return build_planted_meeting(database)


def test_each_dataclass_holds_exactly_the_fields_on_the_safe_to_show_list():
    assert set(chair.SAFE_TO_SHOW) == {cls.__name__ for cls in CHAIR_CLASSES}
    for cls in CHAIR_CLASSES:
        assert tuple(field.name for field in dataclasses.fields(cls)) == chair.SAFE_TO_SHOW[cls.__name__]
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_the_safe_to_show_list_names_no_restricted_field():
    listed = {name for names in chair.SAFE_TO_SHOW.values() for name in names}
    assert listed.isdisjoint(RESTRICTED_NAMES)


def test_a_case_item_shows_its_code_and_risk_level_and_nothing_else_of_the_case(database, planted):
    view = chair.chair_view(database, planted.meeting_id, planted.case_item)
    assert view.current is not None
    assert (view.current.number, view.current.title) == ("4.1", CASE_TITLE)
    assert view.cases == (chair.ChairCase(planted.case_id, CASE_CODE, RiskLevel.HIGH),)
    assert view.resolution == CASE_RESOLUTION
    assert view.actions == (chair.ChairAction("พมจ.", CASE_TASK, dt.date(2026, 12, 5), ActionStatus.OPEN),)
    assert leaks(repr(view), planted) == []


def test_no_planted_marker_reaches_the_view_of_any_item(database, planted):
    items = chair.chair_view(database, planted.meeting_id, None).items
    assert [item.number for item in items] == ["1", "2", "3", "4", "4.1", "5"]
    for item in items:
        assert leaks(repr(chair.chair_view(database, planted.meeting_id, item.id)), planted) == []


def test_a_marker_in_a_title_is_found_so_the_search_can_fail(database, planted):
    meetings.update_item_text(database, planted.case_item, "title", "QZX99 ติดตามผล")
    planted.markers.append("QZX99")
    view = chair.chair_view(database, planted.meeting_id, planted.case_item)
    assert leaks(repr(view), planted) == ["QZX99"]


def test_item_3_lists_the_matters_arising_with_the_overdue_marked(database, planted):
    view = chair.chair_view(database, planted.meeting_id, planted.matters_arising_item)
    assert view.current is not None and view.current.kind is AgendaKind.MATTERS_ARISING
    assert view.matters_arising == (chair.ChairArising("พมจ.", ARISING_TASK, ARISING_DUE, True),)
    other = chair.chair_view(database, planted.meeting_id, planted.case_item)
    assert other.matters_arising == ()


def test_attendance_is_a_count_of_members_present_out_of_those_expected(database, planted):
    view = chair.chair_view(database, planted.meeting_id, None)
    assert (view.present, view.expected) == (3, 3)  # the observer is not counted
    first = meetings.load_meeting(database, planted.meeting_id).attendance[0]
    meetings.update_attendance(database, first.id, category="absent", reason="ติดราชการ")
    view = chair.chair_view(database, planted.meeting_id, None)
    assert (view.present, view.expected) == (2, 3)


def test_no_item_given_or_a_removed_one_shows_the_first_and_neighbours_stop_at_the_ends(database, planted):
    view = chair.chair_view(database, planted.meeting_id, 999_999)
    assert view.current is not None and view.current.number == "1"
    first, last = view.items[0].id, view.items[-1].id
    assert view.neighbour(first, -1) is None
    assert view.neighbour(first, 1).number == "2" and view.neighbour(first, 4).number == "4.1"
    assert view.neighbour(last, 1) is None and view.neighbour(last, -1).number == "4.1"
    assert view.neighbour(999_999, 1) is None


def test_a_deleted_meeting_or_item_is_a_refusal_not_a_crash(database, planted):
    with pytest.raises(Refusal) as refused:
        chair.chair_view(database, 999_999, None)
    assert refused.value.reason == chair.MEETING_GONE
    with pytest.raises(Refusal) as refused:
        chair.conclude_item(database, 999_999, True)
    assert refused.value.reason == chair.ITEM_GONE


def test_an_item_of_approved_minutes_cannot_be_closed_or_opened_again(database, planted):
    meetings.set_status(database, planted.meeting_id, MeetingStatus.APPROVED)
    with pytest.raises(Refusal) as refused:
        chair.conclude_item(database, planted.case_item, True)
    assert refused.value.reason == meetings.APPROVED_READ_ONLY
    assert not chair.chair_view(database, planted.meeting_id, planted.case_item).current.concluded


def test_concluding_an_item_is_kept_shown_and_audited_by_ids(database, planted):
    assert chair.conclude_item(database, planted.case_item, True) is False
    view = chair.chair_view(database, planted.meeting_id, planted.case_item)
    assert view.current is not None and view.current.concluded
    assert [item.concluded for item in view.items].count(True) == 1
    assert chair.conclude_item(database, planted.case_item, False) is True
    assert not chair.chair_view(database, planted.meeting_id, planted.case_item).current.concluded
    entries = audit.list_entries(database, "agenda_item", planted.case_item)
    assert [(e.event, e.detail) for e in entries] == [(chair.CONCLUDED, ""), (chair.REOPENED, "")]


@pytest.mark.parametrize(
    ("typed", "hidden"),
    [
        ("มอบ นางสาวมาลี ดีใจ ไปพบ พมจ.", "มาลี"),
        ("ด.ญ.สมหญิง รักดี อายุ 12 ปี", "สมหญิง"),
        ("เลขประจำตัว 1-2345-67890-12-1 ตรวจแล้ว", "67890"),
        ("โทร 081-234-5678 ได้ทุกวัน", "5678"),
        ("พักที่บ้านเลขที่ 45/2 หมู่ 3 ตำบลเวียงพางคำ", "45/2"),
    ],
)
def test_identifying_words_in_a_shown_text_are_masked(typed, hidden):
    masked = chair.mask_identifying(typed)
    assert hidden not in masked and MASK in masked


@pytest.mark.parametrize(
    "ordinary",
    [
        "นายอำเภอแม่สายมอบ สภ.แม่สาย ติดตาม",
        "นายก อบต. เวียงพางคำ แจ้งที่ประชุม",
        "นางพยาบาลศูนย์พึ่งได้รายงานผล",
        f"กรณี {CASE_CODE} ครั้งที่ 6/2569 วันที่ 21/11/2569 เวลา 13.30 น. งบประมาณ 15,000 บาท",
    ],
)
def test_ordinary_minutes_text_is_shown_as_typed(ordinary):
    assert chair.mask_identifying(ordinary) == ordinary
