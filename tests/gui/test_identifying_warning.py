"""A name typed into the minutes is caught under its box as it is saved; the secretary moves it into the case's
restricted record (gone from the minutes, kept in the case, audited) or says it is not identifying."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.services import audit, cases, meetings
from mdt_desktop.services.cases import NewCase
from mdt_desktop.storage.models import CaseIdentity
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

D = dt.date
NAME = "เด็กหญิงมาลี ศรีสุข"
TYPED = f"ที่ประชุมรับทราบว่า{NAME} ย้ายไปอยู่บ้านพักเด็กแล้ว"
SHOTS = Path("/tmp/shots")


@pytest.fixture
def editor(qtbot, context, database):  # noqa: F811 - pytest fixture
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 11, 21), venue="ห้องประชุมอำเภอแม่สาย")
    case_id, code = cases.create_case(
        database, NewCase("neglect", D(2026, 10, 1), team["body"], is_child=True)
    )
    cases.record_consent(database, case_id, "มารดา", "นักสังคมสงเคราะห์", D(2026, 10, 2), "ทีมสหวิชาชีพ")
    item4 = next(i.id for i in meetings.load_meeting(database, meeting_id).all_items() if i.number == "4")
    meetings.link_case(database, item4, code)
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    wait_idle(qtbot, context)
    editor.case_code, editor.case_id = code, case_id  # type: ignore[attr-defined]
    return editor


def item_id(editor: MeetingEditor, number: str) -> int:
    assert editor.view is not None
    return next(item.id for item in editor.view.all_items() if item.number == number)


def type_discussion(qtbot, editor: MeetingEditor, context, text: str) -> None:  # noqa: F811
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, text)
    editor.ui.resolutionEdit.setFocus()  # focus-out commits the discussion
    wait_idle(qtbot, context)


def test_a_typed_name_is_warned_under_the_box_and_moved_to_the_case(qtbot, editor, context, database):  # noqa: F811
    item4 = item_id(editor, "4")
    editor.select_item(item4)
    warning = editor.identifying_warnings["discussion"]
    assert not warning.isVisible()

    type_discussion(qtbot, editor, context, TYPED)

    assert warning.isVisible()
    assert warning.label.text() == "ข้อความนี้อาจมีชื่อบุคคล ควรใช้รหัสกรณีแทน"
    assert warning.move_button.text() == "ย้ายไปบันทึกลับของกรณี"
    assert not editor.identifying_warnings["resolution"].isVisible()
    SHOTS.mkdir(exist_ok=True)
    editor.grab().save(str(SHOTS / "privacy-editor-warning.png"))

    qtbot.mouseClick(warning.move_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)

    expected = f"ที่ประชุมรับทราบว่า{editor.case_code} ย้ายไปอยู่บ้านพักเด็กแล้ว"
    assert editor.ui.discussionEdit.toPlainText() == expected
    assert meetings.load_meeting(database, editor.meeting_id).item(item4).discussion == expected
    assert not warning.isVisible()
    with database.read_session() as session:
        assert NAME in session.get_one(CaseIdentity, editor.case_id).restricted_notes
    moved = [e for e in audit.list_entries(database) if e.event == "move_to_restricted"]
    assert [(e.object_type, e.object_id) for e in moved] == [("agenda_item", item4)]
    assert NAME not in moved[0].detail


def test_an_item_without_a_case_is_told_what_to_do_and_keeps_its_text(qtbot, editor, context, database):  # noqa: F811
    item5 = item_id(editor, "5")
    editor.select_item(item5)
    type_discussion(qtbot, editor, context, TYPED)
    warning = editor.identifying_warnings["discussion"]

    qtbot.mouseClick(warning.move_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)

    assert warning.isVisible()
    assert "เชื่อมรหัสกรณีกับเรื่องก่อน" in warning.label.text()
    assert meetings.load_meeting(database, editor.meeting_id).item(item5).discussion == TYPED


def test_not_identifying_hides_the_warning_for_that_text_only(qtbot, editor, context, database):  # noqa: F811
    item4 = item_id(editor, "4")
    editor.select_item(item4)
    type_discussion(qtbot, editor, context, TYPED)
    warning = editor.identifying_warnings["discussion"]

    qtbot.mouseClick(warning.dismiss_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert not warning.isVisible()
    assert [e.event for e in audit.list_entries(database)][-1] == "dismiss_identifying"

    type_discussion(qtbot, editor, context, " โทร 081-234-5678")
    assert warning.isVisible()
    assert warning.label.text() == "ข้อความนี้อาจมีชื่อบุคคล/หมายเลขโทรศัพท์ ควรใช้รหัสกรณีแทน"


def test_an_action_task_with_a_phone_number_is_named_above_the_table(qtbot, editor, context, database):  # noqa: F811
    item4 = item_id(editor, "4")
    agency = meetings.list_agency_choices(database)[0]
    meetings.add_action(database, editor.meeting_id, item4, agency.id, "เยี่ยมบ้าน", D(2026, 12, 1))
    meetings.add_action(
        database, editor.meeting_id, item4, agency.id, "โทรหามารดาที่ 081-234-5678", D(2026, 12, 1)
    )
    editor.reload()
    wait_idle(qtbot, context)
    editor.select_item(item4)
    wait_idle(qtbot, context)  # the tasks are checked on the worker

    assert editor.tasks_warning.isVisible()
    assert editor.tasks_warning.text() == "งานที่มอบหมายแถวที่ 2 (หมายเลขโทรศัพท์) อาจมีข้อมูลระบุตัว ควรใช้รหัสกรณีแทน"
